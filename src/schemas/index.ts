/**
 * The content types: which files in content/ each collection reads, and its schema. Astro's
 * content config and the editors' checker are both built from this table, so they never disagree.
 */
import type { z } from 'astro/zod';
import { load as parseYaml } from 'js-yaml';
import type { RefFn } from './common.ts';
import { bodySchema } from './body.ts';
import { planDocumentSchema, planPartSchema, partAnchor } from './plan.ts';
import { lawSchema } from './law.ts';
import { contactSchema } from './contact.ts';
import { guideSchema } from './guide.ts';
import { eventSchema } from './event.ts';
import { eventRuleSchema } from './event-rule.ts';
import { redirectSchema } from './redirect.ts';
import { pageSchema } from './page.ts';
import { articleSchema, rightsIntroSchema } from './rights.ts';
import { siteSchema } from './site.ts';
import { synonymsSchema } from './synonyms.ts';
import { unlinkedSchema } from './unlinked.ts';
import { url } from '../lib/site-map.ts';
import { anchorSteps } from '../lib/anchors.ts';

type Schema = (ref: RefFn) => z.ZodType;

export interface MarkdownType {
  /** Folder under content/ that editors see. */
  folder: string;
  /** Which files of the folder belong to this type (a glob). */
  pattern: string;
  schema: Schema;
  /** Address of the page that shows an entry (with `#anchor` when it is one part of a page), for link checks. */
  route?: (id: string) => string;
  /** Other addresses made for each entry (an event's calendar file), for link checks. */
  alsoServes?: (id: string) => string[];
  /** Files of the folder that an entry names in a field (not entries themselves), e.g. the plan's source text. */
  companionFiles?: (data: Record<string, unknown>) => unknown[];
  /** What the entry's page does to its rendered body (e.g. a guide's step anchors), so links are checked against the ids readers get. */
  onPage?: (html: string) => string;
}

export interface DataFile {
  /** Path under content/. */
  file: string;
  schema: Schema;
  /** The collection's entries (id → data) from the parsed file. */
  entries: (data: unknown) => Record<string, unknown>;
  /** Address of an entry on the site (with `#anchor`), for link checks. */
  route?: (id: string) => string;
}

/** Files in content/ for editors only, never published: the editors' guide. */
export const editorFiles = ['README.md'];

// Routes are flat (/su-kien/<id>/), so only files directly in the folder are entries; the checker
// reports a file in a subfolder or named "_…" instead of dropping it.
const md = '[^_]*.md';
const list = (data: unknown) => (Array.isArray(data) ? (data as Record<string, unknown>[]) : []);
export const markdownTypes = {
  planDocument: {
    folder: 'ke-hoach',
    pattern: 'van-ban.md',
    schema: planDocumentSchema,
    route: () => url.plan,
    companionFiles: (data) => [data.sourceText],
  },
  planParts: {
    folder: 'ke-hoach',
    pattern: '[0-9]*.md',
    schema: planPartSchema,
    route: (id) => url.planPart(partAnchor(id)),
  },
  bodies: { folder: 'co-quan', pattern: md, schema: bodySchema, route: url.body },
  laws: { folder: 'phap-luat', pattern: md, schema: lawSchema, route: url.law },
  rightsIntro: {
    folder: 'quyen-tre-em',
    pattern: 'gioi-thieu.md',
    schema: () => rightsIntroSchema,
    route: () => url.rights,
  },
  contacts: { folder: 'lien-he', pattern: md, schema: contactSchema, route: url.contact },
  guides: { folder: 'ho-tro', pattern: md, schema: guideSchema, route: url.guide, onPage: anchorSteps },
  // Top level only: su-kien/hang-nam/ holds the yearly rules, whose pages are their occurrences.
  events: {
    folder: 'su-kien',
    pattern: md,
    schema: eventSchema,
    route: url.event,
    alsoServes: (id) => [url.eventIcs(id)],
  },
  eventRules: { folder: 'su-kien/hang-nam', pattern: md, schema: eventRuleSchema },
  pages: { folder: 'trang', pattern: md, schema: () => pageSchema, route: url.page },
} satisfies Record<string, MarkdownType>;

export const dataFiles = {
  site: { file: 'site.yaml', schema: siteSchema, entries: (data) => ({ site: data }) },
  synonyms: {
    file: 'tim-kiem/dong-nghia.yaml',
    schema: () => synonymsSchema,
    entries: (data) => ({ 'dong-nghia': data }),
  },
  rights: {
    file: 'quyen-tre-em/dieu-luat.yaml',
    schema: () => articleSchema,
    entries: (data) => Object.fromEntries(list(data).map((a, i) => [`dieu-${a?.article ?? i}`, a])),
    route: (id) => url.article(Number(id.replace('dieu-', ''))),
  },
  unlinked: {
    file: 'phap-luat/_khong-lien-ket.yaml',
    schema: () => unlinkedSchema,
    entries: (data) => Object.fromEntries(list(data).map((u, i) => [String(u?.number ?? i), u])),
  },
  redirects: {
    file: 'chuyen-huong.yaml',
    schema: () => redirectSchema,
    entries: (data) => Object.fromEntries(list(data).map((r, i) => [String(i), r])),
  },
} satisfies Record<string, DataFile>;

export type CollectionKey = keyof typeof markdownTypes | keyof typeof dataFiles;

/** YAML as Astro reads frontmatter (js-yaml: YAML 1.2 with dates), so every content file follows the same rules. */
export const parseDataFile = (text: string) => parseYaml(text) as unknown;
