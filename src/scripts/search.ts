// The search page: Pagefind's JS API behind a plain GET form. The engine starts loading when the
// page opens, so the ~6 sequential round trips overlap with the reader typing.
import { ui } from '../i18n/ui';
import { rankingOptions, runSearch, type Pagefind, type SynonymGroups } from '../lib/search-engine';

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const empty = document.querySelector<HTMLElement>('[data-search-empty]')!;
const failed = document.querySelector<HTMLElement>('[data-search-error]')!;

const engineUrl = '/pagefind/pagefind.js';
const synonyms = JSON.parse(document.getElementById('dong-nghia')?.textContent ?? '[]') as SynonymGroups;
// The engine starts as soon as the page has loaded (the page itself is whole in its first response).
const loaded = new Promise((ok) =>
  document.readyState === 'complete' ? ok(0) : addEventListener('load', ok, { once: true }),
);
const engine: Promise<Pagefind> = loaded
  .then(() => import(/* @vite-ignore */ engineUrl))
  .then(async (pf: Pagefind) => (await pf.options(rankingOptions), await pf.init(), pf));
engine.catch(() => (failed.hidden = false));

// A small index (this site: about a hundred pages, a few chunks of index) is loaded whole while
// the reader types: a query then waits only for the excerpts of its first results. A large site
// would load only the chunks its queries need.
const WARM_WHOLE_INDEX_UP_TO_PAGES = 400;
engine
  .then(async (pf) => {
    const entry = (await fetch('/pagefind/pagefind-entry.json').then((r) => r.json())) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    if (pages <= WARM_WHOLE_INDEX_UP_TO_PAGES)
      await Promise.all([pf.filters(), ...[...'abcdefghijklmnopqrstuvwxyzđ0123456789'].map((c) => pf.preload(c))]);
  })
  .catch(() => {});

const params = new URLSearchParams(location.search);
// As long as the field allows (a pasted essay must not make the address too long for the server).
input.value = (params.get('q') ?? '').slice(0, input.maxLength > 0 ? input.maxLength : undefined);
const section = params.get('muc') ?? '';
form.querySelectorAll<HTMLInputElement>('input[name=muc]').forEach((r) => (r.checked = r.value === section));

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

let latest = 0;
async function run() {
  const ticket = ++latest;
  const q = input.value.trim();
  const muc = form.querySelector<HTMLInputElement>('input[name=muc]:checked')?.value ?? '';
  const url = new URL(location.href);
  url.searchParams.set('q', q);
  if (muc) url.searchParams.set('muc', muc);
  else url.searchParams.delete('muc');
  history.replaceState(null, '', url);
  empty.hidden = true;
  if (!q) return ((list.innerHTML = ''), (status.textContent = ''));
  status.textContent = ui['search.loading'];
  const pf = await engine;
  const options = muc ? { filters: { section: muc } } : {};
  const found = await runSearch(pf, q, synonyms, options);
  if (!found || ticket !== latest) return; // a newer query is on its way
  status.textContent = found.length ? ui['search.results'](found.length, q) : ui['search.none'](q);
  empty.hidden = found.length > 0;
  // One slot per result; all excerpts are requested at once and each result is shown as soon as it
  // and those ranked above it have arrived, so the list fills in rank order without jumping.
  let shown: Promise<unknown> = Promise.resolve();
  list.replaceChildren(
    ...found.slice(0, 10).map((hit) => {
      const li = document.createElement('li');
      li.className = 'card';
      li.hidden = true;
      const data = hit.data();
      shown = Promise.all([data, shown]).then(([r]) => {
        li.innerHTML =
          `<h2 class="m-0 text-lg"><a href="${escapeHtml(r.url)}">${escapeHtml(r.meta.title ?? r.url)}</a></h2>` +
          `<p class="m-0 muted">${escapeHtml(r.filters.section?.[0] ?? '')}</p><p class="m-0 mt-1">${r.excerpt}</p>`;
        li.hidden = false;
      });
      return li;
    }),
  );
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (e) => (e.preventDefault(), run()));
// Searching itself is local once the index is loaded, so each change runs at once; a newer query
// supersedes an older one (see `latest`), and only the first ten excerpts are ever fetched.
input.addEventListener('input', () => (clearTimeout(timer), (timer = setTimeout(run, 0))));
form.addEventListener('change', (e) => (e.target as HTMLElement).matches('input[name=muc]') && run());
if (input.value) run();
