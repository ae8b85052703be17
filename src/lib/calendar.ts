/**
 * iCalendar (RFC 5545) with ical-generator: all-day events as DATE values with the exclusive
 * DTEND the RFC requires; timed events as UTC instants. UIDs come from event addresses, so they
 * stay stable across builds; DTSTAMP is the start, so the build output does not depend on the clock.
 * A yearly event is one VEVENT per year (not an RRULE): each year has its own address, UID and
 * details, lunar dates move, and the per-event file is the same VEVENT as in the feed.
 */
import ical from 'ical-generator';
import type { EventWhen } from './occurrences';
import { url } from './site-map';

interface CalendarEvent {
  id: string;
  title: string;
  description: string;
  location?: string;
  when: EventWhen;
  /** More plain text for the calendar entry (the page's text). */
  text?: string;
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);
const nextDay = (day: string) => new Date(utcDay(day).getTime() + 86_400_000);

export function calendar(events: CalendarEvent[], site: URL, name = 'Sự kiện vì trẻ em Buôn Ma Thuột') {
  const cal = ical({ name, prodId: { company: 'tre-em-buon-ma-thuot', product: 'su-kien', language: 'VI' } });
  for (const e of events) {
    const w = e.when;
    const start = w.allDay ? utcDay(w.start) : new Date(w.start);
    cal.createEvent({
      id: `${e.id}@tre-em-buon-ma-thuot`,
      stamp: start,
      allDay: w.allDay,
      start,
      end: w.allDay ? nextDay(w.lastDay) : new Date(w.end ?? w.start),
      summary: e.title,
      description: [e.description, e.text].filter(Boolean).join('\n\n'),
      location: e.location,
      url: new URL(url.event(e.id), site).href,
    });
  }
  return cal.toString();
}

export const icsResponse = (body: string, filename: string) =>
  new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
  });
