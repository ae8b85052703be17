/**
 * The content types: which files in content/ each collection reads, and its schema. Astro's
 * content config and the editors' checker are both built from this table, so they never disagree.
 */
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
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
import { url } from '../lib/site-map.ts';

type Schema = (ref: RefFn) => z.ZodType;

export interface MarkdownType {
  /** Folder under content/ that editors see. */
  folder: string;
  /** Which files of the folder belong to this type (a glob). */
  pattern: string;
  schema: Schema;
  /** Route of an entry, for link checks; undefined when entries have no page of their own. */
  route?: (id: string) => string;
}

interface DataFile {
  /** Path under content/. */
  file: string;
  schema: Schema;
  /** The collection's entries (id → data) from the parsed file. */
  entries: (data: unknown) => Record<string, unknown>;
}

const md = '**/[^_]*.md';
export const markdownTypes = {
  planDocument: { folder: 'ke-hoach', pattern: 'van-ban.md', schema: planDocumentSchema },
  planParts: {
    folder: 'ke-hoach',
    pattern: '[0-9]*.md',
    schema: planPartSchema,
    route: (id) => url.planPart(partAnchor(id)),
  },
  bodies: { folder: 'co-quan', pattern: md, schema: bodySchema, route: url.body },
  laws: { folder: 'phap-luat', pattern: md, schema: lawSchema, route: url.law },
  rightsIntro: { folder: 'quyen-tre-em', pattern: 'gioi-thieu.md', schema: () => rightsIntroSchema },
  contacts: { folder: 'lien-he', pattern: md, schema: contactSchema, route: url.contact },
  guides: { folder: 'ho-tro', pattern: md, schema: guideSchema, route: url.guide },
  // Top level only: su-kien/hang-nam/ holds the yearly rules, whose pages are their occurrences.
  events: { folder: 'su-kien', pattern: '[^_]*.md', schema: eventSchema, route: url.event },
  eventRules: { folder: 'su-kien/hang-nam', pattern: '[^_]*.md', schema: eventRuleSchema },
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
    entries: (data) =>
      Object.fromEntries(((data ?? []) as { article: number }[]).map((a, i) => [`dieu-${a?.article ?? i}`, a])),
  },
  redirects: {
    file: 'chuyen-huong.yaml',
    schema: () => redirectSchema,
    entries: (data) => Object.fromEntries(((data ?? []) as unknown[]).map((r, i) => [String(i), r])),
  },
} satisfies Record<string, DataFile>;

export type CollectionKey = keyof typeof markdownTypes | keyof typeof dataFiles;

export const parseDataFile = (text: string) => parseYaml(text) as unknown;
