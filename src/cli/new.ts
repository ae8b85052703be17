/**
 * `npm run new -- <loại> "<tiêu đề>" [YYYY-MM-DD]` creates a content file from a template, named from
 * the title (ASCII Vietnamese: "Tết Trung thu 2027" → tet-trung-thu-2027.md; an event gets its date
 * first, like the other events: 2027-09-15-tet-trung-thu-2027.md), with every required field. It
 * starts as a draft (draft: true), so it passes `npm run check` and is not published; once the
 * draft line is removed, any placeholder left ("THAY BẰNG…", example.org, 000) is an error.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../lib/text.ts';
import { contentDir } from '../lib/content-paths.ts';
import { todayInVietnam } from '../lib/dates.ts';
import { newYearDetails } from './new-year.ts';

const today = todayInVietnam();
const q = (s: string) => JSON.stringify(s);
const todo = (what: string) => `THAY BẰNG ${what}`;
// Lines every template shares.
const draft = 'draft: true # xóa dòng này khi đã điền đủ và muốn đăng';
const sources = `sources:\n  - title: ${q(todo('tên nguồn'))}\n    url: "https://example.org/thay-bang-nguon-that"`;
const reviewed = `reviewedOn: "${today}"`;

interface Template {
  folder: string;
  /** Events are named after their date, like the existing ones: 2027-06-01-ten-su-kien.md. */
  dated?: boolean;
  text: (title: string, date: string) => string;
}

const templates: Record<string, Template> = {
  'su-kien': {
    folder: 'su-kien',
    dated: true,
    text: (title, date) => `---
${draft}
title: ${q(title)}
description: ${q(todo('một câu giới thiệu sự kiện (20–200 ký tự)'))}
start: "${date}" # ngày bắt đầu; có giờ thì viết "${date}T08:00:00+07:00"
# end: "${date}" # ngày kết thúc, nếu kéo dài nhiều ngày
# lunar: { day: 15, month: 8, year: 2027 } # thay cho start nếu là ngày âm lịch
# location: "Các phường, xã"
category: khac # thang-hanh-dong, quoc-te-thieu-nhi, trung-thu, he, moc-ke-hoach, khac
organizers: [] # tên tệp trong content/co-quan, ví dụ [ubnd-phuong-tan-an]
${sources}
---
${todo('nội dung: sự kiện là gì, dành cho ai')}.
`,
  },
  'lien-he': {
    folder: 'lien-he',
    text: (title) => `---
${draft}
title: ${q(title)}
numbers:
  - number: "000" # chỉ chữ số, ví dụ "111"
purpose: ${q(todo('gọi số này khi nào'))}
hours: ${q(todo('giờ làm việc, ví dụ "24 giờ, tất cả các ngày"'))}
# cost: mien-phi # mien-phi hoặc co-phi; xóa dòng nếu chưa có nguồn
area: phuong-xa # toan-quoc, tinh, phuong-xa
# body: ubnd-phuong-tan-an # cơ quan quản lý (tên tệp trong content/co-quan)
${sources}
${reviewed}
---
`,
  },
  'phap-luat': {
    folder: 'phap-luat',
    text: (title) => `---
${draft}
title: ${q(title)}
description: ${q(todo('một câu giới thiệu văn bản (20–200 ký tự)'))}
kind: luat # cong-uoc, bo-luat, luat, nghi-quyet, chi-thi, nghi-dinh, quyet-dinh, thong-tu
number: ${q(todo('số, ký hiệu'))}
abstract: ${q(todo('trích yếu'))}
issuer: ${q(todo('cơ quan ban hành'))}
# issuedOn: "2016-04-05"
# effectiveOn: "2017-06-01"
status: chua-xac-nhan # con-hieu-luc, da-sua-doi, het-hieu-luc, chua-xac-nhan
forFamilies:
  - ${q(todo('điều này có ý nghĩa gì với gia đình'))}
fullText: # toàn văn; "kind: van-ban" chỉ khi là văn bản trên cổng chính thức (vbpl.vn, vanban.chinhphu.vn…)
  title: ${q(todo('tên trang toàn văn'))}
  url: "https://example.org/thay-bang-toan-van"
  kind: tham-khao
${sources}
${reviewed}
---
${todo('tóm tắt bằng lời thường')}.
`,
  },
  'ho-tro': {
    folder: 'ho-tro',
    text: (title) => `---
${draft}
title: ${q(title)}
description: ${q(todo('một câu tóm tắt (20–200 ký tự)'))}
contacts: [] # số cần gọi, tên tệp trong content/lien-he, ví dụ [tong-dai-111]
${sources}
${reviewed}
---
1. ${todo('bước thứ nhất')}.
2. ${todo('bước thứ hai')}.
`,
  },
  'co-quan': {
    folder: 'co-quan',
    text: (title) => `---
${draft}
name: ${q(title)}
level: phuong-xa # trung-uong, tinh, thanh-pho, phuong-xa
status: chua-xac-nhan # hoat-dong, da-cham-dut (thêm ceasedOn), chua-xac-nhan
successors: []
sources: []
---
${todo('một hai câu về cơ quan này')}.
`,
  },
};

const [type, ...words] = process.argv.slice(2);
// One year's details of a yearly event: npm run new -- su-kien-nam <quy-tắc> <năm>.
if (type === 'su-kien-nam') process.exit(newYearDetails(words[0], words[1]));
const date = /^\d{4}-\d{2}-\d{2}$/.test(words.at(-1) ?? '') ? words.pop()! : undefined;
const title = words.join(' ').trim();
const template = templates[type ?? ''];
if (!template || !title) {
  console.error(
    `Cách dùng: npm run new -- <loại> "<tiêu đề>"  (sự kiện: thêm ngày bắt đầu YYYY-MM-DD)\nLoại: ${Object.keys(templates).join(', ')}`,
  );
  process.exit(1);
}
if (date && (!template.dated || Number.isNaN(Date.parse(date)) || new Date(date).toISOString().slice(0, 10) !== date)) {
  console.error(
    template.dated
      ? `Ngày "${date}" không có thật: viết năm-tháng-ngày, ví dụ 2027-06-01.`
      : `Loại ${type} không cần ngày.`,
  );
  process.exit(1);
}
const day = date ?? today;
const file = join(contentDir, template.folder, `${template.dated ? `${day}-` : ''}${slugify(title)}.md`);
if (existsSync(file)) {
  console.error(`Đã có tệp ${file}. Đặt tiêu đề khác hoặc sửa tệp đó.`);
  process.exit(1);
}
writeFileSync(file, template.text(title, day));
console.log(`Đã tạo ${file} (bản nháp). Điền các chỗ "THAY BẰNG…", xóa dòng draft, rồi chạy "npm run check".`);
