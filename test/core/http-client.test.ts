import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { HttpClient, withQuery } from '../../src/core/http-client.js';
import { clearPageCache, getJson, parseRetryAfter } from '../../src/core/cached-get.js';
import { TryggApiError } from '../../src/core/api-error.js';
import { htmlResponse, jsonResponse, problemResponse, settle, silentFetch } from '../helpers/http.js';

const base = new URL('https://kommun.example/api/v1/');

function recordingFetch(...responses: (() => Response | Promise<Response>)[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const next = responses[Math.min(calls.length, responses.length) - 1];
    if (!next) throw new Error('no response prepared');
    return next();
  };
  return { fetch, calls };
}

describe('HttpClient and getJson', () => {
  let clock: sinon.SinonFakeTimers | undefined;

  beforeEach(() => clearPageCache());
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  it('joins paths and repeated query values under the base, leaving out empty ones', () => {
    const client = new HttpClient(base);
    expect(client.url(withQuery('walks', { area: 'Sandviken', status: ['planned', 'held'], from: '', limit: undefined }))).to.equal(
      'https://kommun.example/api/v1/walks?area=Sandviken&status=planned&status=held',
    );
  });

  it('aborts a request that has no answer by its deadline and reports a timeout', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let aborted = false;
    const client = new HttpClient(base, {
      timeoutMs: 1_000,
      retries: 0,
      fetch: (input, init = {}) => {
        init.signal?.addEventListener('abort', () => (aborted = true));
        return silentFetch(new URL(String(input)), init);
      },
    });
    let settled = false;
    const result = settle(getJson(client, 'walks')).finally(() => (settled = true));

    await clock.tickAsync(999);
    expect(settled).to.equal(false);
    await clock.tickAsync(1);
    const outcome = await result;

    expect(aborted).to.equal(true);
    expect(outcome.ok).to.equal(false);
    const error = (outcome as { error: TryggApiError }).error;
    expect(error).to.be.instanceOf(TryggApiError);
    expect(error.kind).to.equal('timeout');
    expect(error.status).to.equal(null);
    expect(error.isTransient).to.equal(true);
  });

  it('retries a failing GET with exponential backoff and full jitter, then succeeds', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { fetch, calls } = recordingFetch(
      () => problemResponse(503),
      () => problemResponse(502),
      () => jsonResponse({ items: [] }),
    );
    const client = new HttpClient(base, { fetch, random: () => 0.5, retryBaseMs: 400, retries: 2 });
    const result = getJson<{ items: unknown[] }>(client, 'walks');

    await clock.tickAsync(0);
    expect(calls).to.have.length(1);
    await clock.tickAsync(199); // 0.5 × 400 ms
    expect(calls).to.have.length(1);
    await clock.tickAsync(1);
    expect(calls).to.have.length(2);
    await clock.tickAsync(399); // 0.5 × 800 ms
    expect(calls).to.have.length(2);
    await clock.tickAsync(1);
    expect(calls).to.have.length(3);
    expect(await result).to.deep.equal({ items: [] });
  });

  it('never waits longer than the ceiling between tries', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { fetch, calls } = recordingFetch(() => problemResponse(500));
    const client = new HttpClient(base, { fetch, random: () => 0.999, retryBaseMs: 1_000, retryMaxMs: 1_500, retries: 3 });
    const result = settle(getJson(client, 'walks'));
    await clock.tickAsync(0);
    await clock.tickAsync(999); // first wait: under 1,000
    expect(calls).to.have.length(2);
    await clock.tickAsync(1_499); // then capped at 1,500
    expect(calls).to.have.length(3);
    await clock.tickAsync(1_499);
    expect(calls).to.have.length(4);
    const outcome = await result;
    expect(outcome.ok).to.equal(false);
    expect((outcome as { error: TryggApiError }).error.status).to.equal(500);
  });

  it('waits as long as Retry-After asks before trying again', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { fetch, calls } = recordingFetch(
      () => problemResponse(429, [], { 'Retry-After': '3' }),
      () => jsonResponse({ items: [1] }),
    );
    const client = new HttpClient(base, { fetch, random: () => 0 });
    const result = getJson(client, 'categories');
    await clock.tickAsync(2_999);
    expect(calls).to.have.length(1);
    await clock.tickAsync(1);
    expect(calls).to.have.length(2);
    expect(await result).to.deep.equal({ items: [1] });
  });

  it('gives up at once when Retry-After is longer than a resident should wait', async () => {
    const { fetch, calls } = recordingFetch(() => problemResponse(503, [], { 'Retry-After': '3600' }));
    const outcome = await settle(getJson(new HttpClient(base, { fetch }), 'walks'));
    expect(calls).to.have.length(1);
    expect(parseRetryAfter((outcome as { error: TryggApiError }).error.retryAfter)).to.equal(3_600_000);
  });

  it('does not retry what the server refused (4xx)', async () => {
    const { fetch, calls } = recordingFetch(() => problemResponse(404));
    const outcome = await settle(getJson(new HttpClient(base, { fetch }), 'walks/999'));
    expect(calls).to.have.length(1);
    const error = (outcome as { error: TryggApiError }).error;
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.problem?.title).to.equal('Problem 404');
    expect(error.isTransient).to.equal(false);
  });

  it('makes one request when several callers ask for the same URL, even through different clients', async () => {
    const { fetch, calls } = recordingFetch(() => jsonResponse({ items: ['a'] }));
    const first = getJson(new HttpClient(base, { fetch }), withQuery('walks', { area: 'Sandviken' }));
    const second = getJson(new HttpClient(base, { fetch }), withQuery('walks', { area: 'Sandviken' }));
    const [a, b] = await Promise.all([first, second]);
    expect(calls).to.have.length(1);
    expect(a).to.deep.equal(b);
    await getJson(new HttpClient(base, { fetch }), withQuery('walks', { area: 'Sandviken' }));
    expect(calls, 'answered from the page cache').to.have.length(1);
  });

  it('asks again when told to skip the cache, and after a failure', async () => {
    const { fetch, calls } = recordingFetch(
      () => problemResponse(400),
      () => jsonResponse({ n: 1 }),
      () => jsonResponse({ n: 2 }),
    );
    const client = new HttpClient(base, { fetch });
    expect((await settle(getJson(client, 'walks'))).ok).to.equal(false);
    expect(await getJson(client, 'walks')).to.deep.equal({ n: 1 });
    expect(await getJson(client, 'walks', { fresh: true })).to.deep.equal({ n: 2 });
    expect(calls).to.have.length(3);
  });

  describe('maps what comes back to typed errors', () => {
    const cases: [string, () => Response | Promise<Response>, Partial<TryggApiError>][] = [
      ['an HTML page answering 200', () => htmlResponse(200), { kind: 'invalid-response', status: 200 }],
      ['an HTML error page', () => htmlResponse(502), { kind: 'http', status: 502, problem: null }],
      [
        'JSON that does not parse',
        () => new Response('{"items": [', { headers: { 'Content-Type': 'application/json' } }),
        { kind: 'invalid-response', status: 200 },
      ],
      ['no answer at all', () => Promise.reject(new TypeError('Failed to fetch')), { kind: 'network', status: null }],
    ];
    for (const [name, respond, expected] of cases) {
      it(name, async () => {
        const outcome = await settle(getJson(new HttpClient(base, { fetch: async () => respond(), retries: 0 }), 'walks'));
        expect(outcome.ok).to.equal(false);
        const error = (outcome as { error: TryggApiError }).error;
        expect(error).to.be.instanceOf(TryggApiError);
        for (const [key, value] of Object.entries(expected)) expect(error[key as keyof TryggApiError]).to.equal(value);
      });
    }

    it("keeps the problem body's field errors", async () => {
      const fieldErrors = [{ field: '/description', code: 'too_long', message: 'must NOT have more than 4000 characters' }];
      const fetch = async () => problemResponse(422, fieldErrors);
      const outcome = await settle(new HttpClient(base, { fetch }).send('POST', 'concerns', {}));
      const error = (outcome as { error: TryggApiError }).error;
      expect(error.status).to.equal(422);
      expect(error.fieldErrors).to.deep.equal(fieldErrors);
    });
  });

  it('sends JSON with its headers, without cookies, and never retries by itself', async () => {
    const { fetch, calls } = recordingFetch(() => problemResponse(503));
    const outcome = await settle(
      new HttpClient(base, { fetch }).send('POST', 'feedback', { helpful: true }, { 'Idempotency-Key': 'k-1' }),
    );
    expect(outcome.ok).to.equal(false);
    expect(calls).to.have.length(1);
    const { init } = calls[0]!;
    expect(init.method).to.equal('POST');
    expect(init.body).to.equal('{"helpful":true}');
    expect(init.credentials).to.equal('omit');
    expect(init.headers).to.include({ 'Content-Type': 'application/json', 'Idempotency-Key': 'k-1' });
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('soon', now)).to.equal(null);
    expect(parseRetryAfter(null, now)).to.equal(null);
  });
});
