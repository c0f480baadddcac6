import type { TryggApi } from '../core/api.js';
import { RestClient, withConcerns } from '../core/rest-resources.js';

/** What the concern form asks of an API; the `api` property takes any object with these two methods. */
export type ConcernApi = Pick<TryggApi, 'listCategories' | 'submitConcern'>;

/** The concern part of the REST contract, so the form's bundle carries no walk, measure or feedback code. */
export class ConcernRestApi extends withConcerns(RestClient) implements ConcernApi {}
