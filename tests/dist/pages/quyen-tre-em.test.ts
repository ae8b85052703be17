/**
 * /quyen-tre-em/ names Điều 12–41 with the exact titles of the fact sheet (its table 1.6, copied with
 * its sources into tests/fixtures/luat-tre-em-ten-dieu.md), each at a stable anchor, with a plain
 * explanation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page, visibleText } from '../../helpers/dist';

const sheet = readFileSync('tests/fixtures/luat-tre-em-ten-dieu.md', 'utf8');
// Rows like "| 25 | Quyền được bảo vệ để không bị xâm hại tình dục | … | [V] … |", and 41 with **bold**.
const titles = [...sheet.matchAll(/^\| (1[2-9]|[23]\d|4[01]) \| ([^|]+?) \|[^|]*\| \[V\]/gm)].map((m) => [Number(m[1]), m[2].replace(/\*\*/g, '').trim()] as const);
const dom = page('/quyen-tre-em/');

describe('rights and duties of Luật Trẻ em 2016 on /quyen-tre-em/', () => {
  it('the fact sheet gives all 30 articles, Điều 12–41', () => expect(titles.map(([n]) => n)).toEqual(Array.from({ length: 30 }, (_, i) => i + 12)));

  it.each(titles)('Điều %i: "%s", exact, its heading at #dieu-N, with a plain explanation', (article, title) => {
    // The heading itself carries the anchor: search results (Pagefind sub-results) link to headings.
    const heading = dom.querySelector(`#dieu-${article}`)!;
    expect(heading?.tagName, `#dieu-${article}`).toBe('H3');
    expect(visibleText(heading)).toBe(`Điều ${article}. ${title}`);
    expect(visibleText(heading.parentNode!.querySelector('p')!).length).toBeGreaterThan(30);
  });

  it('groups them so a parent can scan, with a table of contents', () => {
    expect(dom.querySelectorAll('nav a[href^="#"]').length).toBeGreaterThanOrEqual(5);
    expect(dom.querySelectorAll('main section[id] h2').length).toBeGreaterThanOrEqual(5);
  });

  it('covers who is a child, Điều 10, Điều 6 and the three protection levels', () => {
    const text = visibleText(dom.querySelector('main')!);
    for (const s of ['dưới 16 tuổi', 'dưới 18 tuổi', 'Trẻ em mồ côi cả cha và mẹ', 'Tước đoạt quyền sống của trẻ em', 'Các yêu cầu bảo vệ trẻ em', 'Phòng ngừa', 'Hỗ trợ', 'Can thiệp'])
      expect(text).toContain(s);
  });
});
