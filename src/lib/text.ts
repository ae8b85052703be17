/** Vietnamese text helpers: folding for search, ASCII slugs for file names and anchors. */

/**
 * A content file's text as both the build and the checker read it: no byte-order mark, LF line
 * ends, Vietnamese in composed form (NFC). Some keyboards type "ế" as e + two combining marks
 * (NFD): it looks the same but would not match searches, anchors or the same word typed elsewhere.
 */
export const contentText = (raw: string) =>
  raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');

/** Lower-case, strip tone and vowel marks, and turn đ into d: "Đường dây" → "duong day". */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** ASCII slug for URLs and file names: "Tết Trung thu 2027" → "tet-trung-thu-2027". */
export const slugify = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Plain text of an HTML fragment (tags dropped, common entities decoded, spaces collapsed). */
export const htmlToText = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The đ-words of a text, folded to ASCII ("đường đến" → "duong den").
 * Pagefind folds tone marks itself but not đ, which has no Unicode decomposition; the layout
 * indexes these words as metadata so that "duong day nong" finds "đường dây nóng".
 */
export function dFoldedWords(text: string) {
  // Runs on every page of the build: walk from each đ to its word's ends instead of matching
  // every word of the page with a Unicode regex (ten times faster on a long page).
  const words = new Set<string>();
  const inWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
  for (let i = text.search(/[đĐ]/); i !== -1;) {
    let start = i;
    let end = i + 1;
    while (inWord(text[start - 1])) start--;
    while (inWord(text[end])) end++;
    words.add(fold(text.slice(start, end)));
    const next = text.slice(end).search(/[đĐ]/);
    i = next === -1 ? -1 : end + next;
  }
  return [...words].join(' ');
}
