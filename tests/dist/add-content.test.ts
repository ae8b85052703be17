/**
 * What an editor does: add one Markdown file. A real build of a copy of content/ with one new
 * event and one draft shows the event on the list, its page, both calendars, RSS and search, and
 * the draft nowhere: not in dist/, the sitemap, the feeds or the search index. An event typed with
 * decomposed Vietnamese (NFD), a byte-order mark and Windows line ends is published composed (NFC)
 * everywhere; an event with an image gets it processed by Astro's image service.
 */
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentWith, childEnv } from '../helpers/content-copy';
import { search } from '../helpers/pagefind';

const added = readFileSync('tests/fixtures/valid/su-kien--hop-le.md', 'utf8');
const contact = readFileSync('tests/fixtures/valid/lien-he--hop-le.md', 'utf8');
const draft = added
  .replace('title: "Ngày hội thử nghiệm"', 'title: "Bản nháp bí mật"')
  .replace('---\ntitle', '---\ndraft: true\ntitle');
// Typed on a keyboard that decomposes Vietnamese, saved by a Windows editor with a byte-order mark.
const nfc = {
  title: 'Tết Trung thu ở phường thử nghiệm',
  heading: 'Rước đèn ông sao',
  query: 'trung thu phường thử nghiệm',
};
const decomposed = `\uFEFF${`---
title: "${nfc.title}"
description: "Đêm hội trăng rằm thử nghiệm, gõ bằng bàn phím tách dấu."
start: "2026-12-23"
category: trung-thu
sources:
  - title: "Nguồn thử"
    url: "https://nguon-thu.test/"
---
## ${nfc.heading}

Trẻ em phá cỗ dưới trăng.
`
  .normalize('NFD')
  .replace(/\n/g, '\r\n')}`;
const withImage = readFileSync('tests/fixtures/valid/su-kien--2026-12-22-anh-hop-le.md', 'utf8');
const image = readFileSync('tests/fixtures/valid/su-kien--anh--den-long-thu.png');
const out = join(tmpdir(), `dist-add-${process.pid}`);
let copy: ReturnType<typeof contentWith>;
const read = (p: string) => readFileSync(join(out, p), 'utf8');

beforeAll(() => {
  copy = contentWith({
    'su-kien/2026-12-20-ngay-hoi-thu-nghiem.md': added,
    'su-kien/2026-12-21-ban-nhap.md': draft,
    'lien-he/duong-day-thu-nghiem.md': contact,
    'su-kien/2026-12-23-trung-thu-phuong.md': decomposed,
    'su-kien/2026-12-22-anh-hop-le.md': withImage,
    'su-kien/anh/den-long-thu.png': image,
  });
  const env = childEnv({ CONTENT_DIR: copy.dir });
  for (const [cmd, args] of [
    [process.execPath, ['src/cli/check-content.ts', '--no-warnings']],
    ['npx', ['astro', 'build', '--outDir', out]],
    ['npx', ['pagefind', '--site', out]],
  ] as const) {
    const run = spawnSync(cmd, args, { env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  }
}, 240_000);
afterAll(() => {
  copy?.cleanup();
  rmSync(out, { recursive: true, force: true });
});

describe('adding one event file', () => {
  it('adds it to the list, its page, the calendar feed, its .ics and RSS', () => {
    expect(read('su-kien/index.html')).toContain('href="/su-kien/2026-12-20-ngay-hoi-thu-nghiem/"');
    expect(read('su-kien/2026-12-20-ngay-hoi-thu-nghiem/index.html')).toContain('Chủ Nhật, 20/12/2026, 08:00');
    expect(read('su-kien/lich.ics')).toContain('UID:2026-12-20-ngay-hoi-thu-nghiem@tre-em-buon-ma-thuot');
    expect(read('su-kien/2026-12-20-ngay-hoi-thu-nghiem.ics')).toContain('DTSTART:20261220T010000Z');
    expect(read('su-kien/rss.xml')).toContain('/su-kien/2026-12-20-ngay-hoi-thu-nghiem/');
  });

  it('a contact file appears on the help page as a tap-to-call card, with its ward and its source', () => {
    const help = read('ho-tro/index.html');
    expect(help).toContain('id="duong-day-thu-nghiem"');
    expect(help).toContain('href="tel:0999999999"');
    expect(help).toContain('href="/co-quan/ubnd-phuong-tan-an/"');
    expect(help).toContain('https://nguon-thu.test/nguon-thu');
  });

  it('makes it findable by search', async () => {
    expect((await search('ngay hoi thu nghiem', undefined, out))[0]?.url).toBe(
      '/su-kien/2026-12-20-ngay-hoi-thu-nghiem/',
    );
    expect((await search('Bản nháp bí mật', undefined, out)).map((h) => h.url)).not.toContain(
      '/su-kien/2026-12-21-ban-nhap/',
    );
  });

  it('leaves a draft out of dist/, the sitemap, the feeds and the lists', () => {
    expect(existsSync(join(out, 'su-kien/2026-12-21-ban-nhap'))).toBe(false);
    expect(existsSync(join(out, 'su-kien/2026-12-21-ban-nhap.ics'))).toBe(false);
    for (const f of [
      'sitemap-0.xml',
      'su-kien/lich.ics',
      'su-kien/rss.xml',
      'su-kien/index.html',
      'muc-luc/index.html',
    ]) {
      expect(read(f)).not.toContain('ban-nhap');
      expect(read(f)).not.toContain('Bản nháp bí mật');
    }
  });
});

describe('text typed decomposed (NFD), with a BOM and CRLF', () => {
  const page = 'su-kien/2026-12-23-trung-thu-phuong/index.html';
  it('is published composed (NFC): title, heading and its anchor, the whole page', () => {
    expect(decomposed).not.toContain(nfc.title);
    const html = read(page);
    expect(html).toBe(html.normalize('NFC'));
    expect(html).toContain(`<h1>${nfc.title}</h1>`);
    expect(html).toContain(`<title>${nfc.title} |`);
    expect(html).toContain(`<h2 id="rước-đèn-ông-sao">${nfc.heading}</h2>`);
  });

  it('and in the event list, its .ics, the calendar feed and RSS', () => {
    for (const f of ['su-kien/index.html', 'su-kien/2026-12-23-trung-thu-phuong.ics', 'su-kien/lich.ics', 'su-kien/rss.xml']) {
      expect(read(f), f).toContain(nfc.title);
      expect(read(f), f).toBe(read(f).normalize('NFC'));
    }
  });

  it('and in the search index: found by a composed query, shown composed', async () => {
    const [hit] = await search(nfc.query, undefined, out);
    expect(hit?.url).toBe('/su-kien/2026-12-23-trung-thu-phuong/');
    expect(hit.title).toBe(nfc.title);
  });
});

describe('an image in an event', () => {
  it('is processed by Astro: a WebP file of its own in /_astro/, with its size, lazy, described', () => {
    const html = read('su-kien/2026-12-22-anh-hop-le/index.html');
    const img = /<img [^>]*>/.exec(html)?.[0] ?? '';
    expect(img).toMatch(/src="\/_astro\/den-long-thu\.[\w-]+\.webp"/);
    expect(img).toContain('alt="Bốn ô màu thử nghiệm"');
    expect(img).toContain('width="320"');
    expect(img).toContain('height="200"');
    expect(img).toContain('loading="lazy"');
    expect(img).toContain('decoding="async"');
    expect(img).not.toMatch(/\sstyle=/);
    const file = join(out, /src="([^"]+)"/.exec(img)![1]);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(8, 12).toString()).toBe('WEBP');
  });
});
