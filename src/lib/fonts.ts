/**
 * The one web font of the site, Be Vietnam Pro (SIL Open Font License, @fontsource/be-vietnam-pro),
 * used only where the exact shape of text matters: the link-preview images (drawn at build) and the
 * printed posters (served from /fonts/, so that every printer lays a poster out the same way).
 * The package ships it split into three files per weight (latin, vietnamese, latin-ext), each for a
 * range of characters; a character is covered when one of the three has it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

// Resolved from the project, not from this file: inside Astro's build this module is bundled elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));
const packageDir = dirname(require.resolve('@fontsource/be-vietnam-pro/package.json'));
export const fontVersion: string = require('@fontsource/be-vietnam-pro/package.json').version;

export const fontFamily = 'Be Vietnam Pro';
export const fontWeights = [400, 700] as const;
export type FontWeight = (typeof fontWeights)[number];
/** Declared in this order on purpose: a browser tries the last declared file first, so a Vietnamese letter
 *  that latin lacks comes from the small vietnamese file and latin-ext is fetched only if really needed. */
export const fontSubsets = ['latin-ext', 'vietnamese', 'latin'] as const;
const unicodeRanges: Record<string, string> = JSON.parse(readFileSync(join(packageDir, 'unicode.json'), 'utf8'));

export interface FontFile {
  subset: (typeof fontSubsets)[number];
  weight: FontWeight;
  /** File name, the same in the package and under /fonts/be-vietnam-pro/ on the site. */
  name: string;
  /** Absolute path in node_modules. */
  path: string;
}
export const fontFiles: FontFile[] = fontWeights.flatMap((weight) =>
  fontSubsets.map((subset) => {
    const name = `be-vietnam-pro-${subset}-${weight}-normal.woff2`;
    return { subset, weight, name, path: join(packageDir, 'files', name) };
  }),
);
/** The font's licence, published next to the files. */
export const fontLicence = join(packageDir, 'LICENSE');
/** Where the site serves the files. */
export const fontPath = '/fonts/be-vietnam-pro/';

/** @font-face rules for the posters (font-src 'self'). `block`: a poster is never shown, nor printed, in a
 *  fallback font whose wider letters would change where its lines break. */
export const fontFaceCss = () =>
  fontFiles
    .map(
      (f) =>
        `@font-face{font-family:'${fontFamily}';font-style:normal;font-weight:${f.weight};font-display:block;` +
        `src:url(${fontPath}${f.name}) format('woff2');unicode-range:${unicodeRanges[f.subset]}}`,
    )
    .join('');

const opened = new Map<string, fontkit.Font>();
function open(file: FontFile) {
  if (!opened.has(file.path)) opened.set(file.path, fontkit.create(readFileSync(file.path)) as fontkit.Font);
  return opened.get(file.path)!;
}
const filesOf = (weight: FontWeight) => fontFiles.filter((f) => f.weight === weight).map(open);

/** The characters of `text` (NFC) that no file of the font has, in any of its weights; spaces are not drawn. */
export function missingGlyphs(text: string): string[] {
  const missing = new Set<string>();
  for (const ch of text.normalize('NFC')) {
    if (/\s/u.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    if (fontWeights.some((w) => !filesOf(w).some((f) => f.hasGlyphForCodePoint(cp)))) missing.add(ch);
  }
  return [...missing];
}

/** Width of `text` at a font size of 1 px, each character from the file that has it (they share metrics). */
export function textWidth(text: string, weight: FontWeight) {
  const files = filesOf(weight);
  let width = 0;
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    const f = files.find((file) => file.hasGlyphForCodePoint(cp)) ?? files[0];
    width += f.glyphForCodePoint(cp).advanceWidth / f.unitsPerEm;
  }
  return width;
}

/** `text` broken into lines no wider than `maxWidth` at `size` (same unit), between words. */
export function wrapText(text: string, size: number, maxWidth: number, weight: FontWeight = 700) {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, weight) * size > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
