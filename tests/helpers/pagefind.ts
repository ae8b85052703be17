/**
 * The built Pagefind index, queried from Node with Pagefind's own JS API (dist/pagefind/pagefind.js)
 * and the site's own query handling (src/lib/search-engine.ts): the same engine, files, ranking
 * and synonyms the search page uses, read from disk through a fetch shim.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { rankingOptions, runSearch, type Pagefind, type SynonymGroups } from '../../src/lib/search-engine.ts';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { distDir } from './dist.ts';

export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  section?: string;
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

const synonyms = (parse(readFileSync('content/tim-kiem/dong-nghia.yaml', 'utf8')) as { groups: SynonymGroups }).groups;

export async function search(query: string, filters?: Record<string, string>, site?: string): Promise<Hit[]> {
  const found = (await runSearch(await pagefind(site), query, synonyms, filters ? { filters } : {})) ?? [];
  return Promise.all(
    found.map(async (r) => {
      const d = await r.data();
      return {
        url: d.url,
        title: d.meta.title ?? d.url,
        excerpt: d.excerpt,
        section: d.filters.section?.[0],
        score: r.score,
      };
    }),
  );
}
