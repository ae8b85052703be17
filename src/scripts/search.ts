// The search page: Pagefind's JS API behind a plain GET form. When the page opens, the engine, the
// search data (synonyms, targets of numbers, accent model) and, for a small index, the whole index
// start loading, so their round trips overlap with the reader typing; a query then waits only for
// the excerpts of its first results. A reader who asked to save data loads the engine and the data
// when they start typing, and only the parts of the index their query needs.
import { searchUi as ui } from '../i18n/ui';
import { bestSection, rankingOptions, runSearch, type Pagefind, type SearchData } from '../lib/search-engine';

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
  load()
    .then(([pf, data]) => Promise.all((data.preload ?? []).map((term) => pf.preload(term))))
    .catch(() => {});
else input.addEventListener('focus', () => load().catch(() => {}), { once: true });

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
// "nguyenvan": search exactly what was typed (the link under a restored reading).
let exact = params.has('nguyenvan');
const section = params.get('muc') ?? '';
form.querySelectorAll<HTMLInputElement>('input[name=muc]').forEach((r) => (r.checked = r.value === section));

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
  const found = await runSearch(pf, q, data, { filters: muc ? { section: muc } : undefined, exact });
  if (!found || ticket !== latest) return; // a newer query is on its way
  const { reading, hits, suggestion } = found;
  status.textContent = hits.length ? ui['search.results'](hits.length, reading) : ui['search.none'](reading);
  // An honest note: the marks were added (with a link to what was typed), or a closer query.
  if (reading !== q)
    note.innerHTML = `${ui['search.accented']} <a href="${escapeHtml(queryLink(q, '&nguyenvan'))}">${escapeHtml(ui['search.exact'](q))}</a>`;
  if (suggestion)
    note.insertAdjacentHTML(
      'beforeend',
      `<span class="block">${ui['search.suggest']} <a href="${escapeHtml(queryLink(suggestion))}">${escapeHtml(suggestion)}</a></span>`,
    );
  empty.hidden = hits.length > 0;
  // One slot per result; all excerpts are requested at once and each result is shown as soon as it
  // and those ranked above it have arrived, so the list fills in rank order without jumping.
  let shown: Promise<unknown> = Promise.resolve();
  list.replaceChildren(
    ...hits.slice(0, 10).map((hit) => {
      const li = document.createElement('li');
      li.className = 'card';
      li.hidden = true;
      const page = hit.data?.();
      shown = Promise.all([page, shown]).then(([d]) => {
        const to = d ? bestSection(d, hit, found, data) : { url: hit.target!.url, title: undefined, excerpt: '' };
        const where = [d?.filters.section?.[0], to.title].filter(Boolean).join(' · ');
        li.innerHTML =
          `<h2 class="m-0 text-lg"><a href="${escapeHtml(to.url)}">${escapeHtml(d?.meta.title ?? hit.target!.title)}</a></h2>` +
          `<p class="m-0 muted">${escapeHtml(where)}</p>` +
          (to.excerpt ? `<p class="m-0 mt-1">${to.excerpt}</p>` : '');
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
input.addEventListener('input', () => ((exact = false), clearTimeout(timer), (timer = setTimeout(run, 0))));
form.addEventListener('change', (e) => (e.target as HTMLElement).matches('input[name=muc]') && run());
if (input.value) run();
