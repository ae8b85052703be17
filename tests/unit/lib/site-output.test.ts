import { describe, expect, it } from 'vitest';
import { pruneCss } from '../../../src/lib/site-output';

const css =
  '@layer components{.card{padding:1rem}.quick-exit{color:#fff}.exit-overlay{position:fixed}.unused{color:red}}' +
  '@media (min-width:40rem){.sm\\:grid-cols-2{display:grid}.unused-too{margin:0}}' +
  'h1{font-weight:700}@keyframes reveal{from{visibility:hidden}to{visibility:visible}}' +
  '.space-y-3>:not(:last-child){margin-bottom:.75rem}';
const page = (body: string, script = '') =>
  `<html><head><style>${css}</style></head><body>${body}<script type="module">${script}</script></body></html>`;
const kept = (html: string) => /<style>([\s\S]*)<\/style>/.exec(pruneCss(html))![1];

describe("a page's CSS keeps what it can use", () => {
  it('drops rules whose classes the page never has, and blocks left empty', () => {
    const out = kept(page('<div class="card sm:grid-cols-2"><h1>x</h1></div>'));
    expect(out).toContain('.card{');
    expect(out).toContain('.sm\\:grid-cols-2{');
    expect(out).not.toContain('.unused');
    expect(out).not.toContain('.quick-exit');
    expect(out).not.toContain('.space-y-3');
  });

  it('keeps rules without classes, keyframes, and classes the page script adds', () => {
    const out = kept(page('<ul class="space-y-3"></ul>', "e.className='exit-overlay'"));
    expect(out).toContain('h1{');
    expect(out).toContain('@keyframes reveal');
    expect(out).toContain('.exit-overlay{');
    expect(out).toContain('.space-y-3>:not(:last-child)');
  });

  it('pages sharing one stylesheet each keep their own rules, and the stylesheet is the same again after', () => {
    const first = kept(page('<div class="card"></div>'));
    const second = kept(page('<div class="unused"></div>'));
    expect(first).toContain('.card{');
    expect(first).not.toContain('.unused{');
    expect(second).toContain('.unused{');
    expect(second).not.toContain('.card{');
    expect(kept(page('<div class="card"></div>'))).toBe(first);
    expect(kept(page('<div class="card unused"></div>'))).toMatch(/\.card\{.*\.unused\{/);
  });
});
