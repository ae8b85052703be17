/**
 * Citations become links: document numbers ("20/2021/NĐ-CP", "28-CT/TW") and the names editors list
 * in a law's `citedAs` are linked to its summary at build time. Only text between tags changes,
 * never text already inside a link, so the official wording stays exactly as written.
 */
import type { CollectionEntry } from 'astro:content';
import { published } from './collections';
import { url } from './site-map';

/** Anything shaped like a Vietnamese document number: "102/2016/QH13", "144-KH/TU", "1183/QĐ-TTg". */
export const documentNumberPattern =
  /(?<![\p{L}\p{N}/-])(?:\d+\/\d{4}\/[\p{Lu}\p{N}]+(?:-[\p{L}\p{N}]+)*|\d+\/[\p{Lu}]+-[\p{L}]+|\d+-[\p{Lu}]+\/[\p{Lu}]+)(?![\p{L}\p{N}])/gu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Citable = Pick<CollectionEntry<'laws'>, 'id'> & {
  data: Pick<CollectionEntry<'laws'>['data'], 'number' | 'citedAs'>;
};

/** One matcher for all laws; longest phrases first so "Luật trẻ em năm 2016" wins over "Luật trẻ em". */
function citationMatcher(laws: Citable[]) {
  const phrases = new Map<string, string>();
  for (const law of laws) for (const p of [law.data.number, ...law.data.citedAs]) if (p) phrases.set(p, law.id);
  const sorted = [...phrases.keys()].sort((a, b) => b.length - a.length);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}/-])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { regex, lawFor: (phrase: string) => phrases.get(phrase) };
}

const matchers = new WeakMap<Citable[], ReturnType<typeof citationMatcher>>();

/**
 * Every citation in an HTML fragment, in text outside tags and outside existing links: `replace`
 * returns what the phrase becomes (linking) or is used to collect the laws cited.
 */
function eachCitation(html: string, laws: Citable[], replace: (phrase: string, lawId: string) => string) {
  if (laws.length === 0) return html;
  // One matcher per list of laws: the plan page alone links citations in twenty fragments.
  if (!matchers.has(laws)) matchers.set(laws, citationMatcher(laws));
  const { regex, lawFor } = matchers.get(laws)!;
  let inLink = 0;
  return html
    .split(/(<[^>]+>)/)
    .map((chunk) => {
      if (chunk.startsWith('<')) {
        if (/^<a[\s>]/i.test(chunk)) inLink++;
        else if (/^<\/a>/i.test(chunk)) inLink = Math.max(0, inLink - 1);
        return chunk;
      }
      return inLink ? chunk : chunk.replace(regex, (m) => replace(m, lawFor(m)!));
    })
    .join('');
}

/** Link every citation in an HTML fragment; `exceptId` avoids a page linking to itself. */
export const linkCitations = (html: string, laws: Citable[], exceptId?: string) =>
  eachCitation(html, laws, (m, id) => (id !== exceptId ? `<a href="${url.law(id)}" class="citation">${m}</a>` : m));

/** The laws an HTML fragment cites (what linkCitations would link). */
export function citedLaws(html: string, laws: Citable[]) {
  const ids = new Set<string>();
  eachCitation(html, laws, (m, id) => (ids.add(id), m));
  return ids;
}

let cached: Promise<Citable[]> | undefined;
/** Published laws, read once per build. */
export const citableLaws = () => (cached ??= published('laws'));
