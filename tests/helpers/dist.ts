/** Reading the built site in dist/ (tests run after `npm run build`). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const distDir = join(process.cwd(), 'dist');

/** Every built public page as { url, file, html } (the browser editor, admin/, has its own tests). */
export function htmlPages() {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  return (readdirSync(distDir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind') && !f.startsWith('admin/'))
    .sort()
    .map((file) => ({
      file,
      url: `/${file.replace(/(^|\/)index\.html$/, '$1')}`,
      html: readFileSync(join(distDir, file), 'utf8'),
    }));
}

const cache = new Map<string, HTMLElement>();
/** The parsed DOM of a built page, by its URL path ("/ke-hoach/"). */
export function page(url: string): HTMLElement {
  if (!cache.has(url)) {
    const file = url.endsWith('/') ? join(distDir, url, 'index.html') : join(distDir, url);
    cache.set(url, parse(readFileSync(file, 'utf8')));
  }
  return cache.get(url)!;
}

const blockTag =
  /<\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|section|article|aside|nav|header|footer|main|br|tr|td|th|details|summary|table)\b[^>]*>/gi;
/** Text as a reader sees it: block elements separate words, inline tags do not; whitespace collapsed. */
export const visibleText = (el: HTMLElement) =>
  parse(el.toString().replace(blockTag, ' ')).textContent.replace(/\s+/g, ' ').trim();

export const readDist = (path: string) => readFileSync(join(distDir, path), 'utf8');
export const distExists = (path: string) => existsSync(join(distDir, path));
