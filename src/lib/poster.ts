/**
 * Printed posters (A4 portrait, one page): the title's type size, chosen at build time from the poster
 * font's own widths, so that it fits without JavaScript and whatever the printer. The page box is fixed
 * (src/components/Poster.astro), so a poster can never run onto a second page; this keeps the title whole.
 */
import { wrapText } from './fonts.ts';

const mm = 72 / 25.4; // points per millimetre
/** Title sizes in points, largest first; 48 pt still reads from 2 m. */
export const posterTitleSizes = [80, 66, 56, 48] as const;
const width = 186 * mm * 0.97;
/** The height the title may take; the rest of the 272 mm box holds the facts, QR code and numbers. */
const height = 115 * mm;
const lineHeight = 1.15;

/** The largest size at which the title's lines fit in its part of the page (else the smallest). */
export function posterTitleSize(title: string) {
  return (
    posterTitleSizes.find((size) => wrapText(title, size, width).length * size * lineHeight <= height) ??
    posterTitleSizes.at(-1)!
  );
}
