/**
 * Reading a content file exactly as the build does, keeping line numbers for messages.
 * The text is normalised by `contentText` (as Astro's loaders get it, src/lib/content-loaders.ts);
 * the frontmatter block is found with Astro's own pattern and its values are read with js-yaml, the
 * YAML library and settings Astro uses (YAML 1.2: `no` is text, not false; unquoted dates become
 * dates). A second parse with `yaml` only gives each field's line.
 */
import { load, YAMLException } from 'js-yaml';
import { parseDocument, LineCounter, isMap, isSeq, type Document } from 'yaml';
import { contentText } from '../text.ts';
import { parseDataFile } from '../../schemas/index.ts';

export interface ContentFile {
  /** The text as the build reads it. */
  text: string;
  /** The frontmatter (or the whole YAML file) as the build reads it. */
  data: unknown;
  /** The YAML text. */
  yaml: string;
  /** Positions of the fields. */
  doc?: Document;
  lines: LineCounter;
  /** Line in the file of the YAML text's first line (for Markdown, the opening "---"). */
  firstLine: number;
  /** Line where a missing field is reported: the first line of the fields. */
  fieldsLine: number;
  /** The Markdown body as the build renders it. */
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  error?: { line: number; message: string; fix: string };
}

// @astrojs/internal-helpers/frontmatter: an optional BOM or blank lines, "---", the block, then the
// first line that starts with "---". tests/unit/lib/validate-read.test.ts holds both to the same result.
const frontmatterRE = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

const yamlFix = 'Kiểm tra dấu hai chấm sau tên trường, dấu ngoặc kép và thụt lề (dùng dấu cách) của dòng này.';

/** js-yaml's reasons, for editors, when the line itself shows nothing more precise. */
function yamlProblem(reason: string): { message: string; fix: string } {
  if (/duplicated mapping key/.test(reason))
    return { message: 'Trường này được viết hai lần.', fix: 'Giữ một dòng, xóa dòng còn lại.' };
  if (/missed comma/.test(reason))
    return {
      message: 'Danh sách trong ngoặc vuông thiếu dấu phẩy hoặc dấu "]".',
      fix: 'Viết dạng [muc-mot, muc-hai] trên một dòng.',
    };
  return { message: 'Dòng này viết sai cú pháp của phần thông tin.', fix: yamlFix };
}

// A line that cannot belong to the frontmatter: not indented, not "field:", "- item" or "# comment".
const notYaml = /^(?![\s#-]|["']?[\p{L}\w.-]+["']?\s*:(\s|$))./u;
const unescapedQuotes = (line: string) => (line.replace(/\\./g, '').match(/"/g) ?? []).length;
/** A line without its comment (a "#" after a space, outside quotes). */
function withoutComment(line: string) {
  for (const m of line.matchAll(/\s#/g))
    if (unescapedQuotes(line.slice(0, m.index)) % 2 === 0) return line.slice(0, m.index);
  return line;
}

/** Where a YAML mistake really is, and what to do: js-yaml often notices it a line or more later. */
function locate(yaml: string, mark: number, reason: string, inFrontmatter: boolean) {
  const lines = yaml.split('\n');
  for (let i = 0; i <= Math.min(mark, lines.length - 1); i++) {
    const line = lines[i];
    const code = withoutComment(line);
    if (!code.trim() || code.trim().startsWith('#')) continue;
    // A field name is a lower-case ASCII word; a sentence here means the closing "---" was deleted and
    // a "---" further down closed the block: the text in between is the page's text.
    if (notYaml.test(line) && !/^[a-z][a-zA-Z]*\s+\S/.test(line) && inFrontmatter && i > 0)
      return {
        i,
        message: 'Dòng này là nội dung, không phải thông tin: thiếu dòng "---" đóng phần thông tin.',
        fix: 'Thêm một dòng chỉ có --- ngay trước phần nội dung.',
      };
    if (/^\s*\t/.test(line))
      return {
        i,
        message: 'Thụt lề bằng phím Tab.',
        fix: 'Thụt lề bằng dấu cách (hai dấu cách mỗi bậc), không dùng Tab.',
      };
    if (unescapedQuotes(code) % 2 === 1)
      return {
        i,
        message: 'Thiếu dấu ngoặc kép đóng (hoặc có dấu " ở giữa chữ).',
        fix: 'Mỗi giá trị mở bằng " phải đóng bằng " ở cuối dòng; dấu " bên trong chữ thì viết \\".',
      };
    const pair = /^(\s*(?:-\s+)?)([\p{L}\w.-]+):\s+(.*)$/u.exec(code);
    if (pair && !/^["'[{|>&*!]/.test(pair[3]) && /:(\s|$)/.test(pair[3]))
      return {
        i,
        message: 'Giá trị có dấu hai chấm ":" phải đặt trong dấu ngoặc kép.',
        fix: `Viết ${pair[2]}: "${pair[3].replace(/"/g, '\\"')}".`,
      };
    if (pair && /^'/.test(pair[3]) && !/^'([^']|'')*'\s*$/.test(pair[3]))
      return {
        i,
        message: "Giá trị mở bằng dấu nháy đơn ' nhưng có dấu nháy đơn ở giữa.",
        fix: `Dùng dấu ngoặc kép: ${pair[2]}: "${pair[3].slice(1).replace(/'\s*$/, '').replace(/"/g, '\\"')}".`,
      };
    if (!pair && !/^\s*-/.test(code) && !/:(\s|$)/.test(code) && !/^\s/.test(line))
      return {
        i,
        message: 'Thiếu dấu hai chấm ":" sau tên trường.',
        fix: 'Viết dạng tên: giá trị, ví dụ title: "Tết Trung thu 2027".',
      };
  }
  return { i: mark, ...yamlProblem(reason) };
}

function readYaml(yaml: string, firstLine: number, parse: (text: string) => unknown, inFrontmatter: boolean) {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  try {
    return { yaml, data: parse(yaml), doc, lines };
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    const { i, message, fix } = locate(yaml, e.mark?.line ?? 0, e.reason ?? '', inFrontmatter);
    return { yaml, data: {}, doc, lines, error: { line: firstLine + i, message, fix } };
  }
}

/** A Markdown entry: frontmatter and body. */
export function readMarkdown(raw: string): ContentFile {
  const text = contentText(raw);
  const m = frontmatterRE.exec(text);
  if (!m) {
    const first = text.split('\n').findIndex((l) => l.trim());
    return {
      text,
      data: {},
      yaml: '',
      lines: new LineCounter(),
      firstLine: 1,
      fieldsLine: 1,
      body: text.trim(),
      bodyLine: 1,
      error: /^(---|\+\+\+)\s*$/.test(text.split('\n')[first] ?? '')
        ? {
            line: first + 1,
            message: 'Phần thông tin đầu tệp mở bằng "---" nhưng không có dòng "---" đóng.',
            fix: 'Thêm một dòng chỉ có --- ngay sau dòng thông tin cuối cùng, trước phần nội dung.',
          }
        : {
            line: 1,
            message: 'Thiếu phần thông tin đầu tệp (tiêu đề, ngày, nguồn…) giữa hai dòng "---".',
            fix: 'Bắt đầu tệp bằng phần thông tin theo mẫu trong content/README.md, hoặc tạo tệp bằng "npm run new".',
          },
    };
  }
  const open = m.index + m[0].indexOf(m[1]) - 3;
  const firstLine = lineAt(text, open);
  const end = m.index + m[0].length;
  const bodyStart = end + (text.slice(end).length - text.slice(end).trimStart().length);
  const base = {
    text,
    firstLine,
    fieldsLine: firstLine + 1,
    body: text.slice(end).trim(),
    bodyLine: lineAt(text, bodyStart),
  };
  if (text.slice(open, open + 3) === '+++')
    return {
      ...base,
      data: {},
      yaml: '',
      lines: new LineCounter(),
      error: {
        line: firstLine,
        message: 'Phần thông tin đầu tệp phải nằm giữa hai dòng "---", không phải "+++".',
        fix: 'Thay hai dòng +++ bằng ---.',
      },
    };
  const yaml = readYaml(m[1], firstLine, (t) => load(t), true);
  // Astro keeps an object and turns anything else (a lone word, an empty block) into {}.
  const data = yaml.data && typeof yaml.data === 'object' ? yaml.data : {};
  return { ...base, ...yaml, data };
}

/** A YAML data file, parsed by the same function as the build's loader. */
export function readDataFile(raw: string): ContentFile {
  const text = contentText(raw);
  return { text, firstLine: 1, fieldsLine: 1, body: '', bodyLine: 1, ...readYaml(text, 1, parseDataFile, false) };
}

/** The file line of a field path (the closest existing parent when the field is missing). */
export function lineOf(file: ContentFile, path: readonly PropertyKey[]): number {
  if (!file.doc) return file.fieldsLine;
  const at = (offset: number) => file.firstLine + file.lines.linePos(offset).line - 1;
  for (let n = path.length; n > 0; n--) {
    const parent = n > 1 ? (file.doc.getIn(path.slice(0, n - 1), true) as unknown) : file.doc.contents;
    // Prefer the key's line: find the pair in the parent map.
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === path[n - 1]);
      const r = (pair?.key as { range?: [number, number] } | undefined)?.range;
      if (r) return at(r[0]);
    }
    if (isSeq(parent)) {
      const node = parent.items[Number(path[n - 1])] as { range?: [number, number] } | undefined;
      if (node?.range) return at(node.range[0]);
    }
  }
  return file.fieldsLine;
}

/** The value of a field exactly as written in the file (before YAML turned it into a number or a date). */
export function sourceOf(file: ContentFile, path: readonly PropertyKey[]): string | undefined {
  const node = file.doc?.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? file.yaml.slice(node.range[0], node.range[1]) : undefined;
}
