/**
 * Security of the built pages: each page's Content Security Policy allows exactly its own inline
 * code (by hash, never 'unsafe-inline'), no style attribute, no third-party requests, safe links.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { htmlPages, readDist } from '../helpers/dist';
import { headersFile } from '../../src/hosting/rules';

const pages = htmlPages().map((p) => ({ ...p, dom: parse(p.html, { blockTextElements: { script: true, style: true } }) }));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? [];

describe('security of every page', () => {
  it.each(pages.map((p) => [p.url, p] as const))(
    '%s: its policy, first in <head>, allows exactly its own inline code by hash',
    (_u, p) => {
      const metas = p.dom.querySelectorAll('meta').filter((m) => /^content-security-policy$/i.test(m.getAttribute('http-equiv') ?? ''));
      expect(metas).toHaveLength(1);
      expect(p.html).toMatch(/^<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/);
      const policy = metas[0].getAttribute('content')!;
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      // Data blocks (JSON-LD, the search synonyms) are never executed, so they need no hash.
      const code = p.dom
        .querySelectorAll('script:not([src])')
        .filter((s) => !/^application\/(ld\+)?json$/.test(s.getAttribute('type') ?? ''));
      const hashes = (d: string) => directive(policy, d).filter((s) => s.startsWith("'sha256-"));
      expect(hashes('script-src').sort()).toEqual([...new Set(code.map((s) => sha256(s.textContent)))].sort());
      expect(hashes('style-src').sort()).toEqual(
        [...new Set(p.dom.querySelectorAll('style').map((s) => sha256(s.textContent)))].sort(),
      );
      expect(p.dom.querySelectorAll('[style]')).toHaveLength(0);
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
