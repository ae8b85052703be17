/** Getting help, in Chromium on a 360 × 640 phone: the emergency numbers without scrolling, and the vCard. */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { phone } from '../helpers/browser';
import { siteInBrowser } from '../helpers/site-in-browser';

const site = siteInBrowser();

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
    expect(await inViewport(page, '.safety-bar a[href="tel:111"]')).toBe(true);
    const box = await page.locator('#khan-cap + div a[href="tel:111"]').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44); // a large tap target
  });
});

describe('save the numbers', () => {
  it('"Lưu số" downloads a vCard that parses, with each emergency number', async () => {
    const res = await fetch(site.url + '/ho-tro/danh-ba.vcf');
    expect(res.headers.get('content-type')).toMatch(/text\/vcard/);
    const text = await res.text();
    const cards = [].concat(ICAL.parse(text) as never).map((jcal) => new ICAL.Component(jcal));
    const numbers = cards.flatMap((c) => c.getAllProperties('tel').map((p) => String(p.getFirstValue())));
    expect(numbers).toEqual(expect.arrayContaining(['111', '112', '113', '114', '115']));
    expect(cards.every((c) => String(c.getFirstPropertyValue('fn')).length > 3)).toBe(true);
  });
});
