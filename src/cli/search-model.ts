/**
 * Last step of `npm run build`, after Pagefind: completes the search page's data file
 * (dist/tim-kiem/du-lieu.json) with what only the built index knows:
 * - the accent model, from the text Pagefind indexed (and the editors' synonyms);
 * - each target's page id in the index, so a page a number names is found among the results;
 * - for a small index, the few terms whose preload brings in all of it, and each page's address and
 *   title, so that results show at once and their excerpts follow.
 * Usage: node src/cli/search-model.ts [dist]
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildAccentModel } from '../lib/accents.ts';
import { url } from '../lib/site-map.ts';
import type { Pagefind, SearchData } from '../lib/search-engine.ts';

// Up to this size the search page loads the whole index while the reader types (this site: ~85 KB).
const PRELOAD_WHOLE_INDEX_UP_TO_BYTES = 300 * 1024;

const dist = process.argv[2] ?? 'dist';
const bundle = join(dist, 'pagefind');
const dataFile = join(dist, url.searchData);
if (!existsSync(join(bundle, 'pagefind.js')) || !existsSync(dataFile))
  throw new Error(`${bundle}/pagefind.js or ${dataFile} is missing: run astro build and pagefind first.`);

/** A page as Pagefind indexed it (fragment files are gzip'd JSON after a signature). */
interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
}
const fragments = readdirSync(join(bundle, 'fragment')).map((file) => {
  const text = gunzipSync(readFileSync(join(bundle, 'fragment', file))).toString('utf8');
  return { id: file.replace(/\.pf_fragment$/, ''), ...(JSON.parse(text.slice(text.indexOf('{'))) as Fragment) };
});

const data = JSON.parse(readFileSync(dataFile, 'utf8')) as SearchData;
data.accents = buildAccentModel([...fragments.map((f) => f.content), ...data.synonyms.flat()]);

const pageIds = new Map(fragments.map((f) => [f.url, f.id]));
for (const list of Object.values(data.targets))
  for (const target of list as { url: string; page?: string }[]) target.page = pageIds.get(target.url.split('#')[0]);

// Which terms load every chunk: try letters, then every two-letter start of the site's words, in a
// fixed order, and keep the terms that brought in a chunk not loaded yet.
const chunkFiles = readdirSync(join(bundle, 'index'));
const indexBytes = chunkFiles.reduce((n, f) => n + statSync(join(bundle, 'index', f)).size, 0);
if (indexBytes <= PRELOAD_WHOLE_INDEX_UP_TO_BYTES) {
  const loaded = new Set<string>();
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const file = new URL(String(input));
    if (file.pathname.includes('/index/')) loaded.add(file.pathname);
    return new Response(readFileSync(file));
  }) as typeof fetch;
  const pf = (await import(pathToFileURL(join(bundle, 'pagefind.js')).href)) as Pagefind;
  await pf.options({ basePath: pathToFileURL(join(bundle) + '/').href });
  const strip = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const starts = new Set(
    fragments.flatMap((f) => (f.content.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => strip(w).slice(0, 2))),
  );
  const candidates = [...'abcdefghijklmnopqrstuvwxyz0123456789', ...[...starts].sort()];
  data.preload = [];
  for (const term of candidates) {
    if (loaded.size === chunkFiles.length) break;
    const before = loaded.size;
    await pf.preload(term);
    if (loaded.size > before) data.preload.push(term);
  }
  if (loaded.size < chunkFiles.length)
    throw new Error(`Preload terms reach ${loaded.size} of ${chunkFiles.length} chunks.`);
  data.pages = Object.fromEntries(fragments.map((f) => [f.id, [f.url, f.meta.title ?? f.url]]));
}

const json = JSON.stringify(data);
writeFileSync(dataFile, json);
console.log(
  `Search data: ${Object.keys(data.accents.forms).length} syllables, ${data.accents.pairs.length / 3} pairs, ` +
    `preload ${data.preload ? `[${data.preload.join(' ')}]` : 'off'}; ${dataFile} ${(json.length / 1024).toFixed(1)} KB, ` +
    `${(gzipSync(json).length / 1024).toFixed(1)} KB gzip.`,
);
