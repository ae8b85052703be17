/**
 * Connects the editors' folders in `content/` to the schemas in `src/schemas/`.
 * CONTENT_DIR lets the tests build a copy of the content with a broken file in it.
 */
import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir, folders } from './lib/content-paths';
import { bodySchema } from './schemas/body';
import { planDocumentSchema, planPartSchema } from './schemas/plan';
import { lawSchema } from './schemas/law';
import { contactSchema } from './schemas/contact';
import { guideSchema } from './schemas/guide';
import { eventSchema } from './schemas/event';
import { pageSchema } from './schemas/page';
import { articleSchema } from './schemas/rights';
import { siteSchema } from './schemas/site';
import type { RefFn } from './schemas/common';
import { parse as parseYaml } from 'yaml';

const ref = reference as unknown as RefFn;
const md = (folder: string, pattern = '**/[^_]*.md') => glob({ base: `${contentDir}/${folder}`, pattern });

export const collections = {
  site: defineCollection({ loader: file(`${contentDir}/site.yaml`, { parser: (text) => ({ site: parseYaml(text) }) }), schema: siteSchema }),
  planDocument: defineCollection({ loader: md(folders.plan, 'van-ban.md'), schema: planDocumentSchema(ref) }),
  planParts: defineCollection({ loader: md(folders.plan, '[0-9]*.md'), schema: planPartSchema(ref) }),
  bodies: defineCollection({ loader: md(folders.bodies), schema: bodySchema(ref) }),
  laws: defineCollection({ loader: md(folders.laws), schema: lawSchema(ref) }),
  rights: defineCollection({
    loader: file(`${contentDir}/${folders.rights}/dieu-luat.yaml`, { parser: (text) => (parseYaml(text) as { article: number }[]).map((a) => ({ id: `dieu-${a.article}`, ...a })) }),
    schema: articleSchema.extend({ id: z.string() }),
  }),
  contacts: defineCollection({ loader: md(folders.contacts), schema: contactSchema(ref) }),
  guides: defineCollection({ loader: md(folders.guides), schema: guideSchema(ref) }),
  events: defineCollection({ loader: md(folders.events), schema: eventSchema(ref) }),
  pages: defineCollection({ loader: md(folders.pages), schema: pageSchema }),
};
