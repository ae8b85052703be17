// The one small script of ordinary pages; each part acts only if its markup is there.
import { todayInVietnam } from '../lib/dates';

const today = todayInVietnam();

// Quick exit: blank the screen, then replace this page (and its history entry) with a neutral site.
const exitLink = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
if (exitLink) {
  const exit = (e?: Event) => {
    e?.preventDefault();
    const cover = document.createElement('div');
    cover.className = 'exit-overlay';
    document.body.append(cover);
    document.title = '';
    location.replace(exitLink.href);
  };
  exitLink.addEventListener('click', exit);
  // Shift three times within 5 s exits, but never while the person is typing in a field.
  let presses: number[] = [];
  document.addEventListener('keyup', (e) => {
    if (e.key !== 'Shift' || (e.target as HTMLElement).closest('input, textarea, select, [contenteditable]'))
      return void (presses = []);
    const now = Date.now();
    presses = [...presses.filter((p) => now - p < 5000), now];
    if (presses.length >= 3) exit();
  });
  // Coming back from the back/forward cache must not show a blank page.
  addEventListener('pageshow', () => document.querySelectorAll('.exit-overlay').forEach((c) => c.remove()));
}

// The offline emergency card: a service worker (src/lib/offline-card.ts) keeps /khan-cap/ for
// offline use. Its scope is the whole site so that any online visit lets the browser fetch a newer
// worker (and card) when the numbers change; it answers only for the card. Registered once the page
// has loaded: the page itself is whole in its first response.
if (document.querySelector('[data-offline-card]') && 'serviceWorker' in navigator)
  addEventListener('load', () => navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {}));

// Review notice: shown once today is past the page's review due date.
document
  .querySelectorAll<HTMLElement>('[data-review-due]')
  .forEach((el) => (el.hidden = today <= (el.dataset.reviewDue ?? '')));

// Events: "upcoming" depends on today, so it is decided here, never at build time. Lists marked
// data-upcoming-list hide past items (keeping at most data-limit); on the events page, months
// already past move to "Đã diễn ra", newest first.
document.querySelectorAll<HTMLElement>('[data-upcoming-list]').forEach((list) => {
  const limit = Number(list.dataset.limit ?? Infinity);
  let shown = 0;
  list
    .querySelectorAll<HTMLElement>('[data-last-day]')
    .forEach((item) => (item.hidden = (item.dataset.lastDay ?? '') < today || ++shown > limit));
});
const past = document.querySelector<HTMLElement>('[data-past-list]');
if (past) {
  const moved = [...document.querySelectorAll<HTMLElement>('[data-month-group]')].filter(
    (g) => (g.dataset.lastDay ?? '') < today,
  );
  moved.reverse().forEach((g) => past.append(g));
  past.closest('section')!.hidden = moved.length === 0;
}
document.querySelectorAll('[data-await-script]').forEach((el) => el.removeAttribute('data-await-script'));
