import type { TryggApi } from '../core/api.js';
import { RestClient, withWalks } from '../core/rest-resources.js';

/** What the walk calendar asks of an API; the calendar links are optional (hidden when an adapter has none). */
export type WalkApi = Pick<TryggApi, 'listWalks' | 'register'> & Partial<Pick<TryggApi, 'walkCalendarUrl' | 'walkFeedUrl'>>;

/** The walk part of the REST contract, so the calendar's bundle carries no measure, concern or feedback code. */
export class WalkRestApi extends withWalks(RestClient) implements WalkApi {}
