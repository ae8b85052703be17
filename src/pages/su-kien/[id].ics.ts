/** "Thêm vào lịch": one event as an .ics file. */
import type { APIRoute } from 'astro';
import { datedEvents, type EventEntry } from '../../lib/events';
import { calendar, icsResponse } from '../../lib/calendar';

export async function getStaticPaths() {
  return (await datedEvents()).map(({ entry }) => ({ params: { id: entry.id }, props: { entry } }));
}
export const GET: APIRoute<{ entry: EventEntry }> = ({ props, site }) =>
  icsResponse(calendar([props.entry], site!, props.entry.data.title), `${props.entry.id}.ics`);
