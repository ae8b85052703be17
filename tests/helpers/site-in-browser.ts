/** Shared set-up of the browser test files. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { serveDist } from './static-server';

/** One Chromium and one server over dist/ for a test file: `site.browser`, `site.url`. */
export function siteInBrowser() {
  const site = {} as { browser: Browser; url: string };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const [browser, server] = await Promise.all([launch(), serveDist()]);
    Object.assign(site, { browser, url: server.url });
    close = server.close;
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
