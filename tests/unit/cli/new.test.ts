/** `npm run new` makes a correctly named file that passes the checker as created. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/validate';
import { formatProblem } from '../../../src/lib/validate/problems';
import { contentWith, childEnv } from '../../helpers/content-copy';

const run = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/new.ts', ...args], { env: childEnv({ CONTENT_DIR: dir }), encoding: 'utf8' });

describe('npm run new', () => {
  it.each([
    ['su-kien', 'Tết Trung thu 2027 ở phường', 'su-kien/tet-trung-thu-2027-o-phuong.md'],
    ['lien-he', 'Đường dây nóng phường Tân An', 'lien-he/duong-day-nong-phuong-tan-an.md'],
    ['phap-luat', 'Nghị định 99/2099/NĐ-CP thử', 'phap-luat/nghi-dinh-99-2099-nd-cp-thu.md'],
    ['ho-tro', 'Đăng ký thường trú cho trẻ', 'ho-tro/dang-ky-thuong-tru-cho-tre.md'],
    ['co-quan', 'Ủy ban nhân dân phường Đạt Lý', 'co-quan/uy-ban-nhan-dan-phuong-dat-ly.md'],
  ])('%s "%s" → %s, valid as created, a draft with today’s date', (type, title, path) => {
    const { dir, cleanup } = contentWith({});
    try {
      const r = run(dir, type, title);
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(join(dir, path))).toBe(true);
      const text = readFileSync(join(dir, path), 'utf8');
      expect(text).toContain('draft: true');
      if (type !== 'co-quan') expect(text).toContain(new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10));
      expect(
        checkContent(dir)
          .filter((p) => p.level === 'error' && p.file.includes(path))
          .map(formatProblem),
      ).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('refuses an unknown type, and never overwrites a file', () => {
    const { dir, cleanup } = contentWith({});
    try {
      expect(run(dir, 'tin-tuc', 'X').status).toBe(1);
      expect(run(dir, 'lien-he', 'Tổng đài thử').status).toBe(0);
      expect(run(dir, 'lien-he', 'Tổng đài thử').status).toBe(1);
    } finally {
      cleanup();
    }
  });
});
