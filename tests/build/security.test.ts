/** Security of the built pages: CSP without unsafe-inline, no third-party requests, safe links. */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { htmlPages } from '../helpers/dist';
import { cspMeta, cspHeader } from '../../src/lib/security';

const pages = htmlPages().map((p) => ({ ...p, dom: parse(p.html) }));

describe('security of every page', () => {
  it('the policy has no unsafe-inline and allows only this site', () => {
    expect(cspHeader).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(cspHeader).toMatch(/script-src 'self'/);
  });

  it.each(pages.map((p) => [p.url, p] as const))(
    '%s: CSP meta, no inline script or style, no third-party resource',
    (_u, p) => {
      expect(p.dom.querySelector('meta[http-equiv=Content-Security-Policy]')?.getAttribute('content')).toBe(cspMeta);
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

  it('external links open safely and are listed in tests/reports/external-links.txt', () => {
    const external = new Map<string, Set<string>>();
    for (const p of pages)
      for (const a of p.dom.querySelectorAll('a[href^="http"]')) {
        expect(a.getAttribute('rel') ?? '', `${p.url} → ${a.getAttribute('href')}`).toMatch(/noopener|noreferrer/);
        const href = a.getAttribute('href')!;
        external.set(href, (external.get(href) ?? new Set()).add(p.url));
      }
    mkdirSync('tests/reports', { recursive: true });
    writeFileSync(
      'tests/reports/external-links.txt',
      [...external]
        .sort()
        .map(([href, on]) => `${href}\t${[...on].join(' ')}`)
        .join('\n') + '\n',
    );
    expect(external.size).toBeGreaterThan(10);
  });

  it('the hosting files send the same policy as a header', () => {
    expect(readFileSync('public/_headers', 'utf8')).toContain(`Content-Security-Policy: ${cspHeader}`);
    expect(readFileSync('src/hosting/nginx.conf', 'utf8')).toContain(`Content-Security-Policy "${cspHeader}"`);
  });
});
