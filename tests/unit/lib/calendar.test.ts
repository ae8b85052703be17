/** iCalendar output, read back with an independent parser (ical.js). */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendar } from '../../../src/lib/calendar';
import { eventWhen, occurrence } from '../../../src/lib/occurrences';

const event = (id: string, when: Parameters<typeof eventWhen>[0], title = 'Sự kiện thử') => ({
  id,
  title,
  description: 'Mô tả',
  when: eventWhen(when),
});
const monthRule = {
  id: 'thang-6',
  data: {
    title: 'Tháng {năm}',
    description: 'Tháng 6 năm {năm}, theo quy tắc thử.',
    every: { month: 6, days: 1, lunar: false },
    since: 2026,
    yearlyTheme: true,
    organizers: [],
    category: 'thang-hanh-dong' as const,
    sources: [{ title: 'Nguồn', url: 'https://example.org/', kind: 'tham-khao' as const }],
    draft: false,
  },
};

describe('iCalendar output', () => {
  const ics = calendar(
    [
      event('thang-6', { start: '2026-06-01', end: '2026-06-30' }, 'Tháng hành động, thử; nghiệm'),
      event('co-gio', { start: '2026-06-01T08:00:00+07:00', end: '2026-06-01T10:30:00+07:00' }),
      event('trung-thu', { lunar: { day: 15, month: 8, year: 2026, leap: false } }),
      { ...occurrence(monthRule, 2027), text: 'Chủ đề: chưa công bố.' },
    ],
    new URL('https://example.org/'),
  );
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  const byUid = Object.fromEntries(events.map((e) => [e.uid, e]));

  it('uses CRLF line endings and stable UIDs from the addresses', () => {
    expect(ics).toMatch(/\r\n/);
    expect(Object.keys(byUid).sort()).toEqual([
      '2027-06-01-thang-6-2027@tre-em-buon-ma-thuot',
      'co-gio@tre-em-buon-ma-thuot',
      'thang-6@tre-em-buon-ma-thuot',
      'trung-thu@tre-em-buon-ma-thuot',
    ]);
  });
  it('writes all-day events as dates with an exclusive end', () => {
    const e = byUid['thang-6@tre-em-buon-ma-thuot'];
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2026-06-01');
    expect(e.endDate.toString()).toBe('2026-07-01');
    expect(e.summary).toBe('Tháng hành động, thử; nghiệm');
    expect(byUid['trung-thu@tre-em-buon-ma-thuot'].startDate.toString()).toBe('2026-09-25');
  });
  it('writes timed events at the right instant', () => {
    const e = byUid['co-gio@tre-em-buon-ma-thuot'];
    expect(e.startDate.isDate).toBe(false);
    expect(e.startDate.toJSDate().toISOString()).toBe('2026-06-01T01:00:00.000Z');
    expect(e.endDate.toJSDate().toISOString()).toBe('2026-06-01T03:30:00.000Z');
  });
  it("a yearly rule's month is the whole month, its text says what is not known yet", () => {
    const e = byUid['2027-06-01-thang-6-2027@tre-em-buon-ma-thuot'];
    expect([e.startDate.toString(), e.endDate.toString()]).toEqual(['2027-06-01', '2027-07-01']);
    expect(e.summary).toBe('Tháng 2027');
    expect(e.description).toBe('Tháng 6 năm 2027, theo quy tắc thử.\n\nChủ đề: chưa công bố.');
    expect(e.component.getFirstPropertyValue('url')).toBe('https://example.org/su-kien/2027-06-01-thang-6-2027/');
  });
});
