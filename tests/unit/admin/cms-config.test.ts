/**
 * The browser editor's forms are generated from the schemas (src/admin/cms-config.ts), with labels and
 * help texts from the schemas' comments: these tests fail if a form could differ from its schema, if a
 * content type has no place in the editor, or if a field has no comment to explain it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { markdownTypes, dataFiles } from '../../../src/schemas';
import { eventCategories } from '../../../src/schemas/event';
import { pageSchema } from '../../../src/schemas/page';
import { sources } from '../../../src/schemas/common';
import {
  cmsConfig,
  collections,
  dateFields,
  fallbackLabels,
  fileGroups,
  labelFrom,
  notEditable,
  toFields,
  type Field,
} from '../../../src/admin/cms-config';
import { schemaDocs, type Docs } from '../../../src/admin/schema-docs';
import { parseFile, shapeOf } from '../../../src/admin/file-format';

type Json = Record<string, unknown>;
const ref = ((c: string) => z.string().meta({ 'x-reference': c })) as never;
const config = cmsConfig() as unknown as {
  collections: {
    name: string;
    folder?: string;
    fields?: Field[];
    files?: { name: string; file: string; fields: Field[] }[];
  }[];
};
// Each type's form, without the Markdown text (the last field of a Markdown file's form).
const forms = config.collections.flatMap((c) =>
  c.folder
    ? [{ key: c.name, fields: c.fields!.slice(0, -1), where: c.folder }]
    : c.files!.map((f) => ({
        key: f.name,
        fields: f.file.endsWith('.md') ? f.fields.slice(0, -1) : f.fields,
        where: f.file,
      })),
);
const typeOf = (key: string) =>
  (markdownTypes as Record<string, { schema: (r: never) => z.ZodType }>)[key] ??
  (dataFiles as Record<string, { schema: (r: never) => z.ZodType }>)[key];
const jsonOf = (key: string) =>
  z.toJSONSchema(typeOf(key).schema(ref), { io: 'input', unrepresentable: 'any' }) as Json;
const docsOf = (key: string) => schemaDocs(key in markdownTypes ? 'markdownTypes' : 'dataFiles', key);

/** A form's fields as a tree: name, required, and the fields inside (an object's, or a list item's). */
interface Node {
  name: string;
  required: boolean;
  inside: Node[];
}
const formTree = (fields: Field[]): Node[] =>
  fields.map((f) => ({
    name: f.name,
    required: f.required !== false,
    inside: formTree((f.fields as Field[] | undefined) ?? []),
  }));
const schemaTree = (s: Json): Node[] =>
  Object.entries((s.properties ?? {}) as Record<string, Json>).map(([name, p]) => {
    const item = (p.items ?? {}) as Json;
    return {
      name,
      required: ((s.required ?? []) as string[]).includes(name),
      inside: p.type === 'object' ? schemaTree(p) : item.type === 'object' ? schemaTree(item) : [],
    };
  });
/** The form of a list file (content/chuyen-huong.yaml) is one list: its items are the schema's objects. */
const unwrapped = (fields: Field[]) => (fields[0]?.root ? (fields[0].fields as Field[]) : fields);

describe('the editor and the content types', () => {
  const all = Object.keys({ ...markdownTypes, ...dataFiles });

  it('every content type of src/schemas/index.ts has its place in the editor, or is declared not editable', () => {
    const placed = [...Object.keys(collections), ...Object.values(fileGroups).flatMap((g) => Object.keys(g.files))];
    expect([...placed, ...notEditable].sort()).toEqual(all.sort());
    expect(forms.map((f) => f.key).sort()).toEqual(placed.sort());
  });

  it('the plan, published word for word, is not editable from the browser', () => {
    expect(notEditable).toEqual(['planDocument', 'planParts']);
    expect(forms.filter((f) => f.where.startsWith('content/ke-hoach'))).toEqual([]);
  });
});

describe('forms follow the schemas', () => {
  it.each(forms.map((f) => [f.key, f] as const))(
    '%s: the same fields, in order, required where the schema requires them',
    (key, f) => {
      expect(formTree(unwrapped(f.fields))).toEqual(schemaTree(jsonOf(key)));
    },
  );

  it.each(forms.map((f) => [f.key, f] as const))(
    '%s: every field is explained by its comment in the schema',
    (key, f) => {
      const walk = (fields: Field[], docs: Docs | undefined, path: string) => {
        for (const field of fields) {
          const doc = docs?.fields.get(field.name);
          const p = `${path}.${field.name}`;
          if (p in fallbackLabels) {
            // The table only fills in where the comment gives no label.
            expect(labelFrom(doc?.doc ?? ''), p).toBe('');
            expect(field.label).toBe(fallbackLabels[p]);
          } else {
            expect(field.hint, p).toBe(doc?.doc);
            expect(field.label, p).toBe(labelFrom(doc!.doc));
          }
          if (field.fields) walk(field.fields as Field[], doc?.item ?? doc, p);
        }
      };
      walk(unwrapped(f.fields), docsOf(key), key);
    },
  );

  it('choices show the labels the site shows', () => {
    const category = forms.find((f) => f.key === 'events')!.fields.find((f) => f.name === 'category')!;
    expect(category.options).toEqual(Object.entries(eventCategories).map(([value, label]) => ({ value, label })));
  });

  it('links to other files are pick lists of those files', () => {
    const organizers = forms.find((f) => f.key === 'events')!.fields.find((f) => f.name === 'organizers')!;
    expect(organizers).toMatchObject({
      widget: 'relation',
      collection: 'bodies',
      multiple: true,
      display_fields: ['name'],
    });
  });

  it('the tables of the generator name only fields that exist', () => {
    const paths = new Set<string>();
    const walk = (s: Json, path: string) => {
      for (const [name, p] of Object.entries((s.properties ?? {}) as Record<string, Json>)) {
        paths.add(`${path}.${name}`);
        const item = (p.items ?? {}) as Json;
        walk(p.type === 'object' ? p : item, `${path}.${name}`);
      }
    };
    for (const f of forms) walk(jsonOf(f.key), f.key);
    expect([...dateFields, ...Object.keys(fallbackLabels)].filter((p) => !paths.has(p))).toEqual([]);
  });

  it('every value in every content file has a field in its form', () => {
    const missing: string[] = [];
    const walk = (value: unknown, fields: Field[], where: string) => {
      if (Array.isArray(value)) return value.forEach((v) => walk(v, fields, where));
      if (typeof value !== 'object' || value === null) return;
      for (const [k, v] of Object.entries(value)) {
        const field = fields.find((f) => f.name === k);
        if (!field) missing.push(`${where} ${k}`);
        else if (field.fields) walk(v, field.fields as Field[], `${where} ${k}`);
      }
    };
    for (const c of config.collections) {
      const files = c.folder
        ? readdirSync(c.folder)
            .filter((n) => n.endsWith('.md'))
            .map((n) => ({ path: `${c.folder}/${n}`, fields: c.fields! }))
        : c.files!.map((f) => ({ path: f.file, fields: f.fields }));
      for (const { path, fields } of files) {
        const shape = shapeOf(fields, path.endsWith('.md'));
        const data = parseFile(readFileSync(path, 'utf8'), shape);
        walk(fields[0]?.root ? { [fields[0].name]: data } : data, fields, path);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a schema change is a form change: a field removed, a list of sources added', () => {
    // A change to the standalone pages' schema, as the generator would see it (tests do not edit src/schemas).
    const changed = pageSchema.omit({ description: true }).extend({ sources: sources() });
    const docs = docsOf('pages');
    const withSources: Docs = {
      ...docs,
      fields: new Map([...docs.fields, ['sources', { ...docsOf('events').fields.get('sources')!, doc: 'Nguồn.' }]]),
    };
    const fields = toFields(z.toJSONSchema(changed, { io: 'input' }) as Json, withSources, 'pages');
    expect(fields.map((f) => f.name)).toEqual(['title', 'draft', 'sources']);
    expect(fields.at(-1)).toMatchObject({ widget: 'list', min: 1, label: 'Nguồn', label_singular: 'nguồn' });
    expect(fields.at(-1)!.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'title', widget: 'string', minlength: 3 }),
        expect.objectContaining({ name: 'url', widget: 'string' }),
        expect.objectContaining({ name: 'kind', default: 'tham-khao' }),
      ]),
    );
  });
});
