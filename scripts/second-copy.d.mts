/** Types of second-copy.mjs, for the end-to-end tests that import it. */
export declare const secondCopyVersion: string;
export declare function makeSecondCopy(options?: { from?: string; to?: string; version?: string }): { dir: string; version: string; files: number };
