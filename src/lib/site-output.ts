/** The last steps of a build, run on the output folder once Astro and Pagefind are done. */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { withPolicy } from './security.ts';

/** Pagefind writes its ready-made interfaces too; the search page uses only its JS API. */
export function pruneSearchUi(out: string) {
  const dir = join(out, 'pagefind');
  for (const f of readdirSync(dir))
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f)) rmSync(join(dir, f));
}

const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
const inKeyframes = (rule: postcss.Rule) =>
  rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name);

/** A stylesheet parsed once: each rule's selectors as the classes they name, and the pruned texts made so far. */
interface Parsed {
  root: postcss.Root;
  rules: string[][][];
  pruned: Map<string, string>;
}
const parsed = new Map<string, Parsed>();

function parse(css: string): Parsed {
  let p = parsed.get(css);
  if (!p) {
    const root = postcss.parse(css);
    const rules: string[][][] = [];
    root.walkRules((rule) => {
      if (!inKeyframes(rule))
        rules.push(rule.selectors.map((s) => [...s.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => unescape(m[1]))));
    });
    parsed.set(css, (p = { root, rules, pruned: new Map() }));
  }
  return p;
}

/**
 * The page's inline CSS without the rules it cannot use: a rule goes when each of its selectors names
 * a class that neither the page's HTML nor its scripts contain (the scripts add classes from strings,
 * such as the quick exit's cover or a search result's card). Rules without a class, @keyframes,
 * @font-face and the theme stay. The site's stylesheet is shared by every page; what one page uses
 * is about two thirds of it. Pages of one kind keep the same rules: each stylesheet is parsed once and
 * each set of kept rules written once.
 */
export function pruneCss(html: string) {
  const classes = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)));
  const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const has = (c: string) => classes.has(c) || scripts.includes(c);
  return html.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
    const { root, rules, pruned } = parse(css);
    const keep = rules.map((selectors) => selectors.some((names) => names.every(has)));
    const key = keep.map(Number).join('');
    let text = pruned.get(key);
    if (text === undefined) {
      const copy = root.clone();
      let i = 0;
      copy.walkRules((rule) => {
        if (!inKeyframes(rule) && !keep[i++]) rule.remove();
      });
      // Blocks left empty (a media query, a layer) go too.
      let emptied = true;
      while (emptied) {
        emptied = false;
        copy.walkAtRules((a) => {
          if (a.nodes && a.nodes.length === 0) (a.remove(), (emptied = true));
        });
      }
      pruned.set(key, (text = copy.toString()));
    }
    return `<style>${text}</style>`;
  });
}

/**
 * Each page keeps only the CSS it can use, gets its Content Security Policy (the hashes of its own
 * inline code), and loses what only the indexer reads (data-pagefind-* attributes, the
 * folded-words metadata).
 */
export function finishPages(out: string) {
  for (const f of readdirSync(out, { recursive: true }) as string[])
    if (f.endsWith('.html') && !f.startsWith('pagefind')) {
      const file = join(out, f);
      const html = readFileSync(file, 'utf8')
        .replace(/<meta[^>]*\sdata-pagefind-meta="[^"]*"[^>]*>/g, '')
        .replace(/\sdata-pagefind-[a-z-]+(="[^"]*")?/g, '');
      writeFileSync(file, withPolicy(pruneCss(html)));
    }
}
