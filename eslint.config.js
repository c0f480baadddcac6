import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

// Rules a grep can't express well: what breaks strict CSP, what lets data become markup, and focused tests.
const forbiddenInSource = [
  { selector: "AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML: use Lit bindings.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML: use Lit bindings.' },
  { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No eval: it breaks strict CSP.' },
  { selector: 'TaggedTemplateExpression[tag.name="html"] TemplateElement[value.raw=/\\sstyle=/]', message: 'No inline style attributes: they break strict CSP. Use a class.' },
  { selector: "MemberExpression[object.property.name='documentElement'][property.name='lang'] ", message: 'Never touch <html lang>: read it with getAttribute.' },
  { selector: "CallExpression[callee.name='msg'][arguments.length<2]", message: "Every msg() needs { id: '…' }: the bundles drop lit-localize's id hashing." },
];
const forbiddenImports = {
  paths: [
    {
      name: 'lit',
      allowTypeImports: true,
      message: "Import values from 'lit/html.js' (and css from core/css.ts): lit's index keeps LitElement (~1.3 kB gzip) in every bundle; the elements build on core/updating-element.ts.",
    },
  ],
  patterns: [
    { group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*', 'lit/directives/style-map.js', 'lit/static-html.js'], message: 'Breaks the XSS/CSP rules.' },
    { group: ['**/shared/**'], message: 'A clone has no ../shared: copy what you need into the project.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'server/dist/', 'coverage/', 'node_modules/', 'src/generated/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  // With noUncheckedIndexedAccess, `list[0]!` after a length check is the honest way to say what we know.
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    rules: {
      'no-restricted-syntax': ['error', ...forbiddenInSource],
      'no-restricted-imports': ['error', forbiddenImports],
      'wc/guard-super-call': 'off',
      'lit/no-template-arrow': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'server/test/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|describe|test|suite)$/][callee.property.name=/^(only|skip|todo)$/]", message: 'No focused or skipped tests.' },
        { selector: "CallExpression[callee.name=/^x(it|describe)$/]", message: 'No skipped tests.' },
      ],
      // Chai's property assertions (`expect(x).to.exist`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'server/**', 'test/e2e/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
