/**
 * Bad content is caught with a message naming the file, the line and the field: each fixture in
 * tests/fixtures/invalid states on its first frontmatter line what must be reported
 * ("# expect: <field> <line> "<words of the message>"").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/validate';
import { formatProblem } from '../../../src/lib/validate/problems';
import { contentWith, fixtureTarget, childEnv } from '../../helpers/content-copy';

const dir = 'tests/fixtures/invalid';
const fixtures = readdirSync(dir).map((name) => {
  const text = readFileSync(join(dir, name), 'utf8');
  const [, field, line, words] = /# expect: (.+?) (\d+) "((?:[^"\\]|\\.)*)"/.exec(text)!;
  return { name, text, field, line: Number(line), words: words.replace(/\\"/g, '"') };
});

describe('the content checker (npm run check, first step of npm run build)', () => {
  it('passes the real content with no error', () => {
    expect(
      checkContent('content')
        .filter((p) => p.level === 'error')
        .map(formatProblem),
    ).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s is reported with file, line and field', (_n, f) => {
    const target = fixtureTarget(f.name);
    const { dir: copy, cleanup } = contentWith({ [target]: f.text });
    try {
      const lines = checkContent(copy)
        .filter((p) => p.level === 'error')
        .map(formatProblem);
      expect(lines.join('\n')).toContain(`${target}:${f.line}  ${f.field}  `);
      expect(lines.find((l) => l.includes(`${target}:${f.line}  ${f.field}  `))).toContain(f.words);
      // Nothing else in the content is affected.
      expect(lines.every((l) => l.includes(target) || l.includes('trang/giu-an-toan'))).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('the CLI prints every problem at once and exits non-zero, which stops the build', () => {
    const { dir: copy, cleanup } = contentWith(
      Object.fromEntries(fixtures.slice(0, 3).map((f) => [fixtureTarget(f.name), f.text])),
    );
    try {
      const run = spawnSync(process.execPath, ['src/cli/check-content.ts'], {
        env: childEnv({ CONTENT_DIR: copy }),
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      for (const f of fixtures.slice(0, 3))
        expect(run.stderr).toContain(`${fixtureTarget(f.name)}:${f.line}  ${f.field}`);
      expect(
        execFileSync(process.execPath, ['src/cli/check-content.ts', '--no-warnings'], {
          env: childEnv(),
          encoding: 'utf8',
        }),
      ).toContain('Nội dung hợp lệ');
    } finally {
      cleanup();
    }
  });

  it('Astro itself also rejects an impossible date, naming the file and the field', () => {
    const bad = fixtures.find((f) => f.name === 'su-kien--ngay-30-thang-2.md')!;
    const { dir: copy, cleanup } = contentWith({ [fixtureTarget(bad.name)]: bad.text });
    try {
      const run = spawnSync('npx', ['astro', 'sync'], { env: childEnv({ CONTENT_DIR: copy }), encoding: 'utf8' });
      const out = run.stdout + run.stderr;
      expect(run.status).not.toBe(0);
      expect(out).toContain('ngay-30-thang-2.md');
      expect(out).toMatch(/start/);
    } finally {
      cleanup();
    }
  });
});
