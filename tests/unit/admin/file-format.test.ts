/**
 * The browser editor writes files as a careful hand edit would (src/admin/file-format.ts): saving an
 * unchanged file changes nothing, changing a value changes its line only, and new lines follow the
 * house style, with dates always quoted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatFile, parseFile, shapeOf, type FieldConfig } from '../../../src/admin/file-format';
import { cmsConfig } from '../../../src/admin/cms-config';

type Obj = Record<string, unknown>;
interface Collection {
  name: string;
  folder?: string;
  fields?: FieldConfig[];
  files?: { name: string; file: string; fields: FieldConfig[] }[];
}

// Every file the editor can open, with the shape its format gives it.
const config = cmsConfig() as unknown as { collections: Collection[] };
const editable = config.collections.flatMap((c) =>
  c.folder
    ? readdirSync(c.folder)
        .filter((f) => f.endsWith('.md'))
        .map((f) => ({ path: `${c.folder}/${f}`, collection: c.name, shape: shapeOf(c.fields!, true) }))
    : c.files!.map((f) => ({ path: f.file, collection: f.name, shape: shapeOf(f.fields, f.file.endsWith('.md')) })),
);
const events = editable.find((e) => e.collection === 'events')!.shape;
const text = (path: string) => readFileSync(path, 'utf8');
/** Lines of `b` that differ from `a`, and lines of `a` that are gone (a plain line diff). */
function changedLines(a: string, b: string) {
  const x = a.split('\n');
  const y = b.split('\n');
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  return { removed: x.slice(head, x.length - tail), added: y.slice(head, y.length - tail) };
}

describe('every file the editor can open', () => {
  it('covers every file of the editable types', () => {
    expect(editable.length).toBeGreaterThan(60);
    expect(editable.map((e) => e.path)).toContain('content/site.yaml');
    expect(editable.map((e) => e.path)).toContain('content/chuyen-huong.yaml');
  });

  it.each(editable.map((e) => [e.path, e] as const))(
    '%s: saved unchanged, byte for byte; each of its text values changed alone changes one line',
    (path, e) => {
      const original = text(path);
      // Sveltia hands the formatter the text trimmed, and ends what it gets back with one newline.
      expect(`${formatFile(parseFile(original.trim(), e.shape), e.shape, original.trim()).trim()}\n`).toBe(original);
      const data = parseFile(original, e.shape);
      if (Array.isArray(data)) return;
      for (const [key, value] of Object.entries(data as Obj)) {
        if (key === e.shape.bodyKey || typeof value !== 'string') continue;
        const changed = { ...(data as Obj), [key]: 'Giá trị mới: đã sửa' };
        const out = formatFile(changed, e.shape, original);
        const { removed, added } = changedLines(original, out);
        expect([removed.length, added.length], key).toEqual([1, 1]);
        expect(added[0]).toMatch(new RegExp(`^\\s*${key}: ["']Giá trị mới: đã sửa["']$`));
        expect(parseFile(out, e.shape)).toEqual(changed);
      }
    },
  );
});

describe('changes beyond one value', () => {
  it('a source added to a list adds its lines and nothing else', () => {
    const path = 'content/su-kien/2024-05-07-ubnd-phuong-xa-hoan-thanh-ke-hoach-cu-the.md';
    const data = parseFile(text(path), events) as Obj;
    const sources = [...(data.sources as Obj[]), { title: 'Nguồn mới', url: 'https://example.org/moi' }];
    const { removed, added } = changedLines(text(path), formatFile({ ...data, sources }, events, text(path)));
    expect(removed).toEqual([]);
    expect(added).toEqual(['  - title: "Nguồn mới"', '    url: "https://example.org/moi"']);
  });

  it('a value cleared in the form loses its line; a value the schema supplies anyway gets none', () => {
    const path = 'content/su-kien/2024-05-07-ubnd-phuong-xa-hoan-thanh-ke-hoach-cu-the.md';
    const { location: _l, ...data } = parseFile(text(path), events) as Obj;
    // What the form sends back: its defaults filled in (draft: false, lunar.leap: false).
    const out = formatFile({ ...data, draft: false, lunar: { leap: false } }, events, text(path));
    const { removed, added } = changedLines(text(path), out);
    expect(removed).toEqual(['location: "Các phường, xã của thành phố Buôn Ma Thuột (trước sắp xếp năm 2025)"']);
    expect(added).toEqual([]);
  });

  it('comments of a settings file stay', () => {
    const site = editable.find((e) => e.path === 'content/site.yaml')!;
    const data = parseFile(text(site.path), site.shape) as Obj;
    const out = formatFile({ ...data, shortName: 'Trẻ em BMT' }, site.shape, text(site.path));
    expect(changedLines(text(site.path), out).added).toEqual(['shortName: "Trẻ em BMT"']);
    expect(out.split('\n').filter((l) => l.startsWith('#'))).toEqual(
      text(site.path)
        .split('\n')
        .filter((l) => l.startsWith('#')),
    );
  });

  it('a moved address added at the end of content/chuyen-huong.yaml', () => {
    const moved = editable.find((e) => e.path === 'content/chuyen-huong.yaml')!;
    const list = parseFile(text(moved.path), moved.shape) as Obj[];
    const out = formatFile([...list, { from: '/cu/', to: '/moi/' }], moved.shape, text(moved.path));
    expect(changedLines(text(moved.path), out)).toEqual({ removed: [], added: ['- from: "/cu/"', '  to: "/moi/"'] });
  });
});

describe('a new file', () => {
  it('is written in the house style: dates and text quoted, names of other files bare, no default values', () => {
    const out = formatFile(
      {
        title: 'Ngày hội: "Trăng rằm"',
        start: '2026-12-20',
        organizers: ['ubnd-phuong-tan-an', 'thanh-doan-buon-ma-thuot'],
        category: 'trung-thu',
        lunar: { leap: false },
        sources: [{ title: 'Thông báo', url: 'https://example.org/' }],
        draft: false,
        body: 'Nội dung.',
      },
      events,
    );
    expect(out).toBe(
      [
        '---',
        `title: 'Ngày hội: "Trăng rằm"'`,
        'start: "2026-12-20"',
        'organizers: [ubnd-phuong-tan-an, thanh-doan-buon-ma-thuot]',
        'category: trung-thu',
        'sources:',
        '  - title: "Thông báo"',
        '    url: "https://example.org/"',
        '---',
        '',
        'Nội dung.',
        '',
      ].join('\n'),
    );
  });

  it('never leaves a value YAML 1.1 (Astro) would read as something other than text unquoted', () => {
    const tricky = ['2026-06-01', 'yes', 'no', 'on', '111', '1.5', 'null', 'true'];
    const out = formatFile({ title: 'x', sources: tricky.map((title) => ({ title })) }, events);
    const front = out.split('---')[1];
    expect((parse(front, { schema: 'yaml-1.1' }) as { sources: Obj[] }).sources.map((s) => s.title)).toEqual(tricky);
  });

  it('a lunar date, a small group of numbers, fits on one line, as the guide writes it', () => {
    const out = formatFile({ title: 'Rằm tháng Giêng', lunar: { day: 15, month: 1, year: 2027, leap: false } }, events);
    expect(out).toBe('---\ntitle: "Rằm tháng Giêng"\nlunar: { day: 15, month: 1, year: 2027 }\n---\n');
  });

  it('a date typed over a bare value gets its quotes', () => {
    const out = formatFile({ start: '2026-06-01', body: '' }, events, '---\nstart: khac\n---\n');
    expect(out).toBe('---\nstart: "2026-06-01"\n---\n');
  });
});
