import type { TryggApi } from './api.js';
import { RestClient, withFeedback } from './rest-resources.js';

/** What the feedback prompt asks of an API; any full `TryggApi` adapter fits. */
export type FeedbackApi = Pick<TryggApi, 'submitFeedback' | 'updateFeedback'>;

/** The page-feedback part of the REST contract: all the prompt needs, so its bundle carries no GET code. */
export class FeedbackRestApi extends withFeedback(RestClient) implements FeedbackApi {}
