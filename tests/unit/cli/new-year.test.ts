/** `npm run new -- su-kien-nam <quy-tắc> <năm>` makes the year's details file, at its page's address, valid as created. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/validate';
import { formatProblem } from '../../../src/lib/validate/problems';
import { contentWith, childEnv } from '../../helpers/content-copy';

const run = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/new.ts', 'su-kien-nam', ...args], {
    env: childEnv({ CONTENT_DIR: dir }),
    encoding: 'utf8',
  });

describe('npm run new -- su-kien-nam', () => {
  it.each([
    ['thang-hanh-dong-vi-tre-em', '2027', 'su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027.md', '1/6/2027–30/6/2027'],
    ['tet-trung-thu', '2028', 'su-kien/2028-10-03-tet-trung-thu-2028.md', '3/10/2028'],
  ])('%s %s → %s, a draft that passes the checker', (rule, year, path, days) => {
    const { dir, cleanup } = contentWith({});
    try {
      const r = run(dir, rule, year);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(`/su-kien/${path.slice(8, -3)}/`);
      const text = readFileSync(join(dir, path), 'utf8');
      expect(text).toContain('draft: true');
      expect(text).toContain(`rule: ${rule}`);
      expect(text).toContain(`phải trong ${days}`);
      expect(
        checkContent(dir)
          .filter((p) => p.level === 'error')
          .map(formatProblem),
      ).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('refuses an unknown rule, a year before the rule starts, and an existing file', () => {
    const { dir, cleanup } = contentWith({});
    try {
      const unknown = run(dir, 'khong-co', '2027');
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toContain('thang-hanh-dong-vi-tre-em');
      expect(run(dir, 'tet-trung-thu', '2020').stderr).toContain('bắt đầu từ năm 2024');
      expect(run(dir, 'thang-hanh-dong-vi-tre-em', '2024').status).toBe(1);
      expect(existsSync(join(dir, 'su-kien/2024-06-01-thang-hanh-dong-vi-tre-em-2024.md'))).toBe(true);
    } finally {
      cleanup();
    }
  });
});
