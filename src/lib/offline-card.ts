/**
 * The offline emergency card (/khan-cap/): a service worker keeps the last copy of the card seen
 * online and serves it when the network fails, is too slow or answers with a server error.
 * The worker's code is versioned by what the card says: when an editor changes a number, the worker
 * changes, the browser installs the new one on the reader's next online visit to any page, and it
 * saves the new card and removes the old copies.
 */
import { createHash } from 'node:crypto';
import { url } from './site-map';

/** Runs in the service worker (serialised into /sw.js), so it uses only what a worker has. */
function cardWorker(version: string, card: string, timeoutMs: number) {
  const sw = self as unknown as {
    addEventListener: (type: string, listener: (event: any) => void) => void;
    skipWaiting: () => Promise<void>;
    clients: { claim: () => Promise<void> };
    location: Location;
  };
  const cacheName = `khan-cap-${version}`;
  const savedAt = () =>
    new Intl.DateTimeFormat('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      minute: '2-digit',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
    }).format(new Date());

  /** Keep a copy of the card that says when it was saved (shown only when the copy is served). */
  async function save(response: Response) {
    const html = (await response.clone().text()).replace(
      /(<p[^>]*\sdata-saved-at)\shidden([^>]*>)<\/p>/,
      `$1$2Bản đã lưu trong máy lúc ${savedAt()}. Khi có mạng, mở lại trang để xem bản mới nhất.</p>`,
    );
    const copy = new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    await (await caches.open(cacheName)).put(card, copy);
  }

  async function networkFirst() {
    const saved = await caches.match(card);
    const network = fetch(card, { cache: 'no-store' }).then(async (r) => {
      if (r.ok) await save(r);
      return r;
    });
    const slow = new Promise<'slow'>((ok) => setTimeout(() => ok('slow'), timeoutMs));
    const first = await Promise.race([network.catch(() => 'failed' as const), slow]);
    if (first instanceof Response && (first.status < 500 || !saved)) return first;
    // No answer in time, no network, or a server error: the saved copy (the network keeps going
    // in the background and refreshes it if it arrives).
    if (saved) return saved;
    return network;
  }

  sw.addEventListener('install', (event) =>
    event.waitUntil(
      fetch(card, { cache: 'no-store' })
        .then((r) => (r.ok ? save(r) : undefined))
        .then(() => sw.skipWaiting()),
    ),
  );
  sw.addEventListener('activate', (event) =>
    event.waitUntil(
      caches
        .keys()
        .then((keys) =>
          Promise.all(keys.filter((k) => k.startsWith('khan-cap') && k !== cacheName).map((k) => caches.delete(k))),
        )
        .then(() => sw.clients.claim()),
    ),
  );
  sw.addEventListener('fetch', (event) => {
    const request = event.request as Request;
    const { origin, pathname } = new URL(request.url);
    if (request.method !== 'GET' || origin !== sw.location.origin) return;
    // The card's address without its final slash still reaches the card, online or not.
    if (pathname === card.slice(0, -1)) event.respondWith(Response.redirect(card, 301));
    else if (pathname === card) event.respondWith(networkFirst());
  });
}

/** The worker's source for this build: its version is a hash of the card's facts and of its code. */
export function cardWorkerSource(facts: unknown) {
  const args = [url.emergency, 3000] as const;
  const version = createHash('sha256')
    .update(JSON.stringify([facts, args, cardWorker.toString()]))
    .digest('hex')
    .slice(0, 12);
  return `(${cardWorker.toString()})(${JSON.stringify(version)}, ${JSON.stringify(args[0])}, ${args[1]});\n`;
}
