/**
 * The plan is published word for word: every sentence of the official text (as extracted from the
 * PDF, kept beside the plan's content and named by van-ban.md's `sourceText`) appears in the built
 * /ke-hoach/ page.
 */
import { readFileSync } from 'node:fs';
import { getEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { page, visibleText } from '../../helpers/dist';
import { contentDir } from '../../../src/lib/content-paths';

const doc = (await getEntry('planDocument', 'van-ban'))!;
const seedPath = `${contentDir}/ke-hoach/${doc.data.sourceText}`;

/** Applied to both texts: list numbering is markup on the page, text in the seed. */
const normalise = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/(?<=^|\s)(?:\d{1,2}|[IVX]{1,4})\.(?=\s)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// PDF extraction breaks lines anywhere: bullets start lines, and "28-" / "CT/TW" is one word split in two.
const seed = normalise(
  readFileSync(seedPath, 'utf8')
    .split('\n')
    .map((l) => l.replace(/^\s*-\s+/, ''))
    .join('\n')
    .replace(/(\d)-\s+(?=[A-ZĐ])/g, '$1-'),
);
const sentences = seed.split(/(?<=[.;:…])\s+/).filter((s) => s.length > 3);

describe('/ke-hoach/ publishes the official text in full', () => {
  const official = normalise(visibleText(page('/ke-hoach/').querySelector('article')!));

  it('the seed splits into many sentences', () => expect(sentences.length).toBeGreaterThan(60));

  it.each(sentences.map((s, i) => [i + 1, s]))('sentence %i appears word for word', (_i, sentence) => {
    expect(official).toContain(sentence);
  });

  it('keeps the document’s own typos', () => {
    for (const typo of ['chăm giáo dục', 'tỉn Đắk Lắk', 'công tác viên', 'nghành']) expect(official).toContain(typo);
  });
});
