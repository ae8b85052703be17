/** Law summaries: list order, and where the plan cites each one. */
import type { CollectionEntry } from 'astro:content';
import { published, byOrder } from './collections';
import { citableLaws, citedLaws } from './citations';
import { planParts, partAnchor } from './plan';

export type LawEntry = CollectionEntry<'laws'>;

export const publishedLaws = async () => (await published('laws')).sort(byOrder);

type PlanCitation = { anchor: string; title: string };

async function findPlanCitations() {
  const laws = await citableLaws();
  const byLaw = new Map<string, PlanCitation[]>();
  // The rendered text of each part, matched as the plan page links it.
  for (const p of await planParts())
    for (const id of citedLaws(p.rendered?.html ?? '', laws))
      byLaw.set(id, [...(byLaw.get(id) ?? []), { anchor: partAnchor(p.id), title: p.data.heading ?? p.data.title }]);
  return byLaw;
}
let cited: ReturnType<typeof findPlanCitations> | undefined;

/** The parts of the plan whose text cites this law (by number or by a `citedAs` name). */
export const planCitationsOf = async (law: LawEntry) => (await (cited ??= findPlanCitations())).get(law.id) ?? [];
