import { describe, expect, it } from 'vitest';
import { lunarToSolar, eventWhen } from '../../../src/lib/events';
import { calendar } from '../../../src/lib/calendar';
import ICAL from 'ical.js';

const entry = (data: Record<string, unknown>, id = 'thu') =>
  ({
    id,
    data: {
      title: 'Sự kiện thử',
      description: 'Mô tả',
      organizers: [],
      sources: [],
      category: 'khac',
      draft: false,
      ...data,
    },
  }) as never;

describe('lunar dates (Vietnamese calendar, UTC+7)', () => {
  // Trung thu, 15/8 âm lịch, as given by the fact sheet.
  it.each([
    [2024, '2024-09-17'],
    [2025, '2025-10-06'],
    [2026, '2026-09-25'],
    [2027, '2027-09-15'],
  ])('Trung thu %i is %s', (year, day) => expect(lunarToSolar({ day: 15, month: 8, year })).toBe(day));
  it('Tết (1/1 âm lịch) 2026 is 17/02/2026', () =>
    expect(lunarToSolar({ day: 1, month: 1, year: 2026 })).toBe('2026-02-17'));
});

describe('event dates', () => {
  it('computes the Gregorian day from a lunar date', () => {
    expect(eventWhen(entry({ lunar: { day: 15, month: 8, year: 2026, leap: false } }))).toEqual({
      start: '2026-09-25',
      end: undefined,
      allDay: true,
      lastDay: '2026-09-25',
    });
  });
  it('gives the last day an event runs, for "upcoming" in the browser', () => {
    expect(eventWhen(entry({ start: '2026-06-01', end: '2026-06-30' })).lastDay).toBe('2026-06-30');
    expect(eventWhen(entry({ start: '2026-06-01T20:00:00+07:00', end: '2026-06-01T23:30:00+07:00' })).lastDay).toBe(
      '2026-06-01',
    );
  });
});

describe('iCalendar output, read back with an independent parser (ical.js)', () => {
  const ics = calendar(
    [
      entry({ start: '2026-06-01', end: '2026-06-30', title: 'Tháng hành động, thử; nghiệm' }, 'thang-6'),
      entry({ start: '2026-06-01T08:00:00+07:00', end: '2026-06-01T10:30:00+07:00' }, 'co-gio'),
      entry({ lunar: { day: 15, month: 8, year: 2026, leap: false } }, 'trung-thu'),
    ],
    new URL('https://example.org/'),
  );
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  const byUid = Object.fromEntries(events.map((e) => [e.uid, e]));

  it('uses CRLF line endings and stable UIDs', () => {
    expect(ics).toMatch(/\r\n/);
    expect(Object.keys(byUid).sort()).toEqual([
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
});
