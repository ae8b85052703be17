/**
 * Accessibility in a real browser (Debian Chromium): axe with the WCAG 2.2 AA tags on one page of
 * every page type, the skip link, visible focus, reflow at 360 px and at 320 px (400 % zoom of a
 * 1280 px window, stricter than 200 %), and reading with JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { phone } from '../helpers/browser';
import { siteInBrowser } from '../helpers/site-in-browser';
import { pageTypes } from '../helpers/page-types';

const site = siteInBrowser();

const types = Object.entries(pageTypes());

describe('axe, WCAG 2.2 AA, per page type', () => {
  it.each(types)('%s (%s) has no violation', async (_t, url) => {
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(site.url + url);
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(site.url + '/phap-luat/luat-tre-em-2016/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/nội dung chính/);
    expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
  });

  it('every control is reachable by Tab and shows a visible focus indicator', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(site.url + '/ho-tro/');
    const controls = await page.evaluate(
      () =>
        document.querySelectorAll('a[href], button, input, select, summary, [tabindex]:not([tabindex="-1"])').length,
    );
    const seen = new Set<string>();
    for (let i = 0; i < controls + 2; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el === document.body) return { key: 'body', visible: true }; // focus left the page (end of the tab order)
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

describe('small screens and zoom', () => {
  it.each(types)('%s (%s) has no horizontal scroll at 360 px and at 320 px', async (_t, url) => {
    for (const width of [360, 320]) {
      const page = await (await site.browser.newContext({ viewport: { width, height: 640 } })).newPage();
      await page.goto(site.url + url);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
    }
  });

  it('at 200 % zoom text grows and the page still fits (1280 px window)', async () => {
    const page = await (
      await site.browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 })
    ).newPage();
    await page.goto(site.url + '/quyen-tre-em/');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    expect(await page.locator('#dieu-25').isVisible()).toBe(true);
    expect(await page.locator('a[href="tel:111"]').first().isVisible()).toBe(true);
  });
});

describe('without JavaScript', () => {
  it('content pages read in full and the search page explains itself', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + '/ke-hoach/');
    expect(await page.locator('article').innerText()).toContain('TỔ CHỨC THỰC HIỆN');
    await page.goto(site.url + '/su-kien/');
    expect(await page.locator('[data-month-group]').count()).toBeGreaterThan(5);
    await page.goto(site.url + '/tim-kiem/?q=111');
    expect(await page.locator('main').innerText()).toContain('Mục lục toàn trang');
    await page.click('main a[href="/muc-luc/"]');
    expect(await page.locator('main a').count()).toBeGreaterThan(40);
    await context.close();
  });
});
