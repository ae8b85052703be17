/** Guides keep plain Markdown; at render time headings get ASCII ids and each numbered step an anchor. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { anchorSteps } from '../../../src/lib/anchors';

const html = `<h2 id="gọi-ai">Gọi ai</h2>
<h3>Gọi ai</h3>
<ol>
<li><strong>Trẻ đang gặp nguy hiểm ngay lúc này</strong> (đang bị đánh): gọi <a href="tel:113">113</a>.</li>
<li>Trẻ bị xâm hại: gọi 111. Miễn phí.
<ul><li>một ý phụ</li></ul>
</li>
</ol>
<h2 id="sau-khi-gọi">Sau khi gọi</h2>
<ol start="3"><li>Tiếp theo "bước" &amp; việc khác, rất dài ${'chữ '.repeat(40)}</li></ol>`;
const dom = parse(anchorSteps(html));

describe('anchors in a guide', () => {
  it('headings get ASCII ids from their words, unique on the page', () => {
    expect(dom.querySelectorAll('h2, h3').map((h) => h.id)).toEqual(['goi-ai', 'goi-ai-2', 'sau-khi-goi']);
  });

  it('each top-level step gets an id after its heading and a title that Pagefind shows', () => {
    const steps = dom.querySelectorAll('li[id]');
    // "goi-ai-2" is taken by the second heading: its first step is "goi-ai-2-1".
    expect(steps.map((s) => s.id)).toEqual(['goi-ai-2-1', 'goi-ai-2-2', 'sau-khi-goi-3']);
    expect(steps[0].getAttribute('data-pagefind-title')).toBe('Gọi ai › 1. Trẻ đang gặp nguy hiểm ngay lúc này');
    expect(steps[1].getAttribute('data-pagefind-title')).toBe('Gọi ai › 2. Trẻ bị xâm hại');
  });

  it('follows the list’s own numbering, quotes safely and cuts long leads at a word', () => {
    const last = dom.querySelectorAll('li[id]').at(-1)!;
    const title = last.getAttribute('data-pagefind-title')!;
    expect(title.startsWith('Sau khi gọi › 3. Tiếp theo "bước" & việc khác')).toBe(true);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThan(100);
  });

  it('nested list items and the content itself are left as written', () => {
    expect(dom.querySelector('ul li')!.id).toBe('');
    expect(dom.querySelector('a[href="tel:113"]')!.text).toBe('113');
  });
});
