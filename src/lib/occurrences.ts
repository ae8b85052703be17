/**
 * Every event the site shows, with its dates, computed without Astro so that the pages (through
 * ./events.ts) and the content checker agree on each event and its address. A plain event file is
 * one event. A yearly rule (content/su-kien/hang-nam) is one event per year, from its `since` through
 * twelve months after the build date, each merged with that year's dated file when there is one.
 */
import { LunarCalendar } from '@dqcai/vn-lunar';
import type { Source } from '../schemas/common.ts';
import type { EventCategory } from './site-map.ts';
import { addMonths, formatDate, formatLongDate, formatMonth, isoDay } from './dates.ts';

/** 15/8 âm lịch 2026 → "2026-09-25" (Vietnamese lunar calendar, UTC+7). */
export function lunarToSolar(l: { day: number; month: number; year: number; leap?: boolean }) {
  const s = LunarCalendar.fromLunar(l.day, l.month, l.year, l.leap ?? false).solarDate;
  if (!s?.year) throw new Error(`Không đổi được ngày âm lịch ${l.day}/${l.month}/${l.year}`);
  return `${s.year}-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`;
}

export interface EventWhen {
  /** "YYYY-MM-DD" or a "+07:00" date-time. */
  start: string;
  end?: string;
  allDay: boolean;
  /** Last Việt Nam calendar day the event runs (for "upcoming" and grouping). */
  lastDay: string;
  /** "month" when only the month is certain (a yearly rule such as "tháng 6 hằng năm"). */
  precision: 'day' | 'month';
}

type Ref = string | { id: string };
/** The id a reference points to: a plain string in the checker, `{ collection, id }` in Astro. */
export const refId = (r: Ref) => (typeof r === 'string' ? r : r.id);

export interface Lunar {
  day: number;
  month: number;
  year: number;
  leap?: boolean;
}
/** A file of content/su-kien: a plain event, or one year's details of a rule (`rule` set). */
export interface EventData<O> {
  rule?: Ref;
  title?: string;
  description?: string;
  start?: string;
  end?: string;
  lunar?: Lunar;
  location?: string;
  organizers: O[];
  category?: EventCategory;
  audience?: string;
  theme?: string;
  sources: Source[];
  draft: boolean;
}
export interface Every {
  month: number;
  /** Undefined: the whole month. */
  day?: number;
  days: number;
  lunar: boolean;
}
/** A file of content/su-kien/hang-nam. */
export interface RuleData<O> {
  title: string;
  description: string;
  every: Every;
  since: number;
  basis?: string;
  yearlyTheme: boolean;
  location?: string;
  organizers: O[];
  category: EventCategory;
  audience?: string;
  sources: Source[];
  draft: boolean;
}
interface File<D> {
  id: string;
  data: D;
}

/** One event as every page, feed and calendar shows it. */
export interface EventItem<O> {
  /** Its address: /su-kien/<id>/. */
  id: string;
  title: string;
  description: string;
  category: EventCategory;
  location?: string;
  audience?: string;
  theme?: string;
  organizers: O[];
  sources: Source[];
  draft: boolean;
  when: EventWhen;
  lunar?: Lunar;
  /** The file in content/su-kien this event comes from (plain event, or its year's details). */
  file?: string;
  /** Set for the events of a yearly rule. */
  yearly?: { rule: string; year: number; every: Every; basis?: string; yearlyTheme: boolean };
}

const pad = (n: number) => String(n).padStart(2, '0');
const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The Gregorian days a rule gives in a year (a lunar rule: in that lunar year). */
export function ruleSpan(every: Every, year: number): { start: string; end?: string } {
  if (every.day === undefined) {
    const start = `${year}-${pad(every.month)}-01`;
    return { start, end: plusDays(`${year + Math.floor(every.month / 12)}-${pad((every.month % 12) + 1)}-01`, -1) };
  }
  const start = every.lunar
    ? lunarToSolar({ day: every.day, month: every.month, year })
    : `${year}-${pad(every.month)}-${pad(every.day)}`;
  return every.days > 1 ? { start, end: plusDays(start, every.days - 1) } : { start };
}

/** The address of a rule's event in a year, the same whether or not a dated file exists. */
export const occurrenceId = (ruleId: string, every: Every, year: number) =>
  `${ruleSpan(every, year).start}-${ruleId}-${year}`;

/** The year a dated file of a rule is for, from its name ("…-2027"). */
export const detailsYear = (id: string) => {
  const m = /-(\d{4})$/.exec(id);
  return m ? Number(m[1]) : undefined;
};

/** How a rule reads: "tháng 6", "ngày 1–2/6", "ngày 15/8 âm lịch". */
export function everyLabel(every: Every) {
  const lunar = every.lunar ? ' âm lịch' : '';
  if (every.day === undefined) return `tháng ${every.month}${lunar}`;
  const last = every.day + every.days - 1;
  if (every.days === 1) return `ngày ${every.day}/${every.month}${lunar}`;
  return every.lunar || last > 28
    ? `${every.days} ngày từ ${every.day}/${every.month}${lunar}`
    : `ngày ${every.day}–${last}/${every.month}`;
}

/** "Tháng 6/2027", or "Thứ Ba, 1/6/2027 – Thứ Tư, 30/6/2027". */
export const whenLabel = (w: EventWhen) =>
  w.precision === 'month'
    ? formatMonth(w.start)
    : `${formatLongDate(w.start)}${w.end ? ` – ${formatLongDate(w.end)}` : ''}`;

const dated = (start: string, end: string | undefined, precision: EventWhen['precision']): EventWhen => ({
  start,
  end,
  allDay: start.length === 10,
  lastDay: isoDay(end ?? start),
  precision,
});

/** The dates of a plain event (a lunar date becomes its Gregorian day). */
export const eventWhen = (d: Pick<EventData<unknown>, 'start' | 'end' | 'lunar'>) =>
  dated(d.start ?? lunarToSolar(d.lunar!), d.end, 'day');

const fill = (text: string, year: number, start: string) =>
  text.normalize('NFC').replaceAll('{năm}', String(year)).replaceAll('{ngày}', formatDate(start));

const mergeSources = (...lists: Source[][]) => {
  const seen = new Set<string>();
  return lists.flat().filter((s) => !seen.has(s.url ?? s.title) && seen.add(s.url ?? s.title));
};

/** A rule's event in one year, with that year's details when given. */
export function occurrence<O>(rule: File<RuleData<O>>, year: number, details?: File<EventData<O>>): EventItem<O> {
  const r = rule.data;
  const d = details?.data;
  const span = ruleSpan(r.every, year);
  const when = d?.start
    ? dated(d.start, d.end, 'day')
    : dated(span.start, span.end, r.every.day === undefined ? 'month' : 'day');
  return {
    id: occurrenceId(rule.id, r.every, year),
    title: d?.title ?? fill(r.title, year, span.start),
    description: d?.description ?? fill(r.description, year, span.start),
    category: r.category,
    location: d?.location ?? r.location,
    audience: d?.audience ?? r.audience,
    theme: d?.theme,
    organizers: d?.organizers.length ? d.organizers : r.organizers,
    sources: mergeSources(d?.sources ?? [], r.sources),
    draft: r.draft || (d?.draft ?? false),
    when,
    lunar: r.every.lunar && r.every.day ? { day: r.every.day, month: r.every.month, year } : undefined,
    file: details?.id,
    yearly: { rule: rule.id, year, every: r.every, basis: r.basis, yearlyTheme: r.yearlyTheme },
  };
}

/** Start first; on the same day the longer event (the Month of Action) before the days within it. */
const byDate = <T extends { title: string; when: EventWhen }>(a: T, b: T) =>
  a.when.start.localeCompare(b.when.start) ||
  b.when.lastDay.localeCompare(a.when.lastDay) ||
  a.title.localeCompare(b.title, 'vi');

/**
 * All events as of `asOf` ("YYYY-MM-DD", the build date): plain events, and each rule's event for
 * every year from `since` whose first day is at most twelve months after `asOf`, plus any later
 * year that already has a dated file. Drafts are the caller's choice: pass only what is shown.
 */
export function buildEvents<O>(events: File<EventData<O>>[], rules: File<RuleData<O>>[], asOf: string) {
  const horizon = addMonths(asOf, 12);
  const details = new Map<string, File<EventData<O>>>();
  const items: EventItem<O>[] = [];
  for (const e of events) {
    if (!e.data.rule) {
      items.push(plainEvent(e));
      continue;
    }
    const year = detailsYear(e.id);
    if (year !== undefined) details.set(`${refId(e.data.rule)}/${year}`, e);
  }
  for (const rule of rules) {
    const years = new Set<number>();
    for (let y = rule.data.since; ruleSpan(rule.data.every, y).start <= horizon; y++) years.add(y);
    for (const key of details.keys()) {
      const [ruleId, year] = key.split('/');
      if (ruleId === rule.id && Number(year) >= rule.data.since) years.add(Number(year));
    }
    for (const y of years) items.push(occurrence(rule, y, details.get(`${rule.id}/${y}`)));
  }
  return items.sort(byDate);
}

function plainEvent<O>(e: File<EventData<O>>): EventItem<O> {
  const d = e.data;
  return {
    id: e.id,
    title: d.title!,
    description: d.description!,
    category: d.category!,
    location: d.location,
    audience: d.audience,
    theme: d.theme,
    organizers: d.organizers,
    sources: d.sources,
    draft: d.draft,
    when: eventWhen(d),
    lunar: d.lunar,
    file: e.id,
  };
}

/** Events not over on a day ("YYYY-MM-DD"): the home page's list written at build time. */
export const notPast = <T extends { when: EventWhen }>(items: T[], day: string) =>
  items.filter((e) => e.when.lastDay >= day);
