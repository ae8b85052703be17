/**
 * What a browser really fetches on the search page: Debian's Chromium against the nginx configuration
 * (gzip on), every request of the page and of Pagefind's worker. Each request is held back by the same
 * delay, so that a request made only once another has answered starts after that one ended: the
 * longest such chain is the number of sequential round trips (what slow-network latency multiplies).
 */
import type { Page, Request } from 'playwright-core';
import { launch, phone } from '../helpers/browser.ts';
import { resolve } from 'node:path';
import { startNginx } from '../helpers/nginx.ts';

/** Added to every request (ms): long against the machine's own jitter, short enough to run quickly. */
export const DELAY = 150;

export interface Fetch {
  path: string;
  bytes: number;
  start: number;
  end: number;
}
export interface Phase {
  label: string;
  fetches: Fetch[];
  /** Sequential round trips: the longest chain of requests each started after the previous ended. */
  roundTrips: number;
  /** From the phase's start to its first result on screen (queries only), with the delay added. */
  ms?: number;
  /** …and to the first result with its excerpt and section. */
  readyMs?: number;
}

function chain(fetches: Fetch[]) {
  const depth = new Map<Fetch, number>();
  for (const f of [...fetches].sort((a, b) => a.start - b.start))
    depth.set(f, 1 + Math.max(0, ...fetches.filter((g) => g.end <= f.start && depth.has(g)).map((g) => depth.get(g)!)));
  return Math.max(0, ...depth.values());
}

async function record(page: Page) {
  const list: Fetch[] = [];
  const started = new Map<Request, number>();
  await page.route('**/*', async (route) => {
    started.set(route.request(), performance.now());
    await new Promise((r) => setTimeout(r, DELAY));
    await route.continue();
  });
  page.on('requestfinished', async (r) => {
    const end = performance.now();
    const s = await r.sizes();
    list.push({
      path: new URL(r.url()).pathname,
      bytes: s.responseBodySize + s.responseHeadersSize,
      start: started.get(r) ?? end,
      end,
    });
  });
  return list;
}

/** Wait until no request has been in flight for `quiet` ms. */
async function settle(page: Page, list: Fetch[], quiet = 600) {
  let n = -1;
  while (n !== list.length) {
    n = list.length;
    await page.waitForTimeout(quiet);
  }
}

/** The search page before any input, then a first query and later ones; optionally with Save-Data. */
export async function measureSearchPage({
  dist = 'dist',
  queries = ['duong day nong', 'đường dây nóng', 'dieu 25'],
  saveData = false,
} = {}): Promise<Phase[]> {
  const [browser, nginx] = await Promise.all([launch(), startNginx(resolve(dist))]);
  try {
    const page = await (await browser.newContext(phone)).newPage();
    if (saveData)
      await page.addInitScript(() =>
        Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
      );
    const list = await record(page);
    const phases: Phase[] = [];
    const phase = (label: string, from: number, ms?: number, readyMs?: number) => {
      const fetches = list.slice(from);
      phases.push({ label, fetches, roundTrips: chain(fetches), ms, readyMs });
    };
    await page.goto(`${nginx.url}/tim-kiem/`);
    await settle(page, list);
    phase('search page, before any input', 0);
    for (const [i, q] of queries.entries()) {
      const from = list.length;
      const t = performance.now();
      await page.fill('#q', q);
      const shown = (selector: string) =>
        page.waitForFunction(
          ([q, selector]) =>
            document.querySelector<HTMLInputElement>('#q')!.value === q &&
            document.querySelector('[data-search-status]')?.textContent?.includes('kết quả') &&
            document.querySelector(selector),
          [q, selector],
        );
      await shown('[data-search-results] li:not([hidden])');
      const ms = performance.now() - t;
      await shown('[data-search-results] li[data-ready]');
      const readyMs = performance.now() - t;
      await settle(page, list);
      phase(`${i ? 'later' : 'first'} query "${q}"`, from, ms, readyMs);
      await page.fill('#q', '');
    }
    return phases;
  } finally {
    await browser.close();
    await nginx.stop();
  }
}

export const totalKB = (p: Phase) => (p.fetches.reduce((n, f) => n + f.bytes, 0) / 1024).toFixed(1);
