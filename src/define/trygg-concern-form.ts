import { TryggConcernForm } from '../concern-form/concern-form.js';

TryggConcernForm.define('trygg-concern-form');

declare global {
  interface HTMLElementTagNameMap {
    'trygg-concern-form': TryggConcernForm;
  }
}
