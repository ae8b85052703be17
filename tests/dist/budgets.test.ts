/**
 * Byte and request budgets (bytes are deterministic, so they are tests; timings live in
 * `npm run bench`). Every page is whole in its first response: its CSS and scripts travel inside the
 * HTML, and the whole response fits in ~14 KB gzip, the first TCP round trip. The plan may exceed it
 * only by its own official text.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { page, readDist, htmlPages } from '../helpers/dist';
import { pageTypes } from '../helpers/page-types';

const KB = 1024;
const gz = (s: string) => gzipSync(s, { level: 9 }).length;
const fileOf = (url: string) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));
/** What a page makes the browser fetch while it loads (a stylesheet behind <noscript> only without JavaScript). */
const subresources = (html: string) =>
  [
    ...html
      .replace(/<noscript>[\s\S]*?<\/noscript>/g, '')
      .matchAll(/<(?:link[^>]+rel="(?:stylesheet|preload|modulepreload|icon)"[^>]*href|script[^>]+src|img[^>]+src|iframe[^>]+src)="([^"]+)"/g),
  ]
    .map((m) => m[1])
    .filter((src) => !src.startsWith('data:'));

describe('one request per page', () => {
  it.each(Object.entries(pageTypes()))('%s (%s): nothing to fetch but the HTML, ≤ 14 KB gzip', (type, url) => {
    const html = readDist(fileOf(url));
    expect(subresources(html)).toEqual([]);
    // The full plan may exceed the budget only by its own official text.
    const allowance = type === 'plan' ? gz(page(url).querySelector('article')!.toString()) : 0;
    expect(gz(html)).toBeLessThanOrEqual(14 * KB + allowance);
  });

  it('holds for every built page, not only one per type', () => {
    expect(htmlPages().filter((p) => subresources(p.html).length > 0).map((p) => p.url)).toEqual([]);
  });

  it('the emergency card is under 10 KB and needs no JS to show the numbers', () => {
    expect(gz(readDist('khan-cap/index.html'))).toBeLessThan(10 * KB);
    expect(page('/khan-cap/').querySelectorAll('main a[href^="tel:"]').length).toBeGreaterThanOrEqual(5);
  });

  it('no web fonts, but on posters: their own font, from this site, so that every printer breaks lines alike', () => {
    for (const p of htmlPages())
      if (p.html.includes('class="poster"'))
        expect([...p.html.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]).filter((u) => !u.startsWith('/fonts/'))).toEqual(
          [],
        );
      else expect(p.html, p.url).not.toMatch(/@font-face/);
  });
});
