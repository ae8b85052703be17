/**
 * The browser editor's configuration (/admin/config.yml), generated from the content table and its
 * schemas (src/schemas/index.ts) when the site is built: which folders and files, which fields, their
 * types, limits, choices, defaults and links between files, from the schemas' JSON Schema; labels and
 * help texts from the editors' comments on each field (./schema-docs.ts). A schema change is a form
 * change; tests/unit/admin/cms-config.test.ts fails if the two could differ.
 */
import { z } from 'astro/zod';
import { markdownTypes, dataFiles, type MarkdownType } from '../schemas/index.ts';
import type { RefFn } from '../schemas/common.ts';
import { schemaDocs, type Docs } from './schema-docs.ts';

type Json = { [k: string]: unknown };
export type Field = Json & { name: string; label: string; widget: string };

/**
 * How the types appear in the editor, in its menu's order. A type of src/schemas/index.ts that is
 * not here must be listed in `notEditable` (the test checks).
 */
export const collections = {
  events: { label: 'Sự kiện', singular: 'sự kiện' },
  eventRules: { label: 'Sự kiện hằng năm', singular: 'sự kiện hằng năm' },
  contacts: { label: 'Liên hệ, đường dây nóng', singular: 'liên hệ' },
  guides: { label: 'Hướng dẫn', singular: 'hướng dẫn' },
  laws: { label: 'Văn bản pháp luật', singular: 'văn bản' },
  bodies: { label: 'Cơ quan', singular: 'cơ quan' },
  pages: { label: 'Trang đơn', singular: 'trang' },
} as const;

/** Single files, grouped as the editor lists them. */
export const fileGroups = {
  rights: {
    label: 'Quyền trẻ em',
    files: { rightsIntro: 'Giới thiệu (trang Quyền trẻ em)', rights: 'Các điều của Luật Trẻ em' },
  },
  settings: {
    label: 'Cài đặt',
    files: {
      site: 'Cài đặt chung',
      synonyms: 'Từ đồng nghĩa (tìm kiếm)',
      redirects: 'Địa chỉ đã chuyển',
      unlinked: 'Văn bản được trích nhưng không có trang tóm tắt',
    },
  },
} as const;

/** The plan is the official text, published word for word: it is changed by hand, through Git, never from a form. */
export const notEditable = ['planDocument', 'planParts'] as const;

/** Fields whose schema cannot say they are dates (`when()` also accepts a time). */
export const dateFields = ['events.start', 'events.end'];

/** Labels for the few fields whose comment gives none (no comment, or one that is only an example). */
export const fallbackLabels: Record<string, string> = {
  'events.lunar.day': 'Ngày',
  'events.lunar.month': 'Tháng',
  'events.lunar.year': 'Năm',
  'events.lunar.leap': 'Tháng nhuận',
  'contacts.numbers.number': 'Số điện thoại',
  'contacts.numbers.label': 'Ghi chú cho số này',
  'contacts.channels.kind': 'Loại',
  'contacts.channels.label': 'Tên hiện trên trang',
  'contacts.channels.url': 'Địa chỉ web',
  'laws.keyArticles.article': 'Điều, khoản',
};

/** The field that holds a Markdown file's text, unless the schema already has a field of that name. */
export const bodyKeyFor = (fields: { name: string }[]) => (fields.some((f) => f.name === 'body') ? 'text' : 'body');

/** A field's label: its comment up to the first explanation ("Tên sự kiện, ví dụ …" → "Tên sự kiện"). */
export const labelFrom = (doc: string) => {
  const label = doc
    .replace(/^true nếu (\p{L})/u, (_, c: string) => c.toUpperCase())
    .split(/:|;| \(|\. |, ví dụ|\.$/)[0]
    .trim();
  return /^ví dụ/i.test(label) ? '' : label;
};

const ref = ((collection: string) => z.string().meta({ 'x-reference': collection })) as unknown as RefFn;
const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
const safeNumber = (n: unknown) => (typeof n === 'number' && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined);
const stripped = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The form fields of an object schema, in the schema's order. `path` is "type.field…" for the tables above. */
export function toFields(schema: Json, docs: Docs, path: string): Field[] {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) =>
    toField(name, s, docs.fields.get(name), `${path}.${name}`, required.has(name)),
  );
}

function toField(name: string, s: Json, docs: Docs | undefined, path: string, required: boolean): Field {
  const doc = docs?.doc ?? '';
  // A field without a comment still gets a form field, named by its key, and the tests fail until it
  // gets its comment (tests/unit/admin/cms-config.test.ts).
  const label = labelFrom(doc) || fallbackLabels[path] || name;
  const field: Field = { name, label, widget: 'string', ...(doc && { hint: doc }) };
  if (!required) field.required = false;
  if (s.default !== undefined) field.default = s.default;
  Object.assign(field, widgetFor(s, docs, path, label));
  return stripped(field);
}

const relation = (collection: string) => {
  const target = markdownTypes[collection as keyof typeof markdownTypes];
  if (!target) throw new Error(`reference to an unknown type: ${collection}`);
  const shown = 'title' in (jsonSchema(target.schema(ref)).properties as Json) ? 'title' : 'name';
  return { widget: 'relation', collection, value_field: '{{slug}}', search_fields: [shown], display_fields: [shown] };
};

const dateWidget = {
  widget: 'datetime',
  type: 'date',
  format: 'YYYY-MM-DD',
  date_format: 'YYYY-MM-DD',
  time_format: false,
};
const webAddress = ['^https?://', 'Cần một địa chỉ web đầy đủ, bắt đầu bằng https://'];
/** What one item of a list is called, for its "Thêm …" button: "Các số điện thoại" → "số điện thoại". */
const singularOf = (label: string) => {
  const s = label.replace(/^(Các|Những|Mỗi) /, '').split(/ của | cho | mà | là |,/)[0];
  return s.length <= 24 ? s.charAt(0).toLowerCase() + s.slice(1) : 'mục';
};

const itemLabel = (label: string) => {
  const one = singularOf(label);
  return one === 'mục' ? label : one.charAt(0).toUpperCase() + one.slice(1);
};

function widgetFor(s: Json, docs: Docs | undefined, path: string, label: string): Json {
  if (dateFields.includes(path)) return dateWidget;
  if (Array.isArray(s.anyOf)) {
    const options = s.anyOf as Json[];
    if (options.every((o) => 'const' in o)) return { widget: 'select', options: options.map((o) => o.const) };
    // contactEmail: "" or an address: a text box; the schema's check says which.
    if (options.every((o) => o.type === 'string')) return { widget: 'string' };
  }
  if (Array.isArray(s.enum)) {
    const labels = docs?.labels ?? {};
    return {
      widget: 'select',
      options: (s.enum as string[]).map((value) => ({ value, label: labels[value] ?? value })),
    };
  }
  if (s['x-reference']) return relation(String(s['x-reference']));
  switch (s.type) {
    case 'boolean':
      return { widget: 'boolean' };
    case 'integer':
    case 'number':
      return {
        widget: 'number',
        value_type: s.type === 'integer' ? 'int' : 'float',
        min: safeNumber(s.minimum),
        max: safeNumber(s.maximum),
      };
    case 'string':
      if (s.format === 'date') return dateWidget;
      return {
        // Sentences get a text area; names, numbers and addresses a line.
        widget: Number(s.maxLength) >= 200 || Number(s.minLength) >= 10 ? 'text' : 'string',
        minlength: s.minLength,
        maxlength: s.maxLength,
        pattern:
          s.format === 'uri'
            ? webAddress
            : typeof s.pattern === 'string'
              ? [s.pattern, 'Chưa đúng dạng: xem hướng dẫn dưới ô này.']
              : undefined,
      };
    case 'object':
      return { widget: 'object', fields: toFields(s, docs ?? { doc: '', fields: new Map() }, path) };
    case 'array': {
      const item = (s.items ?? {}) as Json;
      const limits = { min: s.minItems, max: s.maxItems };
      if (item['x-reference']) return { ...relation(String(item['x-reference'])), multiple: true, ...limits };
      const inner = docs?.item ?? { doc: '', fields: new Map() };
      if (item.type === 'object')
        return { widget: 'list', label_singular: singularOf(label), fields: toFields(item, inner, path), ...limits };
      return {
        widget: 'list',
        label_singular: singularOf(label),
        // One value per item (a sentence, a name), named as one item of the list.
        field: { name: 'item', label: itemLabel(label), ...widgetFor(item, inner, `${path}.item`, itemLabel(label)) },
        ...limits,
      };
    }
  }
  throw new Error(`${path}: no form field for ${JSON.stringify(s)} (src/admin/cms-config.ts)`);
}

/**
 * A custom file format per collection or file (src/admin/main.ts registers it under the same name);
 * Sveltia accepts a Markdown extension only with a format named "…-frontmatter".
 */
export const formatName = (key: string, markdown: boolean) => `tre-em-${key}${markdown ? '-frontmatter' : ''}`;

/**
 * The Markdown text is edited as text, as the editors' guide teaches it: the rich-text mode rewrites
 * Markdown nobody touched (it re-indents nested lists on load), and a save must change only what the
 * editor changed. The preview pane shows it formatted. No images: pages must be whole in one response.
 */
const markdownOptions = { modes: ['raw'], editor_components: [] };

/** A Markdown type's form: its schema's fields, then the text after the front matter. */
function markdownFields(key: keyof typeof markdownTypes) {
  const fields = toFields(jsonSchema(markdownTypes[key].schema(ref)), schemaDocs('markdownTypes', key), key);
  fields.push({ name: bodyKeyFor(fields), label: 'Nội dung', widget: 'markdown', required: false, ...markdownOptions });
  return fields;
}

function markdownCollection(key: keyof typeof collections) {
  const t = markdownTypes[key] as MarkdownType;
  const fields = markdownFields(key);
  const shown = fields.some((f) => f.name === 'title') ? 'title' : 'name';
  return stripped({
    name: key,
    label: collections[key].label,
    label_singular: collections[key].singular,
    folder: `content/${t.folder}`,
    extension: 'md',
    format: formatName(key, true),
    create: true,
    delete: true,
    identifier_field: shown,
    // Events are named by their day, as `npm run new -- su-kien-nam` names them ("2026-06-01-…"); a
    // lunar-dated one by its year.
    slug: key === 'events' ? "{{fields.start | default('{{fields.lunar.year}}')}}-{{slug}}" : '{{slug}}',
    preview_path: t.route?.('{{slug}}').replace(/^\//, ''),
    fields,
  });
}

function fileEntry(key: string, label: string) {
  if (key in markdownTypes) {
    const t = markdownTypes[key as keyof typeof markdownTypes] as MarkdownType;
    const fields = markdownFields(key as keyof typeof markdownTypes);
    return { name: key, label, file: `content/${t.folder}/${t.pattern}`, format: formatName(key, true), fields };
  }
  const d = dataFiles[key as keyof typeof dataFiles];
  const fields = toFields(jsonSchema(d.schema(ref)), schemaDocs('dataFiles', key), key);
  // A file that is a list (content/chuyen-huong.yaml): the schema is one item's, and an empty list has no entries.
  const isList = Object.keys(d.entries([])).length === 0;
  return {
    name: key,
    label,
    file: `content/${d.file}`,
    format: formatName(key, false),
    fields: isList ? [{ name: 'items', label, label_singular: 'mục', widget: 'list', root: true, fields }] : fields,
  };
}

export interface Backend {
  name: 'github' | 'gitea';
  repo: string;
  branch: string;
  base_url?: string;
  api_root?: string;
  app_id?: string;
}

/**
 * Where the repository is, from the build's environment (nothing secret; see README "Sửa trên trình
 * duyệt"): CMS_REPO "owner/name", CMS_BRANCH (main), CMS_GIT_HOST ("github", the default, or the
 * address of a Gitea/Forgejo server), CMS_APP_ID (the OAuth application of that server, for sign-in
 * with PKCE), CMS_AUTH_URL (GitHub only: a sign-in helper that keeps GitHub's client secret).
 */
export function backendFromEnv(env: NodeJS.ProcessEnv = process.env): Backend {
  const host = (env.CMS_GIT_HOST ?? 'github').replace(/\/$/, '');
  const common = { repo: env.CMS_REPO || 'chua-cau-hinh/CMS_REPO', branch: env.CMS_BRANCH || 'main' };
  if (host === 'github')
    return stripped<Backend>({ name: 'github', ...common, base_url: env.CMS_AUTH_URL || undefined });
  if (!/^https:\/\/[^/]+/.test(host)) throw new Error(`CMS_GIT_HOST: "github" or an https:// address, not "${host}"`);
  return stripped<Backend>({
    name: 'gitea',
    ...common,
    base_url: host,
    api_root: `${host}/api/v1`,
    app_id: env.CMS_APP_ID || undefined,
  });
}

/** The origins the editor talks to besides its own: the Git host's API, and where avatars come from. */
export function gitOrigins(backend: Backend) {
  // The editor also asks GitHub's status page whether GitHub has an incident, to warn editors.
  if (backend.name === 'github')
    return {
      connect: ['https://api.github.com', 'https://www.githubstatus.com'],
      img: ['https://avatars.githubusercontent.com'],
    };
  const origin = new URL(backend.base_url!).origin;
  return { connect: [origin], img: [origin] };
}

export function cmsConfig({ backend = backendFromEnv(), siteUrl }: { backend?: Backend; siteUrl?: string } = {}) {
  for (const key of Object.keys({ ...markdownTypes, ...dataFiles }))
    if (
      !(key in collections) &&
      !Object.values(fileGroups).some((g) => key in g.files) &&
      !(notEditable as readonly string[]).includes(key)
    )
      throw new Error(`src/admin/cms-config.ts: say how the editor shows the content type "${key}"`);
  return stripped({
    backend,
    site_url: siteUrl,
    // Accents and đ become plain letters, as `npm run new` names files: "Đêm hội" → "dem-hoi".
    slug: { encoding: 'ascii', clean_accents: true },
    // Empty optional fields leave no line ("end: ''" would be refused by the checker).
    output: { omit_empty_optional_fields: true },
    // No uploads: every page must be whole in its first response (no images to fetch), and the
    // checker refuses <img>. Sveltia still wants a folder named.
    media_folder: 'public',
    media_libraries: { default: false },
    collections: [
      ...(Object.keys(collections) as (keyof typeof collections)[]).map(markdownCollection),
      ...Object.entries(fileGroups).map(([name, g]) => ({
        name,
        label: g.label,
        files: Object.entries(g.files).map(([key, label]) => fileEntry(key, label)),
      })),
    ],
  });
}
