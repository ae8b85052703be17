/**
 * `npm run new` makes a correctly named draft that passes the checker as created, and that cannot be
 * published with the template's placeholders left in: once the draft line goes, each one is an error
 * naming its field. One copy of content/ for the whole file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/validate';
import { formatProblem } from '../../../src/lib/validate/problems';
import { todayInVietnam } from '../../../src/lib/dates';
import { contentWith, childEnv } from '../../helpers/content-copy';

let copy: ReturnType<typeof contentWith>;
beforeAll(() => (copy = contentWith({})));
afterAll(() => copy?.cleanup());

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/new.ts', ...args], {
    env: childEnv({ CONTENT_DIR: copy.dir }),
    encoding: 'utf8',
  });
const errors = () => checkContent(copy.dir).filter((p) => p.level === 'error');
const errorsIn = (path: string, all = errors()) =>
  all.filter((p) => p.file === `content/${path}`).map((p) => `${p.line}  ${p.field}  ${p.message}`);
let asCreated: ReturnType<typeof errors>;

const today = todayInVietnam();
const made = [
  ['su-kien', ['Ngày hội đọc sách thiếu nhi', '2027-04-21'], 'su-kien/2027-04-21-ngay-hoi-doc-sach-thieu-nhi.md'],
  ['su-kien', ['Sinh hoạt hè ở phường Tân An'], `su-kien/${today}-sinh-hoat-he-o-phuong-tan-an.md`],
  ['lien-he', ['Đường dây nóng phường Tân An'], 'lien-he/duong-day-nong-phuong-tan-an.md'],
  ['phap-luat', ['Nghị định 99/2099/NĐ-CP thử'], 'phap-luat/nghi-dinh-99-2099-nd-cp-thu.md'],
  ['ho-tro', ['Đăng ký thường trú cho trẻ'], 'ho-tro/dang-ky-thuong-tru-cho-tre.md'],
  ['co-quan', ['Ủy ban nhân dân phường Đạt Lý'], 'co-quan/uy-ban-nhan-dan-phuong-dat-ly.md'],
] as const;

// What each template leaves to fill in, by field, once the draft line is gone.
const placeholders: Record<string, string[]> = {
  'su-kien/2027-04-21-ngay-hoi-doc-sach-thieu-nhi.md': [
    '3  description  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '11  sources.0.title  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '12  sources.0.url  Còn địa chỉ mẫu example.org, không phải nguồn thật.',
    '14  (nội dung)  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
  ],
  'lien-he/duong-day-nong-phuong-tan-an.md': [
    '4  numbers.0.number  Còn số điện thoại mẫu "000".',
    '5  purpose  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '6  hours  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '11  sources.0.title  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '12  sources.0.url  Còn địa chỉ mẫu example.org, không phải nguồn thật.',
  ],
  'phap-luat/nghi-dinh-99-2099-nd-cp-thu.md': [
    '3  description  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '5  number  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '6  abstract  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '7  issuer  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '12  forFamilies.0  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '14  fullText.title  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '15  fullText.url  Còn địa chỉ mẫu example.org, không phải nguồn thật.',
    '18  sources.0.title  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '19  sources.0.url  Còn địa chỉ mẫu example.org, không phải nguồn thật.',
    '22  (nội dung)  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
  ],
  'ho-tro/dang-ky-thuong-tru-cho-tre.md': [
    '3  description  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '6  sources.0.title  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '7  sources.0.url  Còn địa chỉ mẫu example.org, không phải nguồn thật.',
    '10  (nội dung)  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
    '11  (nội dung)  Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
  ],
  'co-quan/uy-ban-nhan-dan-phuong-dat-ly.md': ['8  (nội dung)  Còn chữ mẫu "THAY BẰNG…" chưa được thay.'],
};

describe('npm run new', () => {
  beforeAll(() => {
    for (const [type, args] of made) {
      const r = run(type, ...args);
      if (r.status !== 0) throw new Error(r.stderr);
    }
    asCreated = errors();
  });

  it.each(made.map(([type, args, path]) => [type, args.join(' '), path]))(
    '%s "%s" → %s, a draft that passes the checker as created',
    (type, _args, path) => {
      expect(existsSync(join(copy.dir, path))).toBe(true);
      const text = readFileSync(join(copy.dir, path), 'utf8');
      expect(text).toMatch(/^---\ndraft: true /);
      if (type === 'su-kien') expect(text).toContain(`start: "${path.slice(8, 18)}"`);
      expect(errorsIn(path, asCreated)).toEqual([]);
    },
  );

  it('once the draft line is removed, every placeholder left is an error naming its field', () => {
    for (const path of Object.keys(placeholders)) {
      const file = join(copy.dir, path);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true.*\n/m, ''));
    }
    const all = errors();
    for (const [path, expected] of Object.entries(placeholders)) expect(errorsIn(path, all), path).toEqual(expected);
  });

  it('the guide’s commands make the files it names, and its sample message is what the checker prints', () => {
    const guide = readFileSync('content/README.md', 'utf8');
    const commands = [...guide.matchAll(/`npm run new -- ([a-z-]+) "([^"]+)"( \d{4}-\d{2}-\d{2})?`/g)];
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const [, type, title, date] of commands)
      expect(
        made.some(([t, args]) => t === type && args.join(' ') === `${title}${date ?? ''}`),
        title,
      ).toBe(true);
    // The sample: the event's start written the Vietnamese way, once the draft line is gone.
    const [, sample] = /```\nLỗi: (content\/[^:]+):.*\n```/.exec(guide) ?? [];
    const sampleLine = /```\nLỗi: (.*)\n```/.exec(guide)![1];
    const file = join(copy.dir, sample.slice('content/'.length));
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^start: .*$/m, 'start: 21/4/2027'));
    expect(
      checkContent(copy.dir)
        .filter((p) => p.file === sample)
        .map(formatProblem),
    ).toContain(sampleLine);
  });

  it('refuses an unknown type, an impossible date, and never overwrites a file', () => {
    expect(run('tin-tuc', 'X').status).toBe(1);
    expect(run('su-kien', 'Ngày không có', '2027-02-30').stderr).toContain('Ngày "2027-02-30" không có thật');
    expect(run('lien-he', 'Tổng đài thử').status).toBe(0);
    expect(run('lien-he', 'Tổng đài thử').status).toBe(1);
  });
});
