/**
 * The checker's rules on where facts come from (src/lib/validate/sources.ts), on a copy of content/
 * with one change each: the tiers a host may claim, a law without its official text (a warning),
 * and phone links that must call a number a contact file holds. The fixtures of
 * tests/fixtures/invalid cover the error messages line by line (tests/unit/lib/validate.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/validate';
import { formatProblem } from '../../../../src/lib/validate/problems';
import { byTier, highestKind, kindAllowed } from '../../../../src/lib/source-tiers';
import { contentWith } from '../../../helpers/content-copy';

function problems(files: Record<string, string>, edit: Record<string, (t: string) => string> = {}) {
  const { dir, cleanup } = contentWith(files);
  try {
    for (const [path, change] of Object.entries(edit)) {
      const text = readFileSync(join(dir, path), 'utf8');
      if (change(text) === text) throw new Error(`the edit of ${path} changed nothing`);
      writeFileSync(join(dir, path), change(text));
    }
    return checkContent(dir).map((p) => ({
      level: p.level,
      line: formatProblem(p).replaceAll(`${relative(process.cwd(), dir)}/`, 'content/'),
    }));
  } finally {
    cleanup();
  }
}
const errors = (list: { level: string; line: string }[]) => list.filter((p) => p.level === 'error').map((p) => p.line);
const warnings = (list: { level: string; line: string }[]) =>
  list.filter((p) => p.level === 'warning').map((p) => p.line);

describe('source tiers by host (src/lib/source-tiers.ts)', () => {
  it.each([
    ['https://vanban.chinhphu.vn/?pageid=27160&docid=184566', 'van-ban'],
    ['https://congbao.chinhphu.vn/van-ban/x.htm', 'van-ban'],
    ['https://datafiles.chinhphu.vn/cpp/files/vbpq/x.pdf', 'van-ban'],
    ['http://www.un.org/documents/ga/res/44/a44r025.htm', 'van-ban'],
    ['http://congan.daklak.gov.vn/-/x', 'van-ban'],
    ['/ke-hoach/#cong-an-thanh-pho', 'van-ban'],
    ['https://baochinhphu.vn/x.htm', 'chinh-thuc'],
    ['https://news.laodong.vn/x.ldo', 'chinh-thuc'],
    ['http://tongdai111.vn/tin/x', 'chinh-thuc'],
    ['https://thuvienphapluat.vn/van-ban/x.aspx', 'tham-khao'],
    ['https://github.com/diepxuan/diepxuan.github.io/blob/x/tre-em.md', 'tham-khao'],
    ['https://vnexpress.net/x.html', 'tham-khao'],
    // A look-alike host is not the portal.
    ['https://vanban.chinhphu.vn.example.org/x', 'tham-khao'],
    ['https://notchinhphu.vn/x', 'tham-khao'],
  ])('%s may be at most %s', (address, kind) => expect(highestKind(address)).toBe(kind));

  it('a lower tier is always allowed, a higher one never', () => {
    expect(kindAllowed('tham-khao', 'https://vanban.chinhphu.vn/x')).toBe(true);
    expect(kindAllowed('chinh-thuc', 'https://vanban.chinhphu.vn/x')).toBe(true);
    expect(kindAllowed('chinh-thuc', 'https://vnexpress.net/x')).toBe(false);
    expect(kindAllowed('van-ban', 'https://news.laodong.vn/x')).toBe(false);
  });

  it('lists official texts first, then official bodies, keeping the editor’s order within each', () => {
    const list = [
      { kind: 'tham-khao' as const, n: 1 },
      { kind: 'chinh-thuc' as const, n: 2 },
      { kind: 'van-ban' as const, n: 3 },
      { kind: 'tham-khao' as const, n: 4 },
      { kind: 'van-ban' as const, n: 5 },
    ];
    expect(byTier(list).map((s) => s.n)).toEqual([3, 5, 2, 1, 4]);
  });
});

describe('a law without its official text', () => {
  const fixture = readFileSync('tests/fixtures/valid/phap-luat--chua-co-toan-van.md', 'utf8');

  it('is published, with a warning that names the file and the field', () => {
    const found = problems({ 'phap-luat/chua-co-toan-van.md': fixture });
    expect(errors(found).filter((l) => l.includes('chua-co-toan-van'))).toEqual([]);
    expect(warnings(found)).toContainEqual(
      expect.stringMatching(/^content\/phap-luat\/chua-co-toan-van\.md:\d+ {2}fullText {2}Văn bản chưa có toàn văn/),
    );
  });

  it('warns also when its full text is only a copy, and not once it links the official text', () => {
    const copy = fixture.replace(
      'sources:',
      'fullText:\n  title: "Bản sao thử"\n  url: "https://example.org/ban-sao"\nsources:',
    );
    const official = fixture.replace(
      'sources:',
      'fullText:\n  title: "Văn bản thử"\n  url: "https://vanban.chinhphu.vn/?pageid=27160&docid=1"\n  kind: van-ban\nsources:',
    );
    expect(warnings(problems({ 'phap-luat/chua-co-toan-van.md': copy }))).toContainEqual(
      expect.stringContaining('chua-co-toan-van.md:10  fullText  Toàn văn đang dẫn là bản tham khảo'),
    );
    expect(
      problems({ 'phap-luat/chua-co-toan-van.md': official }).filter((p) => p.line.includes('chua-co-toan-van')),
    ).toEqual([]);
  });

  it('the real content warns exactly for the laws whose full text is not on an official portal', () => {
    const warned = warnings(problems({}))
      .filter((l) => l.includes('  fullText  '))
      .map((l) => l.split(':')[0]);
    expect(warned).toContain('content/phap-luat/luat-giao-duc-2019.md');
    expect(warned).not.toContain('content/phap-luat/luat-tre-em-2016.md');
    expect(warned).not.toContain('content/phap-luat/cong-uoc-quyen-tre-em.md');
  });
});

describe('phone links in pages', () => {
  it('follow a contact file: change 111 there, and every page still calling 111 is reported', () => {
    const found = errors(
      problems({}, { 'lien-he/tong-dai-111.md': (t) => t.replace('number: "111"', 'number: "1111"') }),
    );
    const files = new Set(found.filter((l) => l.includes('"tel:111"')).map((l) => l.split(':')[0]));
    for (const page of [
      'content/ho-tro/toi-nen-lam-gi.md',
      'content/ho-tro/tre-em-gap-nguy-hiem.md',
      'content/trang/gioi-thieu.md',
    ])
      expect(files).toContain(page);
    expect(found.find((l) => l.includes('"tel:111"'))).toContain('→ Dùng số đang có trong content/lien-he/');
  });

  it('accept a number a contact file holds, as a Markdown link, an autolink or an HTML link', () => {
    const page =
      '---\ntitle: "Trang gọi thử"\ndescription: "Một trang gọi các số khẩn cấp có trong danh bạ."\n---\n[113](tel:113), <tel:115>, <a href=\"tel:111\">111</a>\n';
    expect(errors(problems({ 'trang/goi-thu.md': page }))).toEqual([]);
  });
});
