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

/**
 * The page's inline CSS without the rules it cannot use: a rule goes when each of its selectors names
 * a class that neither the page's HTML nor its scripts contain (the scripts add classes from strings,
 * such as the quick exit's cover or a search result's card). Rules without a class, @keyframes,
 * @font-face and the theme stay. The site's stylesheet is shared by every page; what one page uses
 * is about two thirds of it.
 */
export function pruneCss(html: string) {
  const classes = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)));
  const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const usable = (selector: string) =>
    [...selector.matchAll(/\.((?:\\.|[\w-])+)/g)]
      .map((m) => unescape(m[1]))
      .every((c) => classes.has(c) || scripts.includes(c));
  return html.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
    const root = postcss.parse(css);
    root.walkRules((rule) => {
      if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return;
      if (!rule.selectors.some(usable)) rule.remove();
    });
    // Blocks left empty (a media query, a layer) go too.
    let emptied = true;
    while (emptied) {
      emptied = false;
      root.walkAtRules((a) => {
        if (a.nodes && a.nodes.length === 0) (a.remove(), (emptied = true));
      });
    }
    return `<style>${root.toString()}</style>`;
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
