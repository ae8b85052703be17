/**
 * The day `npm test` builds the site "as of" (BUILD_DATE), so that which yearly events exist and
 * which are upcoming does not depend on the day the tests run. Vitest's workers get it too
 * (tests/vitest.config.ts), so tests compute with the same day as the build they read.
 */
export const pinnedBuildDate = '2026-12-02';
