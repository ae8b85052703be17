// Service worker for the offline emergency card (/khan-cap/) only: network first, cache as fallback.
const CACHE = 'khan-cap-v1';
const PAGE = '/khan-cap/';

async function store(request, response) {
  if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch(PAGE);
      const html = await store(PAGE, response).then((r) => r.clone().text());
      // The card's stylesheet(s), so the offline copy looks the same.
      const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
      await (await caches.open(CACHE)).addAll(sheets);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  event.respondWith(
    fetch(request)
      .then((r) => store(request, r))
      .catch(async () => (await caches.match(request, { ignoreSearch: true })) ?? Response.error()),
  );
});
