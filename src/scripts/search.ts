// The search page: Pagefind's JS API behind a plain GET form. The engine starts loading when the
// page opens, so the ~6 sequential round trips overlap with the reader typing.
import { ui } from '../i18n/ui';
import { rankingOptions, runSearch, type SynonymGroups } from '../lib/search-engine';

type Result = { url: string; excerpt: string; meta: { title?: string }; filters: { section?: string[] } };
type Pagefind = {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: object) => Promise<{ results: { id: string; score: number; data: () => Promise<Result> }[] } | null>;
};

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const empty = document.querySelector<HTMLElement>('[data-search-empty]')!;
const failed = document.querySelector<HTMLElement>('[data-search-error]')!;

const engineUrl = '/pagefind/pagefind.js';
const synonyms = JSON.parse(document.getElementById('dong-nghia')?.textContent ?? '[]') as SynonymGroups;
const engine: Promise<Pagefind> = import(/* @vite-ignore */ engineUrl).then(async (pf: Pagefind) => (await pf.options(rankingOptions), await pf.init(), pf));
engine.catch(() => (failed.hidden = false));

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
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
  if (muc) url.searchParams.set('muc', muc); else url.searchParams.delete('muc');
  history.replaceState(null, '', url);
  empty.hidden = true;
  if (!q) return ((list.innerHTML = ''), (status.textContent = ''));
  status.textContent = ui['search.loading'];
  const pf = await engine;
  const options = muc ? { filters: { section: muc } } : {};
  const found = await runSearch(pf, q, synonyms, options);
  if (!found || ticket !== latest) return; // a newer query is on its way
  const results = (await Promise.all(found.slice(0, 20).map((r) => r.data()))) as Result[];
  list.innerHTML = results
    .map((r) => `<li class="card"><h2 class="m-0 text-lg"><a href="${escapeHtml(r.url)}">${escapeHtml(r.meta.title ?? r.url)}</a></h2>` +
      `<p class="m-0 muted">${escapeHtml(r.filters.section?.[0] ?? '')}</p><p class="m-0 mt-1">${r.excerpt}</p></li>`)
    .join('');
  status.textContent = results.length ? ui['search.results'](found.length, q) : ui['search.none'](q);
  empty.hidden = results.length > 0;
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (e) => (e.preventDefault(), run()));
// While typing, wait for a pause: every search may fetch more of the index on a slow network.
input.addEventListener('input', () => (clearTimeout(timer), (timer = setTimeout(run, 300))));
form.addEventListener('change', (e) => (e.target as HTMLElement).matches('input[name=muc]') && run());
if (input.value) run();
