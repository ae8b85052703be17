/**
 * `npm run bench:search`: what a browser really fetches on the search page (bytes transferred,
 * requests, sequential round trips; Chromium over the nginx configuration, see search-fetches.ts):
 * before any input, for a first query and later ones, and with Save-Data. Then the sizes of the
 * index and of the search data, and query latency in Node (Pagefind's JS API over dist/, the site's
 * own query handling). Throttled timings (slow 4G + 4× CPU): ../shared/tools/perf.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rankingOptions, runSearch, type Pagefind, type SearchData } from '../../src/lib/search-engine.ts';
import { url } from '../../src/lib/site-map.ts';
import { DELAY, measureSearchPage, totalKB, type Phase } from './search-fetches.ts';

const table = (rows: (string | number)[][]) => {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(w[i])).join('  ')).join('\n');
};
const group = (path: string) =>
  path.endsWith('.pf_index')
    ? 'index'
    : path.endsWith('.pf_fragment')
      ? 'excerpts'
      : path === url.searchData
        ? 'search data'
        : /^\/pagefind\/(pagefind(-worker)?\.js|wasm\.|.*\.pf_meta|pagefind-entry\.json)/.test(path)
          ? 'engine'
          : 'page (HTML, CSS, scripts)';
const rowsOf = (phases: Phase[], prefix = '') =>
  phases.map((p) => [
    prefix + p.label,
    p.fetches.length,
    totalKB(p),
    p.roundTrips,
    p.ms === undefined ? '' : `${Math.round(p.ms)} / ${Math.round(p.readyMs!)}`,
    [...new Set(p.fetches.map((f) => group(f.path)))]
      .map((g) => {
        const fs = p.fetches.filter((f) => group(f.path) === g);
        return `${g} ${fs.length}/${(fs.reduce((n, f) => n + f.bytes, 0) / 1024).toFixed(1)}`;
      })
      .join(', '),
  ]);

// 1. In a browser.
const normal = await measureSearchPage();
const saving = await measureSearchPage({ saveData: true, queries: ['dieu 25', 'duong day nong'] });
console.log(
  `\nWhat Chromium fetches on ${url.search} (transferred KB incl. headers; round trips = longest chain of ` +
    `requests each waiting for another; ms = to the first result shown, and with its excerpt, with ${DELAY} ms ` +
    `added to every request)\n` +
    table([
      ['phase', 'requests', 'KB', 'round trips', 'ms: shown / excerpt', 'by kind: requests/KB'],
      ...rowsOf(normal),
      ...rowsOf(saving, 'Save-Data: '),
    ]),
);

// 2. Sizes, and latency in Node.
const site = join(process.cwd(), 'dist', 'pagefind');
const files = readdirSync(site, { recursive: true }) as string[];
const size = (pred: (f: string) => boolean) =>
  files.filter(pred).reduce((n, f) => n + (statSync(join(site, f)).isFile() ? statSync(join(site, f)).size : 0), 0);
const dataFile = readFileSync(join('dist', url.searchData));
const data = JSON.parse(dataFile.toString()) as SearchData;
console.log(
  `\nPagefind: ${(size(() => true) / 1024).toFixed(1)} KB in ${files.length} files; index chunks ` +
    `${(size((f) => f.endsWith('.pf_index')) / 1024).toFixed(1)} KB. Search data ${url.searchData}: ` +
    `${(dataFile.length / 1024).toFixed(1)} KB, ${(gzipSync(dataFile).length / 1024).toFixed(1)} KB gzip, of which the ` +
    `accent model ${(gzipSync(JSON.stringify(data.accents)).length / 1024).toFixed(1)} KB gzip ` +
    `(${Object.keys(data.accents?.forms ?? {}).length} syllables, ${(data.accents?.pairs.length ?? 0) / 3} pairs); ` +
    `preload terms: ${data.preload?.join(' ') ?? 'none'}.`,
);

globalThis.fetch = (async (input: string | URL) => new Response(readFileSync(new URL(String(input))))) as typeof fetch;
const engine = (await import(pathToFileURL(join(site, 'pagefind.js')).href)) as Pagefind;
await engine.options({ ...rankingOptions, basePath: pathToFileURL(site + '/').href, baseUrl: '/' });
await engine.init();
for (const term of data.preload ?? []) await engine.preload(term);
const rows: (string | number)[][] = [['query (Node, whole index loaded)', 'reading', 'results', 'ms']];
for (const q of ['duong day nong', 'đường dây nóng', 'dieu 25', 'tre em bi danh', 'con bị đánh thì gọi ai', '111']) {
  const t = performance.now();
  const found = await runSearch(engine, q, data);
  await Promise.all(found!.hits.slice(0, 5).map((h) => h.data?.()));
  rows.push([q, found!.reading, found!.hits.length, (performance.now() - t).toFixed(1)]);
}
console.log(`\n${table(rows)}`);
