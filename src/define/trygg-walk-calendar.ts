import { TryggWalkCalendar } from '../walk-calendar/walk-calendar.js';

TryggWalkCalendar.define('trygg-walk-calendar');

declare global {
  interface HTMLElementTagNameMap {
    'trygg-walk-calendar': TryggWalkCalendar;
  }
}
