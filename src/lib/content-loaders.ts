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

// MODE, not DEV, as in src/lib/collections.ts: only `astro dev` runs in development mode.
const preview = import.meta.env.MODE === 'development';

/**
 * In `npm run dev` a file with a mistake must not stop the preview, at start or on save: it is kept
 * as written, and every page shows the checker's messages instead until it is fixed
 * (src/lib/validate/preview.ts). A build stops earlier, at the checker.
 */
function forgiving(context: LoaderContext): LoaderContext {
  if (!preview) return context;
  return {
    ...context,
    parseData: async (props) => {
      try {
        return await context.parseData(props);
      } catch {
        return props.data;
      }
    },
  };
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
      const read = async (type: EntryType, input: { contents: string; fileUrl: URL }) => {
        try {
          return await type.getEntryInfo({ ...input, contents: contentText(input.contents) });
        } catch (error) {
          // A frontmatter that is not YAML: in the preview, an entry without data (see forgiving()).
          if (!preview) throw error;
          return { data: {}, body: '', rawData: '' };
        }
      };
      const entryTypes = new Map(
        [...types].map(([ext, type]) => [
          ext,
          { ...type, getEntryInfo: (input: { contents: string; fileUrl: URL }) => read(type, input) },
        ]),
      );
      return inner.load({ ...forgiving(context), entryTypes } as LoaderContext);
    },
  };
}

/** Astro's file() loader for one YAML file, parsed by `parse` from normalised text. */
export function dataLoader(path: string, parse: (text: string) => Record<string, Record<string, unknown>>): Loader {
  const inner = file(path, { parser: (text) => parse(contentText(text)) });
  return { ...inner, load: (context) => inner.load(forgiving(context)) };
}
