// "Upcoming" depends on today, so it is decided here in the browser, never at build time.
// Lists marked data-upcoming-list hide past items (keeping at most data-limit);
// on the events page, items already past move to the "Đã diễn ra" list, newest first.
const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10); // Việt Nam date
document.querySelectorAll<HTMLElement>('[data-upcoming-list]').forEach((list) => {
  const limit = Number(list.dataset.limit ?? Infinity);
  let shown = 0;
  list.querySelectorAll<HTMLElement>('[data-last-day]').forEach((item) => {
    item.hidden = (item.dataset.lastDay ?? '') < today || ++shown > limit;
  });
});
const past = document.querySelector<HTMLElement>('[data-past-list]');
if (past) {
  const moved = [...document.querySelectorAll<HTMLElement>('[data-month-group]')].filter((g) => (g.dataset.lastDay ?? '') < today);
  moved.reverse().forEach((g) => past.append(g));
  past.closest<HTMLElement>('section')!.hidden = moved.length === 0;
}
