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

/** What one document does to another, in both directions; each kind has its own label on both pages. */
export const relationKinds = ['amends', 'details', 'implements'] as const;
type RelationKind = (typeof relationKinds)[number];
const ids = (refs: { id: string }[]) => refs.map((r) => r.id);

/**
 * The documents related to `law`: those it amends, details or implements (its own fields), and
 * those that amend, detail or implement it (their fields, plus its own `amendedBy`). Replaced-by
 * is its own field. Drafts are left out in a build.
 */
export async function relationsOf(law: LawEntry) {
  const all = await publishedLaws();
  const pick = (list: string[]) => all.filter((l) => list.includes(l.id));
  const toward = (kind: RelationKind) => pick(all.filter((l) => ids(l.data[kind]).includes(law.id)).map((l) => l.id));
  return {
    amends: pick(ids(law.data.amends)),
    details: pick(ids(law.data.details)),
    implements: pick(ids(law.data.implements)),
    amendedBy: pick([...ids(law.data.amendedBy), ...toward('amends').map((l) => l.id)]),
    detailedBy: toward('details'),
    implementedBy: toward('implements'),
    replacedBy: pick(ids(law.data.replacedBy)),
  };
}

/** "102/2016/QH13", "Được thông qua bằng Nghị quyết 44/25 …", or undefined when neither is known. */
export const numberText = (d: { number?: string; adoptedBy?: string }) =>
  d.number ?? (d.adoptedBy ? `Được thông qua bằng ${d.adoptedBy}` : undefined);
