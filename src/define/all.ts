// Every element of the library, for the all-in-one bundle and `import 'trygg-widgets/define/all.js'`.
import './trygg-walk-calendar.js';
import './trygg-measure-tracker.js';
import './trygg-page-feedback.js';
import './trygg-concern-form.js';
