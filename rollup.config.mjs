import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * Self-contained bundles for a `<script type="module">` tag, built from the compiled modules in `dist/`:
 * one per element and one with all four. Each inlines Lit and the Swedish texts; other languages are lazily
 * loaded chunks beside it.
 */
export const bundles = {
  'trygg-widgets': 'dist/define/all.js',
  'trygg-walk-calendar': 'dist/define/trygg-walk-calendar.js',
  'trygg-measure-tracker': 'dist/define/trygg-measure-tracker.js',
  'trygg-page-feedback': 'dist/define/trygg-page-feedback.js',
  'trygg-concern-form': 'dist/define/trygg-concern-form.js',
};

// Every msg() call carries an id (the lint insists), so lit-localize's hashing of id-less messages is dead weight.
const msgIdsOnly = {
  name: 'msg-ids-only',
  load(id) {
    if (id.replaceAll('\\', '/').endsWith('@lit/localize/internal/id-generation.js')) return 'export const generateMsgId = () => "";';
  },
};

export default Object.entries(bundles).map(([name, input]) => ({
  input,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: `${name}.js`,
    chunkFileNames: `chunks/${name}-[name]-[hash].js`,
    sourcemap: true,
  },
  plugins: [
    // Whitespace in html`` and css`` templates is bytes every resident downloads. `<path/>` must keep its slash in
    // svg`` templates, or the shapes after it end up nested inside it.
    minifyHTML({ options: { minifyOptions: { keepClosingSlash: true } }, failOnError: true }),
    msgIdsOnly,
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, toplevel: true, compress: { passes: 3 }, format: { comments: false, wrap_func_args: false } }),
  ],
  onwarn(warning, warn) {
    // Lit's decorators and localize use `this` at module scope in their compiled form; harmless.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
