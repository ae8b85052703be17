/**
 * Real searches against the built index, with Pagefind's JS API and the site's own query handling,
 * written as parents, children and officers type them: with or without diacritics, with typos,
 * numbers and whole questions. Each row: the query and the page, or the section of a page, that must
 * be among the first three results. Then the pair rate: every accented query of the table and its
 * unaccented twin must give the same first three pages (≥ 95 % of pairs, every help-path pair).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { searchAll, search } from '../../helpers/pagefind';
import { page, visibleText } from '../../helpers/dist';
import { url } from '../../../src/lib/site-map';
import { fold } from '../../../src/lib/text';
import { datedEvents } from '../../../src/lib/events';

// Events are found by their title, so the table does not depend on their addresses.
const events = await datedEvents();
const event = (title: string) => {
  const e = events.find((x) => x.title === title);
  if (!e) throw new Error(`no event titled "${title}" in content/su-kien`);
  return url.event(e.id);
};
const guide = url.guide;
const law = url.law;
const body = url.body;

type Who = 'cha mẹ' | 'trẻ em' | 'cán bộ';
/** [query, expected page or section, who types it, on the help path (someone needs help now)] */
const table: [query: string, expected: string, who: Who, help?: 'help'][] = [
  // Help now: numbers, danger, abuse.
  ['đường dây nóng', url.help, 'cha mẹ', 'help'],
  ['duong day nong', url.help, 'cha mẹ', 'help'],
  ['số tổng đài bảo vệ trẻ em', url.help, 'cha mẹ', 'help'],
  ['tổng đài 111', url.contact('tong-dai-111'), 'cha mẹ', 'help'],
  ['111', url.contact('tong-dai-111'), 'cha mẹ', 'help'],
  ['zalo 111', url.contact('tong-dai-111'), 'trẻ em', 'help'],
  ['113', url.contact('cong-an-113'), 'cha mẹ', 'help'],
  ['114', url.contact('cuu-hoa-114'), 'cha mẹ', 'help'],
  ['115', url.contact('cap-cuu-115'), 'cha mẹ', 'help'],
  ['112', url.contact('khan-cap-112'), 'cha mẹ', 'help'],
  ['cấp cứu', url.help, 'cha mẹ', 'help'],
  ['gọi công an', url.help, 'cha mẹ', 'help'],
  ['cháy nhà gọi số nào', url.help, 'trẻ em', 'help'],
  ['số điện thoại khẩn cấp', url.help, 'cha mẹ', 'help'],
  ['trẻ em bị đánh', `${guide('tre-em-gap-nguy-hiem')}#goi-ai-1`, 'cha mẹ', 'help'],
  ['tre em bi danh', `${guide('tre-em-gap-nguy-hiem')}#goi-ai-1`, 'cha mẹ', 'help'],
  ['con bị đánh thì gọi ai', `${guide('tre-em-gap-nguy-hiem')}#goi-ai-1`, 'cha mẹ', 'help'],
  ['con bi xam hai phai lam gi', guide('tre-em-gap-nguy-hiem'), 'cha mẹ', 'help'],
  ['trẻ em gặp nguy hiểm', guide('tre-em-gap-nguy-hiem'), 'cha mẹ', 'help'],
  ['bị xâm hại tình dục', guide('tre-em-gap-nguy-hiem'), 'trẻ em', 'help'],
  ['không chắc có phải xâm hại không', `${guide('tre-em-gap-nguy-hiem')}#goi-ai-4`, 'cha mẹ', 'help'],
  ['báo tin trẻ bị xâm hại', guide('tre-em-gap-nguy-hiem'), 'cán bộ', 'help'],
  ['sau khi gọi 111 thì sao', `${guide('tre-em-gap-nguy-hiem')}#sau-khi-ban-goi-111`, 'cha mẹ', 'help'],
  ['giữ kín thông tin của trẻ', `${guide('tre-em-gap-nguy-hiem')}#giu-kin-chuyen-cua-tre-1`, 'cha mẹ', 'help'],
  ['tôi là trẻ em đang gặp chuyện', guide('toi-nen-lam-gi'), 'trẻ em', 'help'],
  ['thoát nhanh', url.page('giu-an-toan'), 'trẻ em', 'help'],
  ['xóa lịch sử trình duyệt', url.page('giu-an-toan'), 'trẻ em', 'help'],
  ['bạo lực gia đình', law('luat-phong-chong-bao-luc-gia-dinh-2022'), 'cha mẹ', 'help'],
  ['bao luc gia dinh', law('luat-phong-chong-bao-luc-gia-dinh-2022'), 'cha mẹ', 'help'],
  ['bạo hành trẻ em', law('luat-phong-chong-bao-luc-gia-dinh-2022'), 'cha mẹ', 'help'],
  // Papers and money.
  ['làm giấy khai sinh', guide('dang-ky-khai-sinh'), 'cha mẹ'],
  ['lam giay khai sinh cho con', guide('dang-ky-khai-sinh'), 'cha mẹ'],
  ['khai sinh quá 60 ngày', guide('dang-ky-khai-sinh'), 'cha mẹ'],
  ['đăng ký khai sinh cần giấy tờ gì', `${guide('dang-ky-khai-sinh')}#cac-buoc-3`, 'cha mẹ'],
  ['lệ phí khai sinh', `${guide('dang-ky-khai-sinh')}#cac-buoc-4`, 'cha mẹ'],
  ['khai sinj', guide('dang-ky-khai-sinh'), 'cha mẹ'],
  ['trợ cấp xã hội cho trẻ em', guide('tro-cap-xa-hoi-tre-em'), 'cha mẹ'],
  ['tro cap tre mo coi', guide('tro-cap-xa-hoi-tre-em'), 'cha mẹ'],
  ['trẻ khuyết tật được bao nhiêu tiền', `${guide('tro-cap-xa-hoi-tre-em')}#duoc-bao-nhieu-tien`, 'cha mẹ'],
  ['mức chuẩn trợ giúp xã hội', law('nghi-dinh-76-2024'), 'cán bộ'],
  ['miễn học phí', law('nghi-quyet-217-2025'), 'cha mẹ'],
  ['nhận con nuôi', law('luat-nuoi-con-nuoi-2010'), 'cha mẹ'],
  // Where to go since the reorganisation.
  ['phường Tân Hòa cũ nay thuộc đâu', `${guide('hoi-ai-sau-sap-xep')}#phuong-xa-cu-nay-thuoc-dau`, 'cha mẹ'],
  ['xã Hòa Xuân', guide('hoi-ai-sau-sap-xep'), 'cha mẹ'],
  ['ubnd thành phố còn không', guide('hoi-ai-sau-sap-xep'), 'cha mẹ'],
  ['hòa phú', body('ubnd-xa-hoa-phu'), 'cha mẹ'],
  ['ea kao', body('ubnd-phuong-ea-kao'), 'cha mẹ'],
  ['BMT', body('ubnd-tp-buon-ma-thuot'), 'cha mẹ'],
  ['Ban Mê Thuột', body('ubnd-phuong-buon-ma-thuot'), 'cha mẹ'],
  ['dak lak', body('ubnd-tinh-dak-lak'), 'cán bộ'],
  ['sở y tế đắk lắk', body('so-y-te-dak-lak'), 'cán bộ'],
  ['cục bà mẹ và trẻ em', body('cuc-ba-me-va-tre-em'), 'cán bộ'],
  // Rights.
  ['quyền trẻ em', url.rights, 'trẻ em'],
  ['quyen duoc hoc tap', url.article(16), 'trẻ em'],
  ['quyền vui chơi giải trí', url.article(17), 'trẻ em'],
  ['quyền được khai sinh', url.article(13), 'cha mẹ'],
  ['bổn phận của trẻ em', url.rights, 'trẻ em'],
  ['trẻ em có hoàn cảnh đặc biệt', url.rights, 'cán bộ'],
  ['an toàn trên mạng', url.page('giu-an-toan'), 'trẻ em'],
  // Numbers: articles, legal documents.
  ['điều 25', url.article(25), 'cán bộ'],
  ['dieu 25 luat tre em', url.article(25), 'cán bộ'],
  ['điều 22 nghị định 56', `${law('nghi-dinh-56-2017')}#dieu-22`, 'cán bộ'],
  ['56/2017', law('nghi-dinh-56-2017'), 'cán bộ'],
  ['nghị định 56', law('nghi-dinh-56-2017'), 'cán bộ'],
  ['nd 56', law('nghi-dinh-56-2017'), 'cán bộ'],
  ['nghị định 20/2021', law('nghi-dinh-20-2021'), 'cán bộ'],
  ['chỉ thị 28', law('chi-thi-28-ct-tw'), 'cán bộ'],
  ['quyết định 1183', law('quyet-dinh-1183-2024'), 'cán bộ'],
  ['luật trẻ em 2016', law('luat-tre-em-2016'), 'cán bộ'],
  ['bộ luật hình sự', law('bo-luat-hinh-su-2015'), 'cán bộ'],
  ['tuổi chịu trách nhiệm hình sự', law('bo-luat-hinh-su-2015'), 'cha mẹ'],
  ['người chưa thành niên', law('luat-tu-phap-nguoi-chua-thanh-nien-2024'), 'cán bộ'],
  ['công ước quyền trẻ em', law('cong-uoc-quyen-tre-em'), 'cán bộ'],
  // The plan and who does what.
  ['kế hoạch thực hiện chỉ thị 28', url.plan, 'cán bộ'],
  ['nhiệm vụ phòng y tế', `${body('phong-y-te')}#nhiem-vu-phong-y-te`, 'cán bộ'],
  ['phòng y tế', body('phong-y-te'), 'cán bộ'],
  ['phong y te', body('phong-y-te'), 'cán bộ'],
  ['phòng giáo dục và đào tạo', body('phong-giao-duc-va-dao-tao'), 'cán bộ'],
  ['công an thành phố', url.planPart('cong-an-thanh-pho'), 'cán bộ'],
  ['hoạt động hè', body('ban-chi-dao-he'), 'cán bộ'],
  // Events, a year next to an event's name.
  ['trung thu 2026', event('Tết Trung thu 2026'), 'trẻ em'],
  ['tet trung thu 2027', event('Tết Trung thu 2027'), 'trẻ em'],
  ['tháng hành động vì trẻ em 2025', event('Tháng hành động vì trẻ em năm 2025'), 'cán bộ'],
  ['ngày quốc tế thiếu nhi 2026', event('Ngày Quốc tế Thiếu nhi 1/6/2026'), 'trẻ em'],
  ['vi chất dinh dưỡng', event('Ngày Vi chất dinh dưỡng 2026 (01–02/6)'), 'cha mẹ'],
];

/** The first three results: the page URL, or the section when the expectation names one. */
const top3 = async (query: string) => await search(query, undefined, undefined, 3);
const found = (hits: { url: string; link: string }[], expected: string) =>
  hits.some((h) => (expected.includes('#') ? h.link === expected : h.url === expected));

describe('query table', () => {
  const ranks = new Map<string, number>();
  afterAll(() => {
    const w = Math.max(...table.map(([q]) => q.length));
    console.log(
      `Query table: ${table.length} queries, ${[...ranks.values()].filter((r) => r > 0).length} found in the first three\n` +
        table
          .map(([q, expected, who, help]) => {
            const rank = ranks.get(q);
            return `  ${rank ? `#${rank}` : '--'}  ${who.padEnd(6)} ${help ? 'help' : '    '}  ${q.padEnd(w)}  ${expected}`;
          })
          .join('\n'),
    );
  });

  it('has at least 60 queries from parents, children and officers', () => {
    expect(table.length).toBeGreaterThanOrEqual(60);
    for (const who of ['cha mẹ', 'trẻ em', 'cán bộ']) expect(table.some((r) => r[2] === who)).toBe(true);
  });

  it.each(table)('"%s" finds %s in the first three (%s)', async (query, expected) => {
    const hits = await top3(query);
    ranks.set(query, 1 + hits.findIndex((h) => found([h], expected)));
    expect(found(hits, expected), `got ${hits.map((h) => h.link).join('  ')}`).toBe(true);
  });
});

describe('without diacritics finds what the accented query finds', () => {
  const accented = table.filter(([q]) => fold(q) !== q.toLowerCase());
  const outcome: { query: string; help: boolean; same: boolean }[] = [];
  afterAll(() => {
    const same = outcome.filter((o) => o.same).length;
    console.log(
      `Accented / unaccented pairs with the same first three pages: ${same} of ${outcome.length} ` +
        `(${((100 * same) / outcome.length).toFixed(1)} %)` +
        outcome
          .filter((o) => !o.same)
          .map((o) => `\n  differs: "${o.query}" / "${fold(o.query)}"`)
          .join(''),
    );
  });

  it.each(accented)('"%s" and its unaccented twin', async (query, _, __, help) => {
    const [a, b] = await Promise.all([top3(query), top3(fold(query))]);
    const same = a.map((h) => h.url).join(' ') === b.map((h) => h.url).join(' ');
    outcome.push({ query, help: help === 'help', same });
    if (help) expect(b.map((h) => h.url), 'help-path pairs must all agree').toEqual(a.map((h) => h.url));
  });

  it('at least 95 % of pairs agree', () => {
    expect(outcome.length).toBe(accented.length);
    expect(outcome.filter((o) => o.same).length / outcome.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the reading shown for an unaccented query', () => {
  it.each([
    ['tre em bi danh', 'trẻ em bị đánh'],
    ['duong day nong', 'đường dây nóng'],
    ['dang ky khai sinh', 'đăng ký khai sinh'],
    ['Tre em bi danh', 'Trẻ em bị đánh'],
    ['trẻ em bi danh', 'trẻ em bị đánh'],
  ])('"%s" is read as "%s"', async (query, reading) => {
    expect((await searchAll(query, { top: 0 })).reading).toBe(reading);
  });

  it('searching exactly what was typed keeps it as typed, and finds only what those letters find', async () => {
    const { reading, hits } = await searchAll('tre em bi danh', { exact: true, top: 3 });
    expect(reading).toBe('tre em bi danh');
    expect(hits.length).toBeGreaterThan(0);
  });
});

describe('no result, a way on', () => {
  it('"duong dai nong" suggests "đường dây nóng", which finds the hotlines', async () => {
    const { suggestion } = await searchAll('duong dai nong', { top: 0 });
    expect(suggestion).toBe('đường dây nóng');
    expect((await search(suggestion!, undefined, undefined, 3)).map((h) => h.url)).toContain(url.help);
  });

  it('a slip of the finger that finds nothing gets a suggestion that finds something', async () => {
    const { hits, suggestion } = await searchAll('xqam');
    expect(hits).toEqual([]);
    expect(suggestion).toBe('xâm');
    expect((await search(suggestion!)).length).toBeGreaterThan(0);
  });

  it('a far likelier spelling is offered even when the query finds something', async () => {
    const { hits, suggestion } = await searchAll('dang ki khai sinh', { top: 1 });
    expect(hits.length).toBeGreaterThan(0);
    expect(suggestion).toBe('đăng ký khai sinh');
  });

  it('gibberish gets neither results nor a suggestion', async () => {
    expect(await searchAll('qqxyzqq')).toMatchObject({ hits: [], suggestion: undefined });
  });
});

describe('results point to the section', () => {
  it('a long page links to the heading that answers, and names it', async () => {
    const [hit] = (await search('điều 25')).filter((h) => h.url === url.rights);
    expect(hit.link).toBe(url.article(25));
    expect(hit.section).toMatch(/^Điều 25\. /);
    const plan = (await search('phòng y tế')).find((h) => h.url === url.plan)!;
    expect(plan.link).toBe(url.planPart('phong-y-te'));
    expect(plan.section).toBe('6. Phòng Y tế');
  });

  it('every section link leads to an element of that page with that id', async () => {
    for (const query of ['trẻ em bị đánh', 'đăng ký khai sinh cần giấy tờ gì', 'nhiệm vụ phòng y tế', 'điều 22 nghị định 56'])
      for (const hit of await search(query)) {
        const id = hit.link.split('#')[1];
        if (id) expect(page(hit.url).getElementById(decodeURIComponent(id)), hit.link).not.toBeNull();
      }
  });
});

describe('exact diacritics rank first', () => {
  it.each(['hòa phú', 'Đắk Lắk', 'bạo lực', 'xâm hại', 'khai sinh', 'Trung thu'])(
    'the top page for "%s" contains those exact words',
    async (query) => {
      const [top] = await search(query, undefined, undefined, 1);
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
      const hits = await search(query, undefined, undefined, 5);
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
      expect(hits.every((h) => h.filter === section)).toBe(true);
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
