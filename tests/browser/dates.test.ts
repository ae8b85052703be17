/**
 * What depends on today is decided in the reader's browser, never at build time: upcoming events
 * first (past months under "Đã diễn ra"), the next events on the home page, and the notice on pages
 * past their review date. The browser clock is fixed, so these checks do not depend on the real date.
 */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/site-in-browser';

const site = siteInBrowser();

async function at(day: string, url: string) {
  const page = await site.page();
  await page.clock.setFixedTime(new Date(`${day}T09:00:00+07:00`));
  await page.goto(site.url + url);
  return page;
}

describe('events, ordered by a fixed today', () => {
  it('on 15/6/2026: June 2026 comes first (the Month of Action still runs), past months move down, newest first', async () => {
    const page = await at('2026-06-15', '/su-kien/');
    const upcoming = await page.$$eval(
      '#sap-toi ~ [data-month-group] h3, section:has(#sap-toi) [data-month-group] h3',
      (hs) => hs.map((h) => h.textContent),
    );
    const past = await page.$$eval('[data-past-list] [data-month-group] h3', (hs) => hs.map((h) => h.textContent));
    expect(upcoming[0]).toBe('Tháng 6/2026');
    expect(past[0]).toBe('Tháng 10/2025');
    expect(past.at(-1)).toBe('Tháng 5/2024');
    expect(await page.locator('#da-dien-ra').isVisible()).toBe(true);
  });

  it('the home page shows the next three events from that day on, hiding those past since the build', async () => {
    const titles = async (day: string) =>
      (await at(day, '/')).$$eval('[data-upcoming-list] li:not([hidden]) h3', (hs) =>
        hs.map((h) => h.textContent?.trim()),
      );
    // The build date npm test pins (2026-12-02): the Month of Action 2027 leads, before the days within it.
    expect(await titles('2026-12-02')).toEqual([
      'Tháng hành động vì trẻ em năm 2027',
      'Ngày Vi chất dinh dưỡng 2027 (01–02/6)',
      'Ngày Quốc tế Thiếu nhi 1/6/2027',
    ]);
    // Read months later without a rebuild: June 2027 is over, Trung thu 2027 is next.
    const later = await titles('2027-08-01');
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThanOrEqual(3);
    expect(later[0]).toContain('Trung thu');
  });

  it('without JavaScript, every month is shown in date order', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url + '/su-kien/');
    const months = await page.$$eval('[data-month-group]', (gs) => gs.map((g) => (g as HTMLElement).dataset.lastDay));
    expect(months).toEqual([...months].sort());
    expect(await page.locator('[data-month-group] h3').first().isVisible()).toBe(true);
  });

  it('without JavaScript, the home page shows the first three events not past at the build date', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url + '/');
    const shown = page.locator('[data-upcoming-list] li:visible');
    expect(await shown.count()).toBe(3);
    expect(await shown.first().locator('h3').innerText()).toBe('Tháng hành động vì trẻ em năm 2027');
  });
});

describe('review notice', () => {
  it('is hidden before the review date and shown after it', async () => {
    const url = '/phap-luat/luat-tre-em-2016/';
    const before = await at('2026-12-01', url);
    const due = await before.getAttribute('[data-review-due]', 'data-review-due');
    expect(await before.locator('[data-review-due]').isVisible()).toBe(false);
    const day = new Date(`${due}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1);
    const after = await at(day.toISOString().slice(0, 10), url);
    expect(await after.locator('[data-review-due]').isVisible()).toBe(true);
  });
});
