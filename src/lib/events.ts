/** Event dates: a lunar date becomes its Gregorian day at build time; lists are ordered by start. */
import { LunarCalendar } from '@dqcai/vn-lunar';
import type { CollectionEntry } from 'astro:content';
import { published } from './collections';
import { isoDay } from './dates';

/** 15/8 âm lịch 2026 → "2026-09-25" (Vietnamese lunar calendar, UTC+7). */
export function lunarToSolar(l: { day: number; month: number; year: number; leap?: boolean }) {
  const s = LunarCalendar.fromLunar(l.day, l.month, l.year, l.leap ?? false).solarDate;
  if (!s?.year) throw new Error(`Không đổi được ngày âm lịch ${l.day}/${l.month}/${l.year}`);
  return `${s.year}-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`;
}

export type EventEntry = CollectionEntry<'events'>;
export interface EventWhen {
  /** "YYYY-MM-DD" or a "+07:00" date-time. */
  start: string;
  end?: string;
  allDay: boolean;
  /** Last Việt Nam calendar day the event runs (for "upcoming" and grouping). */
  lastDay: string;
}

export function eventWhen(e: Pick<EventEntry, 'data'>): EventWhen {
  const start = e.data.start ?? lunarToSolar(e.data.lunar!);
  const end = e.data.end;
  return { start, end, allDay: start.length === 10, lastDay: isoDay(end ?? start) };
}

/** All published events with their dates, oldest first (build order does not depend on today). */
export async function datedEvents() {
  return (await published('events'))
    .map((entry) => ({ entry, when: eventWhen(entry) }))
    .sort(
      (a, b) => a.when.start.localeCompare(b.when.start) || a.entry.data.title.localeCompare(b.entry.data.title, 'vi'),
    );
}
