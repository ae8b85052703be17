/**
 * `npm run check` and the build's first step: validates every content file with the same schemas
 * Astro uses, plus what Astro does not check (references, duplicates, links, images, raw HTML),
 * and reports every problem at once with its file, line and field.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import { z } from 'astro/zod';
import { markdownTypes, dataFiles, type MarkdownType } from '../../schemas/index.ts';
import type { CollectionName, RefFn } from '../../schemas/common.ts';
import { addMonths, todayInVietnam } from '../dates.ts';
import { slugify } from '../text.ts';
import { fixedRoutes } from '../site-map.ts';
import { useEditorMessages } from '../../schemas/messages.ts';
import { parseMarkdown, parseYamlFile, lineOf, type ParsedFile } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { checkEvents } from './events.ts';
import { checkSources } from './sources.ts';

type Key = keyof typeof markdownTypes;
interface Entry {
  key: Key;
  id: string;
  path: string;
  parsed: ParsedFile;
}

const forbiddenHtml: [RegExp, string][] = [
  [
    /<\s*(script|iframe|object|embed|style|form|input|button|link|meta|base|frame|img|svg)\b/i,
    'Không được dùng thẻ HTML <$1> trong nội dung.',
  ],
  [/<[a-z][^>]*\son[a-z]+\s*=/i, 'Không được dùng thuộc tính sự kiện "on…=" (mã chạy) trong nội dung.'],
  [/\]\(\s*javascript:|href\s*=\s*["']?\s*javascript:/i, 'Không được dùng liên kết "javascript:".'],
];

function filesOf(contentDir: string, t: MarkdownType) {
  const dir = join(contentDir, t.folder);
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.md') && matchesGlob(f, t.pattern))
    .map((f) => ({ id: f.replace(/\.md$/, ''), path: join(dir, f) }));
}

const fixFor = (issue: z.core.$ZodIssue, field: string) =>
  issue.code === 'invalid_type' && issue.input === undefined
    ? `Thêm dòng "${field}: …" (xem mẫu trong content/README.md).`
    : issue.message.startsWith('Không có "')
      ? 'Dùng đúng tên một tệp có trong thư mục đó (bỏ ".md"), hoặc tạo tệp mới bằng "npm run new".'
      : issue.code === 'unrecognized_keys'
        ? 'Sửa tên trường cho đúng mẫu, hoặc xóa dòng đó.'
        : 'Sửa theo hướng dẫn của trường này trong content/README.md.';

useEditorMessages();

export function checkContent(contentDir = './content', today = todayInVietnam()): Problem[] {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(process.cwd(), p) || p;
  const add = (
    path: string,
    line: number,
    field: string,
    message: string,
    fix = '',
    level: Problem['level'] = 'error',
  ) => problems.push({ file: rel(path), line, field, message, fix, level });

  // 1. Read every Markdown entry and note its id, so references can be checked while validating.
  const entries: Entry[] = [];
  for (const key of Object.keys(markdownTypes) as Key[])
    for (const f of filesOf(contentDir, markdownTypes[key]))
      entries.push({ key, ...f, parsed: parseMarkdown(readFileSync(f.path, 'utf8')) });
  const ids = new Map<string, Set<string>>();
  for (const e of entries) ids.set(e.key, (ids.get(e.key) ?? new Set()).add(e.id));
  const ref = ((collection: CollectionName) =>
    z.string().superRefine((v, ctx) => {
      if (!ids.get(collection)?.has(v))
        ctx.addIssue({
          code: 'custom',
          message: `Không có "${v}" trong content/${markdownTypes[collection].folder}/.`,
          input: v,
        });
    })) as unknown as RefFn;

  // 2. Routes that exist, for links written in content.
  const routes = new Set(fixedRoutes);
  for (const e of entries) {
    const route = (markdownTypes[e.key] as MarkdownType).route?.(e.id);
    if (route) routes.add(route.split('#')[0]);
  }
  problems.push(...checkEvents(contentDir, routes)); // yearly events and moved addresses; adds their routes
  problems.push(...checkSources(contentDir)); // source tiers, the plan as a source, tel: links, laws' official texts

  const titles = new Map<string, Entry>();
  for (const e of entries) {
    const t = markdownTypes[e.key] as MarkdownType;
    const { parsed } = e;
    if (parsed.error) {
      add(e.path, parsed.error.line, '', parsed.error.message, 'Kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề.');
      continue;
    }
    if (e.id !== e.id.split('/').map(slugify).join('/'))
      add(
        e.path,
        1,
        '(tên tệp)',
        `Tên tệp "${e.id}.md" phải viết thường, không dấu, nối bằng dấu gạch ngang.`,
        `Đổi tên thành "${e.id.split('/').map(slugify).join('/')}.md".`,
      );
    const result = t.schema(ref).safeParse(parsed.data);
    if (!result.success)
      for (const issue of result.error.issues) {
        // A misspelt field is reported at its own line, so editors see which one.
        const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
        for (const path of paths)
          add(
            e.path,
            lineOf(parsed, path as (string | number)[]),
            path.join('.'),
            issue.message,
            fixFor(issue, path.join('.')),
          );
      }
    const data = (result.success ? result.data : parsed.data) as {
      title?: string;
      name?: string;
      reviewedOn?: string;
      reviewEveryMonths?: number;
      draft?: boolean;
    };
    const title = data.title ?? data.name;
    if (title && e.key !== 'planParts') {
      const key = `${e.key}:${slugify(title)}`;
      const first = titles.get(key);
      if (first)
        add(
          e.path,
          lineOf(parsed, [data.title ? 'title' : 'name']),
          data.title ? 'title' : 'name',
          `Trùng tiêu đề với ${rel(first.path)}.`,
          'Đặt tiêu đề khác để người đọc phân biệt được hai trang.',
        );
      else titles.set(key, e);
    }
    if (result.success && data.reviewedOn && addMonths(data.reviewedOn, data.reviewEveryMonths ?? 12) < today)
      add(
        e.path,
        lineOf(parsed, ['reviewedOn']),
        'reviewedOn',
        `Đã quá hạn rà soát (${addMonths(data.reviewedOn, data.reviewEveryMonths ?? 12)}).`,
        'Đọc lại trang, đối chiếu nguồn, rồi cập nhật reviewedOn.',
        'warning',
      );
    checkBody(e, routes, add);
  }

  // 3. Data files (YAML).
  for (const d of Object.values(dataFiles)) {
    const path = join(contentDir, d.file);
    if (!existsSync(path)) {
      add(path, 1, '', 'Thiếu tệp.', 'Khôi phục tệp từ bản trước.');
      continue;
    }
    const parsed = parseYamlFile(readFileSync(path, 'utf8'));
    if (parsed.error) {
      add(path, parsed.error.line, '', parsed.error.message, 'Kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề.');
      continue;
    }
    const list = Object.entries(d.entries(parsed.data));
    list.forEach(([, value], i) => {
      const r = d.schema(ref).safeParse(value);
      if (!r.success)
        for (const issue of r.error.issues) {
          const path2 = (Array.isArray(parsed.data) ? [i, ...issue.path] : issue.path) as (string | number)[];
          add(
            path,
            lineOf(parsed, path2),
            path2.join('.'),
            issue.message,
            fixFor(issue, String(issue.path.at(-1) ?? '')),
          );
        }
    });
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function checkBody(
  e: Entry,
  routes: Set<string>,
  add: (path: string, line: number, field: string, message: string, fix?: string) => void,
) {
  const lines = e.parsed.body.split('\n');
  lines.forEach((text, i) => {
    const line = e.parsed.bodyLine + i;
    for (const [re, msg] of forbiddenHtml) {
      const m = re.exec(text);
      if (m)
        add(
          e.path,
          line,
          '(nội dung)',
          msg.replace('$1', m[1] ?? ''),
          'Xóa đoạn HTML này; dùng cú pháp Markdown (chỉ cho phép <details> và <summary>).',
        );
    }
    for (const m of text.matchAll(/!\[([^\]]*)\]\(/g))
      if (!m[1].trim())
        add(
          e.path,
          line,
          '(nội dung)',
          'Ảnh thiếu mô tả (alt).',
          'Viết mô tả ảnh trong ngoặc vuông: ![Mô tả ảnh](duong-dan.jpg).',
        );
    for (const m of text.matchAll(/\]\((\/[^)\s#?]*)/g))
      if (!routes.has(m[1]) && !routes.has(`${m[1]}/`))
        add(
          e.path,
          line,
          '(nội dung)',
          `Liên kết đến trang không có: ${m[1]}`,
          'Sửa đường dẫn (xem Mục lục toàn trang /muc-luc/), hoặc bỏ liên kết.',
        );
  });
}
