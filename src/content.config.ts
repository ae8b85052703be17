/** Connects the editors' folders in content/ to the schemas (the table is in src/schemas/index.ts). */
import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { contentDir } from './lib/content-paths.ts';
import { markdownTypes, dataFiles, parseDataFile } from './schemas/index.ts';
import type { RefFn } from './schemas/common.ts';

const ref = reference as unknown as RefFn;
const fromMarkdown = <K extends keyof typeof markdownTypes>(key: K) => {
  const t = markdownTypes[key];
  return defineCollection({ loader: glob({ base: `${contentDir}/${t.folder}`, pattern: t.pattern }), schema: t.schema(ref) as ReturnType<(typeof markdownTypes)[K]['schema']> });
};
const fromData = <K extends keyof typeof dataFiles>(key: K) => {
  const d = dataFiles[key];
  return defineCollection({ loader: file(`${contentDir}/${d.file}`, { parser: (text) => d.entries(parseDataFile(text)) as Record<string, Record<string, unknown>> }), schema: d.schema as (typeof dataFiles)[K]['schema'] });
};

export const collections = {
  site: fromData('site'),
  rights: fromData('rights'),
  synonyms: fromData('synonyms'),
  planDocument: fromMarkdown('planDocument'),
  planParts: fromMarkdown('planParts'),
  bodies: fromMarkdown('bodies'),
  laws: fromMarkdown('laws'),
  rightsIntro: fromMarkdown('rightsIntro'),
  contacts: fromMarkdown('contacts'),
  guides: fromMarkdown('guides'),
  events: fromMarkdown('events'),
  pages: fromMarkdown('pages'),
};
