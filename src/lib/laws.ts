/** Law summaries: list order, and where the plan cites each one. */
import type { CollectionEntry } from 'astro:content';
import { published, byOrder } from './collections';
import { citationMatcher } from './citations';
import { planParts, partAnchor } from './plan';

export type LawEntry = CollectionEntry<'laws'>;

export const publishedLaws = async () => (await published('laws')).sort(byOrder);

/** The parts of the plan whose text cites this law (by number or by a `citedAs` name). */
export async function planCitationsOf(law: LawEntry) {
  const { regex } = citationMatcher([law]);
  return (await planParts())
    .filter((p) => (p.body ?? '').match(regex))
    .map((p) => ({ anchor: partAnchor(p.id), title: p.data.heading ?? p.data.title }));
}
