/**
 * `npm run check` judges links to "#anchors" before anything is built, from its own model of the ids
 * each page will have: headings (ids from their text, by the build's own Markdown plugin), the plan's
 * parts, the contacts on /ho-tro/, the articles on /quyen-tre-em/. Every anchor it accepts must exist
 * on the built page, so a link it lets through is never broken.
 */
import { describe, expect, it } from 'vitest';
import { inspectContent } from '../../src/lib/validate';
import { page } from '../helpers/dist';

const { anchors } = inspectContent('content');

describe("the checker's anchors", () => {
  it('cover the pages editors link into', () => {
    expect(anchors.get('/quyen-tre-em/')).toContain('dieu-25');
    expect(anchors.get('/quyen-tre-em/')).toContain('ai-là-trẻ-em');
    expect(anchors.get('/ke-hoach/')).toContain('phong-tu-phap');
    expect(anchors.get('/ho-tro/')).toContain('tong-dai-111');
    expect(anchors.get('/giu-an-toan/')).toContain('nút-thoát-nhanh');
  });

  it.each([...anchors].map(([path, ids]) => [path, [...ids]] as const))('%s has every one of them', (path, ids) => {
    const built = new Set(page(path).querySelectorAll('[id]').map((e) => e.id));
    expect(ids.filter((id) => !built.has(id))).toEqual([]);
  });
});
