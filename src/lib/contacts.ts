/**
 * Contacts in display order: the emergency numbers first, in the order to call them, then the rest.
 * The emergency ones feed every page that names a number (header, danger box, help hub, offline
 * card, vCard), so an editor's change in content/lien-he reaches all of them at once.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { published, byOrder, siteSettings } from './collections';

type ContactEntry = CollectionEntry<'contacts'>;

const callOrder = (a: ContactEntry, b: ContactEntry) =>
  (a.data.emergency?.order ?? Infinity) - (b.data.emergency?.order ?? Infinity) || byOrder(a, b);

export const publishedContacts = async () => (await published('contacts')).sort(callOrder);
export const emergencyContacts = async () => (await publishedContacts()).filter((c) => c.data.emergency);

/** The hotline with a call button at the top of every page (content/site.yaml, `hotline`). */
export async function hotline(): Promise<ContactEntry> {
  const ref = (await siteSettings()).hotline;
  const entry = await getEntry(ref);
  if (!entry) throw new Error(`content/site.yaml: hotline "${ref.id}" is not in content/lien-he`);
  return entry;
}
