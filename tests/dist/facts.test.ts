/**
 * No page publishes a figure the fact sheet marks [CHƯA KC] (unverified) or [MÂU THUẪN] (conflicting).
 * Each entry: the text that must not appear in the built site, and why.
 */
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/dist';

const forbidden: [string, string][] = [
  ['335/2026', 'NĐ 335/2026/NĐ-CP: unverified, dates conflict'],
  ['540.000', 'the 2026 allowance level: unverified'],
  ['18001567', 'the old 1800 1567 line: sources conflict'],
  ['1800 1567', 'the old 1800 1567 line: sources conflict'],
  ['100/2015/QH13', 'the Penal Code number: unverified'],
  ['20/02/1990', 'CRC ratification day: conflicting'],
  ['28/02/1990', 'CRC ratification day: from memory'],
  ['176/2025/QH15', 'government structure resolution number: unverified'],
];

describe('no unverified figure is published', () => {
  const pages = htmlPages();
  it.each(forbidden)('"%s" (%s) appears on no page', (text) => {
    expect(pages.filter((p) => p.html.includes(text)).map((p) => p.url)).toEqual([]);
  });
});
