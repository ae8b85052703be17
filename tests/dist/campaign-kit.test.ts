/**
 * The campaign kit in the built site: every page's link preview (Open Graph tags and a 1200 × 630 PNG
 * whose font has every letter of the title), a poster per event with the event's own facts and a QR
 * code that reads back as its page's public address, the hotline's poster, this year's list, and
 * posters kept out of the sitemap and the search index. Printing is checked in Chromium
 * (tests/browser/campaign-kit.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEntries } from 'astro:content';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { distDir, distExists, htmlPages, page, readDist, visibleText } from '../helpers/dist';
import { search } from '../helpers/pagefind';
import { buildDate } from '../../src/lib/build-date';
import { dangerContact, emergencyContacts, hotline } from '../../src/lib/contacts';
import { spanInWords } from '../../src/lib/dates';
import { datedEvents, themeText } from '../../src/lib/events';
import { missingGlyphs } from '../../src/lib/fonts';
import { callTerms } from '../../src/lib/phone';
import { isPoster, url } from '../../src/lib/site-map';

const pages = htmlPages();
const events = (await datedEvents()).filter((e) => !e.draft);
// The public address the site was built for (SITE_URL; `npm test` builds with the local one).
const origin = new URL(page('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
const meta = (dom: HTMLElement, key: string) =>
  dom.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** The QR code of a poster, drawn from its inline SVG at 5 cm (300 dpi) and read back. */
async function readQr(dom: HTMLElement) {
  const svg = dom.querySelector('.poster-qr svg')!.toString().replace('<svg ', '<svg width="590" height="590" ');
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

describe('link previews (Zalo, Facebook)', () => {
  it.each(pages.map((p) => [p.url, p.html] as const))('%s has the Open Graph and Twitter card tags', (path, html) => {
    const dom = page(path);
    const canonical = dom.querySelector('link[rel="canonical"]')!.getAttribute('href');
    expect(meta(dom, 'og:url')).toBe(canonical);
    expect(meta(dom, 'og:title')?.length).toBeGreaterThan(3);
    expect(meta(dom, 'og:description')).toBe(meta(dom, 'description'));
    expect(meta(dom, 'og:image')).toMatch(new RegExp(`^${origin}/og/[0-9a-f]{20}\\.png$`));
    expect([meta(dom, 'og:image:width'), meta(dom, 'og:image:height')]).toEqual(['1200', '630']);
    expect(meta(dom, 'og:image:alt')).toContain(meta(dom, 'og:title'));
    expect(meta(dom, 'twitter:card')).toBe('summary_large_image');
    expect(html).not.toMatch(/<img[^>]+\/og\//); // pages never load their own preview
  });

  it('each picture is in the site, a PNG of 1200 × 630, and the font draws every letter of its title', () => {
    const seen = new Set<string>();
    for (const p of pages) {
      const dom = page(p.url);
      const file = new URL(meta(dom, 'og:image')!).pathname;
      expect(missingGlyphs(meta(dom, 'og:title')!), p.url).toEqual([]);
      if (seen.has(file)) continue;
      seen.add(file);
      const png = readFileSync(join(distDir, file));
      expect(png.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1200, 630]);
    }
    // One picture per page: each shows its own title.
    expect(seen.size).toBe(pages.length);
  });
});

const line = await hotline();
const danger = (await dangerContact())!;
const number = (c: typeof line) => c.data.numbers[0].number;

describe('event posters', () => {
  it('every event has one, linked from its page', () => {
    expect(events.length).toBeGreaterThan(10);
    for (const e of events) {
      expect(page(url.event(e.id)).querySelector(`a[href="${url.poster(e.id)}"]`), e.id).not.toBeNull();
      expect(distExists(`${url.poster(e.id).slice(1)}index.html`), e.id).toBe(true);
    }
  });

  it.each(events.map((e) => [e.id, e] as const))('%s: the event’s own facts and the numbers to call', async (_, e) => {
    const poster = page(url.poster(e.id)).querySelector('.poster')!;
    expect(poster.querySelector('h1')!.textContent).toBe(e.title);
    const facts = poster.querySelectorAll('dd').map((dd) => dd.textContent);
    const organizers = (await getEntries(e.organizers)).map((o) => o.data.name);
    const theme = themeText(e);
    expect(facts).toContain(spanInWords(e.when.start, e.when.end, e.when.precision));
    expect(facts).toEqual(
      expect.arrayContaining([e.location, ...organizers, theme].filter((f): f is string => f !== undefined)),
    );
    // Nothing else: the date (and lunar date), place, organizers, theme.
    expect(facts.length).toBe(1 + (e.lunar ? 1 : 0) + (e.location ? 1 : 0) + organizers.length + (theme ? 1 : 0));
    const foot = visibleText(poster.querySelector('.poster-foot')!);
    expect(poster.querySelector(`.poster-foot a[href="tel:${number(line)}"]`)).not.toBeNull();
    expect(foot).toContain(`${line.data.title}: ${callTerms(line.data)}`);
    expect(foot).toContain(`Gọi ${number(danger)} (${danger.data.emergency!.label}) ${danger.data.emergency!.use}`);
  });

  it('a yearly event whose theme is not known says so', () => {
    const unknown = events.filter((e) => e.yearly?.yearlyTheme && !e.theme);
    expect(unknown.length).toBeGreaterThan(0);
    for (const e of unknown)
      expect(visibleText(page(url.poster(e.id)).querySelector('.poster dl')!)).toMatch(
        /Chủ đề (chưa công bố|chưa xác nhận)/,
      );
  });

  it('each QR code reads back as its event page’s public address', async () => {
    for (const e of events) expect(await readQr(page(url.poster(e.id))), e.id).toBe(`${origin}${url.event(e.id)}`);
  });
});

describe('the hotline poster', () => {
  it('says what the hotline is for, its cost and hours, the other numbers, from content/lien-he', async () => {
    const dom = page(url.hotlinePoster);
    const text = visibleText(dom.querySelector('.poster')!);
    expect(dom.querySelector('h1 a')?.getAttribute('href')).toBe(`tel:${number(line)}`);
    expect(text).toContain(line.data.purpose);
    expect(text).toContain(line.data.hours!);
    expect(text).toContain('Miễn phí');
    for (const c of await emergencyContacts()) expect(text).toContain(c.data.numbers[0].number);
    expect(await readQr(dom)).toBe(`${origin}${url.help}`);
    expect(page(url.help).querySelector(`a[href="${url.hotlinePoster}"]`)).not.toBeNull();
  });
});

describe('finding posters', () => {
  it(`${url.posters} lists the hotline poster and every event of the build year`, () => {
    const year = buildDate().slice(0, 4);
    const links = page(url.posters)
      .querySelectorAll('main ul a')
      .map((a) => a.getAttribute('href'));
    const ofYear = events.filter((e) => e.when.start.startsWith(year) || e.when.lastDay.startsWith(year));
    expect(ofYear.length).toBeGreaterThan(3);
    expect(links).toEqual([url.hotlinePoster, ...ofYear.map((e) => url.poster(e.id))]);
    expect(page(url.events).querySelector(`a[href="${url.posters}"]`)).not.toBeNull();
  });

  it('posters are not in the sitemap nor in search; their list is in both', async () => {
    const sitemap = readDist('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${origin}${url.posters}</loc>`);
    expect(sitemap).not.toMatch(/\/in\/(su-kien|goi-111)\//);
    const hits = await search('Tết Trung thu');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.filter((h) => isPoster(h.url))).toEqual([]);
    expect((await search('áp phích')).map((h) => h.url)).toContain(url.posters);
  });
});
