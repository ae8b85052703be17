/**
 * Getting help, in Chromium on a 360 × 640 phone: 111 and 113 without scrolling, the quick exit
 * (click, Back, Shift × 3, not while typing), the vCard and the offline emergency card.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { BrowserContext, Page } from 'playwright-core';
import { phone } from '../helpers/browser';
import { siteInBrowser } from '../helpers/site-in-browser';

const site = siteInBrowser();

/** The neutral site is answered locally: the test machine has no network. */
async function withNeutralSite(context: BrowserContext) {
  await context.route('https://www.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title><p>neutral</p>' }),
  );
}
const inViewport = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
  });

describe('111 and 113 above the fold on a 360 × 640 screen', () => {
  it.each(['/', '/ho-tro/'])('%s', async (url) => {
    const context = await site.context(phone);
    const page = await context.newPage();
    await page.goto(site.url + url);
    expect(await inViewport(page, '#khan-cap ~ div a[href="tel:113"], #khan-cap + div a[href="tel:113"]')).toBe(true);
    expect(await inViewport(page, '#khan-cap + div a[href="tel:111"]')).toBe(true);
    expect(await inViewport(page, 'header a[href="tel:111"]')).toBe(true);
    const box = await page.locator('#khan-cap + div a[href="tel:111"]').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44); // a large tap target
  });
});

describe('quick exit', () => {
  it('replaces the page and its history entry, so Back does not return to it', async () => {
    const context = await site.context(phone);
    await withNeutralSite(context);
    const page = await context.newPage();
    await page.goto(site.url + '/');
    await page.goto(site.url + '/ho-tro/tre-em-gap-nguy-hiem/');
    await page.click('[data-quick-exit]');
    await page.waitForURL('https://www.google.com/**');
    await page.goBack();
    expect(page.url()).toBe(`${site.url}/`);
  });

  it('works as a plain link without JavaScript', async () => {
    const context = await site.context({ ...phone, javaScriptEnabled: false });
    await withNeutralSite(context);
    const page = await context.newPage();
    await page.goto(site.url + '/quyen-tre-em/');
    expect(await inViewport(page, '[data-quick-exit]')).toBe(true);
    await page.click('[data-quick-exit]');
    await page.waitForURL('https://www.google.com/**');
  });

  it('Shift pressed three times exits; typing in the search field does not', async () => {
    const context = await site.context();
    await withNeutralSite(context);
    const page = await context.newPage();
    await page.goto(site.url + '/ho-tro/');
    await page.click('#site-search');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.keyboard.type('Tre Em');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${site.url}/ho-tro/`);
    await page.click('h1');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL('https://www.google.com/**');
  });
});

describe('save the numbers and the offline card', () => {
  it('"Lưu số" downloads a vCard that parses, with each emergency number', async () => {
    const res = await fetch(site.url + '/ho-tro/danh-ba.vcf');
    expect(res.headers.get('content-type')).toMatch(/text\/vcard/);
    const text = await res.text();
    const cards = [].concat(ICAL.parse(text) as never).map((jcal) => new ICAL.Component(jcal));
    const numbers = cards.flatMap((c) => c.getAllProperties('tel').map((p) => String(p.getFirstValue())));
    expect(numbers).toEqual(expect.arrayContaining(['111', '112', '113', '114', '115']));
    expect(cards.every((c) => String(c.getFirstPropertyValue('fn')).length > 3)).toBe(true);
  });

  it('/khan-cap/ opens without a network after one visit', async () => {
    const context = await site.context(phone);
    const page = await context.newPage();
    await page.goto(site.url + '/khan-cap/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload(); // now controlled by the worker, which keeps the page and its stylesheet
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('main a[href="tel:111"]').count()).toBe(1);
    expect(await page.locator('h1').innerText()).toBe('Thẻ số khẩn cấp');
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('a[href="tel:111"]')!).backgroundColor),
    ).not.toBe('rgba(0, 0, 0, 0)');
  });
});
