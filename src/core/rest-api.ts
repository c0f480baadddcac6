import type { TryggApi } from './api.js';
import { RestClient, withConcerns, withFeedback, withMeasures, withWalks } from './rest-resources.js';

/**
 * The `TryggApi` that speaks the REST contract of `api/openapi.json` under a base such as `https://example.se/api/v1/`.
 * `new RestApi(base, { timeoutMs, retries, fetch })` takes the HttpClient options.
 */
export class RestApi extends withWalks(withMeasures(withConcerns(withFeedback(RestClient)))) implements TryggApi {}
