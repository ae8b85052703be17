/**
 * The search page in Chromium: plain GET round trip, the restored reading and the way back to what
 * was typed, results linking to their section, filters, nothing found, what it loads and when
 * (whole index at once, or only what a query needs when the reader saves data).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phone } from '../helpers/browser';
import { siteInBrowser } from '../helpers/site-in-browser';

const site = siteInBrowser();

const open = () => site.page(phone);
const results = (page: Page) => page.locator('[data-search-results] li h2 a');
const firstResult = async (page: Page) =>
  (await page.waitForSelector('[data-search-results] li:first-child[data-ready] h2 a')).getAttribute('href');
/** Every path the page requests, workers included. */
const recordRequests = (page: Page) => {
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
};
/** The reader asked the browser to save data (Chrome's Lite mode / Data Saver). */
const savingData = (page: Page) =>
  page.addInitScript(() =>
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
  );

describe('search page', () => {
  it('runs the query from the URL, shows the reading with its marks and announces the count', async () => {
    const page = await open();
    await page.goto(`${site.url}/tim-kiem/?q=duong+day+nong`);
    expect((await firstResult(page))!.split('#')[0]).toBe('/ho-tro/');
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.innerText()).toMatch(/^\d+ kết quả cho “đường dây nóng”$/);
    expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
    // Honest about it, with a way to search exactly what was typed.
    const exact = page.locator('[data-search-note] a', { hasText: 'Tìm đúng “duong day nong”' });
    await exact.click();
    await page.waitForURL(/nguyenvan/);
    await page.waitForFunction(() =>
      document.querySelector('[data-search-status]')?.textContent?.includes('“duong day nong”'),
    );
    expect(await page.locator('[data-search-note] a').count()).toBe(0);
    expect(await results(page).count()).toBeGreaterThan(0);
  });

  it('a result links to the section that answers and names it under the page title', async () => {
    const page = await open();
    await page.goto(`${site.url}/tim-kiem/?q=dieu+25`);
    expect(await firstResult(page)).toBe('/quyen-tre-em/#dieu-25');
    expect(await page.locator('[data-search-results] li').first().innerText()).toContain('Điều 25. ');
    await results(page).first().click();
    await page.waitForURL(/\/quyen-tre-em\/#dieu-25$/);
    expect(await page.locator('#dieu-25').isVisible()).toBe(true);
  });

  it('the header field submits a plain GET to /tim-kiem/ and the query round-trips through the URL', async () => {
    const page = await open();
    await page.goto(`${site.url}/`);
    await page.fill('#site-search', 'trung thu');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=trung\+thu$/);
    await firstResult(page);
    expect(await results(page).first().innerText()).toMatch(/Trung thu/);
    await page.fill('#q', 'khai sinh');
    await page.press('#q', 'Enter');
    await page.waitForURL(/q=khai\+sinh/);
    await page.waitForFunction(() =>
      document.querySelector('[data-search-results] a')?.getAttribute('href')?.includes('khai-sinh'),
    );
    await page.reload();
    expect(await page.inputValue('#q')).toBe('khai sinh');
    expect(await firstResult(page)).toMatch(/^\/ho-tro\/dang-ky-khai-sinh\//);
  });

  it('filters by section, keyboard only', async () => {
    const page = await open();
    await page.goto(`${site.url}/tim-kiem/?q=tre+em`);
    await firstResult(page);
    await page.focus('input[name=muc][value="Sự kiện"]');
    await page.keyboard.press('Space');
    await page.waitForURL(/muc=/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-search-results] li h2 a')].every((a) =>
        a.getAttribute('href')!.startsWith('/su-kien/'),
      ),
    );
    expect(await results(page).count()).toBeGreaterThan(0);
  });

  it('when nothing is found, shows the hotline and useful pages', async () => {
    const page = await open();
    await page.goto(`${site.url}/tim-kiem/?q=qqxyzqq`);
    await page.waitForSelector('[data-search-empty]:not([hidden])');
    expect(await page.locator('[data-search-status]').innerText()).toContain('Không tìm thấy');
    expect(await page.locator('[data-search-empty] a[href="tel:111"]').isVisible()).toBe(true);
  });

  it('offers the closest query the site’s words allow, and keeps the help box when nothing is found', async () => {
    const page = await open();
    await page.goto(`${site.url}/tim-kiem/?q=xqam`);
    await page.waitForSelector('[data-search-empty]:not([hidden])');
    expect(await page.locator('[data-search-empty] a[href="tel:111"]').isVisible()).toBe(true);
    await page.goto(`${site.url}/tim-kiem/?q=duong+dai+nong`);
    const suggestion = page.locator('[data-search-note] a', { hasText: 'đường dây nóng' });
    await suggestion.click();
    await page.waitForURL(/q=%C4%91%C6%B0%E1%BB%9Dng/);
    expect((await firstResult(page))!.split('#')[0]).toBe('/ho-tro/');
  });
});

describe('what the search page loads', () => {
  it('Pagefind and the search data load only on the search page; the index entry once', async () => {
    const page = await open();
    const requests = recordRequests(page);
    await page.goto(`${site.url}/ho-tro/`);
    await page.focus('#site-search');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/tim-kiem/'))).toEqual([]);
    await page.goto(`${site.url}/tim-kiem/?q=nd+56`);
    await firstResult(page);
    await page.waitForLoadState('networkidle');
    expect(requests).toContain('/pagefind/pagefind.js');
    expect(requests.filter((p) => p === '/pagefind/pagefind-entry.json')).toHaveLength(1);
    expect(requests.filter((p) => p === '/tim-kiem/du-lieu.json')).toHaveLength(1);
  });

  it('loads the whole (small) index while the reader types: a query then fetches only excerpts', async () => {
    const page = await open();
    const requests = recordRequests(page);
    await page.goto(`${site.url}/tim-kiem/`);
    await page.waitForLoadState('networkidle');
    const chunks = requests.filter((p) => p.endsWith('.pf_index')).length;
    expect(chunks).toBeGreaterThan(0);
    const before = requests.length;
    await page.fill('#q', 'đường dây nóng');
    await firstResult(page);
    await page.waitForLoadState('networkidle');
    expect(requests.slice(before).filter((p) => !p.endsWith('.pf_fragment'))).toEqual([]);
  });

  it('with Save-Data, nothing loads before the reader starts, and a query loads only what it needs', async () => {
    const page = await open();
    await savingData(page);
    const requests = recordRequests(page);
    await page.goto(`${site.url}/tim-kiem/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/') || p === '/tim-kiem/du-lieu.json')).toEqual([]);
    await page.fill('#q', 'dieu 25');
    expect(await firstResult(page)).toBe('/quyen-tre-em/#dieu-25');
    await page.waitForLoadState('networkidle');
    // Its chunks only: the whole index is more.
    const whole = await site.page(phone);
    const wholeRequests = recordRequests(whole);
    await whole.goto(`${site.url}/tim-kiem/`);
    await whole.waitForLoadState('networkidle');
    const count = (list: string[]) => new Set(list.filter((p) => p.endsWith('.pf_index'))).size;
    expect(count(requests)).toBeLessThan(count(wholeRequests));
  });
});
