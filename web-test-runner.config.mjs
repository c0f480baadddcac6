import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/** Browser tests: every `test/**\/*.test.ts` in Debian's headless Chromium. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Standard decorators stay untransformed with target 'auto' and Chromium rejects them.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
      // A page of its own context gets its own window: a background tab would get no animation frames.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10_000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**'],
    threshold: { statements: 85, branches: 75, functions: 85, lines: 85 },
    reporters: ['text-summary', 'lcov'],
  },
};
