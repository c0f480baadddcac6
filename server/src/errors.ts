import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { FieldErrorT } from './contract/common.js';
import { HttpProblem, problemBody, type ProblemSlug } from './problem.js';
import { findLoneSurrogate, toFieldErrors } from './validation.js';

function sendProblem(
  reply: FastifyReply,
  status: number,
  slug: ProblemSlug,
  detail?: string,
  errors?: FieldErrorT[],
  headers: Record<string, string> = {},
) {
  return reply
    .code(status)
    .headers(headers)
    .type('application/problem+json; charset=utf-8')
    .send(problemBody(status, slug, detail, errors));
}

const JSON_BODY_ERRORS = new Set(['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY']);

/** Every error leaves as application/problem+json; client mistakes are 4xx, never 500. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      return sendProblem(reply, error.status, error.slug, error.detail, error.errors, error.headers);
    }
    // The response plugin also sets `validation`: that is our bug, not the client's.
    if (error.code === 'FST_RESPONSE_VALIDATION_FAILED_VALIDATION') {
      request.log.error({ err: error }, 'response does not match the contract');
      return sendProblem(reply, 500, 'internal');
    }
    if (error.validation) {
      return sendProblem(reply, 400, 'validation', undefined, toFieldErrors(error.validation, error.validationContext ?? 'body'));
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, 415, 'unsupported-media-type');
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, 413, 'payload-too-large');
    }
    if (JSON_BODY_ERRORS.has(error.code) || (error instanceof SyntaxError && error.statusCode === 400)) {
      return sendProblem(reply, 400, 'validation', 'The body is not valid JSON.', [
        { field: '', code: 'invalid_format', message: 'The body is not valid JSON.' },
      ]);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return sendProblem(reply, status, 'bad-request', error.message);
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, 500, 'internal');
  });

  app.setNotFoundHandler((request, reply) => sendProblem(reply, 404, 'not-found', `No resource at ${request.method} ${request.url.split('?')[0]}.`));

  // Only JSON bodies: a cross-site <form> (urlencoded, multipart, text/plain) gets 415 before anything runs.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  // Before schema validation: text that cannot be stored byte for byte is refused, not mangled.
  app.addHook('preValidation', async (request) => {
    const field = findLoneSurrogate(request.body);
    if (field !== undefined) {
      throw new HttpProblem(400, 'validation', undefined, [
        { field, code: 'invalid_format', message: 'Contains half of a UTF-16 surrogate pair.' },
      ]);
    }
  });
  app.addHook('onRequest', async (request) => {
    if (request.method !== 'POST' && request.method !== 'PATCH' && request.method !== 'PUT') return;
    const type = request.headers['content-type'];
    const mediaType = type?.split(';')[0]?.trim().toLowerCase();
    if (type === undefined ? request.routeOptions.schema?.body !== undefined : mediaType !== 'application/json') {
      throw new HttpProblem(415, 'unsupported-media-type');
    }
  });
}
