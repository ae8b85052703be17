/**
 * The editors' preview, as an editor uses it: `npm run dev` on a copy of content/, a page open in
 * Chromium, a file saved with a mistake, then fixed. The page must look like the built site (its
 * styles apply: no policy blocks them), show the checker's Vietnamese message by itself after the
 * bad save, and come back, styled, by itself after the fix. Drafts show, labelled. One dev server.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, phone } from '../helpers/browser';
import { contentWith, childEnv } from '../helpers/content-copy';
import { freePort } from '../helpers/nginx';

const draft = readFileSync('tests/fixtures/valid/su-kien--hop-le.md', 'utf8')
  .replace('title: "Ngày hội thử nghiệm"', 'title: "Bản nháp bí mật"')
  .replace('---\ntitle', '---\ndraft: true\ntitle');

let copy: ReturnType<typeof contentWith>;
let dev: ChildProcess;
let browser: Browser;
let base = '';
let log = '';

beforeAll(async () => {
  copy = contentWith({ 'su-kien/2026-12-21-ban-nhap.md': draft });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dev = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      env: childEnv({ CONTENT_DIR: copy.dir, ASTRO_DEV_BACKGROUND: '0' }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  dev.stdout!.on('data', (d) => (log += d));
  dev.stderr!.on('data', (d) => (log += d));
  browser = await launch();
  for (let i = 0; i < 240; i++) {
    const up = await fetch(`${base}/`, { headers: { accept: 'text/html' } }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  // A first visit lets Vite prepare the page's scripts (it reloads the page when it does), before
  // the visits the tests time.
  const warm = await browser.newContext();
  await (await warm.newPage()).goto(`${base}/gioi-thieu/`, { waitUntil: 'networkidle' }).catch(() => undefined);
  await warm.close();
  if (!log.includes('ready in')) throw new Error(`astro dev did not start:\n${log}`);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.exitCode === null) process.kill(-dev.pid!, 'SIGTERM');
  copy?.cleanup();
});

/** The site's own styles apply: the skip link is moved off screen, the text column is narrowed. */
const styled = (page: Page) =>
  page.evaluate(() => ({
    skipLink: getComputedStyle(document.querySelector('.skip-link')!).position,
    column: getComputedStyle(document.querySelector('main')!).maxWidth,
  }));

describe("npm run dev (the editors' preview)", () => {
  it('looks like the built site, shows the checker’s message after a bad save, and the page again after the fix', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => m.type() === 'error' && blocked.push(m.text()));
    try {
      await page.goto(`${base}/gioi-thieu/`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Giới thiệu');
      expect(await styled(page)).toEqual({ skipLink: 'absolute', column: '768px' });
      expect(blocked.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);

      // An editor writes a title with a colon and no quotes, and saves.
      const file = join(copy.dir, 'trang/gioi-thieu.md');
      const good = readFileSync(file, 'utf8');
      writeFileSync(file, good.replace('title: "Giới thiệu"', 'title: Giới thiệu: trang web'));
      await page
        .waitForFunction(() => document.title === 'Nội dung có lỗi', null, { timeout: 60_000 })
        .catch((e) => Promise.reject(new Error(`${e}\n${log.slice(-4000)}`)));
      expect(await page.locator('h1').textContent()).toBe('Nội dung có 1 lỗi');
      expect(await page.locator('li').allTextContents()).toEqual([
        'content/trang/gioi-thieu.md:2  -  Giá trị có dấu hai chấm ":" phải đặt trong dấu ngoặc kép.  → Viết title: "Giới thiệu: trang web".',
      ]);
      // Every other page says the same until it is fixed: nothing stale is shown.
      const other = await fetch(`${base}/su-kien/`, { headers: { accept: 'text/html' } });
      expect(other.status).toBe(500);
      expect(await other.text()).toContain('content/trang/gioi-thieu.md:2');

      writeFileSync(file, good);
      await page
        .waitForFunction(() => document.querySelector('h1')?.textContent === 'Giới thiệu', null, { timeout: 60_000 })
        .catch((e) => Promise.reject(new Error(`${e}\n${log.slice(-4000)}`)));
      expect(await styled(page)).toEqual({ skipLink: 'absolute', column: '768px' });
    } finally {
      await context.close();
    }
  }, 150_000);

  it('shows a draft, labelled "Bản nháp"', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    try {
      await page.goto(`${base}/su-kien/2026-12-21-ban-nhap/`);
      expect(await page.locator('h1').textContent()).toBe('Bản nháp bí mật');
      expect(await page.locator('[role=status]').textContent()).toContain('Bản nháp: chỉ hiện khi xem thử');
    } finally {
      await context.close();
    }
  });
});
