/** Yearly rules become one event per year, merged with that year's dated file; plain events keep their dates. */
import { describe, expect, it } from 'vitest';
import {
  buildEvents,
  detailsYear,
  eventWhen,
  everyLabel,
  lunarToSolar,
  notPast,
  occurrence,
  occurrenceId,
  ruleSpan,
  whenLabel,
  type EventData,
  type Every,
  type RuleData,
} from '../../../src/lib/occurrences';

const every = (e: Partial<Every> & { month: number }): Every => ({ days: 1, lunar: false, ...e });
const rule = (id: string, data: Partial<RuleData<string>> & { every: Every }) => ({
  id,
  data: {
    title: `${id} {năm}`,
    description: `Mô tả của ${id} năm {năm}, ngày {ngày}.`,
    since: 2024,
    yearlyTheme: false,
    organizers: [],
    category: 'khac' as const,
    sources: [{ title: 'Nguồn quy tắc', url: 'https://example.org/quy-tac', kind: 'tham-khao' as const }],
    draft: false,
    ...data,
  } satisfies RuleData<string>,
});
const file = (id: string, data: Partial<EventData<string>>) => ({
  id,
  data: {
    organizers: [],
    sources: [{ title: 'Nguồn năm', url: 'https://example.org/nam', kind: 'tham-khao' as const }],
    draft: false,
    ...data,
  },
});

const month = rule('thang-hanh-dong', {
  every: every({ month: 6 }),
  basis: 'Điều 11 Luật Trẻ em 2016',
  yearlyTheme: true,
  category: 'thang-hanh-dong',
  organizers: ['bo-y-te'],
});
const childrensDay = rule('thieu-nhi', { every: every({ month: 6, day: 1 }), category: 'quoc-te-thieu-nhi' });
const twoDays = rule('vi-chat', { every: every({ month: 6, day: 1, days: 2 }) });
const family = rule('gia-dinh', { every: every({ month: 6, day: 28 }) });
const girls = rule('tre-em-gai', { every: every({ month: 10, day: 11 }) });
const midAutumn = rule('trung-thu', {
  every: every({ month: 8, day: 15, lunar: true }),
  category: 'trung-thu',
  title: 'Tết Trung thu {năm}',
});
const allRules = [month, childrensDay, twoDays, family, girls, midAutumn];

describe('lunar dates (Vietnamese calendar, UTC+7)', () => {
  // Trung thu, 15/8 âm lịch: 2024–2027 as given by the fact sheet.
  it.each([
    [2024, '2024-09-17'],
    [2025, '2025-10-06'],
    [2026, '2026-09-25'],
    [2027, '2027-09-15'],
    [2028, '2028-10-03'],
  ])('Trung thu %i is %s', (year, day) => expect(lunarToSolar({ day: 15, month: 8, year })).toBe(day));
  it('Tết (1/1 âm lịch) 2026 is 17/02/2026 and 2027 is 06/02/2027', () => {
    expect(lunarToSolar({ day: 1, month: 1, year: 2026 })).toBe('2026-02-17');
    expect(lunarToSolar({ day: 1, month: 1, year: 2027 })).toBe('2027-02-06');
  });
});

describe('the days a rule gives in a year', () => {
  it('a whole month runs from its first to its last day, December and February included', () => {
    expect(ruleSpan(every({ month: 6 }), 2027)).toEqual({ start: '2027-06-01', end: '2027-06-30' });
    expect(ruleSpan(every({ month: 12 }), 2027)).toEqual({ start: '2027-12-01', end: '2027-12-31' });
    expect(ruleSpan(every({ month: 2 }), 2028)).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(ruleSpan(every({ month: 2 }), 2027)).toEqual({ start: '2027-02-01', end: '2027-02-28' });
  });
  it('a day is that day; a span counts its first day', () => {
    expect(ruleSpan(every({ month: 10, day: 11 }), 2027)).toEqual({ start: '2027-10-11' });
    expect(ruleSpan(every({ month: 6, day: 1, days: 2 }), 2027)).toEqual({ start: '2027-06-01', end: '2027-06-02' });
    expect(ruleSpan(every({ month: 12, day: 31, days: 3 }), 2027)).toEqual({ start: '2027-12-31', end: '2028-01-02' });
  });
  it('a lunar day moves with the lunar calendar', () => {
    expect(ruleSpan(every({ month: 8, day: 15, lunar: true }), 2027)).toEqual({ start: '2027-09-15' });
    expect(ruleSpan(every({ month: 8, day: 15, lunar: true, days: 2 }), 2026)).toEqual({
      start: '2026-09-25',
      end: '2026-09-26',
    });
  });
  it('reads as an editor writes it', () => {
    expect(everyLabel(every({ month: 6 }))).toBe('tháng 6');
    expect(everyLabel(every({ month: 6, day: 28 }))).toBe('ngày 28/6');
    expect(everyLabel(every({ month: 6, day: 1, days: 2 }))).toBe('ngày 1–2/6');
    expect(everyLabel(every({ month: 8, day: 15, lunar: true }))).toBe('ngày 15/8 âm lịch');
  });
});

describe('addresses', () => {
  it('are <first day>-<rule>-<year>, the first day from the rule', () => {
    expect(occurrenceId('thang-hanh-dong-vi-tre-em', every({ month: 6 }), 2027)).toBe(
      '2027-06-01-thang-hanh-dong-vi-tre-em-2027',
    );
    expect(occurrenceId('tet-trung-thu', every({ month: 8, day: 15, lunar: true }), 2027)).toBe(
      '2027-09-15-tet-trung-thu-2027',
    );
  });
  it('do not move when a dated file gives other days', () => {
    const withDays = occurrence(month, 2027, file('2027-06-01-thang-hanh-dong-2027', { start: '2027-06-03' }));
    expect(withDays.id).toBe(occurrence(month, 2027).id);
  });
  it("a dated file's year is the end of its name", () => {
    expect(detailsYear('2027-06-01-thang-hanh-dong-vi-tre-em-2027')).toBe(2027);
    expect(detailsYear('2024-tet-trung-thu')).toBeUndefined();
  });
});

describe("one year's event from a rule", () => {
  it('without details: only what the rule makes certain', () => {
    const e = occurrence(month, 2027);
    expect(e).toMatchObject({
      id: '2027-06-01-thang-hanh-dong-2027',
      title: 'thang-hanh-dong 2027',
      description: 'Mô tả của thang-hanh-dong năm 2027, ngày 1/6/2027.',
      category: 'thang-hanh-dong',
      organizers: ['bo-y-te'],
      theme: undefined,
      file: undefined,
      draft: false,
      yearly: { rule: 'thang-hanh-dong', year: 2027, basis: 'Điều 11 Luật Trẻ em 2016', yearlyTheme: true },
    });
    expect(e.when).toEqual({
      start: '2027-06-01',
      end: '2027-06-30',
      allDay: true,
      lastDay: '2027-06-30',
      precision: 'month',
    });
    expect(whenLabel(e.when)).toBe('Tháng 6/2027');
    expect(e.sources).toEqual(month.data.sources);
  });

  it("with details: the year's theme, days, place, organisers and sources; the rule's sources kept", () => {
    const details = file('2027-06-01-thang-hanh-dong-2027', {
      rule: 'thang-hanh-dong',
      theme: 'Chủ đề năm 2027',
      start: '2027-06-01',
      end: '2027-06-30',
      location: 'Toàn quốc',
      organizers: ['so-y-te-dak-lak'],
      sources: [
        { title: 'Nguồn năm', url: 'https://example.org/nam', kind: 'tham-khao' as const },
        { title: 'Trùng nguồn quy tắc', url: 'https://example.org/quy-tac', kind: 'tham-khao' as const },
      ],
    });
    const e = occurrence(month, 2027, details);
    expect(e).toMatchObject({
      title: 'thang-hanh-dong 2027',
      theme: 'Chủ đề năm 2027',
      location: 'Toàn quốc',
      organizers: ['so-y-te-dak-lak'],
      file: '2027-06-01-thang-hanh-dong-2027',
    });
    expect(e.when).toMatchObject({ precision: 'day', start: '2027-06-01', end: '2027-06-30' });
    expect(whenLabel(e.when)).toBe('Thứ Ba, 1/6/2027 – Thứ Tư, 30/6/2027');
    expect(e.sources.map((s) => s.url)).toEqual(['https://example.org/nam', 'https://example.org/quy-tac']);
  });

  it('details may give a time; empty organisers keep the rule’s; a draft rule or details make a draft', () => {
    const e = occurrence(
      childrensDay,
      2027,
      file('x-2027', { start: '2027-06-01T08:00:00+07:00', end: '2027-06-01T11:00:00+07:00', draft: true }),
    );
    expect(e.when).toMatchObject({ allDay: false, lastDay: '2027-06-01', precision: 'day' });
    expect(e.draft).toBe(true);
    expect(occurrence(month, 2027, file('x-2027', {})).organizers).toEqual(['bo-y-te']);
    expect(occurrence({ ...girls, data: { ...girls.data, draft: true } }, 2027).draft).toBe(true);
  });

  it('a lunar rule gives the lunar date of that year and fills {ngày} with the Gregorian day', () => {
    const e = occurrence(midAutumn, 2027);
    expect(e.lunar).toEqual({ day: 15, month: 8, year: 2027 });
    expect(e.when).toMatchObject({ start: '2027-09-15', end: undefined, precision: 'day' });
    expect(e.description).toBe('Mô tả của trung-thu năm 2027, ngày 15/9/2027.');
  });
});

describe('all events as of a build date', () => {
  const plain = file('2024-05-07-moc-ke-hoach', { title: 'Mốc', description: 'Một mốc', start: '2024-05-07' });

  it('as of 2026-12-02: every year from `since` through twelve months ahead, in date order', () => {
    const ids = buildEvents([plain], allRules, '2026-12-02').map((e) => e.id);
    for (const year of [2024, 2025, 2026, 2027]) {
      expect(ids).toContain(`${year}-06-01-thang-hanh-dong-${year}`);
      expect(ids).toContain(`${year}-10-11-tre-em-gai-${year}`);
    }
    expect(ids).toContain('2027-09-15-trung-thu-2027');
    expect(ids.filter((id) => id.startsWith('2028'))).toEqual([]);
    expect(ids).toHaveLength(1 + 6 * 4);
    expect(ids[0]).toBe('2024-05-07-moc-ke-hoach');
    // On the same day the month-long event comes first, then the longer span.
    expect(ids.slice(1, 4)).toEqual([
      '2024-06-01-thang-hanh-dong-2024',
      '2024-06-01-vi-chat-2024',
      '2024-06-01-thieu-nhi-2024',
    ]);
  });

  it('as of 2027-07-01: 2028 events up to twelve months ahead appear, later ones not yet', () => {
    const ids = buildEvents([], allRules, '2027-07-01').map((e) => e.id);
    expect(ids).toContain('2028-06-01-thang-hanh-dong-2028');
    expect(ids).toContain('2028-06-28-gia-dinh-2028');
    expect(ids).not.toContain('2028-10-03-trung-thu-2028');
    expect(ids).not.toContain('2028-10-11-tre-em-gai-2028');
  });

  it('the horizon is twelve months to the day', () => {
    expect(buildEvents([], [girls], '2026-10-10').map((e) => e.yearly!.year)).toEqual([2024, 2025, 2026]);
    expect(buildEvents([], [girls], '2026-10-11').map((e) => e.yearly!.year)).toEqual([2024, 2025, 2026, 2027]);
  });

  it('a dated file merges into its year, even beyond the horizon, and is never a second event', () => {
    const details = file('2029-06-01-thang-hanh-dong-2029', { rule: 'thang-hanh-dong', theme: 'Xa' });
    const y2027 = file('2027-06-01-thang-hanh-dong-2027', { rule: { id: 'thang-hanh-dong' } as never, theme: 'Gần' });
    const list = buildEvents([details, y2027], [month], '2026-12-02');
    expect(list.map((e) => e.yearly!.year)).toEqual([2024, 2025, 2026, 2027, 2029]);
    expect(list.find((e) => e.yearly!.year === 2027)!.theme).toBe('Gần');
    expect(list.find((e) => e.yearly!.year === 2026)!.theme).toBeUndefined();
  });

  it('years before `since` are not made, even with a dated file', () => {
    const late = { ...girls, data: { ...girls.data, since: 2026 } };
    const old = file('2025-10-11-tre-em-gai-2025', { rule: 'tre-em-gai' });
    expect(buildEvents([old], [late], '2026-12-02').map((e) => e.yearly!.year)).toEqual([2026, 2027]);
  });

  it('the events not over on a day: a month-long event stays upcoming to its last day', () => {
    const list = buildEvents([], [month, childrensDay], '2026-12-02');
    expect(notPast(list, '2027-06-15').map((e) => e.id)).toEqual(['2027-06-01-thang-hanh-dong-2027']);
    expect(notPast(list, '2027-07-01')).toEqual([]);
  });
});

describe('plain events', () => {
  it('computes the Gregorian day from a lunar date', () => {
    expect(eventWhen({ lunar: { day: 15, month: 8, year: 2026, leap: false } })).toEqual({
      start: '2026-09-25',
      end: undefined,
      allDay: true,
      lastDay: '2026-09-25',
      precision: 'day',
    });
  });
  it('gives the last day an event runs, for "upcoming" in the browser', () => {
    expect(eventWhen({ start: '2026-06-01', end: '2026-06-30' }).lastDay).toBe('2026-06-30');
    expect(eventWhen({ start: '2026-06-01T20:00:00+07:00', end: '2026-06-01T23:30:00+07:00' }).lastDay).toBe(
      '2026-06-01',
    );
  });
});
