import { TryggMeasureTracker } from '../measure-tracker/measure-tracker.js';

TryggMeasureTracker.define('trygg-measure-tracker');

declare global {
  interface HTMLElementTagNameMap {
    'trygg-measure-tracker': TryggMeasureTracker;
  }
}
