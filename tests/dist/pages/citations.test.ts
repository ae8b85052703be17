/** Every document number the plan cites links to a summary, or is listed as intentionally unlinked. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { documentNumberPattern } from '../../../src/lib/citations';
import { page } from '../../helpers/dist';

const laws = await getCollection('laws');
const parts = await getCollection('planParts');
const [doc] = await getCollection('planDocument');
const unlinked = (parse(readFileSync('content/phap-luat/_khong-lien-ket.yaml', 'utf8')) as { number: string; reason: string }[]).map((u) => u.number);
const planText = [doc.data.abstract, ...doc.data.implements.map((i) => i.number), ...parts.map((p) => p.body ?? '')].join('\n');
const cited = [...new Set(planText.match(documentNumberPattern))];

describe('citations in the plan', () => {
  it('the plan cites several documents', () => expect(cited.length).toBeGreaterThanOrEqual(4));

  it.each(cited)('%s has a summary or is listed as unlinked', (number) => {
    expect(laws.some((l) => l.data.number === number) || unlinked.includes(number)).toBe(true);
  });

  it('the built plan links each cited number that has a summary, and no unlinked one', () => {
    const article = page('/ke-hoach/').querySelector('article')!;
    const links = article.querySelectorAll('a.citation').map((a) => [a.textContent, a.getAttribute('href') ?? ''] as const);
    for (const number of cited.filter((n) => !unlinked.includes(n))) {
      const law = laws.find((l) => l.data.number === number)!;
      expect(links.some(([text, href]) => text.includes(number) && href === `/phap-luat/${law.id}/`), number).toBe(true);
    }
    for (const number of unlinked) expect(links.filter(([text]) => text.includes(number))).toEqual([]);
  });

  it('each summary lists where the plan cites it', () => {
    const law = laws.find((l) => l.data.number === '20/2021/NĐ-CP')!;
    const section = page(`/phap-luat/${law.id}/`).querySelector('#ke-hoach-trich-dan')?.parentNode;
    expect(section?.querySelectorAll('a[href^="/ke-hoach/#"]').length).toBeGreaterThanOrEqual(1);
  });
});
