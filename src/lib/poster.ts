/**
 * Printed posters (A4 portrait, one page): the title's type size. The page box is fixed
 * (src/components/Poster.astro), so a poster can never run onto a second page; what is left for the
 * title is the height its row gets once the facts and numbers are laid out, known only in the browser.
 * So the title's row is a size container, and this CSS, written at build time from the poster font's
 * own widths, sets the title at the largest size whose lines fit that height: no JavaScript, the same
 * on every printer.
 */
import { wrapText } from './fonts.ts';

const mm = 72 / 25.4; // points per millimetre
/** Title sizes in points, largest first; 48 pt still reads from 2 m. */
export const posterTitleSizes = [96, 80, 66, 56, 48] as const;
/** The title's width (186 mm), less a margin for the browser's own shaping and kerning. */
const width = 186 * mm * 0.96;
export const posterTitleLineHeight = 1.15;

/**
 * Print CSS for the page of one poster: `.poster-fit` (the title's text, in the `.poster-title` row) at
 * the largest size at which its lines fit, else the smallest. `reserve`: points of the row taken by
 * something else (a subtitle).
 */
export function posterTitleCss(title: string, reserve = 0) {
  const [smallest, ...larger] = [...posterTitleSizes].reverse();
  const fits = larger.map((size) => {
    // The lines, and the room above the first for the marks over capitals (.poster-fit's padding).
    const height = wrapText(title, size, width).length * size * posterTitleLineHeight + 0.12 * size + reserve;
    // Later rules win: each larger size overrides the smaller ones wherever it fits.
    return `@container poster-title (min-height:${height.toFixed(1)}pt){.poster-fit{font-size:${size}pt}}`;
  });
  return `@media print{.poster-fit{font-size:${smallest}pt}${fits.join('')}}`;
}

/** The height, in points, of a subtitle of `text` at `size` points (line height 1.2). */
export const subtitleHeight = (text: string, size: number) => wrapText(text, size, width).length * size * 1.2;
