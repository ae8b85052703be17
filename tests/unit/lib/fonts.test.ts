import { describe, expect, it } from 'vitest';
import { fontFaceCss, fontFiles, missingGlyphs, textWidth, wrapText } from '../../../src/lib/fonts';

/** Every Vietnamese letter, both cases, with each tone mark (NFC), and the letters of loanwords. */
const vowels = [...'aăâeêioôơuưy'];
const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const lower = [...vowels.flatMap((v) => tones.map((t) => (v + t).normalize('NFC'))), ...'bcdđghklmnpqrstvxfjwz'];
const letters = [...lower, ...lower.map((c) => c.toUpperCase())].join('');

describe('the site font (Be Vietnam Pro, three files per weight)', () => {
  it('has every Vietnamese letter, digit and common punctuation in both weights', () => {
    expect(letters).toHaveLength(186);
    expect(missingGlyphs(`${letters}0123456789 .,;:!?()/–—-“”"'…%&+·`)).toEqual([]);
  });
  it('reports what it cannot draw', () => {
    expect(missingGlyphs('Trẻ em 👧 儿童 ✓')).toEqual(['👧', '儿', '童', '✓']);
  });
  it('covers letters only through all three files: no one file has them all', () => {
    expect(new Set(fontFiles.map((f) => f.subset)).size).toBe(3);
    expect(fontFaceCss().match(/@font-face/g)).toHaveLength(fontFiles.length);
    expect(fontFaceCss()).toMatch(/url\(\/fonts\/be-vietnam-pro\/be-vietnam-pro-vietnamese-700-normal\.woff2\)/);
  });
  it('measures and wraps text by the letters’ own widths', () => {
    expect(textWidth('Thuột', 700)).toBeGreaterThan(textWidth('Thuot', 400));
    const lines = wrapText('Tháng hành động vì trẻ em năm 2027 tại Buôn Ma Thuột', 60, 600);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 700) * 60).toBeLessThanOrEqual(600);
  });
});
