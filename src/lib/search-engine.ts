/**
 * How the site searches, shared by the search page and the tests so both rank alike:
 * Pagefind's ranking settings, and synonyms from content/tim-kiem/dong-nghia.yaml applied to the
 * query (each synonym phrase in the query is also tried as the other terms of its group).
 */
import { fold } from './text.ts';

export type SynonymGroups = string[][];

/** Favour whole-word matches over prefixes, and let long pages (the plan, laws) compete with short ones. */
export const rankingOptions = { ranking: { termSimilarity: 4.0, pageLength: 0.4 } };

/** What a result's data() gives (Pagefind 1.6). */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { section?: string[] };
}
interface Result {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
/** Pagefind's JS API (dist/pagefind/pagefind.js), as the site uses it. */
export interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  filters: () => Promise<unknown>;
  /** null when a newer search superseded this one. */
  search: (q: string, o?: object) => Promise<{ results: Result[] } | null>;
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

/** Run the query and its variants; keep each page once, at its best score (variants slightly lower). */
export async function runSearch(
  engine: Pick<Pagefind, 'search'>,
  query: string,
  groups: SynonymGroups,
  options: object = {},
): Promise<Result[] | null> {
  const variants = expandQuery(query, groups);
  // A number ("111") must match as a whole word: Pagefind indexes "11/10/2026" as "11102026",
  // which "111" would prefix-match. A quoted search finds the pages with the exact number.
  const numeric = /^\d{3,}$/.test(query.trim());
  const [exact, ...found] = await Promise.all([
    numeric ? engine.search(`"${query.trim()}"`, options) : null,
    ...variants.map((q) => engine.search(q, options)),
  ]);
  if (found[0] === null) return null; // superseded by a newer query (debounced search)
  const whole = new Set(exact?.results.map((r) => r.id));
  const best = new Map<string, Result>();
  found.forEach((f, i) =>
    f?.results.forEach((r) => {
      const score = r.score * (i === 0 ? 1 : 0.9) * (numeric && !whole.has(r.id) ? 0.2 : 1);
      if ((best.get(r.id)?.score ?? -1) < score) best.set(r.id, { ...r, score, data: r.data });
    }),
  );
  return [...best.values()].sort((a, b) => b.score - a.score);
}
