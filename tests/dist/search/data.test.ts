/**
 * The search page's weight and data: its script is self-contained and small, the search data file is
 * small, loaded only by that page, and right about the built site (every target's page and anchor
 * exist, the preload terms bring in the whole index), and long pages carry the anchors that search
 * results link to.
 */
import { gzipSync } from 'node:zlib';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { getCollection } from 'astro:content';
import { distDir, htmlPages, page, readDist } from '../../helpers/dist';
import { pagefind, searchData } from '../../helpers/pagefind';
import { datedEvents } from '../../../src/lib/events';
import { url } from '../../../src/lib/site-map';
import type { Pagefind } from '../../../src/lib/search-engine';

const KB = 1024;
const gz = (s: string) => gzipSync(s, { level: 9 }).length;
const data = searchData();

describe('search page weight', () => {
  // Scripts travel inside each page's HTML; the search page has the page script and its own.
  const scripts = page(url.search)
    .querySelectorAll('script[type=module]')
    .map((s) => s.textContent);

  it('its own script is self-contained (it imports only Pagefind, lazily) and ≤ 6 KB gzip', () => {
    const own = scripts.find((js) => js.includes(url.searchData) || js.includes('/pagefind/pagefind.js'))!;
    expect(own).toBeTruthy();
    expect(own).not.toMatch(/^import\s|\bimport\s*[{*]|from\s*["']/m);
    expect(gz(own)).toBeLessThanOrEqual(6 * KB);
  });

  it('the search data is loaded by the search page only, and is ≤ 24 KB gzip (accent model ≤ 16 KB)', () => {
    const mentions = htmlPages().filter((p) => p.html.includes(url.searchData));
    expect(mentions.map((p) => p.url)).toEqual([url.search]);
    expect(gz(readDist(url.searchData.slice(1)))).toBeLessThanOrEqual(24 * KB);
    expect(gz(JSON.stringify(data.accents))).toBeLessThanOrEqual(16 * KB);
  });
});

describe('search data, checked against the built site', () => {
  it('every target is a page of the index, and its anchor is an element of that page', () => {
    const all = Object.values(data.targets).flat();
    expect(all.length).toBeGreaterThan(40);
    for (const t of all) {
      const [path, id] = t.url.split('#');
      expect(t.page, t.url).toBeTruthy();
      expect(data.pages?.[t.page!]?.[0], t.url).toBe(path);
      if (id) expect(page(path).getElementById(id), t.url).not.toBeNull();
    }
  });

  it('names every article of /quyen-tre-em/, every law, hotline number and event from content', async () => {
    const [rights, laws, contacts] = await Promise.all(
      (['rights', 'laws', 'contacts'] as const).map(async (c) =>
        (await getCollection(c)).filter((e) => !(e.data as { draft?: boolean }).draft),
      ),
    );
    expect(data.targets.articles.filter((a) => a.url.startsWith(url.rights))).toHaveLength(rights.length);
    expect(data.targets.laws).toHaveLength(laws.length);
    expect(data.targets.contacts.flatMap((c) => c.numbers).sort()).toEqual(
      contacts.flatMap((c) => (c.data as { numbers: { number: string }[] }).numbers.map((n) => n.number)).sort(),
    );
    expect(data.targets.events.map((e) => e.url).sort()).toEqual(
      (await datedEvents()).map((e) => url.event(e.id)).sort(),
    );
  });

  it('its preload terms bring in every chunk of the index', async () => {
    const loaded = new Set<string>();
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      const file = new URL(String(input));
      if (file.pathname.includes('/index/')) loaded.add(file.pathname);
      return new Response(await readFile(file));
    }) as typeof fetch;
    try {
      const bundle = join(distDir, 'pagefind');
      const pf = (await import(/* @vite-ignore */ `${pathToFileURL(join(bundle, "pagefind.js")).href}?preload-check`)) as Pagefind;
      await pf.options({ basePath: pathToFileURL(bundle + '/').href });
      for (const term of data.preload!) await pf.preload(term);
      expect(loaded.size).toBe(readdirSync(join(bundle, 'index')).length);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

describe('anchors that results link to, as Pagefind indexed them', () => {
  /** The page's data in the index: its anchors, with the titles search results show. */
  const indexed = async (path: string) => {
    const [title] = data.pages![Object.keys(data.pages!).find((id) => data.pages![id][0] === path)!].slice(1);
    for (const r of (await (await pagefind()).search(title))!.results) {
      const d = (await r.data()) as unknown as { url: string; anchors: { id: string; title?: string; element: string }[] };
      if (d.url === path) return d.anchors;
    }
    throw new Error(`${path} not found by its title`);
  };

  it('each step of a guide’s numbered lists has an id and a title', async () => {
    for (const g of (await getCollection('guides')).filter((e) => !e.data.draft)) {
      const steps = page(url.guide(g.id)).querySelectorAll('main .prose > ol > li');
      const anchors = await indexed(url.guide(g.id));
      for (const li of steps) {
        expect(li.id, url.guide(g.id)).toMatch(/^[a-z0-9-]+$/);
        expect(anchors.find((a) => a.id === li.id)?.title, `${url.guide(g.id)}#${li.id}`).toMatch(/\d+\. \S/);
      }
    }
    expect(page(url.guide('dang-ky-khai-sinh')).querySelectorAll('main .prose > ol > li[id]').length).toBe(5);
  });

  it('each part of the plan and each duty of a body is titled', async () => {
    const sections = page(url.plan).querySelectorAll('article section[id]');
    expect(sections.length).toBeGreaterThan(10);
    const anchors = await indexed(url.plan);
    for (const s of sections) expect(anchors.find((a) => a.id === s.id)?.title, s.id).toBeTruthy();
    const duties = await indexed(url.body('phong-y-te'));
    expect(duties.find((a) => a.id === 'nhiem-vu-phong-y-te')?.title).toBe('Nhiệm vụ trong Kế hoạch: 6. Phòng Y tế');
  });

  it('each article of /quyen-tre-em/ is a heading with its own id', async () => {
    const anchors = await indexed(url.rights);
    for (const a of data.targets.articles.filter((t) => t.url.startsWith(url.rights)))
      expect(anchors.find((x) => `${url.rights}#${x.id}` === a.url)?.element, a.url).toBe('h3');
  });
});
