import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrPath } from '../../../src/lib/qr';

/** The SVG as the poster has it, drawn at `px` pixels, then read back. */
async function decode(text: string, px: number) {
  const { size, d } = qrPath(text);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${px}" height="${px}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path stroke="#000" d="${d}"/></svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

describe('QR codes', () => {
  it('hold the address, read back from the drawn SVG, even small', async () => {
    const url = 'https://tre-em.example.gov.vn/su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027/';
    expect(await decode(url, 400)).toBe(url);
    expect(await decode(url, 120)).toBe(url);
  });
  it('use error correction Q with a 4-module quiet zone', () => {
    // 73 characters: version 6 at level Q (41 modules) + 2 × 4 = 49.
    expect(qrPath('x'.repeat(73)).size).toBe(49);
  });
});
