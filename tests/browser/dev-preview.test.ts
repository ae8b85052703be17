/**
 * The editors' preview, as an editor uses it: `npm run dev` on a copy of content/ that already has
 * a mistake (the preview must start anyway), a page open in Chromium, the file fixed, then saved with
 * another mistake, then fixed again. The page must show the checker's Vietnamese message while the
 * content is wrong (every page, nothing stale), come back by itself after each fix, and look like the
 * built site (its styles apply). Drafts show, labelled. One dev server.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, phone } from '../helpers/browser';
import { projectWith, childEnv } from '../helpers/content-copy';
import { freePort } from '../helpers/nginx';

const draft = readFileSync('tests/fixtures/valid/su-kien--hop-le.md', 'utf8')
  .replace('title: "Ngày hội thử nghiệm"', 'title: "Bản nháp bí mật"')
  .replace('---\ntitle', '---\ndraft: true\ntitle');
const good = readFileSync('content/trang/gioi-thieu.md', 'utf8');
// Two typical mistakes: a colon in an unquoted title, a title that is a number.
const colon = good.replace('title: "Giới thiệu"', 'title: Giới thiệu: trang web');
const number = good.replace('title: "Giới thiệu"', 'title: 2027');

let copy: ReturnType<typeof projectWith>;
let dev: ChildProcess;
let browser: Browser;
let base = '';
let log = '';

beforeAll(async () => {
  copy = projectWith({ 'su-kien/2026-12-21-ban-nhap.md': draft, 'trang/gioi-thieu.md': colon });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dev = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: copy.root,
      env: childEnv({ CONTENT_DIR: copy.dir, ASTRO_DEV_BACKGROUND: '0' }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  dev.stdout!.on('data', (d) => (log += d));
  dev.stderr!.on('data', (d) => (log += d));
  browser = await launch();
  for (let i = 0; i < 240 && !log.includes('ready in'); i++) {
    if (dev.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!log.includes('ready in')) throw new Error(`astro dev did not start:\n${log}`);
  // A first visit lets Vite prepare the page's scripts (it reloads the page when it does), before
  // the visits the tests time.
  const warm = await browser.newContext();
  await (await warm.newPage()).goto(`${base}/su-kien/`, { waitUntil: 'networkidle' }).catch(() => undefined);
  await warm.close();
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
const until = (page: Page, check: () => boolean) =>
  page.waitForFunction(check, null, { timeout: 60_000 }).catch(async (e) => {
    const seen = await page.evaluate(() => `${document.title} | ${document.querySelector('h1')?.textContent}`);
    throw new Error(`${e}\nThe page shows: ${seen}\n${log.slice(-4000)}`);
  });
const save = (text: string) => writeFileSync(join(copy.dir, 'trang/gioi-thieu.md'), text);
/** A read of the page after a save: Astro may reload it once more (after the checker's own reload), so
 *  a read cut short by that navigation is tried again. */
const settled = <T>(read: () => Promise<T>) => expect.poll(() => read().catch(() => undefined), { timeout: 30_000 });

describe("npm run dev (the editors' preview)", () => {
  it('starts with a mistake in content, shows the checker’s message until each fix, then the styled page', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    try {
      // The terminal says it too, in Vietnamese, before anything else.
      expect(log).toContain('Lỗi: content/trang/gioi-thieu.md:2  -  Giá trị có dấu hai chấm');

      await page.goto(`${base}/gioi-thieu/`);
      expect(await page.title()).toBe('Nội dung có lỗi');
      expect(await page.locator('h1').textContent()).toBe('Nội dung có 1 lỗi');
      expect(await page.locator('li').allTextContents()).toEqual([
        'content/trang/gioi-thieu.md:2  -  Giá trị có dấu hai chấm ":" phải đặt trong dấu ngoặc kép.  → Viết title: "Giới thiệu: trang web".',
      ]);
      // Every other page says the same until it is fixed: nothing stale is shown.
      const other = await fetch(`${base}/su-kien/`, { headers: { accept: 'text/html' } });
      expect(other.status).toBe(500);
      expect(await other.text()).toContain('content/trang/gioi-thieu.md:2');

      save(good);
      await until(page, () => document.querySelector('h1')?.textContent === 'Giới thiệu');
      await settled(() => styled(page)).toEqual({ skipLink: 'absolute', column: '768px' });

      save(number);
      await until(page, () => document.title === 'Nội dung có lỗi');
      await settled(() => page.locator('li').allTextContents()).toEqual([
        'content/trang/gioi-thieu.md:2  title  Sai kiểu: cần chữ, đặt trong dấu ngoặc kép.  → Đặt giá trị trong dấu ngoặc kép: title: "2027".',
      ]);

      save(good);
      await until(page, () => document.querySelector('h1')?.textContent === 'Giới thiệu');
      await settled(() => styled(page)).toEqual({ skipLink: 'absolute', column: '768px' });
      expect(consoleErrors.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    } finally {
      save(good); // the next test needs valid content even if this one stopped halfway
      await context.close();
    }
  }, 150_000);

  it('ends on the saved text when the watcher saw the save half-written (the file empty for a moment)', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    try {
      save(good);
      await page.goto(`${base}/gioi-thieu/`);
      await until(page, () => document.querySelector('h1')?.textContent === 'Giới thiệu');
      // As an editor's save looks on a busy machine: the file emptied, then filled 45 ms later, so the
      // watcher drops the second change (it keeps one per 50 ms) and Astro has only read the empty file.
      save('');
      await new Promise((r) => setTimeout(r, 45));
      save(good.replace('title: "Giới thiệu"', 'title: "Giới thiệu chung"'));
      await until(page, () => document.querySelector('h1')?.textContent === 'Giới thiệu chung');
    } finally {
      save(good);
      await context.close();
    }
  }, 90_000);

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

  it('serves the browser editor at /admin/, with the configuration generated from the schemas', async () => {
    expect(await (await fetch(`${base}/admin/config.yml`)).text(), log).toContain('folder: content/su-kien');
    const page = await (await fetch(`${base}/admin/`)).text();
    const script = /src="(\/admin\/assets\/index-[\w-]+\.js)"/.exec(page)?.[1];
    expect(script, log).toBeDefined();
    expect((await fetch(base + script)).status).toBe(200);
  });
});
