/** "Lưu số": the national emergency numbers as a vCard file a phone can import. */
import type { APIRoute } from 'astro';
import { emergencyContacts } from '../../lib/contacts';
import { vcards } from '../../lib/vcard';

export const GET: APIRoute = async () =>
  new Response(vcards((await emergencyContacts()).map((c) => c.data)), {
    headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
  });
