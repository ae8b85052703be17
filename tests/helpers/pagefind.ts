/**
 * The built Pagefind index, queried from Node with Pagefind's own JS API (dist/pagefind/pagefind.js)
 * and the site's own query handling (src/lib/search-engine.ts): the same engine, files, ranking,
 * synonyms, accent model and targets the search page uses, read from disk through a fetch shim.
 * One engine per built site, loaded once per test file.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import {
  bestSection,
  rankingOptions,
  runSearch,
  suggestion,
  type Pagefind,
  type SearchData,
} from '../../src/lib/search-engine.ts';
import { url as siteUrl } from '../../src/lib/site-map.ts';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { distDir } from './dist.ts';

export interface Hit {
  /** The page. */
  url: string;
  /** Where the result links: the page or its best section ("/quyen-tre-em/#dieu-25"). */
  link: string;
  title: string;
  /** The section's title shown under the page's, if the result links to a section. */
  section?: string;
  excerpt: string;
  /** The search filter the page belongs to. */
  filter?: string;
  score: number;
}

const engines = new Map<string, Promise<Pagefind>>();
let shimmed = false;

/** Pagefind fetches its index relative to basePath; answer file: URLs from disk. */
function shimFetch() {
  if (shimmed) return;
  shimmed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    return url.startsWith('file:') ? new Response(await readFile(new URL(url))) : realFetch(input, init);
  }) as typeof fetch;
}

/** Pagefind's engine over a built site (dist/ by default). */
export function pagefind(site = distDir): Promise<Pagefind> {
  if (!engines.has(site))
    engines.set(
      site,
      (async () => {
        shimFetch();
        const pf = (await import(
          /* @vite-ignore */ pathToFileURL(join(site, 'pagefind', 'pagefind.js')).href
        )) as Pagefind;
        await pf.options({
          ...rankingOptions,
          basePath: pathToFileURL(join(site, 'pagefind') + '/').href,
          baseUrl: '/',
        });
        await pf.init();
        return pf;
      })(),
    );
  return engines.get(site)!;
}

const dataFiles = new Map<string, SearchData>();
/** The search page's data file of a built site. */
export function searchData(site = distDir): SearchData {
  if (!dataFiles.has(site)) dataFiles.set(site, JSON.parse(readFileSync(join(site, siteUrl.searchData), 'utf8')));
  return dataFiles.get(site)!;
}

/**
 * Search as the page does: the reading searched, the results with their links (the first `top`
 * only: each needs its page's data), a suggestion.
 */
export async function searchAll(
  query: string,
  {
    filters,
    exact,
    site,
    top = Infinity,
  }: { filters?: Record<string, string>; exact?: boolean; site?: string; top?: number } = {},
) {
  const engine = await pagefind(site);
  const found = (await runSearch(engine, query, searchData(site), { filters, exact }))!;
  const hits = await Promise.all(
    found.hits.slice(0, top).map(async (h): Promise<Hit> => {
      if (!h.data)
        return {
          url: h.target!.url.split('#')[0],
          link: h.target!.url,
          title: h.target!.title,
          excerpt: '',
          score: h.score,
        };
      const d = await h.data();
      const best = bestSection(d, h, found, searchData(site));
      return {
        url: d.url,
        link: best.url,
        title: d.meta.title ?? d.url,
        section: best.title,
        excerpt: best.excerpt,
        filter: d.filters.section?.[0],
        score: h.score,
      };
    }),
  );
  const offered = exact ? undefined : await suggestion(engine, query, searchData(site), found, { filters });
  return { reading: found.reading, hits, suggestion: offered };
}

export async function search(
  query: string,
  filters?: Record<string, string>,
  site?: string,
  top?: number,
): Promise<Hit[]> {
  return (await searchAll(query, { filters, site, top })).hits;
}
