/** The offline card's service worker (src/lib/offline-card.ts), versioned by the card's numbers. */
import type { APIRoute } from 'astro';
import { emergencyContacts } from '../lib/contacts';
import { cardWorkerSource } from '../lib/offline-card';

export const GET: APIRoute = async () =>
  new Response(cardWorkerSource((await emergencyContacts()).map((c) => c.data)), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
