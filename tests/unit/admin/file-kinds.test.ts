/**
 * What the editor checks before it writes a file (src/admin/file-kinds.ts): every content file, as
 * the form holds it, may be saved; the schema's own rules refuse a file with the checker's words; and
 * every file of content/ belongs to one kind of file, except the plan's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../../src/admin/cms-config';
import { parseFile } from '../../../src/admin/file-format';
import { fileKinds, type Collection } from '../../../src/admin/file-kinds';
import { useEditorMessages } from '../../../src/schemas/messages';

useEditorMessages();
const config = cmsConfig() as unknown as { collections: Collection[] };
const kinds = fileKinds(config.collections);
const files = (readdirSync('content', { recursive: true }) as string[])
  .filter((f) => /\.(md|yaml)$/.test(f) && f !== 'README.md')
  .map((f) => `content/${f}`);
const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
const kindOf = (path: string) => kinds.filter((k) => k.owns(path));
const listField = (path: string) =>
  config.collections.flatMap((c) => c.files ?? []).find((f) => f.file === path && f.fields[0]?.root)?.fields[0].name;

/** The data as Sveltia's form holds it: its own ids in list items, defaults such as `draft: false` filled in. */
function asForm(path: string) {
  const kind = kindOf(path)[0];
  const tag = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map((x, i) => (isObject(x) ? { ...(tag(x) as object), __sc_item_id: `id${i}` } : tag(x)))
      : isObject(v)
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, tag(x)]))
        : v;
  const data = tag(parseFile(readFileSync(path, 'utf8'), kind.shape));
  const list = listField(path);
  if (list) return { [list]: data };
  const defaults = Object.entries(kind.shape.defaults ?? {}).filter(([k]) => !k.includes('.'));
  return { ...Object.fromEntries(defaults), ...(data as object) };
}

describe('before the editor writes a file', () => {
  it('every file of content/ belongs to one kind of file, except the plan, which the editor never writes', () => {
    expect(files.filter((f) => kindOf(f).length !== 1)).toEqual(files.filter((f) => f.startsWith('content/ke-hoach/')));
  });

  it.each(files.filter((f) => kindOf(f).length === 1))('%s, as the form holds it, may be saved', (path) => {
    expect(kindOf(path)[0].problems(asForm(path))).toEqual([]);
  });

  it("refuses what only the schema's rules say, in the checker's words with the form's labels", () => {
    const events = kindOf('content/su-kien/x.md')[0];
    expect(
      events.problems({
        title: 'Ngày hội thử',
        description: 'Một sự kiện chưa có ngày nào cả, để thử.',
        category: 'khac',
        sources: [{ title: 'Nguồn thử', url: 'https://nguon-thu.test/', __sc_item_id: 'a' }],
        start: '',
        draft: false,
        body: '',
      }),
    ).toEqual(['Ngày bắt đầu: Cần ngày bắt đầu (start) hoặc ngày âm lịch (lunar).']);
  });

  it('names the item of a list file that is wrong', () => {
    const moved = kindOf('content/chuyen-huong.yaml')[0];
    const problems = moved.problems({
      items: [
        { from: '/cu/', to: '/moi/' },
        { from: 'cu', to: '/moi/' },
      ],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^mục 2, Địa chỉ cũ, đã từng đăng: Địa chỉ cũ \(from\) viết như/);
  });
});
