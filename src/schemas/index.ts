/**
 * The content types: which files in content/ each collection reads, and its schema. Astro's
 * content config and the editors' checker both read this table, so they can never disagree.
 */
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { RefFn } from './common.ts';
import { bodySchema } from './body.ts';
import { planDocumentSchema, planPartSchema, partAnchor } from './plan.ts';
import { lawSchema } from './law.ts';
import { contactSchema } from './contact.ts';
import { guideSchema } from './guide.ts';
import { eventSchema } from './event.ts';
import { pageSchema } from './page.ts';
import { articleSchema, rightsIntroSchema } from './rights.ts';
import { siteSchema } from './site.ts';
import { synonymsSchema } from './synonyms.ts';

export interface MarkdownType {
  /** Folder under content/ that editors see. */
  folder: string;
  /** Which files of the folder belong to this type (a glob). */
  pattern: string;
  schema: (ref: RefFn) => z.ZodType<unknown, any>;
  /** Route of an entry, for link checks; undefined when entries have no page of their own. */
  route?: (id: string) => string;
}

const md = '**/[^_]*.md';
export const markdownTypes = {
  planDocument: { folder: 'ke-hoach', pattern: 'van-ban.md', schema: planDocumentSchema },
  planParts: {
    folder: 'ke-hoach',
    pattern: '[0-9]*.md',
    schema: planPartSchema,
    route: (id) => `/ke-hoach/#${partAnchor(id)}`,
  },
  bodies: { folder: 'co-quan', pattern: md, schema: bodySchema, route: (id) => `/co-quan/${id}/` },
  laws: { folder: 'phap-luat', pattern: md, schema: lawSchema, route: (id) => `/phap-luat/${id}/` },
  rightsIntro: { folder: 'quyen-tre-em', pattern: 'gioi-thieu.md', schema: () => rightsIntroSchema },
  contacts: { folder: 'lien-he', pattern: md, schema: contactSchema, route: (id) => `/ho-tro/#${id}` },
  guides: { folder: 'ho-tro', pattern: md, schema: guideSchema, route: (id) => `/ho-tro/${id}/` },
  events: { folder: 'su-kien', pattern: md, schema: eventSchema, route: (id) => `/su-kien/${id}/` },
  pages: { folder: 'trang', pattern: md, schema: () => pageSchema, route: (id) => `/${id}/` },
} satisfies Record<string, MarkdownType>;

export const dataFiles = {
  site: { file: 'site.yaml', schema: siteSchema, entries: (data: unknown) => ({ site: data }) },
  synonyms: {
    file: 'tim-kiem/dong-nghia.yaml',
    schema: synonymsSchema,
    entries: (data: unknown) => ({ 'dong-nghia': data }),
  },
  rights: {
    file: 'quyen-tre-em/dieu-luat.yaml',
    schema: articleSchema,
    entries: (data: unknown) =>
      Object.fromEntries(((data ?? []) as { article: number }[]).map((a, i) => [`dieu-${a?.article ?? i}`, a])),
  },
};

export const parseDataFile = (text: string) => parseYaml(text) as unknown;
