/** Pages that exist without a content file, for link checks in content (the rest come from entries). */
import { lawKinds } from '../schemas/law.ts';
import { eventCategories } from '../schemas/event.ts';

export const fixedRoutes = [
  '/',
  '/ke-hoach/',
  '/co-quan/',
  '/quyen-tre-em/',
  '/phap-luat/',
  '/ho-tro/',
  '/su-kien/',
  '/tim-kiem/',
  '/muc-luc/',
  '/khan-cap/',
  '/su-kien/lich.ics',
  '/su-kien/rss.xml',
  '/ho-tro/danh-ba.vcf',
  '/sitemap-index.xml',
  ...Object.keys(lawKinds).map((k) => `/phap-luat/loai/${k}/`),
  ...Object.keys(eventCategories).map((c) => `/su-kien/loai/${c}/`),
];
