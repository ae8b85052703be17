/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';
import { pinnedBuildDate } from './helpers/pinned-date.ts';

/**
 * Three speeds: `unit` needs no build (schemas, lib, checker, components), `dist` reads the built
 * site in dist/, `browser` drives Debian's Chromium against a real nginx. `npm test` builds, then
 * runs all three; `npm run test:unit` is the inner loop.
 */
export default getViteConfig({
  test: {
    globalSetup: ['tests/helpers/global-setup.ts'],
    // The day the site under test was built "as of" (npm test builds with the same BUILD_DATE).
    env: { BUILD_DATE: pinnedBuildDate },
    testTimeout: 60_000,
    // One worker per core (Vitest leaves one core free by default): the browser files mostly wait on
    // Chromium and nginx, which then use the other core.
    maxWorkers: availableParallelism(),
    hookTimeout: 120_000,
    // .ci/run asks for a JSON report to print "N passed, N failed".
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON } : undefined,
    // No file changes shared state (environment stubs are undone; each browser file starts and stops
    // its own Chromium, nginx or dev server), so one worker runs many without loading the modules again.
    isolate: false,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'] } },
    ],
  },
});
