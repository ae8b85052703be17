import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { cardTree, fitTitle, ogImage } from '../../../src/lib/og-card';
import { cardImage, renderCard } from '../../../src/lib/og-render';

// The cards' cache goes to a temporary folder, not the project's.
const cache = mkdtempSync(join(tmpdir(), 'og-'));
beforeAll(() => vi.stubEnv('OG_CACHE_DIR', cache));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(cache, { recursive: true, force: true });
});

const card = {
  title: 'Tết Trung thu 2027',
  section: 'Sự kiện',
  siteName: 'Trẻ em Buôn Ma Thuột',
  call: 'Gọi 111',
  terms: 'miễn phí, 24 giờ',
};

describe('link-preview card', () => {
  it('sets a short title large, a long one smaller, and cuts only what four lines cannot hold', () => {
    expect(fitTitle('Tết Trung thu 2027')).toEqual({ size: 76, lines: ['Tết Trung thu 2027'], cut: false });
    const long = fitTitle('Ắ Ẩ Ể Tháng hành động vì trẻ em '.repeat(6).trim());
    expect(long.size).toBe(48);
    expect(long.lines).toHaveLength(4);
    expect(long.cut).toBe(true);
    expect(long.lines[3]).toMatch(/…$/);
  });

  it('is named by what it shows: same text, same image; other text, another image', () => {
    const a = ogImage(card, '/a/');
    expect(a.path).toMatch(/^\/og\/[0-9a-f]{20}\.png$/);
    expect(ogImage({ ...card }, '/b/').path).toBe(a.path);
    expect(ogImage({ ...card, title: 'Tết Trung thu 2028' }, '/c/').path).not.toBe(a.path);
    expect(ogImage({ ...card, section: 'Hỗ trợ' }, '/d/').path).not.toBe(a.path);
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toHaveLength(3);
  });

  it('refuses, naming the page, a title the font cannot draw', () => {
    expect(() => ogImage({ ...card, title: 'Vui Trung thu 🎑' }, '/su-kien/x/')).toThrow(
      /Trang \/su-kien\/x\/: .*"🎑".*→ Bỏ ký tự đó khỏi tiêu đề/,
    );
  });

  it('is drawn as a 1200 × 630 PNG, once, then read from the cache', async () => {
    const key = ogImage(card, '/a/').path.slice(4, 24);
    const png = await cardImage(key);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(readdirSync(cache)).toContain(`${key}.png`);
    expect((await cardImage(key)).equals(png)).toBe(true);
  });

  it('fails rather than draw a character no font has, even past the check', async () => {
    await expect(renderCard(cardTree({ ...card, title: 'Trẻ em ✓' }))).rejects.toThrow(/✓/);
  });
});
