/**
 * The checker's cross-file rules for events: a year's details must agree with its rule (name, year,
 * days), a rule needs a source with an address, a plain event must not repeat a yearly one, and a
 * moved address must lead to a page. Each case adds files to a copy of content/ and reads the
 * problems as editors see them.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/validate';
import { formatProblem } from '../../../../src/lib/validate/problems';
import { contentWith } from '../../../helpers/content-copy';

function problems(files: Record<string, string>, level: 'error' | 'warning' = 'error') {
  const { dir, cleanup } = contentWith(files);
  try {
    return (
      checkContent(dir)
        .filter((p) => p.level === level)
        .map(formatProblem)
        // Paths of files without the folder (folders named in messages stay).
        .map((line) => line.replace(/content\/(?=[\w/-]+\.(md|yaml)\b)/g, ''))
    );
  } finally {
    cleanup();
  }
}
const details = (lines: string) =>
  `---\n${lines}\nsources:\n  - title: "Nguồn thử"\n    url: "https://nguon-thu.test/"\n---\nChi tiết.\n`;

describe("a year's details file", () => {
  it('passes when it matches its rule, with the exact days inside the rule', () => {
    expect(
      problems({
        'su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027.md': details(
          'rule: thang-hanh-dong-vi-tre-em\ntheme: "Chủ đề thử"\nstart: "2027-06-01"\nend: "2027-06-30"',
        ),
      }),
    ).toEqual([]);
  });

  it('with days outside its rule (wrong month) is reported at the date, with the right days', () => {
    expect(
      problems({
        'su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027.md': details(
          'rule: thang-hanh-dong-vi-tre-em\nstart: "2027-07-01"\nend: "2027-07-31"',
        ),
      }),
    ).toEqual([
      'su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027.md:3  start  Ngày 1/7/2027 trái với quy tắc thang-hanh-dong-vi-tre-em (tháng 6): năm 2027 là 1/6/2027–30/6/2027.  → Sửa start cho nằm trong 1/6/2027–30/6/2027; nếu nguồn không nêu ngày chính xác thì xóa dòng này.',
      'su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027.md:4  end  Ngày 31/7/2027 trái với quy tắc thang-hanh-dong-vi-tre-em (tháng 6): năm 2027 là 1/6/2027–30/6/2027.  → Sửa end cho nằm trong 1/6/2027–30/6/2027; nếu nguồn không nêu ngày chính xác thì xóa dòng này.',
    ]);
  });

  it('with a day other than its rule’s is reported', () => {
    const lines = problems({
      'su-kien/2027-06-28-ngay-gia-dinh-viet-nam-2027.md': details('rule: ngay-gia-dinh-viet-nam\nstart: "2027-06-29"'),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('2027-06-28-ngay-gia-dinh-viet-nam-2027.md:3  start  Ngày 29/6/2027 trái với');
  });

  it('whose name is not the address of its year is told the right name (lunar dates included)', () => {
    expect(problems({ 'su-kien/2027-08-15-tet-trung-thu-2027.md': details('rule: tet-trung-thu') })).toEqual([
      'su-kien/2027-08-15-tet-trung-thu-2027.md:1  (tên tệp)  Tên tệp không khớp quy tắc tet-trung-thu (ngày 15/8 âm lịch): năm 2027 là "2027-09-15-tet-trung-thu-2027.md".  → Đổi tên tệp thành "2027-09-15-tet-trung-thu-2027.md" (địa chỉ trang của năm 2027 luôn là /su-kien/2027-09-15-tet-trung-thu-2027/).',
    ]);
    expect(problems({ 'su-kien/trung-thu-nam-nay.md': details('rule: tet-trung-thu') })[0]).toContain(
      '(tên tệp)  Tên tệp chi tiết của một năm phải kết thúc bằng năm',
    );
  });

  it('for a year before the rule starts, for a rule that does not exist, or with its own category, is reported', () => {
    expect(
      problems({ 'su-kien/2023-10-11-ngay-quoc-te-tre-em-gai-2023.md': details('rule: ngay-quoc-te-tre-em-gai') })[0],
    ).toContain(':2  rule  Năm 2023 trước năm bắt đầu (since: 2024)');
    expect(problems({ 'su-kien/2027-06-01-ngay-khong-co-2027.md': details('rule: ngay-khong-co') })[0]).toContain(
      ':2  rule  Không có "ngay-khong-co" trong content/su-kien/hang-nam/.',
    );
    expect(
      problems({
        'su-kien/2027-10-11-ngay-quoc-te-tre-em-gai-2027.md': details('rule: ngay-quoc-te-tre-em-gai\ncategory: khac'),
      })[0],
    ).toContain(':3  category  Tệp chi tiết của một năm lấy loại (category) từ quy tắc');
    expect(
      problems({
        'su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027.md': details(
          'rule: thang-hanh-dong-vi-tre-em\nend: "2027-06-30"',
        ),
      })[0],
    ).toContain(':3  end  Ghi cả ngày bắt đầu (start) khi ghi end');
  });
});

describe('a yearly rule', () => {
  const rule = (
    lines: string,
    sources = 'sources:\n  - title: "Văn bản quy định ngày này"\n    url: "https://nguon-thu.test/"',
  ) =>
    `---\ntitle: "Ngày thử {năm}"\ndescription: "Một ngày thử lặp lại hằng năm, năm {năm}."\n${lines}\nsince: 2024\ncategory: khac\n${sources}\n---\nNội dung.\n`;

  it('passes with a day, a source with an address, and makes a page a link in content may point to', () => {
    expect(
      problems({
        'su-kien/hang-nam/ngay-thu.md': rule('every: { month: 3, day: 8 }'),
        'trang/lien-ket-thu.md': `---\ntitle: "Trang liên kết thử"\ndescription: "Một trang thử có liên kết đến sự kiện hằng năm."\n---\n[Ngày thử 2027](/su-kien/2027-03-08-ngay-thu-2027/) và [trang cũ](/su-kien/2026-tet-trung-thu/).\n`,
      }),
    ).toEqual([]);
  });

  it('without a source with an address outside this site is reported at its sources', () => {
    // The plan on this site is a source, but not one that says the day comes back every year.
    const planOnly = 'sources:\n  - title: "Kế hoạch, mục III.9"\n    url: "/ke-hoach/#thanh-doan"\n    kind: van-ban';
    expect(problems({ 'su-kien/hang-nam/ngay-thu.md': rule('every: { month: 3, day: 8 }', planOnly) })).toEqual([
      'su-kien/hang-nam/ngay-thu.md:7  sources  Quy tắc hằng năm cần ít nhất một nguồn có địa chỉ web (văn bản hoặc trang nói ngày này lặp lại hằng năm).  → Thêm một nguồn có "url: https://…" dưới sources.',
    ]);
    expect(problems({ 'su-kien/hang-nam/ngay-thu.md': rule('every: { month: 3, day: 8 }', '') })[0]).toContain(
      '  sources  Cần danh sách nguồn',
    );
  });

  it('with a day not in every year, or a title without {năm}, is reported', () => {
    expect(problems({ 'su-kien/hang-nam/ngay-thu.md': rule('every: { month: 2, day: 29 }') })[0]).toContain(
      ':4  every.day  Ngày 29/2 không có trong mọi năm.',
    );
    expect(
      problems({ 'su-kien/hang-nam/ngay-thu.md': rule('every: { month: 8, day: 30, lunar: true }') })[0],
    ).toContain('every.day  Không phải năm nào tháng âm lịch cũng có ngày 30');
    expect(
      problems({ 'su-kien/hang-nam/ngay-thu.md': rule('every: { month: 3, day: 8 }').replace(' {năm}"', '"') })[0],
    ).toContain(':2  title  Tiêu đề phải có {năm}');
  });
});

describe('a plain event file', () => {
  it('that repeats a yearly event is reported, with the command that makes its details file', () => {
    const plain = `---\ntitle: "Tết Trung thu 2027"\ndescription: "Tết Trung thu năm 2027, ngày rằm tháng Tám."\nlunar: { day: 15, month: 8, year: 2027 }\ncategory: trung-thu\nsources:\n  - title: "Nguồn"\n    url: "https://nguon-thu.test/"\n---\n`;
    expect(problems({ 'su-kien/tet-trung-thu-2027.md': plain })).toEqual([
      'su-kien/tet-trung-thu-2027.md:2  title  Trùng tiêu đề với sự kiện hằng năm "Tết Trung thu 2027" (su-kien/hang-nam/tet-trung-thu.md).  → Nếu đây là chi tiết của năm 2027: tạo bằng "npm run new -- su-kien-nam tet-trung-thu 2027" và chuyển nội dung sang đó.',
    ]);
  });

  it('on the day and of the category of a yearly event is flagged as a possible repeat (a warning)', () => {
    const plain = `---\ntitle: "Gặp mặt gia đình ở phường"\ndescription: "Một buổi gặp mặt các gia đình trong phường."\nstart: "2027-06-28"\ncategory: khac\nsources:\n  - title: "Nguồn"\n    url: "https://nguon-thu.test/"\n---\n`;
    const files = { 'su-kien/2027-06-28-gap-mat.md': plain };
    expect(problems(files)).toEqual([]);
    // Only event warnings: laws without an official text are warned about too.
    expect(problems(files, 'warning').filter((l) => l.startsWith('su-kien/'))).toEqual([
      expect.stringContaining(
        'su-kien/2027-06-28-gap-mat.md:2  title  Cùng ngày và cùng loại với sự kiện hằng năm "Ngày Gia đình Việt Nam 28/6/2027"',
      ),
    ]);
  });

  it('still reports every missing field at once', () => {
    const lines = problems({
      'su-kien/thieu.md': `---\ncategory: khong-co\nstart: "2027-01-01"\nsources:\n  - { title: "Nguồn", url: "https://nguon-thu.test/" }\n---\n`,
    });
    expect(lines.map((l) => l.split('  ')[1]).sort()).toEqual(['category', 'description', 'title']);
  });
});

describe('moved addresses (content/chuyen-huong.yaml)', () => {
  const yaml = (from: string, to: string) => `- from: "${from}"\n  to: "${to}"\n`;
  it('must lead to a page that exists', () => {
    expect(problems({ 'chuyen-huong.yaml': yaml('/su-kien/cu/', '/su-kien/khong-co/') })).toEqual([
      'chuyen-huong.yaml:2  0.to  Không có trang /su-kien/khong-co/.  → Ghi địa chỉ của một trang đang có (xem Mục lục toàn trang /muc-luc/).',
    ]);
  });
  it('may not hide a page that exists, and are written as paths', () => {
    expect(problems({ 'chuyen-huong.yaml': yaml('/ho-tro/', '/khan-cap/') })[0]).toContain(
      'chuyen-huong.yaml:1  0.from  /ho-tro/ vẫn là một trang đang có',
    );
    expect(problems({ 'chuyen-huong.yaml': yaml('su-kien/cu', '/khan-cap/') })[0]).toContain(
      'chuyen-huong.yaml:1  0.from  Địa chỉ cũ (from) viết như "/su-kien/ten-trang/"',
    );
  });
});
