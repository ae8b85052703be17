/**
 * How the browser editor (/admin/, Sveltia CMS) reads and writes content files. Saving an existing
 * file changes only the lines whose values changed: everything else (quotes, `[a, b]` lists,
 * comments, key order, the Markdown text) stays byte for byte as the editor or `npm run new` wrote
 * it, so a commit from the browser reads like a careful hand edit. New files and new lines get the
 * house style: text in double quotes (dates always), file names of other entries (`tong-dai-111`)
 * and choices (`trung-thu`) bare, lists of those as `[a, b]`, no line for a value the schema
 * supplies anyway (`draft: false`).
 * Plain TypeScript over the `yaml` library: it runs in the admin bundle and in the unit tests.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type Node, type Pair } from 'yaml';

export interface FileShape {
  /** Markdown: the form field that holds the text after the front matter. Absent: a YAML file. */
  bodyKey?: string;
  /** Values the schema supplies when a field is left out, by path without list positions ("lunar.leap"). */
  defaults?: Record<string, unknown>;
}

/** A form field as the editor's configuration describes it (src/admin/cms-config.ts). */
export interface FieldConfig {
  name: string;
  label?: string;
  default?: unknown;
  root?: boolean;
  fields?: FieldConfig[];
}

/** How a collection's files look, from its form fields: a Markdown file's text is the last field. */
export function shapeOf(fields: FieldConfig[], markdown: boolean): FileShape {
  const defaults: Record<string, unknown> = {};
  const walk = (list: FieldConfig[], path: string) => {
    for (const f of list) {
      const p = f.root ? path : path ? `${path}.${f.name}` : f.name;
      if (f.default !== undefined) defaults[p] = f.default;
      if (f.fields) walk(f.fields, p);
    }
  };
  walk(fields, '');
  return { bodyKey: markdown ? fields.at(-1)!.name : undefined, defaults };
}

/** Where the parsed entry keeps the text it came from, so that saving can change only what changed. */
export const ORIGINAL = '_original';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length) || (isObj(v) && !Object.keys(v).length);

/** Deep equality where the order of an object's keys does not matter. */
export function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => same(a[k], b[k]));
  }
  return a === b;
}

// The front matter between the first two "---" lines, and everything after the second one.
const frontMatter = /^---\n([\s\S]*?\n)?---(?=\n|$)/;

/** The file's data as the form edits it (the Markdown text under `bodyKey`). */
export function parseFile(text: string, shape: FileShape): unknown {
  text = text.replace(/\r\n?/g, '\n');
  if (shape.bodyKey === undefined) return parseDocument(text).toJS();
  const m = frontMatter.exec(text);
  const data = (m?.[1] ? parseDocument(m[1]).toJS() : {}) ?? {};
  return { ...data, [shape.bodyKey]: (m ? text.slice(m[0].length) : text).trim() };
}

/** The file's text for `data`, changing as few lines of `original` as possible (none if nothing changed). */
export function formatFile(data: unknown, shape: FileShape, original?: string): string {
  original = original?.replace(/\r\n?/g, '\n');
  if (shape.bodyKey === undefined)
    return yamlText(data, shape.defaults ?? {}, original === undefined ? undefined : `${original.trimEnd()}\n`);
  const { [shape.bodyKey]: body = '', ...fields } = data as Obj;
  const text = String(body).trim();
  const m = original === undefined ? null : frontMatter.exec(original.trim());
  if (!m) return `---\n${yamlText(fields, shape.defaults ?? {})}---\n${text ? `\n${text}\n` : ''}`;
  const rest = original!.trim().slice(m[0].length);
  const head = yamlText(fields, shape.defaults ?? {}, m[1] ?? '');
  // The Markdown text is kept as written unless it changed; a changed one keeps the blank line after "---".
  const after =
    rest.trim() === text ? rest : text ? `${/^\n\n/.test(rest) || !rest.trim() ? '\n\n' : '\n'}${text}` : '';
  return `---\n${head}---${after}\n`;
}

/* ---------- new values in the house style ---------- */

// A file name of another entry or a choice: written bare. Starts with a letter, so dates and numbers are quoted.
const bare = (s: string) => /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(s);
const stringType = (s: string) =>
  bare(s) ? Scalar.PLAIN : s.includes('"') && !s.includes("'") ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;

/** A small group of numbers and switches (a lunar date, a yearly rule) fits on one line. */
const smallGroup = (node: unknown) =>
  isMap(node) && node.items.every((p) => isScalar(p.value) && typeof p.value.value !== 'string');

/**
 * `value` as YAML in the house style, as the value of `as.key`, as a list item or alone; lines after
 * the first are indented by `indent`. `flow` writes a list or object on one line, as
 * `lunar: { day: 15, month: 8, year: 2027 }` and `organizers: [ubnd-phuong-tan-an]` are written.
 */
function render(value: unknown, as: { key: string } | 'item' | 'value', indent: number, flow = false): string {
  // YAML 1.1, as Astro reads the files: anything it would not read back as text is quoted ("2026-06-01", "yes").
  const doc = new Document(as === 'value' ? value : as === 'item' ? [value] : { [as.key]: value }, { version: '1.1' });
  const style = (node: unknown, inFlow: boolean) => {
    if (isScalar(node) && typeof node.value === 'string') node.type = stringType(node.value);
    else if (isSeq(node) || isMap(node)) {
      node.flow =
        inFlow ||
        smallGroup(node) ||
        (isSeq(node) && node.items.every((i) => isScalar(i) && typeof i.value === 'string' && bare(i.value)));
      for (const item of node.items) style(isMap(node) ? (item as Pair).value : item, node.flow);
    }
  };
  const root = doc.contents as Node;
  if (as === 'value') style(root, flow);
  else
    for (const item of (root as unknown as { items: unknown[] }).items)
      style(isMap(root) ? (item as Pair).value : item, flow);
  // `{ day: 15 }` but `[a, b]`, as the files write them.
  const inner = as === 'value' ? root : ((root as unknown as { items: { value?: unknown }[] }).items[0]?.value ?? root);
  const padded = (isMap(inner) && inner.flow) || (as === 'value' && flow && isMap(root));
  const text = doc
    .toString({ lineWidth: 0, flowCollectionPadding: Boolean(padded), indentSeq: true })
    .replace(/\n$/, '');
  return text.replaceAll('\n', `\n${' '.repeat(indent)}`);
}

/** A changed scalar keeps its quoting when it can; bare text that is no longer a plain name gets quotes. */
function renderScalar(value: unknown, old: Scalar): string {
  if (typeof value !== 'string') return render(value, 'value', 0);
  const type =
    old.type === Scalar.QUOTE_DOUBLE || old.type === Scalar.QUOTE_SINGLE
      ? old.type
      : old.type === Scalar.PLAIN && bare(value)
        ? Scalar.PLAIN
        : stringType(value);
  const doc = new Document(value, { version: '1.1' });
  (doc.contents as Scalar).type = type;
  return doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
}

/* ---------- changing a YAML text in place ---------- */

interface Edit {
  from: number;
  to: number;
  text: string;
}

/** Drops what needs no line: values equal to the schema's default, and what is left empty. */
function prune(value: unknown, path: string, defaults: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((v) => prune(v, path, defaults));
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) {
    // The editor's own bookkeeping in list items, never written.
    if (k.startsWith('__sc_')) continue;
    const p = path ? `${path}.${k}` : k;
    const pruned = prune(v, p, defaults);
    if (!isEmpty(pruned) && !(p in defaults && same(pruned, defaults[p]))) out[k] = pruned;
  }
  return out;
}

function yamlText(data: unknown, defaults: Record<string, unknown>, source?: string): string {
  if (source === undefined || !source.trim()) {
    const value = prune(data, '', defaults);
    if (Array.isArray(value)) return `${render(value, 'value', 0)}\n`;
    // Key by key, so that each line gets its own style.
    return Object.entries(value as Obj)
      .map(([k, v]) => `${render(v, { key: k }, 0)}\n`)
      .join('');
  }
  const doc = parseDocument(source);
  const edits: Edit[] = [];
  const patcher = new Patcher(source, doc, defaults, edits);
  if (!patcher.node(doc.contents as Node, data, '')) return yamlText(data, defaults);
  let text = source;
  // Right to left, so earlier offsets stay valid; insertions at one place keep their order.
  edits
    .map((e, i) => ({ ...e, i }))
    .sort((a, b) => b.from - a.from || b.i - a.i)
    .forEach((e) => (text = text.slice(0, e.from) + e.text + text.slice(e.to)));
  return text;
}

class Patcher {
  private src: string;
  private doc: Document;
  private defaults: Record<string, unknown>;
  private edits: Edit[];
  constructor(src: string, doc: Document, defaults: Record<string, unknown>, edits: Edit[]) {
    this.src = src;
    this.doc = doc;
    this.defaults = defaults;
    this.edits = edits;
  }

  private js = (node: unknown) => (node ? (node as Node).toJS(this.doc) : null);
  private lineStart = (at: number) => this.src.lastIndexOf('\n', at - 1) + 1;
  private column = (at: number) => at - this.lineStart(at);
  /** After the end of the line where `at` is (its comment included). */
  private lineEnd = (at: number) => {
    if (at > 0 && this.src[at - 1] === '\n') return at;
    const nl = this.src.indexOf('\n', at);
    return nl === -1 ? this.src.length : nl + 1;
  };
  private atLineStart = (at: number) => this.src.slice(this.lineStart(at), at).trim() === '';
  private edit = (from: number, to: number, text: string) => this.edits.push({ from, to, text });

  /** Makes `node` say `value`; false when it cannot be done in place (the caller rewrites it whole). */
  node(node: Node | null, value: unknown, path: string): boolean {
    if (!node) return false;
    if (same(this.js(node), value)) return true;
    if (isScalar(node)) {
      if (isObj(value) || Array.isArray(value)) return false;
      this.edit(node.range![0], node.range![1], renderScalar(value, node));
      return true;
    }
    if (!isMap(node) && !isSeq(node)) return false;
    if (node.flow) {
      // A flow collection ({ day: 15 } or [a, b]) stays one line in flow style, rewritten whole.
      if (!(isObj(value) || Array.isArray(value)) || isEmpty(value)) return false;
      const text = render(prune(value, path, this.defaults), 'value', 0, true);
      if (text.includes('\n')) return false;
      this.edit(node.range![0], node.range![1], text);
      return true;
    }
    if (isMap(node)) return isObj(value) && this.map(node.items as Pair<Scalar, Node>[], value, path);
    return Array.isArray(value) && value.length > 0 && this.seq(node.items as Node[], value, path);
  }

  private map(items: Pair<Scalar, Node>[], value: Obj, path: string) {
    const at = (k: string) => (path ? `${path}.${k}` : k);
    const old = new Map(items.map((p) => [String(p.key.value), p]));
    const col = this.column(items[0].key.range![0]);
    // End of a pair's text: after its value's last line.
    const end = (p: Pair<Scalar, Node>) => this.lineEnd(p.value?.range?.[1] ?? p.key.range![1]);
    for (const [k, p] of old) {
      if (k in value && value[k] !== undefined) continue;
      const was = this.js(p.value);
      // Left out by the form but meaning the same (an empty value, or the default): the line stays.
      if (isEmpty(was) || (at(k) in this.defaults && same(was, this.defaults[at(k)]))) continue;
      if (!this.atLineStart(p.key.range![0])) return false;
      this.edit(this.lineStart(p.key.range![0]), end(p), '');
    }
    let previous: Pair<Scalar, Node> | undefined;
    for (const [k, v] of Object.entries(value)) {
      const p = old.get(k);
      if (p) {
        if (!this.node(p.value, v, at(k))) {
          const text = render(prune(v, at(k), this.defaults), { key: k }, col);
          const to = p.value?.range?.[1] ?? p.key.range![1];
          this.edit(p.key.range![0], to, this.src[to - 1] === '\n' ? `${text}\n` : text);
        }
        previous = p;
        continue;
      }
      const pruned = prune(v, at(k), this.defaults);
      if (isEmpty(pruned) || (at(k) in this.defaults && same(pruned, this.defaults[at(k)]))) continue;
      const line = `${' '.repeat(col)}${render(pruned, { key: k }, col)}\n`;
      if (previous) this.edit(end(previous), end(previous), line);
      else if (this.atLineStart(items[0].key.range![0]))
        this.edit(this.lineStart(items[0].key.range![0]), this.lineStart(items[0].key.range![0]), line);
      else return false;
    }
    return true;
  }

  private seq(items: Node[], value: unknown[], path: string) {
    const old = items.map((n) => this.js(n));
    let head = 0;
    while (head < old.length && head < value.length && same(old[head], value[head])) head++;
    let tail = 0;
    while (
      tail < old.length - head &&
      tail < value.length - head &&
      same(old[old.length - 1 - tail], value[value.length - 1 - tail])
    )
      tail++;
    const gone = items.slice(head, items.length - tail);
    const added = value.slice(head, value.length - tail);
    if (gone.length === added.length) {
      // Same number of items: change each in place, or rewrite that item alone.
      return gone.every((n, i) => {
        if (this.node(n, added[i], path)) return true;
        const text = render(prune(added[i], path, this.defaults), 'value', this.column(n.range![0]));
        this.edit(n.range![0], n.range![1], this.src[n.range![1] - 1] === '\n' ? `${text}\n` : text);
        return true;
      });
    }
    // Items added or removed: whole "- …" lines go and come, the others stay.
    const dash = this.src.lastIndexOf('-', items[0].range![0]);
    if (!this.atLineStart(dash)) return false;
    const col = this.column(dash);
    const lines = added
      .map((v) => `${' '.repeat(col)}${render(prune(v, path, this.defaults), 'item', col)}\n`)
      .join('');
    const from = gone.length
      ? this.lineStart(this.src.lastIndexOf('-', gone[0].range![0]))
      : head > 0
        ? this.lineEnd(items[head - 1].range![1])
        : this.lineStart(dash);
    const to = gone.length ? this.lineEnd(gone[gone.length - 1].range![1]) : from;
    this.edit(from, to, lines);
    return true;
  }
}
