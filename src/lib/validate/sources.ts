/**
 * Rules about where facts come from, across every content file:
 * - a source may claim "van-ban" (the official text) or "chinh-thuc" (an official body) only on a
 *   host that is one (src/lib/source-tiers.ts), and its title may say "văn bản gốc" only if it is;
 * - a source on this site must be a part of the plan ("/ke-hoach/#…") that exists;
 * - a `tel:` link in a page must call a number of a contact in content/lien-he/, so a guide never
 *   keeps a number an editor has since changed;
 * - a law without its official text is reported as a warning, so editors keep looking for one.
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
import { parseMarkdown, parseYamlFile, lineOf, type ParsedFile } from './frontmatter.ts';
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
  parsed: ParsedFile;
  key?: string;
}

function markdownFiles(contentDir: string): Read[] {
  return Object.entries(markdownTypes).flatMap(([key, t]: [string, MarkdownType]) => {
    const dir = join(contentDir, t.folder);
    if (!existsSync(dir)) return [];
    return (readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.md') && matchesGlob(f, t.pattern))
      .map((f) => ({ key, path: join(dir, f), parsed: parseMarkdown(readFileSync(join(dir, f), 'utf8')) }));
  });
}

const digits = (n: string) => n.replace(/[^\d+]/g, '');
// [text](tel:…), <tel:…> and href="tel:…", as an editor may write them.
const telLink = /\]\(\s*<?tel:([^)\s>]*)|<tel:([^>\s]*)>|href\s*=\s*["']?tel:([^"'\s>]*)/gi;

export function checkSources(contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(process.cwd(), p) || p;
  const add = (file: Read, line: number, field: string, message: string, fix: string, warn = false) =>
    problems.push({ file: rel(file.path), line, field, message, fix, level: warn ? 'warning' : 'error' });

  const files = markdownFiles(contentDir).filter((f) => !f.parsed.error);
  const data: Read[] = Object.values(dataFiles).flatMap((d) => {
    const path = join(contentDir, d.file);
    if (!existsSync(path)) return [];
    const parsed = parseYamlFile(readFileSync(path, 'utf8'));
    return parsed.error ? [] : [{ path, parsed }];
  });
  const anchors = new Set(files.filter((f) => f.key === 'planParts').map((f) => partAnchor(idOf(f.path))));
  const numbers = new Map<string, string>();
  for (const f of files.filter((f) => f.key === 'contacts'))
    for (const n of (f.parsed.data as { numbers?: { number?: unknown }[] }).numbers ?? [])
      if (typeof n?.number === 'string') numbers.set(digits(n.number), idOf(f.path));

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

  // 2. Phone links in pages call a number that a contact file holds.
  for (const file of files) {
    file.parsed.body.split('\n').forEach((text, i) => {
      for (const m of text.matchAll(telLink)) {
        const number = digits(m[1] ?? m[2] ?? m[3] ?? '');
        if (!numbers.has(number))
          add(
            file,
            file.parsed.bodyLine + i,
            '(nội dung)',
            `Liên kết gọi "tel:${number}" không phải số của liên hệ nào trong content/lien-he/.`,
            `Dùng số đang có trong content/lien-he/ (${[...numbers.keys()].join(', ')}), hoặc thêm tệp liên hệ cho số này (có nguồn) trước.`,
          );
      }
    });
  }

  // 3. A law should link its official text; until then editors are reminded.
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
