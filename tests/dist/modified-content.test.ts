/**
 * What an editor does, built for real (tests/helpers/modified-site.ts): one new event file, a draft,
 * a new contact, a changed emergency label and number, an event title that tries to inject markup,
 * an event typed decomposed (NFD) with a BOM and CRLF, an event with an image. Each change shows
 * everywhere it should, the draft nowhere, the title stays text, the NFD text is published composed
 * and the image is processed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import ICAL from 'ical.js';
import { search } from '../helpers/pagefind';
import {
  modifiedSite,
  changedLabel,
  changedNumber,
  hostileTitle,
  decomposed,
  added,
  editorEvent,
} from '../helpers/modified-site';

let out: string;
beforeAll(async () => {
  out = await modifiedSite();
}, 240_000);
const read = (p: string) => readFileSync(join(out, p), 'utf8');
const pages = () =>
  (readdirSync(out, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => ({ file: f, html: read(f) }));

describe('adding one event file', () => {
  it('adds it to the list, its page, the calendar feed, its .ics and RSS', () => {
    expect(read('su-kien/index.html')).toContain('href="/su-kien/2026-12-20-ngay-hoi-thu-nghiem/"');
    expect(read('su-kien/2026-12-20-ngay-hoi-thu-nghiem/index.html')).toContain('Chủ Nhật, 20/12/2026, 08:00');
    expect(read('su-kien/lich.ics')).toContain('UID:2026-12-20-ngay-hoi-thu-nghiem@tre-em-buon-ma-thuot');
    expect(read('su-kien/2026-12-20-ngay-hoi-thu-nghiem.ics')).toContain('DTSTART:20261220T010000Z');
    expect(read('su-kien/rss.xml')).toContain('/su-kien/2026-12-20-ngay-hoi-thu-nghiem/');
  });

  it('the file the browser editor writes for its test event shows in the list and the calendar feed', () => {
    const id = editorEvent.path.slice('su-kien/'.length, -'.md'.length);
    expect(read('su-kien/index.html')).toContain(`href="/su-kien/${id}/"`);
    expect(read(`su-kien/${id}/index.html`)).toContain('Ngày hội đọc sách: Đọc cùng con ở Đắk Lắk');
    const feed = new ICAL.Component(ICAL.parse(read('su-kien/lich.ics')) as never);
    const event = feed.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === `${id}@tre-em-buon-ma-thuot`);
    expect(event?.getFirstPropertyValue('summary')).toBe('Ngày hội đọc sách: Đọc cùng con ở Đắk Lắk');
    expect(String(event?.getFirstPropertyValue('dtstart'))).toBe('2026-12-19');
  });

  it('makes it findable by search', async () => {
    expect((await search('ngay hoi thu nghiem', undefined, out))[0]?.url).toBe('/su-kien/2026-12-20-ngay-hoi-thu-nghiem/');
  });
});

describe('a draft', () => {
  it('is left out of dist/, the sitemap, the feeds, the lists and search', async () => {
    expect(existsSync(join(out, 'su-kien/2026-12-21-ban-nhap'))).toBe(false);
    expect(existsSync(join(out, 'su-kien/2026-12-21-ban-nhap.ics'))).toBe(false);
    for (const f of ['sitemap-0.xml', 'su-kien/lich.ics', 'su-kien/rss.xml', 'su-kien/index.html', 'muc-luc/index.html']) {
      expect(read(f)).not.toContain('ban-nhap');
      expect(read(f)).not.toContain('Bản nháp bí mật');
    }
    expect((await search('Bản nháp bí mật', undefined, out)).map((h) => h.url)).not.toContain('/su-kien/2026-12-21-ban-nhap/');
  });
});

describe('a contact file', () => {
  it('appears on the help page as a tap-to-call card, with its ward and its source', () => {
    const help = read('ho-tro/index.html');
    expect(help).toContain('id="duong-day-thu-nghiem"');
    expect(help).toContain('href="tel:0999999999"');
    expect(help).toContain('href="/co-quan/ubnd-phuong-tan-an/"');
    expect(help).toContain('https://nguon-thu.test/nguon-thu');
  });
});

describe('one place for each emergency fact', () => {
  const label = changedLabel.to.slice(8, -1);
  it('a changed label of the first emergency number reaches every page (footer, danger box, card)', () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(40);
    expect(all.filter((p) => !p.html.includes(label)).map((p) => p.file)).toEqual([]);
    for (const f of ['index.html', 'ho-tro/index.html', 'khan-cap/index.html', '404.html', 'quyen-tre-em/index.html'])
      expect(parse(read(f)).querySelector('main')!.textContent, f).toContain(label);
  });

  it('a changed number reaches the help page, the card and the saved contacts, and the old one is gone', () => {
    for (const f of ['ho-tro/index.html', 'khan-cap/index.html'])
      expect(read(f)).toContain(`href="tel:${changedNumber.to}"`);
    // Outside editors' prose: a guide that writes a number itself is the checker's business (it reports a
    // tel: link to a number no contact file has).
    const outsideProse = (html: string) => {
      const dom = parse(html);
      dom.querySelectorAll('.prose').forEach((p) => p.remove());
      return dom.toString();
    };
    expect(
      pages()
        .filter((p) => outsideProse(p.html).includes(`tel:${changedNumber.from}"`))
        .map((p) => p.file),
    ).toEqual([]);
    const cards = [ICAL.parse(read('ho-tro/danh-ba.vcf'))].flat().map((j) => new ICAL.Component(j as never));
    const numbers = cards.flatMap((c) => c.getAllProperties('tel').map((p) => String(p.getFirstValue())));
    expect(numbers).toContain(changedNumber.to);
    expect(numbers).not.toContain(changedNumber.from);
  });
});

describe('a title that tries to inject markup', () => {
  it('stays text: no element from it, and the JSON-LD still says exactly the title', () => {
    const html = read('su-kien/2026-12-22-tieu-de-doc-hai/index.html');
    const dom = parse(html);
    expect(dom.querySelectorAll('meta').filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'refresh')).toEqual([]);
    expect(dom.querySelector('h1')!.textContent).toBe(hostileTitle);
    const ld = dom.querySelectorAll('script').find((s) => s.getAttribute('type') === 'application/ld+json')!;
    expect(JSON.parse(ld.textContent).name).toBe(hostileTitle);
  });
});

describe('text typed decomposed (NFD), with a BOM and CRLF', () => {
  const page = 'su-kien/2026-12-23-trung-thu-phuong/index.html';
  it('is published composed (NFC): title, heading and its anchor, the whole page', () => {
    expect(added['su-kien/2026-12-23-trung-thu-phuong.md']).not.toContain(decomposed.title);
    const html = read(page);
    expect(html).toBe(html.normalize('NFC'));
    expect(html).toContain(`<h1>${decomposed.title}</h1>`);
    expect(html).toContain(`<title>${decomposed.title} |`);
    expect(html).toContain(`<h2 id="rước-đèn-ông-sao">${decomposed.heading}</h2>`);
  });

  it('and in the event list, its .ics, the calendar feed and RSS', () => {
    for (const f of ['su-kien/index.html', 'su-kien/2026-12-23-trung-thu-phuong.ics', 'su-kien/lich.ics', 'su-kien/rss.xml']) {
      expect(read(f), f).toContain(decomposed.title);
      expect(read(f), f).toBe(read(f).normalize('NFC'));
    }
  });

  it('and in the search index: found by a composed query, shown composed', async () => {
    const [hit] = await search(decomposed.query, undefined, out);
    expect(hit?.url).toBe('/su-kien/2026-12-23-trung-thu-phuong/');
    expect(hit.title).toBe(decomposed.title);
  });
});

describe('an image in an event', () => {
  it('is processed by Astro: a WebP file of its own, with its size, lazy, described, no inline style', () => {
    const html = read('su-kien/2026-12-24-anh-hop-le/index.html');
    const img = /<img [^>]*>/.exec(html)?.[0] ?? '';
    expect(img).toMatch(/src="\/_astro\/den-long-thu\.[\w-]+\.webp"/);
    expect(img).toContain('alt="Bốn ô màu thử nghiệm"');
    expect(img).toContain('width="320"');
    expect(img).toContain('height="200"');
    expect(img).toContain('loading="lazy"');
    expect(img).toContain('decoding="async"');
    expect(img).not.toMatch(/\sstyle=/);
    const file = join(out, /src="([^"]+)"/.exec(img)![1]);
    expect(readFileSync(file).subarray(8, 12).toString()).toBe('WEBP');
  });
});
