import { defineConfig } from 'vitest/config';

// Three projects, run in this order by `npm test`:
//  unit    – pure code and content files; no build needed
//  site    – checks over the built dist/ (run after `astro build`)
//  browser – playwright-core driving Chromium against `astro preview`
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'site', include: ['test/site/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/preview-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
