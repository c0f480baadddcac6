import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sharedSerializers } from '../src/serializers.js';
import { call, concernBody, startServer, type TestServer } from './helpers.js';

const route = (schema: unknown, url = '/a') => ({ method: 'GET', url, httpStatus: '200', schema });

describe('sharedSerializers', () => {
  test('one serializer per distinct schema, whatever the route', () => {
    const compile = sharedSerializers({ eager: true })({}, {});
    const schema = { type: 'object', properties: { id: { type: 'string' } } };
    const first = compile(route(schema, '/a'));
    assert.equal(compile(route({ ...schema }, '/b')), first);
    assert.notEqual(compile(route({ type: 'object', properties: { n: { type: 'integer' } } })), first);
    assert.equal(first({ id: 'x', other: 1 }), '{"id":"x"}');
  });

  test('in production a schema is compiled when first sent; elsewhere a bad schema fails the start', () => {
    const broken = route({ $ref: 'Missing#' });
    const lazy = sharedSerializers({ eager: false })({}, {})(broken);
    assert.throws(() => lazy({}));
    assert.throws(() => sharedSerializers({ eager: true })({}, {})(broken));
  });
});

describe('the production server (serializers compiled on first use, no response validation)', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ config: { production: true, validateResponses: false } });
  });
  after(() => server.close());

  test('answers as the contract says (checked against api/openapi.json)', async () => {
    assert.equal((await call(server, '/api/v1/walks')).status, 200);
    assert.equal((await call(server, '/api/v1/measures')).status, 200);
    assert.equal((await call(server, '/api/v1/walks/999')).status, 404);
    assert.equal((await call(server, '/api/v1/concerns', { body: concernBody() })).status, 201);
    const invalid = await call(server, '/api/v1/concerns', { body: concernBody({ description: '' }) });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.json.errors[0].field, '/description');
    const staff = await call(server, '/api/v1/staff/walks', { staff: true, body: { title: 'x' } });
    assert.equal(staff.status, 400);
  });
});
