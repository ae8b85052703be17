/** The last steps of a build, run on the output folder once Astro and Pagefind are done. */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPolicy } from './security.ts';

/** Pagefind writes its ready-made interfaces too; the search page uses only its JS API. */
export function pruneSearchUi(out: string) {
  const dir = join(out, 'pagefind');
  for (const f of readdirSync(dir))
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f)) rmSync(join(dir, f));
}

/**
 * Each page gets its Content Security Policy (the hashes of its own inline code), and loses what
 * only the indexer reads (data-pagefind-* attributes, the folded-words metadata).
 */
export function finishPages(out: string) {
  for (const f of readdirSync(out, { recursive: true }) as string[])
    if (f.endsWith('.html') && !f.startsWith('pagefind')) {
      const file = join(out, f);
      const html = readFileSync(file, 'utf8')
        .replace(/<meta[^>]*\sdata-pagefind-meta="[^"]*"[^>]*>/g, '')
        .replace(/\sdata-pagefind-[a-z-]+(="[^"]*")?/g, '');
      writeFileSync(file, withPolicy(html));
    }
}
