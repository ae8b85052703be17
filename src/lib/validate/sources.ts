/**
 * Rules about where facts come from, across every content file:
 * - a source may claim "van-ban" (the official text) or "chinh-thuc" (an official body) only on a
 *   host that is one (src/lib/source-tiers.ts), and its title may say "văn bản gốc" only if it is;
 * - a source on this site must be a part of the plan ("/ke-hoach/#…") that exists;
 * - a law without its official text is reported as a warning, so editors keep looking for one.
 * (A `tel:` link must call a contact's number: checked on the parsed Markdown, ./markdown.ts.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import { markdownTypes, dataFiles, type MarkdownType } from '../../schemas/index.ts';
import { partAnchor } from '../../schemas/plan.ts';
import {
  highestKind,
  hostOf,
  isSiteAddress,
  kindAllowed,
  planPrefix,
  sourceKinds,
  type SourceKind,
} from '../source-tiers.ts';
import { readMarkdown, readDataFile, lineOf, type ContentFile } from './frontmatter.ts';
import type { Problem } from './problems.ts';

type Path = (string | number)[];
interface SourceAt {
  path: Path;
  title?: unknown;
  url?: unknown;
  kind?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every source object in a file's data: items of `sources`, and `source`/`fullText` objects. */
function sourcesIn(value: unknown, path: Path = []): SourceAt[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sourcesIn(v, [...path, i]));
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, v]) => {
    if (key === 'sources' && Array.isArray(v))
      return v.flatMap((s, i) => (isObject(s) ? [{ path: [...path, key, i], ...s }] : []));
    if ((key === 'source' || key === 'fullText') && isObject(v)) return [{ path: [...path, key], ...v }];
    return sourcesIn(v, [...path, key]);
  });
}

interface Read {
  path: string;
  parsed: ContentFile;
  key?: string;
}

function markdownFiles(contentDir: string): Read[] {
  return Object.entries(markdownTypes).flatMap(([key, t]: [string, MarkdownType]) => {
    const dir = join(contentDir, t.folder);
    if (!existsSync(dir)) return [];
    return (readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.md') && matchesGlob(f, t.pattern))
      .map((f) => ({ key, path: join(dir, f), parsed: readMarkdown(readFileSync(join(dir, f), 'utf8')) }));
  });
}

export function checkSources(contentDir: string): Problem[] {
  const problems: Problem[] = [];
  // As the main checker prints paths: from content/, whatever folder holds it.
  const rel = (p: string) => `content/${relative(contentDir, p)}`;
  const add = (file: Read, line: number, field: string, message: string, fix: string, warn = false) =>
    problems.push({ file: rel(file.path), line, field, message, fix, level: warn ? 'warning' : 'error' });

  const files = markdownFiles(contentDir).filter((f) => !f.parsed.error);
  const data: Read[] = Object.values(dataFiles).flatMap((d) => {
    const path = join(contentDir, d.file);
    if (!existsSync(path)) return [];
    const parsed = readDataFile(readFileSync(path, 'utf8'));
    return parsed.error ? [] : [{ path, parsed }];
  });
  const anchors = new Set(files.filter((f) => f.key === 'planParts').map((f) => partAnchor(idOf(f.path))));
  // 1. Each source: its tier fits its address, its title does not over-claim, a page of this site is the plan.
  for (const file of [...files, ...data])
    for (const s of sourcesIn(file.parsed.data)) {
      const at = (field: string) => lineOf(file.parsed, [...s.path, field]);
      const name = s.path.join('.');
      const address = typeof s.url === 'string' ? s.url : undefined;
      const kind = (typeof s.kind === 'string' && s.kind in sourceKinds ? s.kind : 'tham-khao') as SourceKind;
      if (address && isSiteAddress(address)) {
        const anchor = address.slice(planPrefix.length).replace(/^#/, '');
        if (!address.startsWith(planPrefix) || (anchor && !anchors.has(anchor)))
          add(
            file,
            at('url'),
            `${name}.url`,
            `Nguồn trên trang này chỉ có thể là một phần của Kế hoạch; không có "${address}".`,
            `Viết "/ke-hoach/#<phần>" với <phần> là tên tệp trong content/ke-hoach/ bỏ số đầu, ví dụ "/ke-hoach/#${[...anchors][0] ?? 'mo-dau'}"; nguồn khác cần địa chỉ https://….`,
          );
      } else if (address && hostOf(address) && !kindAllowed(kind, address))
        add(
          file,
          at('kind'),
          `${name}.kind`,
          `"${sourceKinds[kind]}" (kind: ${kind}) không đúng với địa chỉ ${hostOf(address)}: ${
            kind === 'van-ban'
              ? 'văn bản gốc phải nằm trên cổng văn bản chính thức (vbpl.vn, vanban.chinhphu.vn, congbao.chinhphu.vn, cổng *.gov.vn…).'
              : 'nguồn chính thức phải là trang của cơ quan nhà nước (*.gov.vn) hoặc báo của cơ quan nhà nước.'
          }`,
          `Đổi thành "kind: ${highestKind(address)}", hoặc thay bằng địa chỉ trên cổng chính thức.`,
        );
      if (typeof s.title === 'string' && /văn bản gốc/i.test(s.title.normalize('NFC')) && kind !== 'van-ban')
        add(
          file,
          at('title'),
          `${name}.title`,
          'Tên nguồn ghi "văn bản gốc" nhưng nguồn này không phải văn bản gốc (kind khác van-ban).',
          'Bỏ chữ "văn bản gốc" khỏi tên nguồn (ví dụ ghi "bản sao", "tóm tắt"), hoặc dẫn văn bản trên cổng chính thức với "kind: van-ban".',
        );
    }

  // 2. A law should link its official text; until then editors are reminded.
  for (const file of files.filter((f) => f.key === 'laws')) {
    const d = file.parsed.data as { fullText?: { kind?: unknown }; draft?: unknown };
    if (d.draft === true || d.fullText?.kind === 'van-ban') continue;
    add(
      file,
      lineOf(file.parsed, d.fullText ? ['fullText', 'kind'] : ['fullText']),
      'fullText',
      d.fullText
        ? 'Toàn văn đang dẫn là bản tham khảo, chưa phải văn bản gốc trên cổng chính thức.'
        : 'Văn bản chưa có toàn văn (fullText).',
      'Tìm văn bản trên vbpl.vn, vanban.chinhphu.vn hoặc congbao.chinhphu.vn rồi ghi vào fullText với "kind: van-ban".',
      true,
    );
  }
  return problems;
}

function idOf(path: string) {
  return (path.split(/[\\/]/).pop() ?? '').replace(/\.md$/, '');
}
