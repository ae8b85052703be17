// Show the "past its review date" notice when today (in the reader's browser) is after the due day.
const today = new Date().toISOString().slice(0, 10);
document.querySelectorAll<HTMLElement>('[data-review-due]').forEach((el) => {
  if (today > (el.dataset.reviewDue ?? '9999')) el.hidden = false;
});
