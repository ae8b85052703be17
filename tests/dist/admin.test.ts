/**
 * The browser editor as built into dist/admin/ (src/admin/build.ts): its configuration is the one
 * generated from the schemas, its page carries its own policy and asks not to be indexed, nothing in
 * it names a font CDN, and the public site does not point to it (search index, sitemap, robots.txt).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parse as parseHtml } from 'node-html-parser';
import { cmsConfig } from '../../src/admin/cms-config';
import { adminPolicy } from '../../src/lib/security';
import { gitOrigins, backendFromEnv } from '../../src/admin/cms-config';
import { distDir, readDist } from '../helpers/dist';
import { search } from '../helpers/pagefind';

const page = readDist('admin/index.html');
const dom = parseHtml(page);

describe('dist/admin/', () => {
  it('config.yml is the configuration generated from the schemas now', () => {
    const built = parse(readDist('admin/config.yml')) as Record<string, unknown>;
    expect(built).toEqual(JSON.parse(JSON.stringify(cmsConfig())));
  });

  it('the page states its own policy first (no inline or evaluated script), and asks not to be indexed', () => {
    expect(page).toMatch(/<head>\s*<meta charset="utf-8" \/><meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
    const policy = dom.querySelector('meta[http-equiv=Content-Security-Policy]')!.getAttribute('content')!;
    expect(policy).toBe(adminPolicy(gitOrigins(backendFromEnv())));
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    expect(dom.querySelector('meta[name=robots]')!.getAttribute('content')).toBe('noindex, nofollow');
    expect(dom.querySelectorAll('script').map((s) => s.getAttribute('src'))).toEqual([
      expect.stringMatching(/^\/admin\/assets\/index-[\w-]+\.js$/),
    ]);
  });

  it('ships its fonts, and no rule loading them from a CDN', () => {
    const assets = readdirSync(join(distDir, 'admin/assets'));
    expect(assets.filter((f) => f.endsWith('.woff2')).length).toBeGreaterThan(0);
    for (const f of assets.filter((f) => /\.(js|css)$/.test(f)))
      expect(readFileSync(join(distDir, 'admin/assets', f), 'utf8'), f).not.toContain('cdn.jsdelivr.net');
  });
});

describe('the public site does not lead to the editor', () => {
  it('robots.txt keeps crawlers out of /admin/', () => {
    expect(readDist('robots.txt')).toMatch(/^Disallow: \/admin\/$/m);
  });

  it('neither the sitemap nor the search index has it', async () => {
    expect(readDist('sitemap-0.xml')).not.toContain('/admin');
    expect((await search('Biên tập nội dung')).map((h) => h.url).filter((u) => u.startsWith('/admin'))).toEqual([]);
    expect(readDist('pagefind/pagefind-entry.json')).not.toContain('admin');
  });
});
