import { defineConfig } from 'vitest/config';

// Three projects, run in this order by `npm test`:
//  unit    – pure code and content files; no build needed
//  site    – checks over the built dist/ (run after `astro build`)
//  browser – playwright-core driving Chromium against `astro preview`
export default defineConfig({
  test: {
    projects: [
      // Literature reproductions simulate large random graphs: on a loaded 2-core CI machine
      // they need more than vitest's 5 s default. This is a hang guard, not a speed claim.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      { test: { name: 'site', include: ['test/site/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/preview-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: true,
          maxWorkers: 3,
          // expect.poll gives up after 1 s by default: too short for a hydration on a loaded 2-core machine.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
