/** "Thêm vào lịch": one event as an .ics file (the same VEVENT as in lich.ics). */
import type { APIRoute } from 'astro';
import { datedEvents, eventText, type SiteEvent } from '../../lib/events';
import { calendar, icsResponse } from '../../lib/calendar';

export async function getStaticPaths() {
  return (await datedEvents()).map((event) => ({ params: { id: event.id }, props: { event } }));
}
export const GET: APIRoute<{ event: SiteEvent }> = ({ props: { event }, site }) =>
  icsResponse(calendar([{ ...event, text: eventText(event) }], site!, event.title), `${event.id}.ics`);
