/** Every built page meets the site-wide rules: language, one h1, unique title, description, 111, links. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { htmlPages, distExists } from '../../helpers/dist';

const pages = htmlPages().map((p) => ({ ...p, dom: parse(p.html) }));

describe('every built HTML page', () => {
  it('there are pages to check', () => expect(pages.length).toBeGreaterThan(40));

  it.each(pages.map((p) => [p.url, p] as const))('%s: lang, h1, title, description, tel:111', (_url, p) => {
    expect(p.dom.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(p.dom.querySelectorAll('h1')).toHaveLength(1);
    expect(p.dom.querySelector('title')?.textContent.trim().length).toBeGreaterThan(3);
    expect(p.dom.querySelector('meta[name=description]')?.getAttribute('content')?.length).toBeGreaterThanOrEqual(20);
    expect(p.dom.querySelector('a[href="tel:111"]')).not.toBeNull();
  });

  it('titles are unique', () => {
    const seen = new Map<string, string>();
    const dupes = pages.flatMap((p) => {
      const t = p.dom.querySelector('title')!.textContent;
      const other = seen.get(t);
      seen.set(t, p.url);
      return other ? [`${t}: ${other} and ${p.url}`] : [];
    });
    expect(dupes).toEqual([]);
  });

  it('no internal link or anchor is broken', () => {
    const ids = new Map(pages.map((p) => [p.url, new Set(p.dom.querySelectorAll('[id]').map((e) => e.id))]));
    const broken: string[] = [];
    for (const p of pages)
      for (const a of p.dom.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const url = new URL(href, `http://x${p.url}`);
        const path = decodeURIComponent(url.pathname);
        const target = path.endsWith('/') ? path : path;
        const exists = path.endsWith('/') ? ids.has(path) : distExists(path.slice(1));
        if (!exists) broken.push(`${p.url} → ${href}`);
        else if (url.hash && path.endsWith('/') && !ids.get(target)!.has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${p.url} → ${href} (anchor)`);
      }
    expect(broken).toEqual([]);
  });
});
