/** The repository's nginx configuration, run for real over dist/: headers, compression, 404, types, search. */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startNginx } from '../helpers/nginx';
import { launch } from '../helpers/browser';
import { cspHeader } from '../../src/lib/security';

let nginx: Awaited<ReturnType<typeof startNginx>>;
let browser: Browser;
beforeAll(async () => {
  [nginx, browser] = await Promise.all([startNginx(), launch()]);
});
afterAll(async () => {
  await nginx?.stop();
  await browser?.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(nginx.url + path, { headers, redirect: 'manual' });
const css = readdirSync('dist/_astro').find((f) => f.endsWith('.css'))!;
const pagefindFile = (ext: string) =>
  `/pagefind/${readdirSync('dist/pagefind', { recursive: true })
    .map(String)
    .find((f) => f.endsWith(ext))}`;

describe('nginx with src/hosting/nginx.conf', () => {
  it('sends the security headers, including the CSP', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(cspHeader);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(res.headers.get('server')).toBe('nginx');
  });

  it('compresses text, caches hashed assets for a year, revalidates pages', async () => {
    const page = await get('/ke-hoach/', { 'Accept-Encoding': 'gzip' });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const sheet = await get(`/_astro/${css}`, { 'Accept-Encoding': 'gzip' });
    expect(sheet.headers.get('content-encoding')).toBe('gzip');
    expect(sheet.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves the 404 page with status 404', async () => {
    const res = await get('/khong-co-trang-nay/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Không tìm thấy trang');
  });

  it.each([
    ['/su-kien/lich.ics', 'text/calendar'],
    ['/ho-tro/danh-ba.vcf', 'text/vcard'],
    ['/pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
    ['/su-kien/rss.xml', 'xml'],
  ])('%s is served as %s', async (path, type) => {
    const res = await get(path === '/pagefind/wasm.unknown.pagefind' ? pagefindFile('.pagefind') : path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
  });

  it('a search works through it in Chromium, under the CSP header', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
    await page.goto(`${nginx.url}/tim-kiem/?q=khai+sinh`);
    await page.waitForSelector('[data-search-results] li a');
    expect(await page.locator('[data-search-results] li a').first().getAttribute('href')).toMatch(/khai-sinh/);
    expect(violations).toEqual([]);
    await context.close();
  });
});
