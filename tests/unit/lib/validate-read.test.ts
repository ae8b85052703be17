/**
 * The checker reads every file as the build does: the same frontmatter block, the same YAML values
 * (Astro's own parser as the reference), the same files per collection (Astro's glob library as the
 * reference), and text normalised the same way (BOM, CRLF, NFC) on both sides.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCollection } from 'astro:content';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { readMarkdown } from '../../../src/lib/validate/frontmatter';
import { filesRead, type MarkdownKey } from '../../../src/lib/validate/files';
import { markdownTypes } from '../../../src/schemas/index';
import { contentText } from '../../../src/lib/text';

const event = `---
title: "Tết Trung thu ở phường"
description: "Đêm hội trăng rằm cho trẻ em, có rước đèn và phá cỗ."
start: "2026-09-25"
category: trung-thu
sources:
  - title: "Nguồn thử"
    url: "https://nguon-thu.test/"
---
## Đêm hội

Trẻ em rước đèn ông sao.
`;

describe('frontmatter and values as Astro reads them', () => {
  const cases = {
    plain: event,
    'byte-order mark': `\uFEFF${event}`,
    'Windows line ends': event.replace(/\n/g, '\r\n'),
    'blank lines before the block': `\n\n${event}`,
    'YAML 1.1 words are text': '---\ndraft: no\nok: yes\non: off\n---\nx\n',
    'quoted booleans are text': '---\ndraft: "false"\n---\n',
    'unquoted dates become dates, even impossible ones': '---\nstart: 2024-13-45\nend: 2026-06-01\n---\n',
    'numbers lose their leading zero': '---\nnumber: 0999999999\nother: 0777\n---\n',
    'a closing line that starts with ---': '---\ntitle: "x"\n----\nbody\n',
    'a lone word is no data': '---\nhello\n---\nbody\n',
  };
  it.each(Object.entries(cases))('%s', (_name, text) => {
    const astro = parseFrontmatter(contentText(text), { frontmatter: 'empty-with-spaces' });
    const ours = readMarkdown(text);
    const astroData = astro.frontmatter && typeof astro.frontmatter === 'object' ? astro.frontmatter : {};
    expect(ours.error).toBeUndefined();
    expect(ours.data).toEqual(astroData);
    expect(ours.body).toBe(astro.content.trim());
  });

  it('a BOM, CRLF or decomposed Vietnamese (NFD) give the very text of the plain file', () => {
    const plain = readMarkdown(event);
    for (const variant of [`\uFEFF${event}`, event.replace(/\n/g, '\r\n'), event.normalize('NFD')]) {
      expect(variant).not.toBe(event);
      const read = readMarkdown(variant);
      expect(read.data).toEqual(plain.data);
      expect(read.body).toBe(plain.body);
      expect(read.bodyLine).toBe(plain.bodyLine);
    }
    expect((readMarkdown(event.normalize('NFD')).data as { title: string }).title).toBe('Tết Trung thu ở phường');
  });

  it('numbers the lines of the file, whatever comes before the block', () => {
    const read = readMarkdown(`\n\n${event}`);
    expect(read.firstLine).toBe(3);
    expect(read.bodyLine).toBe(12);
  });
});

describe('which files each collection reads', () => {
  it('exactly those Astro’s glob() reads: no "_" names, no subfolders, only ".md" in lower case', () => {
    const dir = mkdtempSync(join(tmpdir(), 'globs-'));
    try {
      const names = [
        'su-kien/a.md',
        'su-kien/_a.md',
        'su-kien/.a.md',
        'su-kien/A.MD',
        'su-kien/a.markdown',
        'su-kien/a.md.txt',
        'su-kien/2027/a.md',
        'ke-hoach/van-ban.md',
        'ke-hoach/45-phan.md',
        'ke-hoach/phan.md',
        'quyen-tre-em/gioi-thieu.md',
        'quyen-tre-em/khac.md',
      ];
      for (const n of names) {
        mkdirSync(join(dir, n, '..'), { recursive: true });
        writeFileSync(join(dir, n), '');
      }
      expect(filesRead(dir)).toEqual([
        ['planDocument', 'ke-hoach/van-ban.md'],
        ['planParts', 'ke-hoach/45-phan.md'],
        ['rightsIntro', 'quyen-tre-em/gioi-thieu.md'],
        // A hidden ".a.md" is read by Astro too (its pattern only excludes "_"); the checker then asks
        // for a proper file name.
        ['events', 'su-kien/.a.md'],
        ['events', 'su-kien/a.md'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the same entries as Astro’s collections of the real content', async () => {
    for (const [key, t] of Object.entries(markdownTypes)) {
      const astro = (await getCollection(key as MarkdownKey)).map((e) => e.id).sort();
      const ours = filesRead('content')
        .filter(([k]) => k === key)
        .map(([, rel]) => rel.slice(t.folder.length + 1).replace(/\.md$/, ''))
        .sort();
      expect(ours, key).toEqual(astro);
    }
  });
});
