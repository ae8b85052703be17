/**
 * `npm run bench`: builds the site and reports, per page type, the bytes a first visit transfers
 * (gzip and brotli), the request count (and for the search page what Chromium really fetches), the build time per page (also at ~1000 pages), the Pagefind
 * index size, and Lighthouse mobile scores with Debian's Chromium (written to tests/reports/).
 * Timings are measurements, not tests: they depend on the machine.
 * Usage: node tests/bench/bench.ts [--pages 1000] [--no-lighthouse]
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parse } from 'node-html-parser';
import { pageTypes } from '../helpers/page-types.ts';
import { startNginx } from '../helpers/nginx.ts';
import { chromiumPath } from '../helpers/browser.ts';
import { measureSearchPage, totalKB } from './search-fetches.ts';

const args = process.argv.slice(2);
const scalePages = args.includes('--pages') ? Number(args[args.indexOf('--pages') + 1]) : 1000;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd: string, a: string[], extra: NodeJS.ProcessEnv = {}) => {
  const t = performance.now();
  const r = spawnSync(cmd, a, { env: { ...env, ...extra }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${a.join(' ')}\n${r.stderr}`);
  return performance.now() - t;
};
const htmlCount = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .length;
const dirSize = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).reduce(
    (n, f) => n + (statSync(join(dir, f)).isFile() ? statSync(join(dir, f)).size : 0),
    0,
  );
const kb = (n: number) => (n / 1024).toFixed(1);
const table = (rows: (string | number)[][]) => {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(w[i])).join('  ')).join('\n');
};

// 1. The real site.
rmSync('dist', { recursive: true, force: true });
rmSync('node_modules/.astro', { recursive: true, force: true });
const buildMs = run('npm', ['run', 'build']);
const pages = htmlCount('dist');
console.log(
  `\nBuild (cold, check + astro build + pagefind): ${(buildMs / 1000).toFixed(2)} s for ${pages} pages = ${(buildMs / pages).toFixed(1)} ms/page`,
);

// 2. Bytes per page type, as a first visit transfers them (HTML + CSS + JS; the favicon is inline).
const rows: (string | number)[][] = [
  ['type', 'url', 'requests', 'HTML gz', 'CSS gz', 'JS gz', 'total gz KB', 'total br KB'],
];
for (const [type, url] of Object.entries(pageTypes())) {
  const file = url.endsWith('/') ? `dist${url}index.html` : `dist${url}`;
  const html = readFileSync(file);
  const dom = parse(html.toString());
  const css = dom
    .querySelectorAll('head > link[rel=stylesheet]')
    .map((l) => readFileSync(`dist${l.getAttribute('href')}`));
  const js = dom.querySelectorAll('script[src]').map((s) => readFileSync(`dist${s.getAttribute('src')}`));
  const gz = (b: Buffer) => gzipSync(b, { level: 6 }).length;
  const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const all = [html, ...css, ...js];
  rows.push([
    type,
    url,
    all.length,
    gz(html),
    css.reduce((n, b) => n + gz(b), 0),
    js.reduce((n, b) => n + gz(b), 0),
    kb(all.reduce((n, b) => n + gz(b), 0)),
    kb(all.reduce((n, b) => n + br(b), 0)),
  ]);
}
console.log(`\nFirst-visit transfer per page type (bytes; gzip -6 / brotli -11, without headers)\n${table(rows)}`);
// The search page loads more than its HTML names: Pagefind, its index and the search data, while the
// reader types. What Chromium really fetches (npm run bench:search has the detail):
const [searchPage] = await measureSearchPage({ queries: [] });
console.log(
  `Search page in Chromium, before any input: ${searchPage.fetches.length} requests, ${totalKB(searchPage)} KB ` +
    `transferred (incl. headers), ${searchPage.roundTrips} sequential round trips.`,
);

// 3. Search index.
const pf = 'dist/pagefind';
const pfFiles = readdirSync(pf, { recursive: true }) as string[];
const sizeOf = (pred: (f: string) => boolean) =>
  pfFiles.filter(pred).reduce((n, f) => n + statSync(join(pf, f)).size, 0);
console.log(
  `\nPagefind: total ${kb(dirSize(pf))} KB; index chunks ${kb(sizeOf((f) => f.endsWith('.pf_index')))} KB; fragments ${kb(sizeOf((f) => f.endsWith('.pf_fragment')))} KB; engine (pagefind.js + worker + wasm) ${kb(sizeOf((f) => /^(pagefind\.js|pagefind-worker\.js|wasm\.unknown\.pagefind)$/.test(f)))} KB`,
);

// 4. Build time at scale: the real content plus generated Vietnamese pages (tests/bench/generate/).
if (scalePages > 0) {
  const work = mkdtempSync(join(tmpdir(), 'bench-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const extra = scalePages - pages;
  run(process.execPath, ['tests/bench/generate/gen-vi-content.mjs', '--n', String(extra), '--out', join(work, 'gen')]);
  for (const section of readdirSync(join(work, 'gen')))
    for (const f of readdirSync(join(work, 'gen', section)))
      renameSync(join(work, 'gen', section, f), join(content, 'trang', `${section}-${f}`));
  const out = join(work, 'dist');
  const ms = run('sh', ['-c', `npx astro build --outDir ${out} && npx pagefind --site ${out}`], {
    CONTENT_DIR: content,
  });
  const n = htmlCount(out);
  console.log(
    `\nBuild at scale (cold, astro build + pagefind): ${(ms / 1000).toFixed(2)} s for ${n} pages = ${(ms / n).toFixed(1)} ms/page`,
  );
  rmSync(work, { recursive: true, force: true });
}

// 5. Lighthouse (mobile, simulated slow 4G + 4x CPU) on each page type, Debian Chromium.
if (!args.includes('--no-lighthouse')) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const server = await startNginx();
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const scores: Record<string, Record<string, number>> = {};
  const lh: (string | number)[][] = [
    ['type', 'performance', 'accessibility', 'best-practices', 'seo', 'LCP ms', 'TBT ms'],
  ];
  for (const [type, url] of Object.entries(pageTypes())) {
    if (type === 'notFound') continue; // a 404 status is not a page Lighthouse scores
    const result = await lighthouse(server.url + url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const c = result!.lhr.categories;
    scores[url] = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
    const a = result!.lhr.audits;
    lh.push([
      type,
      scores[url].performance,
      scores[url].accessibility,
      scores[url]['best-practices'],
      scores[url].seo,
      Math.round(a['largest-contentful-paint'].numericValue ?? 0),
      Math.round(a['total-blocking-time'].numericValue ?? 0),
    ]);
  }
  chrome.kill();
  await server.stop();
  mkdirSync('tests/reports', { recursive: true });
  writeFileSync('tests/reports/lighthouse.json', JSON.stringify(scores, null, 2) + '\n');
  console.log(`\nLighthouse mobile (scores written to tests/reports/lighthouse.json)\n${table(lh)}`);
}
