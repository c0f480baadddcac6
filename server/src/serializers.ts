import SerializerSelector from '@fastify/fast-json-stringify-compiler';

type SerializerFactory = ReturnType<typeof SerializerSelector>;
type Serializer = ReturnType<ReturnType<SerializerFactory>>;

/**
 * Fastify's own serializer compiler, with each distinct response schema compiled once, not once per route, status
 * and method (every GET has a HEAD twin; ~30 routes share one problem schema per status). In production a schema is
 * compiled when it is first sent: compiling them all at start took ~20 MiB of heap. Elsewhere all are compiled at
 * start, so that a schema fast-json-stringify cannot handle fails the start and the tests.
 */
export function sharedSerializers({ eager }: { eager: boolean }): SerializerFactory {
  return (externalSchemas, options) => {
    const compile = SerializerSelector()(externalSchemas, options);
    const bySchema = new Map<string, Serializer>();
    return (route) => {
      const key = JSON.stringify(route.schema);
      let serializer = bySchema.get(key);
      if (!serializer) {
        let compiled = eager ? compile(route) : undefined;
        serializer = (document) => (compiled ??= compile(route))(document);
        bySchema.set(key, serializer);
      }
      return serializer;
    };
  };
}
