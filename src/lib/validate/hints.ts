/**
 * The fix for each kind of mistake, worked out from what the editor actually wrote (the value as
 * typed in the file, before YAML turned it into a number or a date), so the hint is right for the case.
 */
import type { z } from 'astro/zod';
import { sourceOf, type ContentFile } from './frontmatter.ts';
import { typeNames } from '../../schemas/messages.ts';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (s: string) => isoDay.test(s) && !isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s);
const pad = (n: string) => n.padStart(2, '0');

/** What the file holds at a path (undefined when the line is missing). */
export function valueAt(data: unknown, path: readonly PropertyKey[]) {
  let v: unknown = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** "numbers.0.number" → "number": the name written at the start of the line. */
const keyName = (path: readonly PropertyKey[]) => String([...path].reverse().find((k) => typeof k === 'string') ?? '');

const distance = (a: string, b: string) => {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length];
};
/** The allowed value closest to what was written, if it is close. */
export const closest = (written: string, options: readonly string[]) =>
  options
    .map((o) => [o, distance(written.toLowerCase(), o)] as const)
    .filter(([, d]) => d <= Math.max(2, Math.floor(written.length / 3)))
    .sort((a, b) => a[1] - b[1])[0]?.[0];

const guide = '(xem mẫu trong content/README.md)';

/** How to write the date the editor meant ("1/6/2027", "2024-2-3", "2024-02-30"…). */
function dateFix(key: string, written: string) {
  const text = written.trim().replace(/^["']|["']$/g, '');
  // Vietnamese order: 1/6/2027 is the 1st of June.
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (vn && realDay(`${vn[3]}-${pad(vn[2])}-${pad(vn[1])}`))
    return `Viết ${key}: "${vn[3]}-${pad(vn[2])}-${pad(vn[1])}" (năm-tháng-ngày, trong dấu ngoặc kép).`;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const [, y, m, d] = iso;
    if (realDay(`${y}-${pad(m)}-${pad(d)}`))
      return `Viết ${key}: "${y}-${pad(m)}-${pad(d)}" (tháng và ngày đủ hai chữ số, trong dấu ngoặc kép).`;
    if (+m < 1 || +m > 12)
      return `Tháng ${m} không có (tháng từ 01 đến 12): sửa ${key} thành một ngày có thật, dạng "YYYY-MM-DD".`;
    const last = new Date(Date.UTC(+y, +m, 0)).getUTCDate();
    return `Tháng ${pad(m)}/${y} chỉ có ${last} ngày: sửa ${key} thành một ngày có thật, ví dụ "${y}-${pad(m)}-${last}".`;
  }
  return `Viết ngày dạng năm-tháng-ngày trong dấu ngoặc kép, ví dụ ${key}: "2026-06-01".`;
}

/** Message and fix for one schema issue. */
export function explain(issue: z.core.$ZodIssue, file: ContentFile, path: readonly PropertyKey[], schema: z.ZodType) {
  const value = valueAt(file.data, path);
  const key = keyName(path);
  const written = sourceOf(file, path)?.trim();
  // Some fields say "Thiếu …" for any wrong value; a value of the wrong type is not missing.
  const message =
    issue.code === 'invalid_type' && value !== undefined && issue.message.startsWith('Thiếu')
      ? `Sai kiểu: cần ${typeNames[issue.expected] ?? issue.expected}.`
      : issue.message;
  const fix = (text: string) => ({ message, fix: text });

  if (issue.code === 'unrecognized_keys') {
    const near = closest(key, fieldsAt(schema, path.slice(0, -1)));
    return fix(
      near ? `Có phải "${near}"? Sửa tên trường, hoặc xóa dòng đó.` : 'Sửa tên trường cho đúng mẫu, hoặc xóa dòng đó.',
    );
  }
  if (value === undefined && issue.code !== 'custom') return fix(`Thêm dòng "${key}: …" ${guide}.`);
  if (value instanceof Date) {
    const day = written ?? '';
    return fix(realDay(day) ? `Viết ${key}: "${day}" (có dấu ngoặc kép).` : dateFix(key, day));
  }
  if (/không thể trước/.test(message))
    return fix('Sửa một trong hai ngày cho đúng thứ tự: ngày kết thúc bằng hoặc sau ngày bắt đầu.');
  if (issue.code === 'invalid_type' && issue.expected === 'boolean') {
    const text = String(value).trim().toLowerCase();
    if (text === 'true' || text === 'false') return fix(`Viết ${key}: ${text} (bỏ dấu ngoặc kép).`);
    const yes = ['yes', 'y', 'on', 'có', 'co', 'đúng'].includes(text);
    const no = ['no', 'n', 'off', 'không', 'khong', 'sai'].includes(text);
    return fix(yes ? `Viết ${key}: true.` : no ? `Viết ${key}: false.` : `Viết ${key}: true hoặc ${key}: false.`);
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && ['number', 'boolean'].includes(typeof value))
    return fix(`Đặt giá trị trong dấu ngoặc kép: ${key}: "${written ?? String(value)}".`);
  if (typeof value === 'string' && message.startsWith('Ngày không có thật')) return fix(dateFix(key, value));
  if (typeof value === 'string' && message.startsWith('Số điện thoại'))
    return fix(
      /^[\d\s.()+-]+$/.test(value)
        ? `Chỉ viết chữ số: ${key}: "${value.replace(/\D/g, '')}".`
        : `Chỉ viết chữ số, không có chữ cái, ví dụ ${key}: "111".`,
    );
  if (issue.code === 'invalid_value' && typeof value === 'string') {
    const near = closest(value, issue.values.map(String));
    return fix(
      near
        ? `Có phải ${key}: ${near}? Chọn một giá trị trong danh sách trên.`
        : 'Chọn một giá trị trong danh sách trên.',
    );
  }
  if (message.includes('là bản nháp'))
    return fix('Đăng tệp đó trước (xóa dòng draft: true trong tệp ấy), hoặc bỏ tên này khỏi đây.');
  if (message.startsWith('Không có "'))
    return fix('Dùng đúng tên một tệp có trong thư mục đó (bỏ ".md"), hoặc tạo tệp mới bằng "npm run new".');
  return fix(`Sửa theo hướng dẫn của trường "${key}" ${guide}.`);
}

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
}
/** The field names the schema accepts at a path (for "did you mean"). */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const unwrap = () => {
    while (def.innerType || (def.type === 'pipe' && def.in)) def = (def.innerType ?? def.in)!._zod.def;
  };
  unwrap();
  for (const k of path) {
    const next = def.type === 'object' ? def.shape?.[String(k)] : def.type === 'array' ? def.element : undefined;
    if (!next) return [];
    def = next._zod.def;
    unwrap();
  }
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
