/**
 * Shared set-up of the browser test files: one Chromium and one nginx over dist/ per file, and fresh
 * browser contexts that are closed after each test.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launch } from './browser';
import { startNginx, type Nginx } from './nginx';

export function siteInBrowser() {
  const open: BrowserContext[] = [];
  const site = {
    browser: undefined as unknown as Browser,
    url: '',
    /** A fresh context (closed after the test). */
    async context(options: BrowserContextOptions = {}) {
      const context = await site.browser.newContext(options);
      open.push(context);
      return context;
    },
    /** A page in a fresh context; with `path`, already opened on this site. */
    async page(options: BrowserContextOptions = {}, path?: string) {
      const page = await (await site.context(options)).newPage();
      if (path !== undefined) await page.goto(site.url + path);
      return page;
    },
  };
  let server: Nginx | undefined;
  beforeAll(async () => {
    const [browser, nginx] = await Promise.all([launch(), startNginx()]);
    server = nginx;
    Object.assign(site, { browser, url: nginx.url });
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.stop();
  });
  return site;
}
