/**
 * The nginx configuration generated from src/hosting/rules.ts, run for real over dist/: headers,
 * the type, charset and compression of every kind of file the site has, caching, the 404 page and a
 * search through it in Chromium.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../../helpers/site-in-browser';
import { fileTypes, securityHeaders, cacheControl, contentType } from '../../../src/hosting/rules';

const site = siteInBrowser();
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(site.url + path, { headers: { 'Accept-Encoding': 'gzip', ...headers }, redirect: 'manual' });

// One file of each kind in dist/ (the largest, so compression has something to do).
const files = (readdirSync('dist', { recursive: true }) as string[]).filter((f) => /\.[a-z_]+$/.test(f));
const byExt = new Map<string, string>();
for (const f of files) byExt.set(f.slice(f.lastIndexOf('.') + 1), `/${f}`);

describe('nginx with the generated configuration', () => {
  it('sends the security headers on every response', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    for (const [name, value] of Object.entries(securityHeaders)) expect(res.headers.get(name)).toBe(value);
    expect(res.headers.get('server')).toBe('nginx');
    expect(res.headers.get('strict-transport-security')).toBeNull(); // plain HTTP here
  });

  it('knows every kind of file the site has', () => {
    expect([...byExt.keys()].filter((ext) => !fileTypes[ext])).toEqual([]);
  });

  it.each([...byExt])('.%s: type, charset, compression and caching from the table', async (ext, path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(contentType(path));
    expect(res.headers.get('cache-control')).toBe(cacheControl(path));
    const size = Number((await fetch(site.url + path, { method: 'HEAD' })).headers.get('content-length'));
    if (fileTypes[ext].text && size > 1024) expect(res.headers.get('content-encoding')).toBe('gzip');
    if (!fileTypes[ext].text) expect(res.headers.get('content-encoding')).toBeNull();
  });

  it('serves the 404 page with status 404', async () => {
    const res = await get('/khong-co-trang-nay/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Không tìm thấy trang');
  });

  it('a 10 000-character query pasted in the search field is cut, so reloading never hits "414 URI Too Long"', async () => {
    const page = await site.page({}, '/tim-kiem/');
    await page.fill('#q', 'trẻ em '.repeat(1500));
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => location.search.includes('q='));
    expect(page.url().length).toBeLessThan(2000);
    expect((await page.reload())!.status()).toBe(200);
  });

  it('a search works through it in Chromium, under the CSP header', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${site.url}/tim-kiem/?q=khai+sinh`);
    await page.waitForSelector('[data-search-results] li a');
    expect(await page.locator('[data-search-results] li a').first().getAttribute('href')).toMatch(/khai-sinh/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
