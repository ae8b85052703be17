/**
 * `npm run new -- su-kien-nam <quy-tắc> <năm>`: a draft file for one year's details of a yearly
 * event (content/su-kien/hang-nam/<quy-tắc>.md), named with the address of that year's page, with
 * the fields a year may add commented out until an editor has a source for them.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { contentDir } from '../lib/content-paths.ts';
import { formatDate } from '../lib/dates.ts';
import { occurrenceId, ruleSpan, everyLabel, type RuleData } from '../lib/occurrences.ts';
import { readMarkdown } from '../lib/validate/frontmatter.ts';
import { markdownTypes } from '../schemas/index.ts';
import { url } from '../lib/site-map.ts';
import type { RefFn } from '../schemas/common.ts';

/** Writes the file and returns the exit code; every message is for editors. */
export function newYearDetails(ruleId = '', yearText = ''): number {
  const rulesDir = join(contentDir, markdownTypes.eventRules.folder);
  const known = existsSync(rulesDir)
    ? readdirSync(rulesDir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => f.slice(0, -3))
    : [];
  const fail = (message: string) => (console.error(message), 1);
  if (!known.includes(ruleId) || !/^\d{4}$/.test(yearText))
    return fail(`Cách dùng: npm run new -- su-kien-nam <quy-tắc> <năm>, ví dụ: npm run new -- su-kien-nam ${known[0] ?? 'ten-quy-tac'} 2027
Quy tắc (tệp trong ${rulesDir}): ${known.join(', ')}`);
  const parsed = readMarkdown(readFileSync(join(rulesDir, `${ruleId}.md`), 'utf8'));
  const result = markdownTypes.eventRules.schema((() => z.string()) as unknown as RefFn).safeParse(parsed.data);
  if (parsed.error || !result.success) return fail(`Quy tắc ${ruleId} đang có lỗi: chạy "npm run check" và sửa trước.`);
  const rule: RuleData<unknown> = result.data;
  const year = Number(yearText);
  if (year < rule.since) return fail(`Quy tắc ${ruleId} bắt đầu từ năm ${rule.since} (since).`);
  const id = occurrenceId(ruleId, rule.every, year);
  const file = join(contentDir, 'su-kien', `${id}.md`);
  if (existsSync(file)) return fail(`Đã có tệp ${file}. Sửa tệp đó.`);
  const span = ruleSpan(rule.every, year);
  const days = span.end ? `${formatDate(span.start)}–${formatDate(span.end)}` : formatDate(span.start);
  writeFileSync(
    file,
    `---
draft: true # xóa dòng này khi đã điền đủ và muốn đăng
rule: ${ruleId} # ${everyLabel(rule.every)} hằng năm; tiêu đề, mô tả, loại, nguồn chung lấy từ content/su-kien/hang-nam/${ruleId}.md
# Chỉ ghi điều riêng của năm ${year} mà nguồn bên dưới nói rõ: bỏ dấu # ở đầu dòng khi đã có nguồn.
# theme: "THAY BẰNG chủ đề chính thức năm ${year}"
# start: "${span.start}" # ngày chính xác, nếu nguồn nêu; phải trong ${days}
# end: "${span.end ?? span.start}"
# location: "THAY BẰNG địa điểm"
# organizers: [] # tên tệp trong content/co-quan, ví dụ [so-y-te-dak-lak]
# description: "THAY BẰNG một câu giới thiệu năm ${year} (20–200 ký tự)"
sources:
  - title: "THAY BẰNG tên nguồn của năm ${year}"
    url: "https://example.org/thay-bang-nguon-that"
---
THAY BẰNG hoạt động năm ${year} tại Buôn Ma Thuột (có nguồn), hoặc xóa dòng này.
`,
  );
  console.log(
    `Đã tạo ${file} (bản nháp) cho năm ${year}: trang ${url.event(id)}. Điền những gì có nguồn, xóa dòng draft, rồi chạy "npm run check".`,
  );
  return 0;
}
