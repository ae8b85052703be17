/**
 * The browser editor (/admin/) in Chromium, on the built site served by nginx, in its local-repository
 * mode ("Làm việc với kho mã nguồn cục bộ"): the folder picker is replaced by a folder of the
 * browser's private file system (OPFS) holding a copy of content/. An editor creates an event, edits a
 * contact's hours and tries to save an event without a source. Screenshots for the editors' guide
 * go to ADMIN_SCREENSHOTS (a folder), or to a temporary folder removed afterwards.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { siteInBrowser } from '../helpers/site-in-browser';
import { contentWith } from '../helpers/content-copy';
import { editorEvent } from '../helpers/modified-site';
import { adminHeaders, securityHeaders } from '../../src/hosting/rules';
import { backendFromEnv, gitOrigins } from '../../src/admin/cms-config';
import { checkContent } from '../../src/lib/validate';
import { formatProblem } from '../../src/lib/validate/problems';
import { slugify } from '../../src/lib/text';

const site = siteInBrowser();
const shots = process.env.ADMIN_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'admin-screenshots-'));
mkdirSync(shots, { recursive: true });

/** The repository as the editor sees it: content/ (but the plan, which it never opens) and a .git folder. */
const repository: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n' };
for (const f of readdirSync('content', { recursive: true }) as string[])
  if (/\.(md|yaml)$/.test(f) && !f.startsWith('ke-hoach') && f !== 'README.md')
    repository[`content/${f}`] = readFileSync(join('content', f), 'utf8');

let context: BrowserContext;
let page: Page;
const outside: string[] = [];
const errors: string[] = [];

/** A file of the private folder the editor works in. */
const read = (path: string) =>
  page.evaluate(async (path) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = path.split('/');
    for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path);
const list = (path: string) =>
  page.evaluate(async (path) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    for (const p of path.split('/')) dir = await dir.getDirectoryHandle(p);
    const names: string[] = [];
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    return names.sort();
  }, path);
const save = () => page.getByRole('button', { name: 'Lưu', exact: true }).click();
/** Lines of `after` not in `before`, and the reverse. */
const diff = (before: string, after: string) => ({
  removed: before.split('\n').filter((l) => !after.split('\n').includes(l)),
  added: after.split('\n').filter((l) => !before.split('\n').includes(l)),
});

beforeAll(async () => {
  context = await site.browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 860 } });
  // Nothing may leave this machine but calls to the Git host (its status page, in local mode).
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    outside.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    // The folder picker answers with the private folder "repo".
    Object.assign(window, {
      showDirectoryPicker: async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true }),
    });
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !outside.includes(m.location().url)) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // The private folder belongs to the site's origin: fill it from one of its pages.
  await page.goto(`${site.url}/robots.txt`);
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    const repo = await root.getDirectoryHandle('repo', { create: true });
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = repo;
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
      const file = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await file.write(text);
      await file.close();
    }
  }, repository);
  await page.goto(`${site.url}/admin/`);
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
  await page.getByRole('treeitem', { name: 'Sự kiện', exact: true }).waitFor();
  await page.screenshot({ path: join(shots, '1-danh-sach.png') });
});

afterAll(async () => {
  await context?.close();
  if (!process.env.ADMIN_SCREENSHOTS) rmSync(shots, { recursive: true, force: true });
});

describe('the browser editor (/admin/), working on a local copy of the repository', () => {
  it('is served with its own policy and kept out of search engines; public pages keep theirs', async () => {
    const admin = await fetch(`${site.url}/admin/`);
    for (const [name, value] of Object.entries(adminHeaders)) expect(admin.headers.get(name), name).toBe(value);
    const home = await fetch(`${site.url}/`);
    for (const [name, value] of Object.entries(securityHeaders)) expect(home.headers.get(name), name).toBe(value);
    expect(home.headers.get('x-robots-tag')).toBeNull();
  });

  it('creates an event through the form: the file is named and written as `npm run new` would, and passes the checker', async () => {
    const title = 'Ngày hội đọc sách: Đọc cùng con ở Đắk Lắk';
    await page.goto(`${site.url}/admin/#/collections/events/new`);
    await page.getByRole('textbox', { name: 'Tên sự kiện', exact: true }).fill(title);
    await page
      .getByRole('textbox', { name: 'Một câu giới thiệu', exact: true })
      .fill('Ngày hội thử của trình biên tập: đọc sách cùng con, dành cho thiếu nhi và gia đình.');
    await page.getByRole('textbox', { name: 'Ngày bắt đầu', exact: true }).fill('2026-12-19');
    await page.getByRole('combobox', { name: 'Cơ quan tổ chức hoặc chủ trì' }).click();
    await page.getByRole('option', { name: 'Ủy ban nhân dân phường Tân An' }).click();
    await page.getByRole('combobox', { name: 'Loại sự kiện' }).click();
    await page.getByRole('option', { name: 'Khác' }).click();
    await page.getByRole('button', { name: /^Thêm \u2068?nguồn/ }).click();
    await page.getByRole('textbox', { name: 'Tên nguồn' }).fill('Thông báo thử của trình biên tập');
    await page.getByRole('textbox', { name: 'Địa chỉ của nguồn' }).fill('https://nguon-thu.test/thong-bao-thu');
    await page
      .getByRole('textbox', { name: 'Nội dung' })
      .fill('Đọc sách cùng con, dành cho **thiếu nhi** và gia đình.');
    await page.screenshot({ path: join(shots, '2-su-kien-moi.png') });
    await save();

    const name = `2026-12-19-${slugify(title)}.md`;
    await expect.poll(() => list('content/su-kien')).toContain(name);
    const written = await read(`content/su-kien/${name}`);
    // The same file tests/dist/modified-content.test.ts builds into /su-kien/ and lich.ics.
    expect(`su-kien/${name}`).toBe(editorEvent.path);
    expect(written).toBe(editorEvent.text);
    const copy = contentWith({ [editorEvent.path]: written });
    try {
      expect(
        checkContent(copy.dir)
          .filter((p) => p.level === 'error')
          .map(formatProblem),
      ).toEqual([]);
    } finally {
      copy.cleanup();
    }
  });

  it("edits a contact's hours: the file changes by that one line", async () => {
    const path = 'content/lien-he/tong-dai-111.md';
    await page.goto(`${site.url}/admin/#/collections/contacts/entries/tong-dai-111`);
    await page.getByRole('textbox', { name: 'Giờ làm việc bằng lời', exact: true }).fill('24 giờ, mọi ngày trong năm');
    await save();
    await expect.poll(() => read(path)).not.toBe(repository[path]);
    expect(diff(repository[path], await read(path))).toEqual({
      removed: ['hours: "24 giờ, tất cả các ngày"'],
      added: ['hours: "24 giờ, mọi ngày trong năm"'],
    });
  });

  it('refuses an event without a source, in Vietnamese, and writes nothing', async () => {
    const before = await list('content/su-kien');
    await page.goto(`${site.url}/admin/#/collections/events/new`);
    await page.getByRole('textbox', { name: 'Tên sự kiện', exact: true }).fill('Sự kiện chưa có nguồn');
    await save();
    await expect(page.getByRole('alert').filter({ hasText: 'Trường bắt buộc.' }).count()).resolves.toBeGreaterThan(0);
    await page.getByRole('alert').filter({ hasText: 'Vui lòng sửa lỗi để lưu bài viết' }).waitFor();
    await page.screenshot({ path: join(shots, '3-chua-co-nguon.png') });
    // With a source, the schema's own rules still hold: the checker's words, before anything is written.
    await page.getByRole('button', { name: /^Thêm \u2068?nguồn/ }).click();
    await page.getByRole('textbox', { name: 'Tên nguồn' }).fill('Thông báo thử của trình biên tập');
    await page.getByRole('textbox', { name: 'Địa chỉ của nguồn' }).fill('https://nguon-thu.test/thong-bao-thu');
    await save();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.textContent()).toContain('Chưa lưu. Cần sửa:');
    expect(await dialog.textContent()).toContain('Ngày bắt đầu: Cần ngày bắt đầu (start) hoặc ngày âm lịch (lunar).');
    await page.screenshot({ path: join(shots, '4-chua-dung-quy-dinh.png') });
    expect(await list('content/su-kien')).toEqual(before);
  });

  it('loaded nothing from other sites, and broke no rule of its policy', () => {
    const allowed = gitOrigins(backendFromEnv()).connect;
    expect(outside.filter((u) => !allowed.some((o) => u.startsWith(o)))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
