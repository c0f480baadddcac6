/** Types of generate-api-types.mjs, for the server's contract test that imports it. */
export declare const documentPath: string;
export declare const typesPath: string;
export declare function generateApiTypes(documentText?: string): Promise<string>;
