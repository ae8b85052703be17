/**
 * The built events, as of the build date `npm test` pins (2026-12-02): every event, plain or made
 * by a yearly rule, is in the list, its page, the calendar feed, its own .ics and RSS; the yearly
 * events of the next twelve months are there and upcoming; old addresses send readers on.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readDist, distExists, page, visibleText } from '../../helpers/dist';
import { search } from '../../helpers/pagefind';
import { datedEvents } from '../../../src/lib/events';
import { buildDate } from '../../../src/lib/build-date';
import { movedPaths } from '../../../src/lib/moved';

const events = (await datedEvents()).filter((e) => !e.draft);
const cal = new ICAL.Component(ICAL.parse(readDist('su-kien/lich.ics')));
const vevents = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
const vevent = (id: string) => vevents.find((v) => v.uid === `${id}@tre-em-buon-ma-thuot`);

describe('/su-kien/lich.ics', () => {
  it('holds every published event once, with its dates', () => {
    expect(vevents).toHaveLength(events.length);
    for (const e of events) {
      const v = vevent(e.id)!;
      expect(v, e.id).toBeTruthy();
      expect(v.summary).toBe(e.title);
      if (e.when.allDay) expect(v.startDate.toString()).toBe(e.when.start);
      else expect(v.startDate.toJSDate().getTime()).toBe(new Date(e.when.start).getTime());
    }
  });

  it('each event also has its own .ics (the same event, same UID) and a page linking to it', () => {
    for (const e of events) {
      const own = new ICAL.Component(ICAL.parse(readDist(`su-kien/${e.id}.ics`))).getAllSubcomponents('vevent');
      expect(own.map((c) => new ICAL.Event(c).uid)).toEqual([`${e.id}@tre-em-buon-ma-thuot`]);
      expect(page(`/su-kien/${e.id}/`).querySelector(`a[href="/su-kien/${e.id}.ics"]`)).not.toBeNull();
    }
  });
});

describe('/su-kien/rss.xml', () => {
  const xml = readDist('su-kien/rss.xml');
  it('is well-formed RSS 2.0 with every event', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser().parse(xml).rss;
    const items = [rss.channel.item].flat();
    expect(rss.channel.title).toBeTruthy();
    expect(items).toHaveLength(events.length);
    for (const e of events)
      expect(items.some((i: { link: string }) => i.link.endsWith(`/su-kien/${e.id}/`))).toBe(true);
  });
});

describe('event pages', () => {
  it('show the Vietnamese date, the lunar date and JSON-LD', () => {
    const dom = page('/su-kien/2026-09-25-tet-trung-thu-2026/');
    expect(dom.querySelector('main')!.textContent).toContain('Thứ Sáu, 25/9/2026');
    expect(dom.querySelector('main')!.textContent).toContain('15/8');
    const ld = JSON.parse(dom.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld).toMatchObject({ '@type': 'Event', startDate: '2026-09-25' });
  });

  it("a year's details show on that year's page only", () => {
    const text = (id: string) => visibleText(page(`/su-kien/${id}/`).querySelector('main')!);
    const theme = 'Hành động thiết thực, ưu tiên nguồn lực cho trẻ em';
    expect(text('2024-06-01-thang-hanh-dong-vi-tre-em-2024')).toContain(`Chủ đề “${theme}”`);
    expect(text('2024-06-01-thang-hanh-dong-vi-tre-em-2024')).toContain('Thứ Bảy, 1/6/2024 – Chủ Nhật, 30/6/2024');
    for (const id of ['2025-06-01-thang-hanh-dong-vi-tre-em-2025', '2027-06-01-thang-hanh-dong-vi-tre-em-2027'])
      expect(text(id)).not.toContain(theme);
  });
});

describe(`as of the build date (${buildDate()})`, () => {
  it('is the day npm test pins', () => expect(buildDate()).toBe('2026-12-02'));

  const coming = [
    ['2027-06-01-thang-hanh-dong-vi-tre-em-2027', 'Tháng hành động vì trẻ em năm 2027', '2027-06-01', '2027-07-01'],
    ['2027-06-01-ngay-quoc-te-thieu-nhi-2027', 'Ngày Quốc tế Thiếu nhi 1/6/2027', '2027-06-01', '2027-06-02'],
    ['2027-06-28-ngay-gia-dinh-viet-nam-2027', 'Ngày Gia đình Việt Nam 28/6/2027', '2027-06-28', '2027-06-29'],
    ['2027-10-11-ngay-quoc-te-tre-em-gai-2027', 'Ngày Quốc tế Trẻ em gái 11/10/2027', '2027-10-11', '2027-10-12'],
    ['2027-09-15-tet-trung-thu-2027', 'Tết Trung thu 2027', '2027-09-15', '2027-09-16'],
  ] as const;

  it('the home page lists, without JavaScript, only events not past: the yearly ones of 2027', () => {
    const items = page('/').querySelectorAll('[data-upcoming-list] > li');
    const days = items.map((li) => li.getAttribute('data-last-day')!);
    expect(days.length).toBeGreaterThanOrEqual(3);
    expect(days.filter((d) => d < '2026-12-02')).toEqual([]);
    const links = items.map((li) => li.querySelector('a')!.getAttribute('href'));
    for (const [id] of coming) expect(links).toContain(`/su-kien/${id}/`);
    expect(links[0]).toBe('/su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027/');
  });

  it('the events page has them, after the past ones, in their months', () => {
    const list = page('/su-kien/');
    const june = list.querySelectorAll('[data-month-group]').find((g) => g.querySelector('h3')!.text === 'Tháng 6/2027')!;
    expect(june.querySelectorAll('a').map((a) => a.text)).toEqual(
      expect.arrayContaining(coming.slice(0, 3).map(([, title]) => title)),
    );
    for (const [id] of coming) expect(list.querySelector(`a[href="/su-kien/${id}/"]`), id).not.toBeNull();
  });

  it('lich.ics holds them with their days (the Month of Action: all of June)', () => {
    for (const [id, title, start, end] of coming) {
      const v = vevent(id)!;
      expect(v, id).toBeTruthy();
      expect([v.summary, v.startDate.toString(), v.endDate.toString()]).toEqual([title, start, end]);
    }
  });

  it('a future year shows only what its rule makes certain', () => {
    const main = visibleText(page('/su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027/').querySelector('main')!);
    expect(main).toContain('Thời gian Tháng 6/2027');
    expect(main).toContain('Hằng năm tháng 6, theo khoản 1 Điều 11 Luật Trẻ em 2016');
    expect(main).toContain('Chủ đề chưa công bố');
    expect(main).not.toMatch(/\d+\/6\/2027/);
    expect(vevent('2027-06-01-thang-hanh-dong-vi-tre-em-2027')!.description).toContain('Chủ đề: chưa công bố.');
    // A past year without a known theme says so differently.
    expect(visibleText(page('/su-kien/2026-06-01-thang-hanh-dong-vi-tre-em-2026/').querySelector('main')!)).toContain(
      'Chủ đề chưa xác nhận',
    );
  });

  it('goes no further than twelve months ahead', () => {
    expect(events.filter((e) => e.when.start > '2027-12-02')).toEqual([]);
    expect(distExists('su-kien/2028-06-01-thang-hanh-dong-vi-tre-em-2028/index.html')).toBe(false);
  });

  it('are in the site index, their category page and search', async () => {
    expect(page('/muc-luc/').querySelector('a[href="/su-kien/2027-09-15-tet-trung-thu-2027/"]')).not.toBeNull();
    expect(
      page('/su-kien/loai/thang-hanh-dong/').querySelector('a[href="/su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027/"]'),
    ).not.toBeNull();
    const hits = (await search('tháng hành động 2027')).map((h) => h.url);
    expect(hits.slice(0, 3)).toContain('/su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027/');
  });
});

describe('moved addresses (content/chuyen-huong.yaml)', () => {
  const moved = page('/su-kien/2026-tet-trung-thu/');

  it('send the reader on at once, with a visible link, and are not indexed', () => {
    expect(moved.querySelector('meta[http-equiv=refresh]')!.getAttribute('content')).toBe(
      '0; url=/su-kien/2026-09-25-tet-trung-thu-2026/',
    );
    expect(moved.querySelector('main a[href="/su-kien/2026-09-25-tet-trung-thu-2026/"]')).not.toBeNull();
    expect(moved.querySelector('meta[name=robots]')!.getAttribute('content')).toBe('noindex');
    expect(moved.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('are left out of the sitemap and search', async () => {
    const sitemap = readDist('sitemap-0.xml');
    expect(sitemap).not.toContain('/su-kien/2026-tet-trung-thu/');
    expect(sitemap).toContain('/su-kien/2026-09-25-tet-trung-thu-2026/');
    const hits = (await search('trung thu')).map((h) => h.url);
    expect(hits).toContain('/su-kien/2026-09-25-tet-trung-thu-2026/');
    expect(hits.filter((u) => movedPaths().has(u))).toEqual([]);
  });
});
