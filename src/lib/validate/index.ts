/**
 * `npm run check`, the build's first step and the dev preview's error page: reads content/ exactly
 * as the build does, validates every file with the schemas Astro uses, adds what Astro does not
 * check (references, duplicates, files nobody reads, addresses that collide, links and anchors,
 * images, raw HTML, template text) and reports every problem at once with its file, line and field.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { markdownTypes, dataFiles, editorFiles, type MarkdownType, type DataFile } from '../../schemas/index.ts';
import type { CollectionName, RefFn } from '../../schemas/common.ts';
import { addMonths, todayInVietnam } from '../dates.ts';
import { slugify } from '../text.ts';
import { fixedRoutes } from '../site-map.ts';
import { useEditorMessages } from '../../schemas/messages.ts';
import { readMarkdown, readDataFile, lineOf, sourceOf, type ContentFile } from './frontmatter.ts';
import { renderBody, checkBody } from './markdown.ts';
import { listFiles, filesRead, isDataFile, isImage, explainUnread, type MarkdownKey } from './files.ts';
import { texts, markupProblem, templateProblem } from './fields.ts';
import { explain } from './hints.ts';
import type { Problem } from './problems.ts';
import { checkEvents } from './events.ts';
import { checkSources } from './sources.ts';

interface Entry {
  key: MarkdownKey;
  id: string;
  /** Path under content/. */
  rel: string;
  path: string;
  file: ContentFile;
  draft: boolean;
  rendered: string;
}

export interface ContentReport {
  problems: Problem[];
  /** Drafts (paths under content/): shown by `npm run dev`, never published. */
  drafts: string[];
  /** Anchors the checker knows on each page (for the test that holds them to the build). */
  anchors: Map<string, Set<string>>;
}

const pathOf = (route: string) => route.split('#')[0];
const hashOf = (route: string) => route.split('#')[1];

useEditorMessages();

export function inspectContent(contentDir = './content', today = todayInVietnam()): ContentReport {
  const problems: Problem[] = [];
  const shown = (rel: string) => `content/${rel}`;
  const add = (
    rel: string,
    line: number,
    field: string,
    message: string,
    fix: string,
    level: Problem['level'] = 'error',
  ) => problems.push({ file: shown(rel), line, field, message, fix, level });

  // 1. Every file, and which collection reads it (Astro's glob patterns from the table).
  const files = listFiles(contentDir);
  const entries: Entry[] = [];
  const read = new Set<string>();
  for (const [key, rel] of filesRead(contentDir)) {
    read.add(rel);
    const path = join(contentDir, rel);
    const file = readMarkdown(readFileSync(path, 'utf8'));
    const id = rel.slice(markdownTypes[key].folder.length + 1).replace(/\.md$/, '');
    const draft = (file.data as { draft?: unknown }).draft === true;
    entries.push({ key, id, rel, path, file, draft, rendered: '' });
  }

  const ids = new Map<string, Set<string>>();
  const draftIds = new Map<string, Set<string>>();
  for (const e of entries) {
    ids.set(e.key, (ids.get(e.key) ?? new Set()).add(e.id));
    if (e.draft) draftIds.set(e.key, (draftIds.get(e.key) ?? new Set()).add(e.id));
  }
  // A published page may not name a draft: the draft is not built, so its link would be broken.
  const refFor = (fromDraft: boolean) =>
    ((collection: CollectionName) =>
      z.string().superRefine((v, ctx) => {
        const folder = `content/${markdownTypes[collection].folder}/`;
        if (!ids.get(collection)?.has(v)) ctx.addIssue({ code: 'custom', message: `Không có "${v}" trong ${folder}.` });
        else if (!fromDraft && draftIds.get(collection)?.has(v))
          ctx.addIssue({
            code: 'custom',
            message: `"${v}" trong ${folder} là bản nháp (draft: true), chưa được đăng.`,
          });
      })) as unknown as RefFn;

  // 2. The site's addresses and the anchors content gives them.
  const routes = new Set<string>(fixedRoutes);
  const draftRoutes = new Map<string, string>();
  const anchors = new Map<string, Set<string>>();
  const anchor = (route: string) => {
    const hash = hashOf(route);
    if (hash) anchors.set(pathOf(route), (anchors.get(pathOf(route)) ?? new Set()).add(hash));
  };
  const owner = new Map<string, Entry>();
  for (const e of entries) {
    const t = markdownTypes[e.key] as MarkdownType;
    const route = t.route?.(e.id);
    if (!route) continue;
    const served = [route, ...(t.alsoServes?.(e.id) ?? [])];
    // An entry's own page must not take an address the site already uses (a type read from one fixed
    // file name, like the plan's van-ban.md, is that page's text by design).
    const oneFile = !/[*?[]/.test(t.pattern);
    if (!hashOf(route) && !oneFile) {
      const clash = served.find((r) => fixedRoutes.includes(r)) ?? served.find((r) => owner.has(r));
      if (clash) {
        const other = owner.get(clash);
        add(
          e.rel,
          1,
          '(tên tệp)',
          `Trang này sẽ có địa chỉ ${clash}, trùng với ${other ? shown(other.rel) : 'một trang có sẵn của trang web'}.`,
          `Đổi tên tệp (tên tệp là địa chỉ của trang), ví dụ "${e.id}-2.md" hoặc một tên nói rõ hơn.`,
        );
        continue;
      }
    }
    for (const r of served) {
      owner.set(r, e);
      if (e.draft) {
        if (!hashOf(r)) draftRoutes.set(r, shown(e.rel));
        continue;
      }
      routes.add(pathOf(r));
      anchor(r);
    }
  }
  problems.push(...checkEvents(contentDir, routes)); // yearly events and moved addresses; adds their routes
  problems.push(...checkSources(contentDir)); // source tiers, the plan as a source, laws' official texts
  const dataRead = new Map(
    (Object.values(dataFiles) as DataFile[]).map((d) => [d, safeRead(join(contentDir, d.file), readDataFile)]),
  );
  for (const [d, file] of dataRead) {
    if (!d.route) continue;
    for (const id of file && !file.error ? Object.keys(d.entries(file.data)) : []) anchor(d.route(id));
  }
  for (const e of entries) {
    if (e.file.error) continue;
    const { html, ids: bodyIds } = renderBody(e.file.body, (markdownTypes[e.key] as MarkdownType).onPage);
    e.rendered = html;
    const route = (markdownTypes[e.key] as MarkdownType).route?.(e.id);
    if (route && !e.draft) for (const id of bodyIds) anchor(`${pathOf(route)}#${id}`);
  }

  // 3. Each Markdown entry.
  const images = new Set<string>();
  const phones = new Set(
    entries
      .filter((e) => e.key === 'contacts' && !e.draft)
      .flatMap((e) =>
        ((e.file.data as { numbers?: { number?: unknown }[] }).numbers ?? [])
          // An unquoted number (113) is reported once, on its contact: the pages that call it are not
          // wrong. It is taken as written (YAML would drop a leading 0).
          .map((n, i) =>
            typeof n?.number === 'number' ? sourceOf(e.file, ['numbers', i, 'number'])?.trim() : n?.number,
          )
          // Numbers as the schema takes them; the template's 000 calls nobody.
          .filter((n): n is string => typeof n === 'string' && /^\d{3,11}$/.test(n) && !/^0+$/.test(n)),
      ),
  );
  const titles = new Map<string, Entry[]>();
  for (const e of entries) {
    const t = markdownTypes[e.key] as MarkdownType;
    const { file } = e;
    if (file.error) {
      add(e.rel, file.error.line, '-', file.error.message, file.error.fix);
      continue;
    }
    const slug = e.id.split('/').map(slugify).join('/');
    if (e.id !== slug)
      add(
        e.rel,
        1,
        '(tên tệp)',
        `Tên tệp "${e.id}.md" phải viết thường, không dấu, nối bằng dấu gạch ngang.`,
        `Đổi tên thành "${slug}.md".`,
      );
    const schema = t.schema(refFor(e.draft));
    const result = schema.safeParse(file.data);
    if (!result.success)
      for (const issue of result.error.issues) {
        // A misspelt field is reported at its own line, so editors see which one.
        const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
        for (const path of paths) {
          const { message, fix } = explain(issue, file, path, schema);
          add(e.rel, lineOf(file, path), path.join('.'), message, fix);
        }
      }
    checkTexts(e.rel, file, e.draft, add);

    const data = (result.success ? result.data : file.data) as {
      title?: unknown;
      name?: unknown;
      reviewedOn?: string;
      reviewEveryMonths?: number;
    };
    const title = data.title ?? data.name;
    if (typeof title === 'string' && e.key !== 'planParts') {
      const key = `${e.key}:${slugify(title)}`;
      titles.set(key, [...(titles.get(key) ?? []), e]);
    }
    if (result.success && data.reviewedOn) {
      const due = addMonths(data.reviewedOn, data.reviewEveryMonths ?? 12);
      if (due < today)
        add(
          e.rel,
          lineOf(file, ['reviewedOn']),
          'reviewedOn',
          `Đã quá hạn rà soát (${due}).`,
          'Đọc lại trang, đối chiếu nguồn, rồi cập nhật reviewedOn.',
          'warning',
        );
    }
    const route = t.route?.(e.id);
    const { placeholders } = checkBody(
      e.file.body,
      e.file.bodyLine,
      e.rendered,
      { page: route && pathOf(route), file: e.path, contentDir, routes, draftRoutes, anchors, images, phones },
      (line, field, message, fix) => add(e.rel, line, field, message, fix),
    );
    if (!e.draft)
      for (const line of placeholders)
        add(
          e.rel,
          line,
          '(nội dung)',
          'Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
          'Viết nội dung thật vào đây; chưa xong thì giữ dòng draft: true.',
        );
  }

  // A copy keeps the original's title: report it on the newer file, naming the older one.
  for (const same of titles.values()) {
    if (same.length < 2) continue;
    const [first, ...copies] = same
      .map((e) => ({ e, time: statSync(e.path).mtimeMs }))
      .sort((a, b) => a.time - b.time || a.e.rel.localeCompare(b.e.rel))
      .map(({ e }) => e);
    for (const e of copies) {
      const field = (e.file.data as { title?: unknown }).title !== undefined ? 'title' : 'name';
      add(
        e.rel,
        lineOf(e.file, [field]),
        field,
        `Trùng tiêu đề với ${shown(first.rel)}.`,
        'Đặt tiêu đề khác để người đọc phân biệt được hai trang.',
      );
    }
  }

  // 4. Data files (YAML).
  for (const [d, file] of dataRead) {
    read.add(d.file);
    if (!file) {
      add(d.file, 1, '-', 'Thiếu tệp.', 'Khôi phục tệp từ bản trước (trang web cần tệp này).');
      continue;
    }
    if (file.error) {
      add(d.file, file.error.line, '-', file.error.message, file.error.fix);
      continue;
    }
    const schema = d.schema(refFor(false));
    for (const [i, value] of Object.values(d.entries(file.data)).entries()) {
      const r = schema.safeParse(value);
      if (!r.success)
        for (const issue of r.error.issues) {
          const path = Array.isArray(file.data) ? [i, ...issue.path] : issue.path;
          const { message, fix } = explain(issue, file, path, schema);
          add(d.file, lineOf(file, path), path.join('.'), message, fix);
        }
    }
    checkTexts(d.file, file, false, add);
  }

  // 5. Files nobody reads: the guide and the files entries name are expected; images must be used.
  const expected = new Set(editorFiles);
  for (const e of entries) {
    const named = (markdownTypes[e.key] as MarkdownType).companionFiles?.(e.file.data as Record<string, unknown>);
    for (const f of named ?? []) if (typeof f === 'string') expected.add(`${markdownTypes[e.key].folder}/${f}`);
  }
  for (const rel of files) {
    if (read.has(rel) || expected.has(rel) || isDataFile(rel)) continue;
    if (isImage(rel)) {
      if (!images.has(join(contentDir, rel)))
        add(
          rel,
          1,
          '(tệp)',
          'Ảnh này không được trang nào dùng, nên không được đăng.',
          'Chèn ảnh vào một trang bằng ![Mô tả ảnh](anh/ten-anh.jpg), hoặc xóa tệp.',
          'warning',
        );
      continue;
    }
    const { message, fix } = explainUnread(rel);
    add(rel, 1, '(tệp)', message, fix);
  }

  return {
    problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    drafts: entries.filter((e) => e.draft).map((e) => shown(e.rel)),
    anchors,
  };
}

/** Every problem in content/, errors and warnings (see inspectContent). */
export const checkContent = (contentDir = './content', today = todayInVietnam()) =>
  inspectContent(contentDir, today).problems;

function checkTexts(
  rel: string,
  file: ContentFile,
  draft: boolean,
  add: (rel: string, line: number, field: string, message: string, fix: string) => void,
) {
  for (const [value, path] of texts(file.data)) {
    const problem = markupProblem(value) ?? (draft ? undefined : templateProblem(value));
    if (problem) add(rel, lineOf(file, path), path.join('.'), problem.message, problem.fix);
  }
}

function safeRead(path: string, reader: (text: string) => ContentFile) {
  try {
    return reader(readFileSync(path, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
