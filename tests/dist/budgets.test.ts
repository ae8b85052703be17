/**
 * Byte budgets (bytes are deterministic, so they are tests; timings live in `npm run bench`).
 * A page and its CSS fit in ~14 KB gzip, the first TCP round trip; no JS on ordinary pages but the
 * one small page script (quick exit, review notice, upcoming events, offline card); no web fonts.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { page, readDist, htmlPages } from '../helpers/dist';
import { pageTypes } from '../helpers/page-types';

const KB = 1024;
const gz = (s: string) => gzipSync(s, { level: 9 }).length;
const assets = (url: string) => {
  const dom = page(url);
  const css = dom.querySelectorAll('head > link[rel=stylesheet]').map((l) => l.getAttribute('href')!);
  const js = dom.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
  return { dom, css, js };
};
const fileOf = (url: string) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));

describe('byte budgets per page type', () => {
  it.each(Object.entries(pageTypes()))('%s (%s): HTML + CSS ≤ 14 KB gzip, ≤ 3 requests', (type, url) => {
    const { dom, css, js } = assets(url);
    const html = readDist(fileOf(url));
    // The full plan may exceed the budget only by its own official text.
    const allowance = type === 'plan' ? gz(dom.querySelector('article')!.toString()) : 0;
    const bytes = gz(html) + css.reduce((n, href) => n + gz(readDist(href.slice(1))), 0);
    expect(bytes).toBeLessThanOrEqual(14 * KB + allowance);
    // HTML, one stylesheet, the page script (and the search page's own); the favicon is inline.
    expect(1 + css.length + js.length).toBeLessThanOrEqual(type === 'search' ? 4 : 3);
    expect(dom.querySelector('link[rel=icon]')?.getAttribute('href')).toMatch(/^data:/);
  });

  it.each(Object.entries(pageTypes()).filter(([t]) => t !== 'search'))(
    '%s loads no JS but the page script (≤ 1 KB gzip)',
    (_t, url) => {
      const { js } = assets(url);
      expect(js.length).toBeLessThanOrEqual(1);
      for (const src of js) {
        expect(src).toMatch(/^\/_astro\/BaseLayout[^/]*\.js$/);
        expect(gz(readDist(src.slice(1)))).toBeLessThanOrEqual(1 * KB);
      }
    },
  );

  it('every page carries the page script (the quick exit is on every page)', () => {
    for (const p of htmlPages()) expect(assets(p.url).js.length, p.url).toBeGreaterThanOrEqual(1);
  });

  it('the emergency card is under 15 KB and needs no JS to show the numbers', () => {
    const { dom, css } = assets('/khan-cap/');
    expect(gz(readDist('khan-cap/index.html')) + css.reduce((n, h) => n + gz(readDist(h.slice(1))), 0)).toBeLessThan(
      15 * KB,
    );
    expect(dom.querySelectorAll('main a[href^="tel:"]').length).toBeGreaterThanOrEqual(5);
  });

  it('no web fonts', () => {
    const css = htmlPages().flatMap((p) => [...p.html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) => m[1]));
    expect(css.length).toBeGreaterThan(0);
    for (const href of new Set(css)) expect(readDist(href.slice(1))).not.toMatch(/@font-face/);
  });
});
