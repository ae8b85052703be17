/**
 * The editor's files, from its configuration (config.yml): where each collection's files are, how
 * they are read and written (./file-format.ts), and the check a file must pass before it is written:
 * the schema `npm run check` uses, on the file as it will be written, so that the rules a form cannot
 * show ("a title unless the event follows a yearly rule", "start or lunar", "end after start") hold
 * too. Links to other files are left to the checker: the form only offers files that exist.
 * Plain TypeScript: it runs in the admin bundle (./main.ts) and in the unit tests.
 */
import { z } from 'astro/zod';
import { markdownTypes, dataFiles, type DataFile, type MarkdownType } from '../schemas/index.ts';
import type { RefFn } from '../schemas/common.ts';
import { formatFile, parseFile, shapeOf, type FieldConfig, type FileShape } from './file-format.ts';

export interface Collection {
  name: string;
  format?: string;
  extension?: string;
  folder?: string;
  fields?: FieldConfig[];
  files?: { name: string; file: string; format: string; fields: FieldConfig[] }[];
}

export interface FileKind {
  /** The custom format's name (config.yml) and the extension of its files. */
  format: string;
  extension: string;
  /** Many files share the format (a folder), or it is one file's. */
  folder: boolean;
  owns: (path: string) => boolean;
  shape: FileShape;
  /** What is wrong with the data the form holds for a file, in the form's words; [] when it may be saved. */
  problems: (data: Record<string, unknown>) => string[];
}

/** The form label of a field path ("sources.0.url" → "Địa chỉ web của nguồn"). */
function labelOf(fields: FieldConfig[], path: PropertyKey[]): string {
  const [head, ...rest] = path.filter((p) => typeof p === 'string');
  const field = fields.find((f) => f.name === head);
  if (!field) return String(head ?? '');
  return (rest.length && field.fields && labelOf(field.fields, rest)) || (field.label ?? field.name);
}

const plainRef = (() => z.string()) as unknown as RefFn;

/** How the editor's form data for one kind of file is checked, as the file it will write. */
function checker(key: string, fields: FieldConfig[], shape: FileShape) {
  // A file that is a list (content/chuyen-huong.yaml): the form holds it as one list field.
  const list = fields[0]?.root ? fields[0] : undefined;
  const labels = list?.fields ?? fields;
  const messages = (where: string, issues: z.core.$ZodIssue[]) =>
    issues.map((i) => `${where}${labelOf(labels, i.path)}: ${i.message}`);
  return (data: Record<string, unknown>) => {
    const written = parseFile(formatFile(list ? data[list.name] : data, shape), shape);
    const type = markdownTypes[key as keyof typeof markdownTypes] as MarkdownType | undefined;
    if (type) {
      const { [shape.bodyKey!]: _body, ...front } = written as Record<string, unknown>;
      const r = type.schema(plainRef).safeParse(front);
      return r.success ? [] : messages('', r.error.issues);
    }
    const d = dataFiles[key as keyof typeof dataFiles] as DataFile;
    return Object.values(d.entries(written)).flatMap((entry, n) => {
      const r = d.schema(plainRef).safeParse(entry);
      return r.success ? [] : messages(list ? `mục ${n + 1}, ` : '', r.error.issues);
    });
  };
}

export function fileKinds(collections: Collection[]): FileKind[] {
  return collections.flatMap((c): FileKind[] => {
    if (c.folder && c.format && c.fields) {
      const folder = `${c.folder}/`;
      const shape = shapeOf(c.fields, true);
      return [
        {
          format: c.format,
          extension: c.extension ?? 'md',
          folder: true,
          owns: (path) =>
            path.startsWith(folder) &&
            !path.slice(folder.length).includes('/') &&
            path.endsWith(`.${c.extension ?? 'md'}`),
          shape,
          problems: checker(c.name, c.fields, shape),
        },
      ];
    }
    return (c.files ?? []).map((f) => {
      const shape = shapeOf(f.fields, f.file.endsWith('.md'));
      return {
        format: f.format,
        extension: f.file.split('.').pop()!,
        folder: false,
        owns: (path: string) => path === f.file,
        shape,
        problems: checker(f.name, f.fields, shape),
      };
    });
  });
}
