/** Reading collections the same way on every page: drafts only in `npm run dev`, stable order. */
import { getCollection, getEntry, type CollectionKey, type CollectionEntry } from 'astro:content';

// MODE, not DEV: DEV follows NODE_ENV, which test runners set; only `astro dev` shows drafts.
const showDrafts = import.meta.env.MODE === 'development';

/** Entries an editor has published (drafts are kept in dev so editors can preview them). */
export async function published<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  const all = await getCollection(collection);
  return all.filter((e) => showDrafts || !(e.data as { draft?: boolean }).draft);
}

/** Sort by the `order` field, then by title or name, Vietnamese collation. */
export const byOrder = <T extends { data: { order?: number; title?: string; name?: string } }>(a: T, b: T) =>
  (a.data.order ?? 100) - (b.data.order ?? 100) ||
  (a.data.title ?? a.data.name ?? '').localeCompare(b.data.title ?? b.data.name ?? '', 'vi');

async function readSettings() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml is missing');
  return entry.data;
}
let settings: ReturnType<typeof readSettings> | undefined;
/** The editable site settings from content/site.yaml (read once per build). */
export const siteSettings = () => (settings ??= readSettings());
