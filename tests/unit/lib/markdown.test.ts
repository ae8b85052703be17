import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { tableAlignClasses } from '../../../src/lib/markdown';

describe('aligned Markdown table columns', () => {
  const md = '| Nhóm | Hệ số |\n| :-- | --: |\n| dưới 4 tuổi | 2,5 |\n| khác | 1,5 |\n';
  it('are written as classes, never as a style attribute the CSP would block', () => {
    const plain = markdownToHtml(md).html;
    expect(plain).toContain('style="text-align: right"'); // what the processor does on its own
    const html = markdownToHtml(md, { hastPlugins: [tableAlignClasses] }).html;
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="text-right">Hệ số</th>');
    expect(html).toContain('<td class="text-left">dưới 4 tuổi</td>');
  });
});
