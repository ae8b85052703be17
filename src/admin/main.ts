/**
 * The browser editor (/admin/): Sveltia CMS from its npm package, bundled with the site (no CDN), in
 * Vietnamese, with the configuration the build generated from the schemas (config.yml, see
 * ./cms-config.ts), file formats that change only the lines an editor changed (./file-format.ts),
 * and the schemas' own check before every save.
 */
import './zod-jitless.ts';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { CmsConfig } from '@sveltia/cms';
import { markdownTypes, dataFiles, type DataFile, type MarkdownType } from '../schemas/index.ts';
import type { RefFn } from '../schemas/common.ts';
import { useEditorMessages } from '../schemas/messages.ts';
import { formatFile, parseFile, shapeOf, ORIGINAL, type FieldConfig, type FileShape } from './file-format.ts';

interface Collection {
  name: string;
  format?: string;
  extension?: string;
  folder?: string;
  fields?: FieldConfig[];
  files?: { name: string; file: string; format: string; fields: FieldConfig[] }[];
}

// Sveltia ignores a configured locale: the interface follows the browser's language unless the user
// chose one in its settings. Vietnamese unless they did.
const prefsKey = 'sveltia-cms.prefs';
const prefs = JSON.parse(localStorage.getItem(prefsKey) ?? '{}') as { locale?: string };
if (!prefs.locale || prefs.locale === 'auto')
  localStorage.setItem(prefsKey, JSON.stringify({ ...prefs, locale: 'vi' }));

const config = parse(await (await fetch(new URL('config.yml', location.href))).text()) as CmsConfig & {
  collections: Collection[];
};
// Imported after the locale is set: the CMS reads it when it loads.
const { default: CMS } = await import('@sveltia/cms');

/** The form label of a field path ("sources.0.url" → "Địa chỉ web của nguồn"). */
function labelOf(fields: FieldConfig[], path: PropertyKey[]): string {
  const [head, ...rest] = path.filter((p) => typeof p === 'string');
  const field =
    fields.find((f) => f.name === head) ?? fields[0]?.fields?.find((f) => fields[0].root && f.name === head);
  if (!field) return String(head ?? '');
  return (rest.length && field.fields && labelOf(field.fields, rest)) || (field.label ?? field.name);
}

const plainRef = (() => z.string()) as unknown as RefFn;

/** What the checker would say about a file's data, in the form's words. */
function problemsOf(fields: FieldConfig[], data: unknown, key: string): string[] {
  const message = (where: string) => (i: z.core.$ZodIssue) => `${where}${labelOf(fields, i.path)}: ${i.message}`;
  const type = markdownTypes[key as keyof typeof markdownTypes] as MarkdownType | undefined;
  if (type) {
    const r = type.schema(plainRef).safeParse(data);
    return r.success ? [] : r.error.issues.map(message(''));
  }
  const d = dataFiles[key as keyof typeof dataFiles] as DataFile;
  return Object.values(d.entries(data)).flatMap((entry, n) => {
    const r = d.schema(plainRef).safeParse(entry);
    return r.success ? [] : r.error.issues.map(message(fields[0]?.root ? `mục ${n + 1}, ` : ''));
  });
}

/** Where each collection's files are, how they are written, and how they are checked. */
const kinds: {
  owns: (path: string) => boolean;
  shape: FileShape;
  /** A file that is a list (content/chuyen-huong.yaml): the form holds it as this field's value. */
  list?: string;
  check: (data: unknown) => string[];
}[] = [];

for (const c of config.collections) {
  if (c.folder && c.format && c.fields) {
    const fields = c.fields;
    const folder = `${c.folder}/`;
    const shape = shapeOf(fields, true);
    kinds.push({
      owns: (path) => path.startsWith(folder) && !path.slice(folder.length).includes('/'),
      shape,
      check: (data) => problemsOf(fields, data, c.name),
    });
    // Many files share the format: each parsed entry carries its own text, for its next save.
    CMS.registerCustomFormat(c.format, c.extension ?? 'md', {
      fromFile: (text) => ({ ...(parseFile(text, shape) as object), [ORIGINAL]: text }),
      toFile: ({ [ORIGINAL]: original, ...data }) => formatFile(data, shape, original as string | undefined),
    });
  }
  for (const f of c.files ?? []) {
    const shape = shapeOf(f.fields, f.file.endsWith('.md'));
    kinds.push({
      owns: (path) => path === f.file,
      shape,
      list: f.fields[0]?.root ? f.fields[0].name : undefined,
      check: (data) => problemsOf(f.fields, data, f.name),
    });
    // One file per format: the format itself remembers the file's text.
    let original: string | undefined;
    CMS.registerCustomFormat(f.format, f.file.split('.').pop()!, {
      fromFile: (text) => parseFile((original = text), shape),
      toFile: (data) => (original = formatFile(data, shape, original)),
    });
  }
}

/*
 * Before a file is written, the schema `npm run check` uses checks it as it will be written: the
 * rules a form cannot show ("a title unless the event follows a yearly rule", "start or lunar", "end
 * after start") included. A file that fails is not saved, and the editor reads why, in the checker's
 * words. Links to other files are left to the checker: the form only offers files that exist.
 */
useEditorMessages();
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const path = String(entry.get('path'));
    const kind = kinds.find((k) => k.owns(path));
    if (!kind) return;
    const { [ORIGINAL]: _original, ...data } = (
      entry.get('data') as unknown as { toJS(): Record<string, unknown> }
    ).toJS();
    const file = formatFile(kind.list ? data[kind.list] : data, kind.shape);
    const written = parseFile(file, kind.shape) as Record<string, unknown>;
    const { [kind.shape.bodyKey ?? '']: _body, ...fields } = written ?? {};
    const found = kind.check(Array.isArray(written) ? written : fields);
    // Sveltia shows the cause of a "saving_failed" error in its error dialog.
    if (found.length) throw new Error('saving_failed', { cause: new Error(`Chưa lưu. Cần sửa: ${found.join(' · ')}`) });
  },
});

await CMS.init({ config: { ...config, load_config_file: false } });
