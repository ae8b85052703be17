/**
 * How the site searches, shared by the search page and the tests so both rank alike. A query is
 * read the way the site writes: marks restored from the site's own text ("tre em bi danh" → "trẻ em
 * bị đánh"), synonyms from content/tim-kiem/dong-nghia.yaml, numbers matched to what they name. Pages
 * found by that reading come first, then pages that match only the letters typed; each result links
 * to its best section.
 */
import { fold } from './text.ts';
import { restoreAccents, suggestions, weightOf, type AccentModel } from './accents.ts';
import { matchTargets, type SearchTargets, type Target } from './search-targets.ts';

export type SynonymGroups = string[][];

/** The search page's data file (site-map `url.searchData`). */
export interface SearchData {
  synonyms: SynonymGroups;
  /** What numbers in a query can name. */
  targets: SearchTargets;
  /** Added after indexing: the model of the site's Vietnamese. */
  accents?: AccentModel;
  /** Added after indexing when the index is small: terms whose preload brings in all of it. */
  preload?: string[];
  /** Added with `preload`: each page's address and title by its id in the index. */
  pages?: Record<string, [url: string, title: string]>;
}

/**
 * How much more likely (log-probability) a one-letter change must make the query to be offered when
 * the query finds something anyway: "duong dai nong" → "đường dây nóng" gains about 14; ordinary
 * queries' best changes gain less than 6 on this site.
 */
const CLEARLY_MORE_LIKELY = 10;

/** A page that lacks one word of a query of three words or more ranks at this share of its score. */
const LESS_ONE_WORD = 0.5;

/** Favour whole-word matches over prefixes, and let long pages (the plan, laws) compete with short ones. */
export const rankingOptions = { ranking: { termSimilarity: 4.0, pageLength: 0.4 } };

/** A part of a page between two anchors, as Pagefind gives it (1.6). */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  /** How much each match counts (1 for body text, more in headings, less in a page's sources). */
  weighted_locations: { weight: number }[];
  /** Absent for the part of the page before its first anchor. */
  anchor?: { id: string; location: number };
}
/** What a result's data() gives (Pagefind 1.6). */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { section?: string[] };
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
/** Pagefind's JS API (dist/pagefind/pagefind.js), as the site uses it. */
export interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, o?: object) => Promise<void>;
  /** null when a newer search superseded this one. */
  search: (q: string, o?: object) => Promise<{ results: PagefindResult[] } | null>;
}

/** One result: a page, how it ranks, and the section a number in the query named, if any. */
export interface Hit {
  id: string;
  score: number;
  /** The query (reading or synonym variant) that found it best: its words are the ones highlighted. */
  query?: string;
  /** Pagefind's data for the page; absent for a named target the index did not return. */
  data?: () => Promise<PagefindData>;
  target?: Target;
}
export interface Found {
  /** What was searched: the query with its marks restored (the query itself when nothing changed). */
  reading: string;
  hits: Hit[];
}

const boundary = (term: string) =>
  new RegExp(`(^|[^a-z0-9])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^a-z0-9])`);

/** The query and its synonym variants: "duong day nong" → also "tổng đài". */
export function expandQuery(query: string, groups: SynonymGroups): string[] {
  const folded = fold(query);
  const variants = new Set([query]);
  for (const group of groups)
    for (const term of group) {
      const re = boundary(fold(term));
      if (re.test(folded))
        for (const other of group) if (other !== term) variants.add(folded.replace(re, `$1${other}`).trim());
    }
  return [...variants];
}

/**
 * Search as the site does. `exact`: search the query as typed (no restored marks, no folded
 * fallback, no targets), for the reader who asks for exactly what they typed.
 */
export async function runSearch(
  engine: Pick<Pagefind, 'search'>,
  query: string,
  data: SearchData,
  { filters, exact = false }: { filters?: Record<string, string>; exact?: boolean } = {},
): Promise<Found | null> {
  const typed = query.trim();
  const options = filters ? { filters } : {};
  const reading = !exact && data.accents ? restoreAccents(data.accents, typed) : typed;
  // Tier 0: the reading and its synonyms, then (for three words or more) the reading less one word,
  // which finds the page that lacks only "gì" of "đăng ký khai sinh cần giấy tờ gì", ranked lower.
  // Tier 1: the letters typed, folded: pages that match only those ("danh" in "danh sách" for
  // "đánh") rank below every page that matches the reading.
  const plan = expandQuery(reading, data.synonyms).map((q, v) => ({ q, tier: 0, factor: v ? 0.9 : 1 }));
  const words = reading.split(/\s+/);
  if (!exact && words.length >= 3)
    words.forEach((_, i) =>
      plan.push({ q: words.filter((__, j) => j !== i).join(' '), tier: 0, factor: LESS_ONE_WORD }),
    );
  if (!exact && fold(typed) !== reading) plan.push({ q: fold(typed), tier: 1, factor: 1 });
  // A number ("111") must match as a whole word: Pagefind indexes "11/10/2026" as "11102026",
  // which "111" would prefix-match. A quoted search finds the pages with the exact number.
  const numeric = /^\d{3,}$/.test(typed);
  const [whole, ...found] = await Promise.all([
    numeric ? engine.search(`"${typed}"`, options) : null,
    ...plan.map(({ q }) => engine.search(q, options)),
  ]);
  if (found[0] === null) return null; // superseded by a newer query
  const exactIds = new Set(whole?.results.map((r) => r.id));
  const best = new Map<string, Hit & { tier: number }>();
  plan.forEach(({ q, tier, factor }, i) =>
    found[i]?.results.forEach((r) => {
      const score = r.score * factor * (numeric && !exactIds.has(r.id) ? 0.2 : 1);
      const seen = best.get(r.id);
      if (!seen || tier < seen.tier || (tier === seen.tier && score > seen.score))
        best.set(r.id, { id: r.id, score, query: q, data: r.data, tier });
    }),
  );
  // Targets the query names go first, at their section; one per page.
  const targets = exact ? [] : matchTargets(typed, data.targets);
  targets.forEach((target, n) => {
    const page = target.page;
    const hit = page && best.get(page);
    if (hit && hit.tier < 0) return;
    if (hit) best.set(hit.id, { ...hit, target, tier: -1, score: targets.length - n });
    else if (!filters)
      best.set(page ?? target.url, { id: page ?? target.url, score: targets.length - n, target, tier: -1 });
  });
  // Equal scores (the same event each year) keep one order that does not depend on the index's
  // hashed ids: by address, the latest first (event addresses begin with their date).
  const address = (id: string) => data.pages?.[id]?.[0] ?? id;
  const hits = [...best.values()].sort(
    (a, b) =>
      a.tier - b.tier ||
      b.score - a.score ||
      (address(a.id) > address(b.id) ? -1 : address(a.id) < address(b.id) ? 1 : 0),
  );
  return { reading, hits: hits.map(({ tier: _, ...h }) => h) };
}

/**
 * A way on: the closest query the site's words allow, when nothing was found or when it is far more
 * likely than what was typed ("duong dai nong" → "đường dây nóng"), and only if it finds something.
 * Separate from runSearch so that the results show first.
 */
export async function suggestion(
  engine: Pick<Pagefind, 'search'>,
  query: string,
  data: SearchData,
  found: Found,
  { filters }: { filters?: Record<string, string> } = {},
): Promise<string | undefined> {
  if (!data.accents) return undefined;
  for (const s of suggestions(data.accents, query.trim()))
    if (
      (!found.hits.length || s.gain >= CLEARLY_MORE_LIKELY) &&
      (await engine.search(s.text, filters ? { filters } : {}))?.results.length
    )
      return s.text;
}

const wordsOf = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/<\/?mark>/g, ' ')
    .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/**
 * Where a result should link, what to call that section and which excerpt to show: the target the
 * query named; the page itself when its title has every word of the query; else the section whose
 * title and matches hold most of the query's words, a word counting more when the site uses it less
 * ("đánh" more than "trẻ") and when it is written as in the query; of equals, the one whose title
 * has them, then the first.
 */
export function bestSection(d: PagefindData, hit: Hit, found: Found, data?: SearchData) {
  const page = { url: d.url, title: undefined, excerpt: d.excerpt };
  if (hit.target) {
    const sub = d.sub_results.find((s) => s.url === hit.target!.url);
    return hit.target.url.includes('#')
      ? { url: hit.target.url, title: hit.target.title, excerpt: sub?.excerpt ?? d.excerpt }
      : page;
  }
  const has = (list: string[], t: string) => (list.includes(t) ? 1 : list.some((w) => fold(w) === fold(t)) ? 0.6 : 0);
  const pageTitle = wordsOf(d.meta.title ?? '');
  if ([found.reading, hit.query ?? ''].some((q) => q && wordsOf(q).every((t) => has(pageTitle, t)))) return page;
  const terms = wordsOf(hit.query ?? found.reading);
  const weight = new Map(terms.map((t) => [t, data?.accents ? weightOf(data.accents, t) : 1]));
  // The words each section shows for the query (its <mark>s) and those of its title.
  const parts = d.sub_results.map((s) => {
    const title = wordsOf(s.title);
    const words = [...title, ...wordsOf((s.excerpt.match(/<mark>[^<]*<\/mark>/g) ?? []).join(' '))];
    // Matches weighted below body text (a page's sources) make a section count less.
    const w = s.weighted_locations.map((l) => l.weight);
    const discount = Math.min(1, w.reduce((a, b) => a + b, 0) / Math.max(1, w.length));
    const held = (list: string[]) => terms.reduce((n, t) => n + weight.get(t)! * has(list, t), 0);
    return { s, held: discount * held(words), titled: held(title), at: s.anchor?.location ?? 0 };
  });
  // The section that holds the query best; of equals, the one whose title does, then the first.
  const top = parts.sort((a, b) => b.held - a.held || b.titled - a.titled || a.at - b.at)[0]?.s;
  return top?.anchor ? { url: top.url, title: top.title, excerpt: top.excerpt } : page;
}
