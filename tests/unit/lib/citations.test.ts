import { describe, expect, it } from 'vitest';
import { linkCitations, documentNumberPattern } from '../../../src/lib/citations';

const laws = [
  { id: 'nghi-dinh-20-2021', data: { number: '20/2021/NĐ-CP', citedAs: [] } },
  { id: 'luat-tre-em-2016', data: { number: '102/2016/QH13', citedAs: ['Luật trẻ em năm 2016', 'Luật trẻ em'] } },
  { id: 'chi-thi-28-ct-tw', data: { number: '28-CT/TW', citedAs: [] } },
];

describe('citations become links, wording unchanged', () => {
  it('links numbers and names in text', () => {
    const html = '<p>theo Nghị định số 20/2021/NĐ-CP, Luật trẻ em năm 2016 và Chỉ thị số 28-CT/TW.</p>';
    const out = linkCitations(html, laws);
    expect(out).toBe(
      '<p>theo Nghị định số <a href="/phap-luat/nghi-dinh-20-2021/" class="citation">20/2021/NĐ-CP</a>, <a href="/phap-luat/luat-tre-em-2016/" class="citation">Luật trẻ em năm 2016</a> và Chỉ thị số <a href="/phap-luat/chi-thi-28-ct-tw/" class="citation">28-CT/TW</a>.</p>',
    );
    expect(out.replace(/<[^>]+>/g, '')).toBe(html.replace(/<[^>]+>/g, ''));
  });
  it('never links inside an existing link, inside a tag, or a page to itself', () => {
    expect(linkCitations('<a href="/x/">Luật trẻ em</a>', laws)).toBe('<a href="/x/">Luật trẻ em</a>');
    expect(linkCitations('<span title="Luật trẻ em">x</span>', laws)).toBe('<span title="Luật trẻ em">x</span>');
    expect(linkCitations('<p>Luật trẻ em</p>', laws, 'luat-tre-em-2016')).toBe('<p>Luật trẻ em</p>');
  });
  it('does not link part of a longer number', () => {
    expect(linkCitations('<p>120/2021/NĐ-CP và 28-CT/TWX</p>', laws)).toBe('<p>120/2021/NĐ-CP và 28-CT/TWX</p>');
  });
  it('recognises the shapes of Vietnamese document numbers', () => {
    const text =
      'Kế hoạch số 144-KH/TU, Chỉ thị số 28-CT/TW, Nghị quyết số 105/2013/NQ-HĐND, Quyết định 1183/QĐ-TTg, Luật 102/2016/QH13';
    expect(text.match(documentNumberPattern)).toEqual([
      '144-KH/TU',
      '28-CT/TW',
      '105/2013/NQ-HĐND',
      '1183/QĐ-TTg',
      '102/2016/QH13',
    ]);
  });
});
