/**
 * The one place where dates become text. Content dates are Việt Nam calendar days ("2026-09-25")
 * or moments with "+07:00"; both are formatted in Asia/Ho_Chi_Minh whatever the build machine's zone.
 */
const weekdays = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const TZ_OFFSET_MS = 7 * 3600 * 1000;

/** Calendar parts of a day or a moment, in Việt Nam time. */
function dayParts(value: string) {
  const d = value.length === 10 ? new Date(`${value}T00:00:00Z`) : new Date(new Date(value).getTime() + TZ_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/** "25/9/2026" */
export const formatDate = (value: string) => {
  const p = dayParts(value);
  return `${p.day}/${p.month}/${p.year}`;
};

/** "Thứ Sáu, 25/9/2026" (and ", 08:00" when the value has a time). */
export const formatLongDate = (value: string) => {
  const p = dayParts(value);
  const time = value.length > 10 ? `, ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}` : '';
  return `${weekdays[p.weekday]}, ${p.day}/${p.month}/${p.year}${time}`;
};

/** "Tháng 6/2026" */
export const formatMonth = (value: string) => {
  const p = dayParts(value);
  return `Tháng ${p.month}/${p.year}`;
};

/** The Việt Nam calendar day of a value: "2026-06-01". */
export const isoDay = (value: string) => {
  const p = dayParts(value);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
};

/** Today's calendar day in Việt Nam ("2026-12-02"), whatever the zone of the machine it runs on. */
export const todayInVietnam = (now = Date.now()) => new Date(now + TZ_OFFSET_MS).toISOString().slice(0, 10);

/** Add months to a calendar day (used for review due dates). */
export const addMonths = (day: string, months: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};
