/**
 * Checks across event files that a single file's schema cannot make: a year's details file must
 * match its rule (name, year, days), a rule needs a source with an address, a plain event must not
 * repeat a yearly one, and every moved address (content/chuyen-huong.yaml) must lead to a page.
 * Adds the addresses of the yearly events and of the moved pages to `routes`, so links written in
 * content to them are valid.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { markdownTypes } from '../../schemas/index.ts';
import { redirectSchema } from '../../schemas/redirect.ts';
import type { RefFn } from '../../schemas/common.ts';
import { buildDate } from '../build-date.ts';
import { formatDate, isoDay } from '../dates.ts';
import { slugify } from '../text.ts';
import { url } from '../site-map.ts';
import { isSiteAddress } from '../source-tiers.ts';
import {
  buildEvents,
  detailsYear,
  everyLabel,
  occurrenceId,
  refId,
  ruleSpan,
  type EventData,
  type RuleData,
} from '../occurrences.ts';
import { readMarkdown, readDataFile, lineOf, type ContentFile } from './frontmatter.ts';
import type { Problem } from './problems.ts';

interface Read<D> {
  id: string;
  path: string;
  parsed: ContentFile;
  data: D;
}

// References are checked by the main checker; here they are plain names.
const plainRef = (() => z.string()) as unknown as RefFn;

function readValid<D>(dir: string, schema: z.ZodType): Read<D>[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
    .flatMap((f) => {
      const path = join(dir, f);
      const parsed = readMarkdown(readFileSync(path, 'utf8'));
      const result = schema.safeParse(parsed.data);
      return parsed.error || !result.success ? [] : [{ id: f.slice(0, -3), path, parsed, data: result.data as D }];
    });
}

export function checkEvents(contentDir: string, routes: Set<string>, asOf = buildDate()): Problem[] {
  const problems: Problem[] = [];
  // As the main checker prints paths: from content/, whatever folder holds it.
  const rel = (p: string) => `content/${relative(contentDir, p)}`;
  const add = (file: Read<unknown> | string, path: (string | number)[], message: string, fix: string, warn = false) =>
    problems.push({
      file: rel(typeof file === 'string' ? file : file.path),
      line: typeof file === 'string' || path[0] === '(tên tệp)' ? 1 : lineOf(file.parsed, path),
      field: path.join('.'),
      message,
      fix,
      level: warn ? 'warning' : 'error',
    });

  const { events: eventType, eventRules: ruleType } = markdownTypes;
  const rules = readValid<RuleData<string>>(join(contentDir, ruleType.folder), ruleType.schema(plainRef));
  const files = readValid<EventData<string>>(join(contentDir, eventType.folder), eventType.schema(plainRef));
  const ruleById = new Map(rules.map((r) => [r.id, r]));

  for (const r of rules)
    if (!r.data.sources.some((s) => !isSiteAddress(s.url)))
      add(
        r,
        ['sources'],
        'Quy tắc hằng năm cần ít nhất một nguồn có địa chỉ web (văn bản hoặc trang nói ngày này lặp lại hằng năm).',
        'Thêm một nguồn có "url: https://…" dưới sources.',
      );

  for (const f of files) {
    if (!f.data.rule) continue;
    const rule = ruleById.get(refId(f.data.rule));
    if (!rule) continue;
    const { every, since } = rule.data;
    const year = detailsYear(f.id) ?? (f.data.start ? Number(f.data.start.slice(0, 4)) : undefined);
    const ruleText = `quy tắc ${rule.id} (${everyLabel(every)})`;
    if (year === undefined) {
      add(
        f,
        ['(tên tệp)'],
        `Tên tệp chi tiết của một năm phải kết thúc bằng năm, ví dụ "…-${rule.id}-2027.md".`,
        `Tạo lại bằng "npm run new -- su-kien-nam ${rule.id} <năm>", hoặc đổi tên cho đúng dạng đó.`,
      );
      continue;
    }
    if (year < since) {
      add(
        f,
        ['rule'],
        `Năm ${year} trước năm bắt đầu (since: ${since}) của ${ruleText}.`,
        `Sửa since trong ${rel(rule.path)}, hoặc bỏ tệp này.`,
      );
      continue;
    }
    const expected = occurrenceId(rule.id, every, year);
    if (f.id !== expected)
      add(
        f,
        ['(tên tệp)'],
        `Tên tệp không khớp ${ruleText}: năm ${year} là "${expected}.md".`,
        `Đổi tên tệp thành "${expected}.md" (địa chỉ trang của năm ${year} luôn là ${url.event(expected)}).`,
      );
    const span = ruleSpan(every, year);
    const last = span.end ?? span.start;
    const range = span.end ? `${formatDate(span.start)}–${formatDate(last)}` : formatDate(span.start);
    for (const field of ['start', 'end'] as const) {
      const value = f.data[field];
      if (value && (isoDay(value) < span.start || isoDay(value) > last))
        add(
          f,
          [field],
          `Ngày ${formatDate(value)} trái với ${ruleText}: năm ${year} là ${range}.`,
          `Sửa ${field} cho nằm trong ${range}; nếu nguồn không nêu ngày chính xác thì xóa dòng này.`,
        );
    }
  }

  // The events the site will show (drafts left out), to compare plain events with yearly ones.
  const shown = buildEvents(
    files.filter((f) => !f.data.draft),
    rules.filter((r) => !r.data.draft),
    asOf,
  );
  const yearly = shown.filter((e) => e.yearly);
  for (const f of files) {
    if (f.data.rule || !f.data.title) continue;
    const day = f.data.start && isoDay(f.data.start);
    const same = yearly.find((e) => slugify(e.title) === slugify(f.data.title!));
    const near = yearly.find((e) => e.when.start === day && e.category === f.data.category);
    const twin = same ?? near;
    if (twin)
      add(
        f,
        ['title'],
        `${same ? 'Trùng tiêu đề với' : 'Cùng ngày và cùng loại với'} sự kiện hằng năm "${twin.title}" (${rel(ruleById.get(twin.yearly!.rule)!.path)}).`,
        `Nếu đây là chi tiết của năm ${twin.yearly!.year}: tạo bằng "npm run new -- su-kien-nam ${twin.yearly!.rule} ${twin.yearly!.year}" và chuyển nội dung sang đó.`,
        !same,
      );
  }

  for (const e of yearly) routes.add(url.event(e.id));
  checkRedirects(join(contentDir, 'chuyen-huong.yaml'), routes, add);
  return problems;
}

/** Each old address must not be a page still, and must lead to a page that exists. */
function checkRedirects(
  path: string,
  routes: Set<string>,
  add: (file: Read<unknown>, path: (string | number)[], message: string, fix: string) => void,
) {
  if (!existsSync(path)) return;
  const parsed = readDataFile(readFileSync(path, 'utf8'));
  if (parsed.error || !Array.isArray(parsed.data)) return;
  const file = { id: 'chuyen-huong', path, parsed, data: undefined };
  const list = (parsed.data as unknown[]).flatMap((r, i) => {
    const ok = redirectSchema.safeParse(r);
    return ok.success ? [{ ...ok.data, i }] : [];
  });
  const from = new Set<string>();
  for (const r of list) {
    if (routes.has(r.from))
      add(
        file,
        [r.i, 'from'],
        `${r.from} vẫn là một trang đang có: không thể chuyển đi.`,
        'Xóa mục này, hoặc kiểm tra lại địa chỉ cũ.',
      );
    else if (from.has(r.from)) add(file, [r.i, 'from'], `${r.from} đã có ở một mục trên.`, 'Xóa một trong hai mục.');
    from.add(r.from);
  }
  for (const r of list)
    if (!routes.has(r.to))
      add(
        file,
        [r.i, 'to'],
        from.has(r.to) ? `${r.to} cũng là một địa chỉ đã chuyển.` : `Không có trang ${r.to}.`,
        'Ghi địa chỉ của một trang đang có (xem Mục lục toàn trang /muc-luc/).',
      );
  for (const f of from) routes.add(f);
}
