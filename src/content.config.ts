/** Astro's collections, built from the table of content types in src/schemas/index.ts. */
import { defineCollection, reference } from 'astro:content';
import { contentDir } from './lib/content-paths.ts';
import { markdownLoader, dataLoader } from './lib/content-loaders.ts';
import { markdownTypes, dataFiles, parseDataFile } from './schemas/index.ts';
import { useEditorMessages } from './schemas/messages.ts';

useEditorMessages();

type MarkdownKey = keyof typeof markdownTypes;
type DataKey = keyof typeof dataFiles;

const markdownCollection = (key: MarkdownKey) =>
  defineCollection({
    loader: markdownLoader(`${contentDir}/${markdownTypes[key].folder}`, markdownTypes[key].pattern),
    schema: markdownTypes[key].schema(reference),
  });

const dataCollection = (key: DataKey) =>
  defineCollection({
    loader: dataLoader(
      `${contentDir}/${dataFiles[key].file}`,
      (text) => dataFiles[key].entries(parseDataFile(text)) as Record<string, Record<string, unknown>>,
    ),
    schema: dataFiles[key].schema(reference),
  });

// Each collection keeps the type of its own schema, so pages see typed data.
type Typed<T extends Record<string, { schema: (ref: typeof reference) => unknown }>> = {
  [K in keyof T]: Omit<ReturnType<typeof defineCollection>, 'schema'> & { schema: ReturnType<T[K]['schema']> };
};

export const collections = Object.fromEntries([
  ...(Object.keys(markdownTypes) as MarkdownKey[]).map((key) => [key, markdownCollection(key)]),
  ...(Object.keys(dataFiles) as DataKey[]).map((key) => [key, dataCollection(key)]),
]) as Typed<typeof markdownTypes> & Typed<typeof dataFiles>;
