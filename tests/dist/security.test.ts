/** Security of the built pages: the CSP, no inline code or style, no third-party requests, safe links. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { htmlPages, readDist } from '../helpers/dist';
import { cspMeta } from '../../src/lib/security';
import { headersFile } from '../../src/hosting/rules';

const pages = htmlPages().map((p) => ({ ...p, dom: parse(p.html) }));

describe('security of every page', () => {
  it.each(pages.map((p) => [p.url, p] as const))(
    '%s: CSP meta, no inline script or style, no third-party resource',
    (_u, p) => {
      const policy = p.dom.querySelector('meta[http-equiv=Content-Security-Policy]')?.getAttribute('content');
      expect(policy).toBe(cspMeta);
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      for (const s of p.dom.querySelectorAll('script'))
        // Data blocks (JSON-LD, the search synonyms) are never executed, so the CSP allows them.
        if (!s.getAttribute('src')) expect(s.getAttribute('type')).toMatch(/^application\/(ld\+)?json$/);
      expect(p.dom.querySelectorAll('style, [style]')).toHaveLength(0);
      expect(p.html).not.toMatch(/\son[a-z]+=["']/i);
      const resources = [
        ...p.dom.querySelectorAll(
          'script[src], img[src], iframe, link[href]:not([rel=canonical]):not([rel=alternate]):not([rel=sitemap])',
        ),
      ].map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
      expect(resources.filter((u) => /^(https?:)?\/\//.test(u))).toEqual([]);
    },
  );

  it('links to other sites open without giving them a handle on this page', () => {
    const unsafe = pages.flatMap((p) =>
      p.dom
        .querySelectorAll('a[href^="http"]')
        .filter((a) => !/noopener|noreferrer/.test(a.getAttribute('rel') ?? ''))
        .map((a) => `${p.url} → ${a.getAttribute('href')}`),
    );
    expect(unsafe).toEqual([]);
  });

  it('dist/_headers carries the hosting rules for hosts that read it', () => {
    expect(readDist('_headers')).toBe(headersFile());
  });
});
