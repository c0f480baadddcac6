import { TryggPageFeedback } from '../page-feedback/page-feedback.js';

TryggPageFeedback.define('trygg-page-feedback');

declare global {
  interface HTMLElementTagNameMap {
    'trygg-page-feedback': TryggPageFeedback;
  }
}
