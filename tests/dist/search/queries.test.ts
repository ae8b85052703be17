/**
 * Real searches against the built index, with Pagefind's JS API and the site's own query handling:
 * people type with or without diacritics (đ → d included) and the right page comes up.
 * Each row: the query, and a page that must be among the first `top` results.
 */
import { describe, expect, it } from 'vitest';
import { search } from '../../helpers/pagefind';
import { page, visibleText } from '../../helpers/dist';

const table: [query: string, expected: string, top: number][] = [
  ['duong day nong', '/ho-tro/', 1],
  ['đường dây nóng', '/ho-tro/', 1],
  ['tong dai', '/ho-tro/', 2],
  ['tổng đài 111', '/phap-luat/nghi-dinh-56-2017/', 3],
  ['111', '/phap-luat/nghi-dinh-56-2017/', 3],
  ['113', '/ho-tro/', 3],
  // The help page, the decision guide, the danger guide and a health body also name 115; the card is among them.
  ['115', '/khan-cap/', 4],
  ['tre em', '/quyen-tre-em/', 3],
  ['trẻ em', '/quyen-tre-em/', 3],
  ['khai sinh', '/ho-tro/dang-ky-khai-sinh/', 1],
  ['giay khai sinh', '/ho-tro/dang-ky-khai-sinh/', 1],
  ['đăng ký khai sinh', '/ho-tro/dang-ky-khai-sinh/', 1],
  ['tro cap', '/ho-tro/tro-cap-xa-hoi-tre-em/', 4],
  ['trợ cấp xã hội', '/phap-luat/nghi-dinh-20-2021/', 3],
  ['trung thu', '/su-kien/2026-09-25-tet-trung-thu-2026/', 4],
  ['Tết Trung thu', '/su-kien/2027-09-15-tet-trung-thu-2027/', 4],
  ['phong y te', '/co-quan/phong-y-te/', 1],
  ['cong an', '/co-quan/cong-an-thanh-pho/', 1],
  ['công an', '/co-quan/cong-an-thanh-pho/', 1],
  // Four pages carry "Buôn Ma Thuột" about equally; the city's is among them.
  ['BMT', '/co-quan/ubnd-tp-buon-ma-thuot/', 4],
  ['Ban Mê Thuột', '/co-quan/ubnd-phuong-buon-ma-thuot/', 3],
  ['dak lak', '/co-quan/ubnd-tinh-dak-lak/', 2],
  ['Đắk Lắk', '/co-quan/ubnd-tinh-dak-lak/', 2],
  ['bao luc gia dinh', '/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/', 1],
  ['bạo hành', '/phap-luat/luat-phong-chong-bao-luc-gia-dinh-2022/', 1],
  ['xam hai tinh duc', '/ho-tro/tre-em-gap-nguy-hiem/', 2],
  ['thang hanh dong', '/su-kien/2026-06-01-thang-hanh-dong-vi-tre-em-2026/', 3],
  ['tháng hành động vì trẻ em', '/su-kien/2025-06-01-thang-hanh-dong-vi-tre-em-2025/', 3],
  ['quoc te thieu nhi', '/su-kien/2026-06-01-ngay-quoc-te-thieu-nhi-2026/', 4],
  ['hoa phu', '/co-quan/ubnd-xa-hoa-phu/', 2],
  ['ea kao', '/co-quan/ubnd-phuong-ea-kao/', 1],
  ['chi thi 28', '/phap-luat/chi-thi-28-ct-tw/', 1],
  ['ke hoach', '/ke-hoach/', 3],
  ['nghi dinh 56', '/phap-luat/nghi-dinh-56-2017/', 1],
  ['con nuoi', '/phap-luat/luat-nuoi-con-nuoi-2010/', 1],
  ['mien hoc phi', '/phap-luat/nghi-quyet-217-2025/', 1],
  ['thoat nhanh', '/giu-an-toan/', 1],
  // One page per year, 2024–2027, of equal weight.
  ['vi chat dinh duong', '/su-kien/2026-06-01-ngay-vi-chat-dinh-duong-2026/', 4],
];

describe('query table', () => {
  it.each(table)('"%s" finds %s in the first %i', async (query, expected, top) => {
    const urls = (await search(query)).map((h) => h.url);
    expect(urls.slice(0, top), `got ${urls.slice(0, 5).join(' ')}`).toContain(expected);
  });
});

describe('without diacritics finds what the accented query finds', () => {
  it.each([
    ['duong day nong', 'đường dây nóng'],
    ['dang ky khai sinh', 'đăng ký khai sinh'],
    ['dak lak', 'Đắk Lắk'],
    ['thang hanh dong', 'tháng hành động'],
    ['tro cap', 'trợ cấp'],
  ])('"%s" ⊇ top of "%s"', async (plain, accented) => {
    const withMarks = (await search(accented)).slice(0, 5).map((h) => h.url);
    const without = (await search(plain)).map((h) => h.url);
    expect(withMarks.length).toBeGreaterThan(0);
    for (const url of withMarks) expect(without).toContain(url);
  });
});

describe('exact diacritics rank first', () => {
  it.each(['hòa phú', 'Đắk Lắk', 'bạo lực', 'xâm hại', 'khai sinh', 'Trung thu'])(
    'the top page for "%s" contains those exact words',
    async (query) => {
      const [top] = await search(query);
      const text = visibleText(page(top.url).querySelector('main')!).toLowerCase();
      for (const word of query.toLowerCase().split(' '))
        expect(text).toMatch(new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u'));
    },
  );
});

describe('excerpts', () => {
  it.each(['duong day nong', 'dak lak', 'dang ky khai sinh', 'thang hanh dong'])(
    'for "%s" show only the page’s own words',
    async (query) => {
      const hits = (await search(query)).slice(0, 5);
      expect(hits.length).toBeGreaterThan(0);
      // Letters only: Pagefind joins block elements its own way; what matters is that every word shown
      // is the page's own, so the folded helper words ("duong", "dak"), kept in metadata, never show.
      const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      for (const hit of hits) {
        const text = letters(visibleText(page(hit.url).querySelector('main')!));
        const words = hit.excerpt
          .replace(/<\/?mark>/g, '')
          .split(/\s+/)
          .map(letters)
          .filter(Boolean);
        for (const w of words.slice(1, -1)) expect(text, `${hit.url}: "${w}"`).toContain(w);
      }
    },
  );
});

describe('section filters', () => {
  it.each(['Kế hoạch', 'Quyền trẻ em', 'Pháp luật', 'Hỗ trợ', 'Sự kiện', 'Cơ quan'])(
    '"%s" narrows results to that section',
    async (section) => {
      const hits = await search('tre em', { section });
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.section === section)).toBe(true);
    },
  );

  it('listing pages, navigation and the quick exit do not pollute results', async () => {
    expect((await search('Thoát nhanh')).map((h) => h.url)).toEqual(
      expect.not.arrayContaining(['/ho-tro/', '/quyen-tre-em/']),
    );
    expect((await search('Tìm kiếm')).map((h) => h.url)).not.toContain('/tim-kiem/');
    // The footer is on every page but outside <main>: only pages that talk about cookies match.
    expect(
      (await search('cookie'))
        .map((h) => h.url)
        .every((u) => ['/quyen-rieng-tu/', '/tro-nang/', '/gioi-thieu/'].includes(u)),
    ).toBe(true);
  });
});
