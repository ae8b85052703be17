/**
 * Bad content is caught with the right message: each fixture in tests/fixtures/invalid is one mistake
 * an editor makes, and lists on "# expect:" lines exactly what `npm run check` must print for it
 * (`line  field  message  → fix`), nothing more. All fixtures go into one copy of content/, checked
 * once; files in tests/fixtures/valid must pass.
 */
import { readdirSync, readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, inspectContent, type ContentReport } from '../../../src/lib/validate';
import { formatProblem } from '../../../src/lib/validate/problems';
import { listFiles } from '../../../src/lib/validate/files';
import { contentWith, fixtureTarget, childEnv } from '../../helpers/content-copy';

const read = (dir: string) =>
  readdirSync(dir).map((name) => {
    const raw = readFileSync(join(dir, name));
    const text = /\.png$/.test(name) ? raw : raw.toString('utf8');
    const expected = typeof text === 'string' ? [...text.matchAll(/^# expect: (.*)$/gm)].map((m) => m[1]) : [];
    return { name, target: fixtureTarget(name), text, expected };
  });
const invalid = read('tests/fixtures/invalid');
const valid = read('tests/fixtures/valid');
// The editors' guide shows real files (shortened): each example must pass as that very file.
const guideExamples = [
  ...readFileSync('content/README.md', 'utf8').matchAll(/`content\/([^`]+\.md)`\n\n```yaml\n([\s\S]*?)```/g),
].map(([, target, text]) => ({ target, text: `${text}\nNội dung.\n` }));

let copy: ReturnType<typeof contentWith>;
let report: ContentReport;
// Errors only: warnings (an overdue review, a law without its official text) do not stop publishing.
const linesFor = (target: string) =>
  report.problems
    .filter((p) => p.file === `content/${target}` && p.level === 'error')
    .map((p) => formatProblem(p).slice(`content/${target}:`.length));

beforeAll(() => {
  copy = contentWith(Object.fromEntries([...invalid, ...valid, ...guideExamples].map((f) => [f.target, f.text])));
  // The copied originals are older than the added files, as in an editor's copy of a page.
  const past = new Date('2020-01-01');
  for (const rel of listFiles('content')) utimesSync(join(copy.dir, rel), past, past);
  report = inspectContent(copy.dir, '2026-12-01');
});
afterAll(() => copy?.cleanup());

describe('the content checker (npm run check, first step of npm run build)', () => {
  it('passes the real content with no error', () => {
    expect(
      checkContent('content')
        .filter((p) => p.level === 'error')
        .map(formatProblem),
    ).toEqual([]);
  });

  it.each(invalid.map((f) => [f.name, f] as const))('%s: exactly the expected lines', (_n, f) => {
    expect(f.expected.length).toBeGreaterThan(0);
    expect(linesFor(f.target)).toEqual(f.expected);
  });

  it.each(valid.map((f) => [f.name, f] as const))('%s: no error', (_n, f) => {
    expect(linesFor(f.target)).toEqual([]);
  });

  it('every example of the editors’ guide passes as the real file it shows', () => {
    expect(guideExamples.map((f) => f.target)).toEqual([
      'su-kien/2024-05-07-ubnd-phuong-xa-hoan-thanh-ke-hoach-cu-the.md',
      'lien-he/tong-dai-111.md',
      'phap-luat/luat-tre-em-2016.md',
      'ho-tro/dang-ky-khai-sinh.md',
      'co-quan/ubnd-tp-buon-ma-thuot.md',
    ]);
    for (const f of guideExamples) expect(linesFor(f.target), f.target).toEqual([]);
  });

  it('the real files stay valid next to the fixtures (a mistake in one file does not spill over)', () => {
    const mine = new Set([...invalid, ...valid].map((f) => `content/${f.target}`));
    expect(report.problems.filter((p) => !mine.has(p.file) && p.level === 'error').map(formatProblem)).toEqual([]);
  });

  it('an unquoted number is one mistake, on its contact, not one more on every page that calls it', () => {
    const contact = 'lien-he/cong-an-113.md';
    const text = readFileSync(`content/${contact}`, 'utf8');
    expect(text).toContain('number: "113"');
    const edited = contentWith({ [contact]: text.replace('number: "113"', 'number: 113') });
    try {
      const errors = checkContent(edited.dir).filter((p) => p.level === 'error');
      expect(errors.map((p) => `${p.file}  ${p.field}`)).toEqual([`content/${contact}  numbers.0.number`]);
    } finally {
      edited.cleanup();
    }
  });

  it('lists drafts, which are never published', () => {
    expect(report.drafts).toEqual(['content/co-quan/phong-ban-nhap.md', 'content/su-kien/2026-12-21-ban-nhap.md']);
  });

  it('the CLI prints every problem at once, then the drafts, and exits 1, which stops the build', () => {
    const run = spawnSync(process.execPath, ['src/cli/check-content.ts', '--no-warnings'], {
      env: childEnv({ CONTENT_DIR: copy.dir }),
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const errors = run.stderr.split('\n').filter(Boolean);
    expect(errors).toEqual(report.problems.filter((p) => p.level === 'error').map((p) => `Lỗi: ${formatProblem(p)}`));
    for (const f of invalid) for (const line of f.expected) expect(run.stderr).toContain(`content/${f.target}:${line}`);
    expect(run.stdout).toContain(
      '2 bản nháp (draft: true), chỉ hiện khi xem thử, không được đăng:\n  content/co-quan/phong-ban-nhap.md\n  content/su-kien/2026-12-21-ban-nhap.md\n',
    );
    expect(run.stdout).toContain(`Nội dung có ${errors.length} lỗi.`);
    // The real content passes, run with the same Node flags as the npm scripts.
    expect(
      execFileSync(process.execPath, ['src/cli/check-content.ts', '--no-warnings'], {
        env: childEnv(),
        encoding: 'utf8',
      }),
    ).toContain('Nội dung hợp lệ');
  });

  it('npm run check reports content problems first and alone: no type check, no Astro error', () => {
    const run = spawnSync('npm', ['run', '--silent', 'check'], {
      env: childEnv({ CONTENT_DIR: copy.dir }),
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toMatch(/^(Lỗi|Cảnh báo): content\//);
    expect(run.stdout + run.stderr).not.toMatch(/astro check|Getting diagnostics|\[ERROR\]|at .*\.js:\d+/);
  });
});
