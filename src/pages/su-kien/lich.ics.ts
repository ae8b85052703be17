/** Every event as one calendar a phone can subscribe to. */
import type { APIRoute } from 'astro';
import { datedEvents, eventText } from '../../lib/events';
import { calendar, icsResponse } from '../../lib/calendar';

export const GET: APIRoute = async ({ site }) =>
  icsResponse(
    calendar(
      (await datedEvents()).map((e) => ({ ...e, text: eventText(e) })),
      site!,
    ),
    'lich-su-kien.ics',
  );
