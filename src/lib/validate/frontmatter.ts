/** Split a Markdown file into frontmatter and body, keeping line numbers for messages. */
import { parseDocument, LineCounter, isMap, isSeq, type Document } from 'yaml';

export interface ParsedFile {
  data: unknown;
  doc?: Document;
  lines: LineCounter;
  /** Line (1-based) in the file where the frontmatter's first line is. */
  firstLine: number;
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  error?: { line: number; message: string };
}

// YAML 1.1 turns unquoted dates into Date objects, as Astro's loader does, so the same
// files fail the same way here and in the build ("quote your dates").
const yamlOptions = { schema: 'yaml-1.1' as const, prettyErrors: false };

export function parseMarkdown(text: string): ParsedFile {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const lines = new LineCounter();
  if (!m)
    return {
      data: {},
      lines,
      firstLine: 1,
      body: text,
      bodyLine: 1,
      error: { line: 1, message: 'Thiếu phần thông tin đầu tệp (frontmatter) giữa hai dòng "---".' },
    };
  const doc = parseDocument(m[1], { ...yamlOptions, lineCounter: lines });
  const bodyLine = m[0].split('\n').length;
  const err = doc.errors[0];
  return {
    data: err ? {} : doc.toJS(),
    doc,
    lines,
    firstLine: 2,
    body: text.slice(m[0].length),
    bodyLine,
    error: err
      ? { line: 2 + lines.linePos(err.pos[0]).line - 1, message: `Lỗi cú pháp YAML: ${err.message.split('\n')[0]}` }
      : undefined,
  };
}

export function parseYamlFile(text: string): ParsedFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { ...yamlOptions, lineCounter: lines });
  const err = doc.errors[0];
  return {
    data: err ? undefined : doc.toJS(),
    doc,
    lines,
    firstLine: 1,
    body: '',
    bodyLine: 1,
    error: err
      ? { line: lines.linePos(err.pos[0]).line, message: `Lỗi cú pháp YAML: ${err.message.split('\n')[0]}` }
      : undefined,
  };
}

/** The file line of a field path (the closest existing parent when the field is missing). */
export function lineOf(file: ParsedFile, path: (string | number)[]): number {
  if (!file.doc) return file.firstLine;
  for (let n = path.length; n > 0; n--) {
    const node = file.doc.getIn(path.slice(0, n), true) as { range?: [number, number] } | undefined;
    const parent = n > 1 ? (file.doc.getIn(path.slice(0, n - 1), true) as unknown) : file.doc.contents;
    // Prefer the key's line: find the pair in the parent map.
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === path[n - 1]);
      const r = (pair?.key as { range?: [number, number] } | undefined)?.range;
      if (r) return file.firstLine + file.lines.linePos(r[0]).line - 1;
    }
    if (isSeq(parent) && node?.range) return file.firstLine + file.lines.linePos(node.range[0]).line - 1;
  }
  return file.firstLine;
}
