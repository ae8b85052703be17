import { describe, expect, it } from 'vitest';
import { posterTitleCss } from '../../../src/lib/poster';

/** The size each container height gives, as the browser would pick it: the last rule that matches wins. */
const sizeAt = (css: string, heightPt: number) =>
  [...css.matchAll(/min-height:([\d.]+)pt\)\{\.poster-fit\{font-size:(\d+)pt/g)]
    .filter(([, min]) => heightPt >= Number(min))
    .map(([, , size]) => Number(size))
    .at(-1) ?? Number(/^@media print\{\.poster-fit\{font-size:(\d+)pt/.exec(css)![1]);

describe('poster title size', () => {
  const short = posterTitleCss('Tết Trung thu 2027');
  const long = posterTitleCss('Ủy ban nhân dân các phường, xã hoàn thành kế hoạch cụ thể thực hiện Chỉ thị 28-CT/TW');
  it('is as large as the room the title gets allows, never below 48 pt', () => {
    expect(sizeAt(short, 400)).toBe(96);
    expect(sizeAt(short, 100)).toBeLessThan(96);
    expect(sizeAt(short, 10)).toBe(48);
    expect(sizeAt(long, 400)).toBeLessThan(sizeAt(short, 400));
    const steps = [500, 400, 300, 200, 100].map((h) => sizeAt(long, h));
    expect(steps).toEqual([...steps].sort((a, b) => b - a));
  });
  it('leaves room for a subtitle', () => {
    expect(sizeAt(posterTitleCss('Gọi 111', 150), 200)).toBeLessThan(sizeAt(posterTitleCss('Gọi 111'), 200));
  });
});
