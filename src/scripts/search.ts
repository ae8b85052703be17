// The search page: Pagefind's JS API behind a plain GET form. The engine starts loading when the
// page opens, so the ~6 sequential round trips overlap with the reader typing.
import { ui } from '../i18n/ui';

type Result = { url: string; excerpt: string; meta: { title?: string }; filters: { section?: string[] } };
type Pagefind = {
  init: () => Promise<void>;
  search: (q: string, o?: object) => Promise<{ results: { data: () => Promise<Result> }[] } | null>;
  debouncedSearch: (q: string, o?: object, ms?: number) => Promise<{ results: { data: () => Promise<Result> }[] } | null>;
};

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const empty = document.querySelector<HTMLElement>('[data-search-empty]')!;
const failed = document.querySelector<HTMLElement>('[data-search-error]')!;

const engineUrl = '/pagefind/pagefind.js';
const engine: Promise<Pagefind> = import(/* @vite-ignore */ engineUrl).then(async (pf: Pagefind) => (await pf.init(), pf));
engine.catch(() => (failed.hidden = false));

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
const section = params.get('muc') ?? '';
form.querySelectorAll<HTMLInputElement>('input[name=muc]').forEach((r) => (r.checked = r.value === section));

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function run(debounce: boolean) {
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
  const found = await (debounce ? pf.debouncedSearch(q, options, 250) : pf.search(q, options));
  if (!found) return; // superseded by a newer query
  const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
  list.innerHTML = results
    .map((r) => `<li class="card"><h2 class="m-0 text-lg"><a href="${escapeHtml(r.url)}">${escapeHtml(r.meta.title ?? r.url)}</a></h2>` +
      `<p class="m-0 muted">${escapeHtml(r.filters.section?.[0] ?? '')}</p><p class="m-0 mt-1">${r.excerpt}</p></li>`)
    .join('');
  status.textContent = results.length ? ui['search.results'](found.results.length, q) : ui['search.none'](q);
  empty.hidden = results.length > 0;
}

form.addEventListener('submit', (e) => (e.preventDefault(), run(false)));
input.addEventListener('input', () => run(true));
form.addEventListener('change', (e) => (e.target as HTMLElement).matches('input[name=muc]') && run(false));
if (input.value) run(false);
