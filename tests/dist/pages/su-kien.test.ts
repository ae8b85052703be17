/** The built calendar feed, per-event .ics files and RSS hold every event with the right dates. */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { getCollection } from 'astro:content';
import { readDist, distExists, page } from '../../helpers/dist';
import { eventWhen } from '../../../src/lib/events';

const events = (await getCollection('events')).filter((e) => !e.data.draft);

describe('/su-kien/lich.ics', () => {
  const cal = new ICAL.Component(ICAL.parse(readDist('su-kien/lich.ics')));
  const vevents = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

  it('holds every published event once, with its dates', () => {
    expect(vevents).toHaveLength(events.length);
    for (const e of events) {
      const w = eventWhen(e);
      const v = vevents.find((x) => x.uid === `${e.id}@tre-em-buon-ma-thuot`)!;
      expect(v, e.id).toBeTruthy();
      expect(v.summary).toBe(e.data.title);
      if (w.allDay) expect(v.startDate.toString()).toBe(w.start);
      else expect(v.startDate.toJSDate().getTime()).toBe(new Date(w.start).getTime());
    }
  });

  it('each event also has its own .ics and a page linking to it', () => {
    for (const e of events) {
      expect(distExists(`su-kien/${e.id}.ics`)).toBe(true);
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
    const trungThu = events.find((e) => e.data.lunar?.year === 2026)!;
    const dom = page(`/su-kien/${trungThu.id}/`);
    expect(dom.querySelector('main')!.textContent).toContain('Thứ Sáu, 25/9/2026');
    expect(dom.querySelector('main')!.textContent).toContain('15/8');
    const ld = JSON.parse(dom.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld).toMatchObject({ '@type': 'Event', startDate: '2026-09-25' });
  });
});
