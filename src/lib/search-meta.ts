/** Extra words for the search index, kept out of excerpts: folded đ-words and editors' synonyms. */
import { dFoldedWords, fold, htmlToText } from './text';
import { synonymGroups } from './synonyms';

export async function searchMeta(html: string) {
  const text = htmlToText(html);
  const folded = fold(text);
  const groups = await synonymGroups();
  const extra = groups.filter((g) => g.some((term) => folded.includes(fold(term)))).flat();
  return { fold: dFoldedWords(text), synonyms: [...new Set(extra.map((w) => `${w} ${fold(w)}`))].join(' ') };
}
