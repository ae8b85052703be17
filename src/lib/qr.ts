/**
 * QR codes for print, made at build time (uqr). Error correction Q: a quarter of the symbol may be
 * torn, scuffed or written on and it still reads (M failed with a blot over 8 % of it; Q did not).
 */
import { encode } from 'uqr';

/**
 * The symbol of `text` as one SVG path in a `size` × `size` box, the 4-module quiet zone included: each
 * horizontal run of dark modules is one stroke along the row's middle, so there are no seams between
 * modules and the SVG stays ~3 KB. Attributes only (no style), so it is allowed by the site's CSP.
 */
export function qrPath(text: string) {
  const { size, data } = encode(text, { ecc: 'Q', border: 4 });
  let d = '';
  for (let y = 0; y < size; y++) {
    let pen = -1; // where the pen stopped on this row; -1 before the first run
    for (let x = 0; x < size; x++) {
      if (!data[y][x]) continue;
      let run = 1;
      while (x + run < size && data[y][x + run]) run++;
      d += pen < 0 ? `M${x} ${y}.5h${run}` : `m${x - pen} 0h${run}`;
      pen = x + run;
      x += run - 1;
    }
  }
  return { size, d };
}
