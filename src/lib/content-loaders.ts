/**
 * Astro's loaders for content/, fed the text the editors' checker reads (`contentText`: no BOM, LF
 * line ends, NFC), so that titles, headings and their anchors, file data, feeds and the search index
 * all get composed Vietnamese, and check and build never see different text.
 */
import { glob, file, type Loader, type LoaderContext } from 'astro/loaders';
import { contentText } from './text.ts';

/** What glob() asks of a file type (Astro passes the table to loaders; not in its public types). */
interface EntryType {
  getEntryInfo(input: { contents: string; fileUrl: URL }): unknown;
}

/**
 * Astro's own glob() loader (ids, watching in dev, images, rendering), with each file's text
 * normalised before Astro parses it: glob() reads the file, then hands the text to the entry type of
 * its extension, so wrapping those entry types is the one place where all of it passes.
 */
export function markdownLoader(base: string, pattern: string): Loader {
  const inner = glob({ base, pattern });
  return {
    ...inner,
    load: (context) => {
      const types = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      if (!(types instanceof Map))
        throw new Error('Astro no longer passes entryTypes to loaders: update src/lib/content-loaders.ts.');
      const entryTypes = new Map(
        [...types].map(([ext, type]) => [
          ext,
          {
            ...type,
            getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) =>
              type.getEntryInfo({ contents: contentText(contents), fileUrl }),
          },
        ]),
      );
      return inner.load({ ...context, entryTypes } as LoaderContext);
    },
  };
}

/** Astro's file() loader for one YAML file, parsed by `parse` from normalised text. */
export const dataLoader = (path: string, parse: (text: string) => Record<string, Record<string, unknown>>) =>
  file(path, { parser: (text) => parse(contentText(text)) });
