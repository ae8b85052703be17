/** Contacts in display order; the emergency ones feed the help hub, the offline card and the vCard. */
import { published, byOrder } from './collections';
export const publishedContacts = async () => (await published('contacts')).sort(byOrder);
export const emergencyContacts = async () => (await publishedContacts()).filter((c) => c.data.emergency);
