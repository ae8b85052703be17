/**
 * The site map, in one place: each section's address, its navigation label and the name of its
 * search filter, and a helper for every URL the site builds. Header, footer, home page, site index,
 * search filters, routes and the content checker all read it, so a section is renamed once.
 */
import { lawKinds } from '../schemas/law.ts';
import { eventCategories } from '../schemas/event.ts';

export type LawKind = keyof typeof lawKinds;
export type EventCategory = keyof typeof eventCategories;

/** Every URL the site makes, so that no page writes an address by hand. */
export const url = {
  home: '/',
  plan: '/ke-hoach/',
  planPart: (anchor: string) => `/ke-hoach/#${anchor}`,
  bodies: '/co-quan/',
  body: (id: string) => `/co-quan/${id}/`,
  rights: '/quyen-tre-em/',
  article: (n: number) => `/quyen-tre-em/#dieu-${n}`,
  laws: '/phap-luat/',
  law: (id: string) => `/phap-luat/${id}/`,
  lawKind: (kind: LawKind) => `/phap-luat/loai/${kind}/`,
  help: '/ho-tro/',
  guide: (id: string) => `/ho-tro/${id}/`,
  contact: (id: string) => `/ho-tro/#${id}`,
  vcard: '/ho-tro/danh-ba.vcf',
  emergency: '/khan-cap/',
  events: '/su-kien/',
  event: (id: string) => `/su-kien/${id}/`,
  eventIcs: (id: string) => `/su-kien/${id}.ics`,
  eventCategory: (category: EventCategory) => `/su-kien/loai/${category}/`,
  calendar: '/su-kien/lich.ics',
  rss: '/su-kien/rss.xml',
  /** Posters to print (A4): the list of this year's, the hotline's, one per event. */
  posters: '/in/',
  hotlinePoster: '/in/goi-111/',
  poster: (id: string) => `/in/su-kien/${id}/`,
  search: '/tim-kiem/',
  /** The search page's data: synonyms, targets of numbers, accent model (fetched by that page only). */
  searchData: '/tim-kiem/du-lieu.json',
  index: '/muc-luc/',
  page: (id: string) => `/${id}/`,
  sitemap: '/sitemap-index.xml',
} as const;

interface Section {
  /** Address of the section's first page. */
  path: string;
  /** Label in the main navigation and breadcrumbs. */
  label: string;
  /** Name of the search filter for pages of this section (shown under each result). */
  search: string;
  /** Card on the home page: title and one sentence. */
  card?: { title: string; text: string };
}

/** The sections, in navigation order. `bodies` and `about` are not in the main navigation. */
export const sections = {
  plan: {
    path: url.plan,
    label: 'Kế hoạch',
    search: 'Kế hoạch',
    card: {
      title: 'Kế hoạch của thành phố',
      text: 'Toàn văn Kế hoạch thực hiện Chỉ thị 28-CT/TW: ai làm gì, khi nào; và ai phụ trách hôm nay.',
    },
  },
  rights: {
    path: url.rights,
    label: 'Quyền trẻ em',
    search: 'Quyền trẻ em',
    card: { title: 'Quyền trẻ em', text: 'Các quyền và bổn phận của trẻ em theo Luật Trẻ em 2016, bằng lời dễ hiểu.' },
  },
  laws: {
    path: url.laws,
    label: 'Pháp luật',
    search: 'Pháp luật',
    card: { title: 'Pháp luật', text: 'Tóm tắt các luật, nghị định về trẻ em, kèm nguồn và đường dẫn toàn văn.' },
  },
  help: {
    path: url.help,
    label: 'Hỗ trợ',
    search: 'Hỗ trợ',
    card: { title: 'Hỗ trợ', text: 'Số điện thoại cần gọi, làm gì khi trẻ gặp nguy hiểm, khai sinh, trợ cấp.' },
  },
  events: {
    path: url.events,
    label: 'Sự kiện',
    search: 'Sự kiện',
    card: {
      title: 'Sự kiện',
      text: 'Tháng hành động vì trẻ em, 1/6, Trung thu: lịch và tệp thêm vào điện thoại.',
    },
  },
  bodies: { path: url.bodies, label: 'Cơ quan', search: 'Cơ quan' },
  about: { path: url.page('gioi-thieu'), label: 'Giới thiệu', search: 'Giới thiệu' },
} satisfies Record<string, Section>;

export type SectionKey = keyof typeof sections;

/** The main navigation: the five content sections, then search. */
export const mainNav: { path: string; label: string; section?: SectionKey }[] = [
  ...(['plan', 'rights', 'laws', 'help', 'events'] as const).map((key) => ({ ...sections[key], section: key })),
  { path: url.search, label: 'Tìm kiếm' },
];

/** Search filters offered on the search page (standalone pages are not a filter of their own). */
export const searchFilters = (['plan', 'rights', 'laws', 'help', 'events', 'bodies'] as const).map(
  (key) => sections[key].search,
);

/** Standalone pages every page links to in its footer (files in content/trang). */
export const footerPages = [
  ['gioi-thieu', 'Giới thiệu'],
  ['tro-nang', 'Trợ năng'],
  ['quyen-rieng-tu', 'Quyền riêng tư'],
  ['giu-an-toan', 'Giữ an toàn khi lên mạng'],
] as const;

/** Posters repeat their event's page for print: not listed in the sitemap (their list page is). */
export const isPoster = (path: string) => path.startsWith(url.posters) && path !== url.posters;

/** Pages that exist without a content file of their own, for link checks in content. */
export const fixedRoutes = [
  url.home,
  url.plan,
  url.bodies,
  url.rights,
  url.laws,
  url.help,
  url.events,
  url.search,
  url.index,
  url.emergency,
  url.calendar,
  url.rss,
  url.posters,
  url.hotlinePoster,
  url.vcard,
  url.sitemap,
  ...(Object.keys(lawKinds) as LawKind[]).map(url.lawKind),
  ...(Object.keys(eventCategories) as EventCategory[]).map(url.eventCategory),
];
