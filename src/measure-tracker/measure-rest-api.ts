import type { TryggApi } from '../core/api.js';
import { RestClient, withMeasures } from '../core/rest-resources.js';

/** What the measure tracker asks of an API; the `api` property takes any object with this method. */
export type MeasureApi = Pick<TryggApi, 'listMeasures'>;

/** The measure part of the REST contract, so the tracker's bundle carries no walk, concern or feedback code. */
export class MeasureRestApi extends withMeasures(RestClient) implements MeasureApi {}
