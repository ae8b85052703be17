/** The plan's parts in reading order, with their stable anchors. */
import { getCollection, getEntry } from 'astro:content';

import { partAnchor } from '../schemas/plan';

export { partAnchor };

export async function planParts() {
  const parts = await getCollection('planParts');
  return parts.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

export async function planDocument() {
  const doc = await getEntry('planDocument', 'van-ban');
  if (!doc) throw new Error('content/ke-hoach/van-ban.md is missing');
  return doc;
}

/** For each body id, the parts that assign it work (in reading order). */
export async function dutiesByBody() {
  const map = new Map<string, { anchor: string; title: string; heading?: string }[]>();
  for (const part of await planParts())
    for (const ref of part.data.assignedTo) {
      const list = map.get(ref.id) ?? [];
      list.push({ anchor: partAnchor(part.id), title: part.data.title, heading: part.data.heading });
      map.set(ref.id, list);
    }
  return map;
}
