/**
 * Putting the marks back on a query typed without them ("tre em bi danh" → "trẻ em bị đánh"), from
 * a model of the site's own Vietnamese: which accented syllables occur and how often, and the few
 * syllable pairs whose context changes which reading wins. The model is built at build time from
 * the indexed text (src/cli/search-model.ts) and read by the search page; everything here is plain
 * code that runs in the browser and in Node.
 */
import { fold } from './text.ts';

/**
 * The model. `forms`: for each folded syllable, its accented forms, most frequent first, as
 * [form, count, form, count…]; a syllable written only one way without marks ("em") is [count].
 * `pairs`: the syllable pairs ("bị đánh") kept because they change a decision, with their counts,
 * as numbers that gzip well: [first, second, count…], each form given by its position in `forms`,
 * the first as a difference from the previous pair's first, the second as a difference from the
 * previous pair's second when both pairs share their first form.
 */
export interface AccentModel {
  forms: Record<string, (string | number)[]>;
  pairs: number[];
  /** Number of syllables the counts were taken from. */
  total: number;
}

/** How much a pair's evidence counts against the single syllables' (interpolation weight). */
const PAIR_WEIGHT = 0.7;

const syllable = /[\p{L}\p{M}]+/u;

/** The runs of syllables in a text that read as one phrase (numbers and punctuation break them). */
function phrases(text: string): string[][] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\s]+/u)
    .map((p) => p.split(/\s+/).filter(Boolean))
    .filter((p) => p.length > 0);
}

/** The accented forms of a folded syllable with their counts, most frequent first. */
function formsOf(model: AccentModel, key: string): [form: string, count: number][] {
  const list = model.forms[key];
  if (!list) return [];
  if (list.length === 1) return [[key, list[0] as number]];
  const out: [string, number][] = [];
  for (let i = 0; i < list.length; i += 2) out.push([list[i] as string, list[i + 1] as number]);
  return out;
}

interface Scorer {
  /** log P(form), smoothed. */
  single: (form: string) => number;
  /** log P(next | previous), interpolated with P(next). */
  pair: (previous: string, next: string) => number;
}

function scorer(counts: Map<string, number>, pairs: (key: string) => number, total: number): Scorer {
  const vocabulary = counts.size + 1;
  const p = (form: string) => ((counts.get(form) ?? 0) + 0.5) / (total + 0.5 * vocabulary);
  return {
    single: (form) => Math.log(p(form)),
    pair: (previous, next) => {
      const joint = pairs(`${previous} ${next}`);
      const given = counts.get(previous) ?? 0;
      const conditional = joint && given ? joint / given : 0;
      return Math.log(PAIR_WEIGHT * conditional + (1 - PAIR_WEIGHT) * p(next));
    },
  };
}

/** Every form of the model, in the order `pairs` numbers them. */
const allForms = (model: AccentModel) => Object.keys(model.forms).flatMap((key) => formsOf(model, key));

const modelScorers = new WeakMap<AccentModel, Scorer>();
function scorerOf(model: AccentModel): Scorer {
  let s = modelScorers.get(model);
  if (!s) {
    const list = allForms(model);
    const pairs = new Map<string, number>();
    for (let i = 0, a = 0, b = 0; i < model.pairs.length; i += 3) {
      const da = model.pairs[i];
      b = da === 0 && i > 0 ? b + model.pairs[i + 1] : model.pairs[i + 1];
      a += da;
      pairs.set(`${list[a][0]} ${list[b][0]}`, model.pairs[i + 2]);
    }
    s = scorer(new Map(list), (k) => pairs.get(k) ?? 0, model.total);
    modelScorers.set(model, s);
  }
  return s;
}

/** The best sequence of candidates (Viterbi over syllable pairs); returns indexes into each list. */
function bestPath(candidates: string[][], s: Scorer): number[] {
  if (candidates.length === 0) return [];
  let scores = candidates[0].map(s.single);
  const back: number[][] = [];
  for (let i = 1; i < candidates.length; i++) {
    const prev = candidates[i - 1];
    const step = candidates[i].map((next) => {
      let best = -Infinity;
      let from = 0;
      prev.forEach((p, j) => {
        const v = scores[j] + s.pair(p, next);
        if (v > best) ((best = v), (from = j));
      });
      return [best, from] as const;
    });
    scores = step.map(([v]) => v);
    back.push(step.map(([, j]) => j));
  }
  const path = [scores.indexOf(Math.max(...scores))];
  for (let i = back.length - 1; i >= 0; i--) path.unshift(back[i][path[0]]);
  return path;
}

/** Base letter and marks of one character, đ counted as d with a mark of its own. */
function parts(ch: string): [base: string, marks: string] {
  if (ch === 'đ') return ['d', 'đ'];
  const d = ch.normalize('NFD');
  return [d[0], d.slice(1)];
}

/**
 * Whether an accented form could be what was typed: same letters, and every mark the reader did
 * type is there ("dương" fits "đường", "tre" fits "trẻ", "trẽ" does not fit "trẻ").
 */
export function fits(typed: string, form: string): boolean {
  const t = [...typed.normalize('NFC').toLowerCase()];
  const f = [...form];
  if (t.length !== f.length) return false;
  return t.every((ch, i) => {
    const [tb, tm] = parts(ch);
    const [fb, fm] = parts(f[i]);
    return tb === fb && [...tm].every((m) => fm.includes(m));
  });
}

/** Upper-case the letters of `form` that the reader typed upper-case. */
function withCase(typed: string, form: string) {
  const t = [...typed.normalize('NFC')];
  return [...form].map((ch, i) => (t[i] && t[i] !== t[i].toLowerCase() ? ch.toUpperCase() : ch)).join('');
}

type Token = { text: string; word: boolean };
const tokens = (query: string): Token[] =>
  (query.normalize('NFC').match(/[\p{L}\p{M}]+|[^\p{L}\p{M}]+/gu) ?? []).map((text) => ({
    text,
    word: syllable.test(text),
  }));

/** The candidate forms of one typed syllable; the syllable itself when the site never uses it. */
function candidatesOf(model: AccentModel, typed: string): string[] {
  const found = formsOf(model, fold(typed))
    .map(([form]) => form)
    .filter((form) => fits(typed, form));
  return found.length ? found : [typed.toLowerCase()];
}

/** Restore each phrase of syllables (numbers and punctuation kept as typed, and break the context). */
function restore(model: AccentModel, query: string) {
  const s = scorerOf(model);
  const out = tokens(query);
  let score = 0;
  let run: number[] = [];
  const flush = () => {
    const lists = run.map((i) => candidatesOf(model, out[i].text));
    const path = bestPath(lists, s);
    path.forEach((c, j) => {
      const form = lists[j][c];
      score += j === 0 ? s.single(form) : s.pair(lists[j - 1][path[j - 1]], form);
      out[run[j]] = { text: withCase(out[run[j]].text, form), word: true };
    });
    run = [];
  };
  out.forEach((t, i) => {
    if (t.word) run.push(i);
    else if (/\S/.test(t.text)) flush();
  });
  flush();
  return { text: out.map((t) => t.text).join(''), score };
}

/** How telling a word is on this site: rare words ("đánh") more than common ones ("trẻ", "thì" less so). */
export function weightOf(model: AccentModel, word: string): number {
  const forms = formsOf(model, fold(word));
  const exact = forms.find(([f]) => f === word.toLowerCase());
  const n = exact ? exact[1] : forms.reduce((sum, [, c]) => sum + c, 0);
  return Math.log((model.total + 1) / (n + 1));
}

/** The most likely accented reading of a query, from the site's own text. */
export function restoreAccents(model: AccentModel, query: string): string {
  return restore(model, query).text;
}

/** All folded syllables one edit away (delete, insert, replace, swap a letter) that the site uses. */
function oneEditAway(model: AccentModel, key: string): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out = new Set<string>();
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length) out.add(key.slice(0, i) + key.slice(i + 1));
    if (i < key.length - 1) out.add(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2));
    for (const c of letters) {
      out.add(key.slice(0, i) + c + key.slice(i));
      if (i < key.length) out.add(key.slice(0, i) + c + key.slice(i + 1));
    }
  }
  out.delete(key);
  return [...out].filter((k) => k && model.forms[k]);
}

/**
 * Readings of the query with one syllable changed by one letter ("duong dai nong" → "đường dây
 * nóng"), most likely first, each with how much more likely it is than the query's own reading
 * (difference of log-probabilities).
 */
export function suggestions(model: AccentModel, query: string, limit = 3): { text: string; gain: number }[] {
  const all = tokens(query);
  const words = all.filter((t) => t.word);
  const own = restore(model, query).score;
  const found: { text: string; gain: number }[] = [];
  words.forEach((w, n) => {
    for (const key of oneEditAway(model, fold(w.text))) {
      // The changed syllable takes any of its forms: the marks typed belonged to the old spelling.
      let k = 0;
      const q = all.map((t) => (t.word ? (k++ === n ? key : t.text) : t.text)).join('');
      const r = restore(model, q);
      found.push({ text: r.text, gain: r.score - own });
    }
  });
  const seen = new Set<string>();
  return found
    .sort((a, b) => b.gain - a.gain)
    .filter((f) => !seen.has(f.text) && (seen.add(f.text), true))
    .slice(0, limit);
}

/** Counts of syllables and syllable pairs in a set of texts. */
export function countSyllables(texts: string[]) {
  const singles = new Map<string, number>();
  const pairs = new Map<string, number>();
  let total = 0;
  for (const text of texts)
    for (const p of phrases(text))
      p.forEach((w, i) => {
        total++;
        singles.set(w, (singles.get(w) ?? 0) + 1);
        if (i) pairs.set(`${p[i - 1]} ${w}`, (pairs.get(`${p[i - 1]} ${w}`) ?? 0) + 1);
      });
  return { singles, pairs, total };
}

/**
 * Build the model from the site's indexed texts. Every syllable is kept (it is the vocabulary for
 * restoring and for suggestions), but a pair only when it changes a decision: when, for the two
 * folded syllables it joins, it makes a different reading win than the single syllables' counts
 * would, or when without it a phrase of the site comes out wrong.
 */
export function buildAccentModel(texts: string[]): AccentModel {
  const { singles, pairs, total } = countSyllables(texts);
  const byKey = new Map<string, [string, number][]>();
  for (const [form, n] of singles) {
    const key = fold(form);
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push([form, n]);
  }
  const forms: AccentModel['forms'] = {};
  for (const [key, list] of [...byKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
    list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    forms[key] = list.length === 1 && list[0][0] === key ? [list[0][1]] : list.flat();
  }
  const kept = new Map<string, number>();
  const full = scorer(singles, (k) => pairs.get(k) ?? 0, total);
  const pruned = scorer(singles, (k) => kept.get(k) ?? 0, total);
  const best = (a: string[], b: string[], s: Scorer) => {
    const [i, j] = bestPath([a, b], s);
    return `${a[i]} ${b[j]}`;
  };
  const keyPairs = new Set([...pairs.keys()].map((p) => p.split(' ').map(fold).join(' ')));
  for (const kp of keyPairs) {
    const [ka, kb] = kp.split(' ');
    const a = byKey.get(ka)!.map(([f]) => f);
    const b = byKey.get(kb)!.map(([f]) => f);
    if (a.length * b.length === 1) continue;
    const winner = best(a, b, pruned);
    const right = best(a, b, full);
    if (winner !== right) kept.set(right, pairs.get(right)!);
  }
  // Pairs judged one at a time can still lose in a longer phrase ("nhiệm vụ công an": a kept
  // "vụ cộng" beats a dropped "công an"): restore the site's own phrases and keep the pairs around
  // each syllable that comes out wrong, until they all come out right or nothing more helps.
  // Each distinct phrase once (a site repeats many), with its syllables' candidates.
  const sentences = [
    ...new Set(
      texts
        .flatMap(phrases)
        .filter((p) => p.length > 1)
        .map((p) => p.join(' ')),
    ),
  ].map((text) => {
    const p = text.split(' ');
    return { p, lists: p.map((w) => byKey.get(fold(w))!.map(([f]) => f)) };
  });
  for (let round = 0; round < 4; round++) {
    const before = kept.size;
    for (const { p, lists } of sentences) {
      bestPath(lists, pruned).forEach((c, i) => {
        if (lists[i][c] === p[i]) return;
        for (const pair of [`${p[i - 1]} ${p[i]}`, `${p[i]} ${p[i + 1]}`])
          if (pairs.has(pair)) kept.set(pair, pairs.get(pair)!);
      });
    }
    if (kept.size === before) break;
  }
  const model: AccentModel = { forms, pairs: [], total };
  const position = new Map(allForms(model).map(([form], i) => [form, i]));
  const numbered = [...kept]
    .map(([pair, n]) => [...pair.split(' ').map((f) => position.get(f)!), n])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  numbered.forEach(([a, b, n], i) => {
    const [pa, pb] = i ? numbered[i - 1] : [0, 0];
    model.pairs.push(a - pa, a === pa && i ? b - pb : b, n);
  });
  return model;
}
