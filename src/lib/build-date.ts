/**
 * The day the site is built "as of": which yearly events exist (through twelve months after it) and
 * which are listed as upcoming without JavaScript. `BUILD_DATE=YYYY-MM-DD` sets it (tests build as of
 * a fixed day); by default it is today in Việt Nam. Read here only.
 */
import { todayInVietnam } from './dates.ts';

export function buildDate(): string {
  const value = process.env.BUILD_DATE;
  if (!value) return todayInVietnam();
  const time = Date.parse(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value)
    throw new Error(`BUILD_DATE phải là một ngày có thật dạng YYYY-MM-DD, ví dụ 2026-12-02 (đang là "${value}").`);
  return value;
}
