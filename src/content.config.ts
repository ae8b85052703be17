/** Connects the editors' folders in content/ to the schemas (the table is in src/schemas/index.ts). */
import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { contentDir } from './lib/content-paths.ts';
import { markdownTypes, dataFiles, parseDataFile } from './schemas/index.ts';
import { bodySchema } from './schemas/body.ts';
import { planDocumentSchema, planPartSchema } from './schemas/plan.ts';
import { lawSchema } from './schemas/law.ts';
import { contactSchema } from './schemas/contact.ts';
import { guideSchema } from './schemas/guide.ts';
import { eventSchema } from './schemas/event.ts';
import { pageSchema } from './schemas/page.ts';
import { articleSchema, rightsIntroSchema } from './schemas/rights.ts';
import { siteSchema } from './schemas/site.ts';
import { synonymsSchema } from './schemas/synonyms.ts';

const files = (key: keyof typeof markdownTypes) =>
  glob({ base: `${contentDir}/${markdownTypes[key].folder}`, pattern: markdownTypes[key].pattern });
const data = (key: keyof typeof dataFiles) =>
  file(`${contentDir}/${dataFiles[key].file}`, {
    parser: (text) => dataFiles[key].entries(parseDataFile(text)) as Record<string, Record<string, unknown>>,
  });

export const collections = {
  site: defineCollection({ loader: data('site'), schema: siteSchema }),
  rights: defineCollection({ loader: data('rights'), schema: articleSchema }),
  synonyms: defineCollection({ loader: data('synonyms'), schema: synonymsSchema }),
  planDocument: defineCollection({ loader: files('planDocument'), schema: planDocumentSchema(reference) }),
  planParts: defineCollection({ loader: files('planParts'), schema: planPartSchema(reference) }),
  bodies: defineCollection({ loader: files('bodies'), schema: bodySchema(reference) }),
  laws: defineCollection({ loader: files('laws'), schema: lawSchema(reference) }),
  rightsIntro: defineCollection({ loader: files('rightsIntro'), schema: rightsIntroSchema }),
  contacts: defineCollection({ loader: files('contacts'), schema: contactSchema(reference) }),
  guides: defineCollection({ loader: files('guides'), schema: guideSchema(reference) }),
  events: defineCollection({ loader: files('events'), schema: eventSchema(reference) }),
  pages: defineCollection({ loader: files('pages'), schema: pageSchema }),
};
