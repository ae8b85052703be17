/** The search page in Chromium: plain GET round trip, results announced, filters, nothing found. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phone } from '../helpers/browser';
import { siteInBrowser } from '../helpers/site-in-browser';

const site = siteInBrowser();

const open = () => site.page(phone);
const results = (page: Page) => page.locator('[data-search-results] li h2 a');
const firstResult = async (page: Page) =>
  (await page.waitForSelector('[data-search-results] li h2 a')).getAttribute('href');

describe('search page', () => {
  it('runs the query from the URL and announces the result count', async () => {
    const page = await open();
    await page.goto(`${site.url}/tim-kiem/?q=duong+day+nong`);
    expect(await firstResult(page)).toBe('/ho-tro/');
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.innerText()).toMatch(/^\d+ kết quả cho “duong day nong”$/);
    expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
  });

  it('the header field submits a plain GET to /tim-kiem/ and the query round-trips through the URL', async () => {
    const page = await open();
    await page.goto(`${site.url}/`);
    await page.fill('#site-search', 'trung thu');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=trung\+thu$/);
    expect(await firstResult(page)).toMatch(/^\/su-kien\/\d{4}-\d{2}-\d{2}-tet-trung-thu-\d{4}\/$/);
    await page.fill('#q', 'khai sinh');
    await page.press('#q', 'Enter');
    await page.waitForURL(/q=khai\+sinh/);
    await page.waitForFunction(() =>
      document.querySelector('[data-search-results] a')?.getAttribute('href')?.includes('khai-sinh'),
    );
    await page.reload();
    expect(await page.inputValue('#q')).toBe('khai sinh');
    expect(await firstResult(page)).toBe('/ho-tro/dang-ky-khai-sinh/');
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

  it('loads Pagefind only on the search page, as soon as it opens', async () => {
    const page = await open();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/ho-tro/`);
    await page.focus('#site-search');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.goto(`${site.url}/tim-kiem/`);
    await page.waitForLoadState('networkidle');
    expect(requests).toContain('/pagefind/pagefind.js');
  });
});
