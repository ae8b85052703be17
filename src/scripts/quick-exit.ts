// Quick exit: blank the screen, then replace this page (and its history entry) with a neutral site.
const link = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
if (link) {
  const exit = (e?: Event) => {
    e?.preventDefault();
    const cover = document.createElement('div');
    cover.className = 'exit-overlay';
    document.body.append(cover);
    document.title = '';
    location.replace(link.href);
  };
  link.addEventListener('click', exit);
  // Shift three times within 5 s, never while the person is typing in a field.
  let presses: number[] = [];
  document.addEventListener('keyup', (e) => {
    const el = e.target as HTMLElement;
    if (e.key !== 'Shift' || el.closest('input, textarea, select, [contenteditable]')) return (presses = []), undefined;
    const now = Date.now();
    presses = [...presses.filter((p) => now - p < 5000), now];
    if (presses.length >= 3) exit();
  });
  // Coming back from the back/forward cache must not show a blank page.
  addEventListener('pageshow', () => document.querySelectorAll('.exit-overlay').forEach((c) => c.remove()));
}
