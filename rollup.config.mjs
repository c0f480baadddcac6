import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import MagicString from 'magic-string';

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

// Message ids are for translators and the XLIFF files; in a bundle they only have to match between the code and its
// language chunks, so each becomes a short token (the ids were ~1.5 % of a bundle's gzip bytes). The code's
// `msg(text, { id: 'walks.sign-up' })` becomes `msg(text, '1c')`, with `msg` from a two-argument wrapper (below):
// the `{ id: … }` around every one of about a hundred calls was another 0.2 %.
const messageIds = Object.keys((await import('./dist/generated/locales/en.js')).templates).sort();
const shortIds = new Map(messageIds.map((id, index) => [id, index.toString(36)]));
const shortMessageIds = {
  name: 'short-message-ids',
  transform(code, id) {
    const path = id.replaceAll('\\', '/');
    if (!path.includes('/dist/')) return null;
    // In the language modules the ids are the keys of `templates`; elsewhere the `{ id }` options of msg() calls.
    const isLanguage = path.includes('/generated/locales/');
    const pattern = isLanguage ? /^(\s*)'([\w.-]+)'(?=:)/gm : /()\{\s*id:\s*'([\w.-]+)',?\s*\}/g;
    const output = new MagicString(code);
    for (const match of code.matchAll(pattern)) {
      const [whole, before, messageId] = match;
      if (!shortIds.has(messageId)) this.error(`msg() id "${messageId}" has no English text: run npm run localize:build`);
      output.overwrite(match.index + before.length, match.index + whole.length, `'${shortIds.get(messageId)}'`);
    }
    return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
  },
};

// Our modules' `@lit/localize` is @lit/localize with `msg(text, id)` taking the short id itself.
const msgById = '\0msg-by-id';
const msgByIdModule = {
  name: 'msg-by-id',
  resolveId(source, importer) {
    if (source === '@lit/localize' && importer?.replaceAll('\\', '/').includes('/dist/')) return msgById;
  },
  load(id) {
    if (id !== msgById) return null;
    return `import { msg as msgWithOptions } from '@lit/localize/lit-localize.js';
export * from '@lit/localize/lit-localize.js';
export const msg = (text, id) => msgWithOptions(text, { id });`;
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
    minifyHTML({ options: { minifyOptions: { keepClosingSlash: true, removeAttributeQuotes: true } }, failOnError: true }),
    msgIdsOnly,
    shortMessageIds,
    msgByIdModule,
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, toplevel: true, compress: { passes: 3 }, format: { comments: false, wrap_func_args: false } }),
  ],
  onwarn(warning, warn) {
    // Lit's decorators and localize use `this` at module scope in their compiled form; harmless.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
