/**
 * `npm run bench`: builds the site (cold) and reports, per page type, what a browser fetches on a
 * first visit through the repository's nginx (gzip): requests and bytes as transferred (headers
 * included) until the network is quiet, the part of the page that is CSS, and Lighthouse mobile
 * (LCP, TBT, the four scores; median of --runs). Also the build time per page, cold and cached (the
 * link-preview images), at ~1000 pages too, the images' weight per page and the Pagefind index size. Timings are measurements, not tests: they depend on the machine.
 * Usage: node tests/bench/bench.ts [--pages 1000] [--runs 3] [--no-lighthouse]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { pageTypes } from '../helpers/page-types.ts';
import { startNginx } from '../helpers/nginx.ts';
import { launch, chromiumPath, chromiumArgs } from '../helpers/browser.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const scalePages = option('--pages', 1000);
const runs = option('--runs', 3);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd: string, a: string[], extra: NodeJS.ProcessEnv = {}) => {
  const t = performance.now();
  const r = spawnSync(cmd, a, { env: { ...env, ...extra }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${a.join(' ')}\n${r.stdout}\n${r.stderr}`);
  return performance.now() - t;
};
// The public site: the browser editor (admin/) is counted apart.
const htmlCount = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind') && !f.startsWith('admin/'),
  ).length;
const dirSize = (dir: string, skip = (_f: string) => false) =>
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => !skip(f))
    .reduce((n, f) => n + (statSync(join(dir, f)).isFile() ? statSync(join(dir, f)).size : 0), 0);
const kib = (n: number) => (n / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const table = (rows: (string | number)[][]) => {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(w[i])).join('  ')).join('\n');
};

// 1. The real site, built cold (no Astro cache, no link-preview images drawn yet), then again as a
// rebuild would run (the images come from node_modules/.cache/og).
const ogCache = 'node_modules/.cache/og';
rmSync('dist', { recursive: true, force: true });
rmSync('node_modules/.astro', { recursive: true, force: true });
rmSync(ogCache, { recursive: true, force: true });
const buildMs = run(process.execPath, ['src/cli/build.ts', '--local']); // the editor's bundle included
const pages = htmlCount('dist');
console.log(
  `Build (cold: check + astro build + pagefind + editor + link-preview images): ${(buildMs / 1000).toFixed(2)} s for ${pages} pages = ${(buildMs / pages).toFixed(1)} ms/page`,
);
const cachedMs = run(process.execPath, ['src/cli/build.ts', '--local']);
console.log(
  `Build (again, images from ${ogCache}): ${(cachedMs / 1000).toFixed(2)} s = ${(cachedMs / pages).toFixed(1)} ms/page`,
);
// Link previews are fetched by Zalo or Facebook when a link is shared, never by the page itself.
const ogBytes = dirSize('dist/og');
console.log(
  `Link-preview images: ${readdirSync('dist/og').length} PNG, ${kib(ogBytes)} KiB in all, ${kib(ogBytes / pages)} KiB per page`,
);
const ogImageOf = (html: string) => /property="og:image" content="[^"]*?(\/og\/[^"]+)"/.exec(html)?.[1];

// 2. What a browser fetches on a first visit, per page type (CDP sizes: compressed, headers included).
const types = Object.entries(pageTypes()).filter(([type]) => type !== 'notFound');
const nginx = await startNginx();
const browser = await launch();
const rows: (string | number)[][] = [
  [
    'type',
    'url',
    'requests',
    'KiB transferred',
    'of which HTML',
    'CSS in page (gz)',
    'later (idle) KiB',
    'preview KiB',
  ],
];
for (const [type, url] of types) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const sizes = new Map<string, number>();
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  const first: string[] = [];
  cdp.on('Network.requestWillBeSent', (e) => first.push(e.requestId));
  await page.goto(nginx.url + url, { waitUntil: 'load' });
  const atLoad = first.length;
  await page.waitForLoadState('networkidle');
  const bytes = (ids: string[]) => ids.reduce((n, id) => n + (sizes.get(id) ?? 0), 0);
  const html = readFileSync(url.endsWith('/') ? `dist${url}index.html` : `dist${url}`, 'utf8');
  const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  rows.push([
    type,
    url,
    atLoad,
    kib(bytes(first.slice(0, atLoad))),
    kib(sizes.get(first[0]) ?? 0),
    kib(gzipSync(css).length),
    kib(bytes(first.slice(atLoad))),
    kib(statSync(`dist${ogImageOf(html)}`).size),
  ]);
  await context.close();
}
await browser.close();
console.log(
  `\nFirst visit through nginx (gzip), until the page has loaded; then what it fetches when idle; the page's link-preview image (not loaded by the page)\n${table(rows)}`,
);

// 3. Search index.
const pf = 'dist/pagefind';
const pfFiles = readdirSync(pf, { recursive: true }) as string[];
const sizeOf = (pred: (f: string) => boolean) =>
  pfFiles.filter(pred).reduce((n, f) => n + statSync(join(pf, f)).size, 0);
console.log(
  `\nPagefind: total ${kib(dirSize(pf))} KiB; index chunks ${kib(sizeOf((f) => f.endsWith('.pf_index')))} KiB; fragments ${kib(sizeOf((f) => f.endsWith('.pf_fragment')))} KiB; engine ${kib(sizeOf((f) => /^(pagefind\.js|pagefind-worker\.js|wasm\.unknown\.pagefind)$/.test(f)))} KiB; dist ${kib(dirSize('dist', (f) => f.startsWith('admin')))} KiB (+ the browser editor, admin/: ${kib(dirSize('dist/admin'))} KiB)`,
);

// 4. Lighthouse mobile (simulated slow 4G + 4× CPU), median of `runs`.
if (!args.includes('--no-lighthouse')) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs });
  const lh: (string | number)[][] = [['type', 'perf', 'a11y', 'best-pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS']];
  for (const [type, url] of types) {
    const results: {
      categories: Record<string, { score: number | null }>;
      audits: Record<string, { numericValue?: number }>;
    }[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await lighthouse(nginx.url + url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      results.push(r!.lhr);
    }
    const score = (k: string) => median(results.map((r) => Math.round((r.categories[k].score ?? 0) * 100)));
    const audit = (k: string) => median(results.map((r) => r.audits[k].numericValue ?? 0));
    lh.push([
      type,
      score('performance'),
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      Math.round(audit('largest-contentful-paint')),
      Math.round(audit('total-blocking-time')),
      audit('cumulative-layout-shift').toFixed(3),
    ]);
  }
  chrome.kill();
  console.log(`\nLighthouse mobile, median of ${runs}\n${table(lh)}`);
}
await nginx.stop();

// 5. Build time at scale: the real content plus generated Vietnamese pages (tests/bench/generate/).
if (scalePages > 0) {
  const work = mkdtempSync(join(tmpdir(), 'bench-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  run(process.execPath, [
    'tests/bench/generate/gen-vi-content.mjs',
    '--n',
    String(scalePages - pages),
    '--out',
    join(work, 'gen'),
  ]);
  for (const section of readdirSync(join(work, 'gen')))
    for (const f of readdirSync(join(work, 'gen', section)))
      // The generator reuses titles; the checker rightly refuses two pages with one title.
      writeFileSync(
        join(content, 'trang', `${section}-${f}`),
        readFileSync(join(work, 'gen', section, f), 'utf8').replace(
          /^title: (.*)$/m,
          (_, t: string) => `title: ${JSON.stringify(`${JSON.parse(t)} (${f.replace(/\D/g, '')})`)}`,
        ),
      );
  const out = join(work, 'dist');
  rmSync('node_modules/.astro', { recursive: true, force: true });
  const ms = run(process.execPath, ['src/cli/build.ts', '--local', '--out', out], {
    CONTENT_DIR: content,
    OG_CACHE_DIR: join(work, 'og-cache'),
  });
  const n = htmlCount(out);
  console.log(
    `\nBuild at scale (cold, check + astro build + pagefind + editor + link-preview images): ${(ms / 1000).toFixed(2)} s for ${n} pages = ${(ms / n).toFixed(1)} ms/page; dist ${kib(dirSize(out, (f) => f.startsWith('admin')) / n)} KiB/page`,
  );
  rmSync(work, { recursive: true, force: true });
}
