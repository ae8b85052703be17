/**
 * Each page type in a real browser (Debian Chromium), loaded once for all these checks: one request
 * until the page has loaded (its CSS and scripts are inside the HTML), axe with the WCAG 2.2 AA tags,
 * reflow at 360 px and 320 px (400 % zoom of a 1280 px window, stricter than 200 %), and the quick exit
 * (third Tab stop, sticky, Shift × 3; then a tap after reloading); then the skip link, visible focus on every control, 200 % zoom and reading
 * with JavaScript off. Every browser context is closed when its test ends.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phone } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { siteInBrowser } from '../helpers/site-in-browser';
import { pageTypes } from '../helpers/page-types';
import { siteSettingsFile } from '../helpers/content-copy';

const site = siteInBrowser();

const neutral = siteSettingsFile().quickExitUrl;
/** A phone where the quick exit's neutral site is answered locally (the test machine has no network). */
async function reader() {
  const context = await site.context(phone);
  await context.route(`${neutral}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title><p>neutral</p>' }),
  );
  return context.newPage();
}
const left = (page: Page) => page.waitForURL(`${neutral}**`, { timeout: 5_000 });

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('each page type', () => {
  it.each(Object.entries(pageTypes()))(
    '%s (%s): one request until loaded, no axe violation (WCAG 2.2 AA), no horizontal scroll at 360 and 320 px, Thoát nhanh within 3 Tab stops, sticky, by Shift × 3 and by a tap',
    async (type, url) => {
      const page = await reader();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(site.url + url, { waitUntil: 'load' });
      // Nothing fetched before the page's load event but the page itself (what it fetches later, the
      // search engine or the offline card's worker, is extra); a poster also fetches its font.
      const fetchedBeforeLoad = await page.evaluate(() => {
        const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart;
        return performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime < loaded)
          .map((e) => e.name);
      });
      if (type === 'poster') {
        const fonts = fetchedBeforeLoad.filter((f) => f.startsWith(`${site.url}/fonts/`) && f.endsWith('.woff2'));
        expect(fonts.length).toBeGreaterThan(0);
        fetchedBeforeLoad.splice(0, Infinity, ...fetchedBeforeLoad.filter((f) => !fonts.includes(f)));
      }
      expect(fetchedBeforeLoad).toEqual([]);
      expect(errors).toEqual([]); // e.g. inline code the CSP would block
      expect(await axeViolations(page)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      // Thoát nhanh: within the first three Tab stops, on screen after scrolling, and it exits.
      let stops = 0;
      while (stops < 3 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-quick-exit')))) {
        await page.keyboard.press('Tab');
        stops++;
      }
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Thoát nhanh');
      await page.mouse.wheel(0, 5000);
      const box = (await page.locator('[data-quick-exit]').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(640);
      await page.locator('h1').click({ force: true }); // out of the fields, not typing
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await left(page);
      await page.goto(site.url + url);
      await page.locator('[data-quick-exit]').tap();
      await left(page);
    },
  );
});

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await site.page({}, '/phap-luat/luat-tre-em-2016/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/nội dung chính/);
    expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
  });

  it('every control is reachable by Tab and shows a visible focus indicator', async () => {
    const page = await site.page({}, '/ho-tro/');
    const controls = await page.evaluate(
      () =>
        document.querySelectorAll('a[href], button, input, select, summary, [tabindex]:not([tabindex="-1"])').length,
    );
    const seen = new Set<string>();
    for (let i = 0; i < controls + 2; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el === document.body) return { key: 'body', visible: true }; // the end of the tab order
        const s = getComputedStyle(el);
        return {
          key: el.outerHTML.slice(0, 120) + el.getBoundingClientRect().top,
          visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
        };
      });
      expect(info.visible, info.key).toBe(true);
      seen.add(info.key);
    }
    expect(seen.size).toBeGreaterThanOrEqual(controls);
  });
});

describe('zoom and no JavaScript', () => {
  it('at 200 % zoom text grows and the page still fits (1280 px window)', async () => {
    const page = await site.page({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, '/quyen-tre-em/');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await page.locator('#dieu-25').isVisible()).toBe(true);
    expect(await page.locator('a[href^="tel:"]').first().isVisible()).toBe(true);
  });

  it('content pages read in full and the search page explains itself', async () => {
    const page = await site.page({ javaScriptEnabled: false }, '/ke-hoach/');
    expect(await page.locator('article').innerText()).toContain('TỔ CHỨC THỰC HIỆN');
    await page.goto(site.url + '/su-kien/');
    expect(await page.locator('[data-month-group]').count()).toBeGreaterThan(5);
    await page.goto(site.url + '/tim-kiem/?q=111');
    expect(await page.locator('main').innerText()).toContain('Mục lục toàn trang');
    await page.click('main a[href="/muc-luc/"]');
    expect(await page.locator('main a').count()).toBeGreaterThan(40);
  });
});
