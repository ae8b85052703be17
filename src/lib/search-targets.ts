/**
 * Numbers people type, read against the site's content: "điều 25" is an article with its own
 * anchor, "56/2017", "nghị định 56" or "nd 56" a legal document, "111" a hotline, and a year next to
 * an event's name ("trung thu 2026") that year's event. The lists come from content at build time
 * (src/pages/tim-kiem/du-lieu.json.ts); this file only matches a query against them.
 */
import { fold } from './text.ts';

export interface Target {
  /** Where the result links: a page, or a section of it ("/quyen-tre-em/#dieu-25"). */
  url: string;
  /** The page, or the section, as the reader will see it named. */
  title: string;
  /** The page's id in the search index (added after indexing, src/cli/search-model.ts). */
  page?: string;
}
export interface SearchTargets {
  /** Articles shown with their own anchor, and the law they belong to (its URL). */
  articles: (Target & { n: number; law: string })[];
  /** Legal documents: number as written ("56/2017/NĐ-CP"), kind ("Nghị định"), names it is cited by. */
  laws: (Target & { number: string; kind: string; names: string[] })[];
  /** Hotlines and offices, with their numbers. */
  contacts: (Target & { numbers: string[] })[];
  /** Events and the year they take place in. */
  events: (Target & { year: number })[];
}

const words = (s: string): string[] => fold(s).match(/[a-z0-9]+/g) ?? [];
/** Where the words of `needle` start, in order, in `haystack` (-1 when they are not there). */
const indexOf = (haystack: string[], needle: string[]) =>
  needle.length ? haystack.findIndex((_, i) => needle.every((w, j) => haystack[i + j] === w)) : -1;

/** "Nghị định" → ["nghi dinh", "nd"]: the kind's words, and its initials when they are two letters or more. */
function kindNames(kind: string) {
  const w = words(kind);
  return [w, ...(w.length > 1 ? [[w.map((x) => x[0]).join('')]] : [])];
}
/** "56/2017/NĐ-CP" → { n: "56", year: "2017" }; "28-CT/TW" → { n: "28" }. */
function numberParts(number: string) {
  const [n, second] = number.match(/\d+/g) ?? [];
  return { n, year: second?.length === 4 ? second : undefined };
}

/**
 * The targets a query names, best first: the article it cites, the legal document it numbers, the
 * hotline it dials, the event of the year it gives. Empty when the query names none.
 */
export function matchTargets(query: string, t: SearchTargets): Target[] {
  const q = words(query);
  const numbered = q.some((w) => /^\d+$/.test(w));
  // Positions of numbers that belong to a document number ("56/2017", "nghị định 56") or an
  // article ("điều 25"), whether or not the site has it: they are not hotlines nor years.
  const used = new Set<number>();
  const kinds = [...new Set(t.laws.map((l) => l.kind))].flatMap(kindNames);
  q.forEach((w, i) => {
    if (!/^\d+$/.test(w)) return;
    if (q[i - 1] === 'dieu' || kinds.some((k) => i >= k.length && indexOf(q.slice(i - k.length, i), k) === 0))
      used.add(i);
  });
  for (const m of fold(query).matchAll(/(\d+)\s*\/\s*(\d+)/g))
    for (const n of [m[1], m[2]]) used.add(q.findIndex((w, i) => w === n && !used.has(i)));

  // Legal documents: "56/2017", "nghi dinh 56", "nd 56"; or a name it is cited by, with a number.
  const laws = t.laws.filter((law) => {
    const { n, year } = numberParts(law.number);
    return (
      (year && new RegExp(`(^|[^0-9])${n}\\s*/\\s*${year}([^0-9]|$)`).test(fold(query))) ||
      (n !== undefined && kindNames(law.kind).some((kind) => indexOf(q, [...kind, n]) >= 0)) ||
      (numbered && law.names.some((name) => indexOf(q, words(name)) >= 0))
    );
  });

  // Articles: "dieu 25", "điều 25 luật trẻ em": an article of a law the query names comes first.
  const found: Target[] = [];
  q.forEach((w, i) => {
    if (w !== 'dieu' || !/^\d+$/.test(q[i + 1] ?? '')) return;
    const all = t.articles.filter((a) => a.n === Number(q[i + 1]));
    const ofLaw = all.filter((a) => laws.some((l) => l.url === a.law));
    found.push(...(ofLaw.length ? ofLaw : laws.length ? [] : all));
  });
  found.push(...laws);

  // Hotlines: a number dialled ("111", "gọi 113", "tổng đài 111"), not part of a document number or
  // an article; in a longer question ("sau khi gọi 111 thì sao") the words decide.
  q.forEach((w, i) => {
    if (!used.has(i) && /^\d{3,}$/.test(w) && q.length <= 3)
      found.push(...t.contacts.filter((c) => c.numbers.includes(w)));
  });

  // Events: a year with words of the event's name ("trung thu 2026", "tháng hành động năm 2025").
  const at = q.findIndex((w, i) => !used.has(i) && /^(19|20)\d\d$/.test(w));
  if (at >= 0) {
    const name = q.filter((w, i) => i !== at && !(w === 'nam' && i === at - 1) && !/^\d+$/.test(w));
    if (name.length)
      found.push(...t.events.filter((e) => e.year === Number(q[at]) && name.every((w) => words(e.title).includes(w))));
  }

  return found.filter((f, i) => found.findIndex((g) => g.url === f.url) === i);
}
