// The search page: Pagefind's JS API behind a plain GET form. When the page opens, the engine, the
// search data (synonyms, targets of numbers, accent model, page titles) and, for a small index, the
// whole index start loading, so their round trips overlap with the reader typing; a query then shows
// its results at once and waits only for their excerpts. A reader who asked to save data loads the
// engine and the data when they start typing, and only the parts of the index their query needs.
import { searchUi as ui } from '../i18n/ui';
import {
  bestSection,
  rankingOptions,
  runSearch,
  suggestion,
  type Pagefind,
  type SearchData,
} from '../lib/search-engine';
import { restoreAccents } from '../lib/accents';

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const note = document.querySelector<HTMLElement>('[data-search-note]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const empty = document.querySelector<HTMLElement>('[data-search-empty]')!;
const failed = document.querySelector<HTMLElement>('[data-search-error]')!;

const engineUrl = '/pagefind/pagefind.js';
const noData: SearchData = { synonyms: [], targets: { articles: [], laws: [], contacts: [], events: [] } };
const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
// Loading starts once the page has loaded (the page itself is whole in its first response).
const loaded = new Promise((ok) =>
  document.readyState === 'complete' ? ok(0) : addEventListener('load', ok, { once: true }),
);

let loading: Promise<[Pagefind, SearchData]> | undefined;
/** The engine and the search data, loaded once. */
function load() {
  loading ??= Promise.all([
    import(/* @vite-ignore */ engineUrl).then(
      async (pf: Pagefind) => (await pf.options(rankingOptions), await pf.init(), pf),
    ),
    // Without its data the search still works, as typed.
    fetch(form.dataset.searchData!)
      .then((r) => (r.ok ? (r.json() as Promise<SearchData>) : noData))
      .catch(() => noData),
  ]);
  loading.catch(() => (failed.hidden = false));
  return loading;
}
if (!saveData)
  loaded
    .then(load)
    .then(([pf, data]) => {
      // Unpack the accent model now rather than on the first query.
      if (data.accents) restoreAccents(data.accents, '');
      return Promise.all((data.preload ?? []).map((term) => pf.preload(term)));
    })
    .catch(() => {});
else input.addEventListener('focus', () => load().catch(() => {}), { once: true });

const params = new URLSearchParams(location.search);
// As long as the field allows (a pasted essay must not make the address too long for the server).
input.value = (params.get('q') ?? '').slice(0, input.maxLength > 0 ? input.maxLength : undefined);
// "nguyenvan": search exactly what was typed (the link under a restored reading).
let exact = params.has('nguyenvan');
const section = params.get('muc') ?? '';
form.querySelectorAll<HTMLInputElement>('input[name=muc]').forEach((r) => (r.checked = r.value === section));

/** Results whose excerpts are fetched before the others'. */
const FETCH_FIRST = 1;
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const queryLink = (q: string, extra = '') => `?q=${encodeURIComponent(q)}${extra}`;

let latest = 0;
async function run() {
  const ticket = ++latest;
  const q = input.value.trim();
  const muc = form.querySelector<HTMLInputElement>('input[name=muc]:checked')?.value ?? '';
  const url = new URL(location.href);
  url.search = '';
  url.searchParams.set('q', q);
  if (muc) url.searchParams.set('muc', muc);
  if (exact) url.searchParams.set('nguyenvan', '');
  history.replaceState(null, '', url);
  empty.hidden = true;
  note.replaceChildren();
  if (!q) return ((list.innerHTML = ''), (status.textContent = ''));
  status.textContent = ui['search.loading'];
  const [pf, data] = await load();
  const filters = muc ? { section: muc } : undefined;
  const found = await runSearch(pf, q, data, { filters, exact });
  if (!found || ticket !== latest) return; // a newer query is on its way
  const { reading, hits } = found;
  status.textContent = hits.length ? ui['search.results'](hits.length, reading) : ui['search.none'](reading);
  // An honest note: the marks were added (with a link to what was typed), or a closer query.
  if (reading !== q)
    note.innerHTML = `${ui['search.accented']} <a href="${escapeHtml(queryLink(q, '&nguyenvan'))}">${escapeHtml(ui['search.exact'](q))}</a>`;
  empty.hidden = hits.length > 0;
  // With a small index the data file names every page: each result shows at once (its title, and
  // the section a number named), then gets its best section and excerpt. Otherwise a slot is shown
  // when its excerpt and those ranked above it have arrived, so the list fills in rank order. The
  // first excerpt is fetched alone (on a slow line it would share it with the rest), then the others.
  const first = hits.slice(0, FETCH_FIRST).map((hit) => hit.data?.());
  const rest = Promise.allSettled(first);
  let shown: Promise<unknown> = Promise.resolve();
  list.replaceChildren(
    ...hits.slice(0, 10).map((hit, i) => {
      const li = document.createElement('li');
      li.className = 'card';
      const known = data.pages?.[hit.id];
      if (known || hit.target)
        show(
          li,
          hit.target?.url ?? known![0],
          known?.[1] ?? hit.target!.title,
          hit.target?.url.includes('#') ? hit.target.title : '',
          '',
        );
      else li.hidden = true;
      const page = i < FETCH_FIRST ? first[i] : rest.then(() => hit.data?.());
      shown = Promise.all([page, shown]).then(([d]) => {
        if (!d) return;
        const to = bestSection(d, hit, found, data);
        show(
          li,
          to.url,
          d.meta.title ?? to.url,
          [d.filters.section?.[0], to.title].filter(Boolean).join(' · '),
          to.excerpt,
        );
        li.dataset.ready = '';
      });
      return li;
    }),
  );
  // Then, a way on: a closer spelling, if one finds something.
  const offered = exact ? undefined : await suggestion(pf, q, data, found, { filters });
  if (offered && ticket === latest)
    note.insertAdjacentHTML(
      'beforeend',
      `<span class="block">${ui['search.suggest']} <a href="${escapeHtml(queryLink(offered))}">${escapeHtml(offered)}</a></span>`,
    );
}

function show(li: HTMLElement, href: string, title: string, where: string, excerpt: string) {
  li.innerHTML =
    `<h2 class="m-0 text-lg"><a href="${escapeHtml(href)}">${escapeHtml(title)}</a></h2>` +
    `<p class="m-0 muted">${escapeHtml(where)}</p>` +
    (excerpt ? `<p class="m-0 mt-1">${excerpt}</p>` : '');
  li.hidden = false;
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (e) => (e.preventDefault(), run()));
// Searching itself is local once the index is loaded, so each change runs at once; a newer query
// supersedes an older one (see `latest`), and only the first ten excerpts are ever fetched.
input.addEventListener('input', () => ((exact = false), clearTimeout(timer), (timer = setTimeout(run, 0))));
form.addEventListener('change', (e) => (e.target as HTMLElement).matches('input[name=muc]') && run());
if (input.value) run();
