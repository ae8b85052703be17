/**
 * `npm run bench:search`: the search index size, the bytes the first query fetches, and query
 * latency in Node (Pagefind's JS API over dist/, same ranking and synonyms as the site).
 * The throttled browser timing (slow 4G) is measured with ../shared/tools/perf.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { rankingOptions, runSearch, type Pagefind, type SynonymGroups } from '../../src/lib/search-engine.ts';

const site = join(process.cwd(), 'dist', 'pagefind');
const synonyms = (parse(readFileSync('content/tim-kiem/dong-nghia.yaml', 'utf8')) as { groups: SynonymGroups }).groups;
const files = readdirSync(site, { recursive: true }) as string[];
const total = files.reduce((n, f) => n + (statSync(join(site, f)).isFile() ? statSync(join(site, f)).size : 0), 0);

let fetched = 0;
const seen = new Set<string>();
globalThis.fetch = (async (input: string | URL) => {
  const url = String(input);
  const body = readFileSync(new URL(url));
  if (!seen.has(url)) (seen.add(url), (fetched += body.length));
  return new Response(body);
}) as typeof fetch;

const engine = (await import(pathToFileURL(join(site, 'pagefind.js')).href)) as Pagefind;
const time = async (q: string) => {
  const t = performance.now();
  const found = (await runSearch(engine, q, synonyms)) ?? [];
  await Promise.all(found.slice(0, 5).map((r) => r.data()));
  return { ms: performance.now() - t, n: found.length };
};

await engine.options({ ...rankingOptions, basePath: pathToFileURL(site + '/').href, baseUrl: '/' });
const t0 = performance.now();
await engine.init();
const initMs = performance.now() - t0;
const startBytes = fetched;
const first = await time('duong day nong');
const rows = [['query', 'results', 'ms', 'new bytes fetched']];
rows.push(['(engine init)', '', initMs.toFixed(1), String(startBytes)]);
rows.push(['duong day nong (first)', String(first.n), first.ms.toFixed(1), String(fetched - startBytes)]);
for (const q of ['đăng ký khai sinh', 'trung thu', '111', 'tro cap', 'Buôn Ma Thuột', 'duong day nong']) {
  const before = fetched;
  const r = await time(q);
  rows.push([q, String(r.n), r.ms.toFixed(1), String(fetched - before)]);
}
const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log(
  `Pagefind index: ${(total / 1024).toFixed(1)} KB in ${files.length} files; first query fetched ${((fetched - 0) / 1024).toFixed(1)} KB so far`,
);
console.log(rows.map((r) => r.map((c, i) => c.padEnd(w[i])).join('  ')).join('\n'));
