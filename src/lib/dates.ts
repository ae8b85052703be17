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

const clock = (p: ReturnType<typeof dayParts>) =>
  `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
const inWords = (p: ReturnType<typeof dayParts>, withYear = true) =>
  `${weekdays[p.weekday]}, ngày ${p.day} tháng ${p.month}${withYear ? ` năm ${p.year}` : ''}`;

/**
 * When something happens, in words and then in numbers, for print: "Thứ Ba, ngày 1 tháng 6 năm 2027
 * (1/6/2027)"; a span "Từ Thứ Hai, ngày 1 tháng 6 đến Thứ Ba, ngày 30 tháng 6 năm 2026 (1/6–30/6/2026)";
 * times "…, từ 08:00 đến 11:00"; with precision "month" only the month: "Tháng 6 năm 2027 (6/2027)".
 */
export function spanInWords(start: string, end?: string, precision: 'day' | 'month' = 'day') {
  const a = dayParts(start);
  if (precision === 'month') return `Tháng ${a.month} năm ${a.year} (${a.month}/${a.year})`;
  const b = end ? dayParts(end) : undefined;
  const timed = start.length > 10;
  if (!b || isoDay(start) === isoDay(end!)) {
    const time = !timed ? '' : b ? `, từ ${clock(a)} đến ${clock(b)}` : `, lúc ${clock(a)}`;
    return `${inWords(a)}${time} (${formatDate(start)})`;
  }
  const sameYear = a.year === b.year;
  const from = `${inWords(a, !sameYear)}${timed ? `, ${clock(a)}` : ''}`;
  const to = `${inWords(b)}${timed ? `, ${clock(b)}` : ''}`;
  const numbers = sameYear ? `${a.day}/${a.month}–${formatDate(end!)}` : `${formatDate(start)}–${formatDate(end!)}`;
  return `Từ ${from} đến ${to} (${numbers})`;
}
