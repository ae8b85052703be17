/** RSS of events, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { datedEvents } from '../../lib/events';
import { siteSettings } from '../../lib/collections';
import { url } from '../../lib/site-map';

export const GET: APIRoute = async ({ site }) => {
  const settings = await siteSettings();
  const events = (await datedEvents()).reverse();
  return rss({
    title: `Sự kiện | ${settings.shortName}`,
    description: 'Tháng hành động vì trẻ em, Ngày Quốc tế Thiếu nhi, Tết Trung thu và các mốc khác tại Buôn Ma Thuột.',
    site: site!,
    customData: '<language>vi</language>',
    items: events.map(({ id, title, description, when, category }) => ({
      title,
      link: url.event(id),
      description,
      pubDate: new Date(when.allDay ? `${when.start}T00:00:00+07:00` : when.start),
      categories: [category],
    })),
  });
};
