/**
 * One extra build of a copy of content/ carrying every change the tests make as an editor would:
 * a new event, the event the browser editor writes (tests/browser/admin.test.ts), a draft, a new
 * contact, a changed emergency label and number, an event whose title tries to inject markup, an
 * event typed in decomposed Vietnamese (NFD) with a byte-order mark and Windows line ends, and an
 * event with an image. Built once per test run (the first test file to ask builds it, the others
 * wait for it) into a temporary folder, through the same steps as `npm run build`, except the content
 * checker: the hostile title must be harmless even if it got past the checker.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectWith, childEnv } from './content-copy';
import { finishPages, pruneSearchUi } from '../../src/lib/site-output';

const fixture = (name: string) => readFileSync(`tests/fixtures/valid/${name}`, 'utf8');
const event = fixture('su-kien--hop-le.md');

export const hostileTitle = 'Ngày hội </script><meta http-equiv=refresh content=0;url=https://example.org/> thử';

/** An event as a keyboard that decomposes Vietnamese types it, saved with a BOM and CRLF. */
export const decomposed = {
  title: 'Tết Trung thu ở phường thử nghiệm',
  heading: 'Rước đèn ông sao',
  query: 'trung thu phường thử nghiệm',
};
const decomposedFile = `\uFEFF${`---
title: "${decomposed.title}"
description: "Đêm hội trăng rằm thử nghiệm, gõ bằng bàn phím tách dấu."
start: "2026-12-23"
category: trung-thu
sources:
  - title: "Nguồn thử"
    url: "https://nguon-thu.test/"
---
## ${decomposed.heading}

Trẻ em phá cỗ dưới trăng.
`
  .normalize('NFD')
  .replace(/\n/g, '\r\n')}`;

/** The event the browser test creates through the editor's form: the file it must write, byte for byte. */
export const editorEvent = {
  path: 'su-kien/2026-12-19-ngay-hoi-doc-sach-doc-cung-con-o-dak-lak.md',
  text: fixture('su-kien--2026-12-19-ngay-hoi-doc-sach-doc-cung-con-o-dak-lak.md'),
};

/** Files added to the copy (path in content/ → text). */
export const added = {
  [editorEvent.path]: editorEvent.text,
  'su-kien/2026-12-23-trung-thu-phuong.md': decomposedFile,
  'su-kien/2026-12-24-anh-hop-le.md': fixture('su-kien--2026-12-22-anh-hop-le.md'),
  'su-kien/anh/den-long-thu.png': readFileSync('tests/fixtures/valid/su-kien--anh--den-long-thu.png'),
  'su-kien/2026-12-20-ngay-hoi-thu-nghiem.md': event,
  'su-kien/2026-12-21-ban-nhap.md': event
    .replace('title: "Ngày hội thử nghiệm"', 'title: "Bản nháp bí mật"')
    .replace('---\ntitle', '---\ndraft: true\ntitle'),
  'su-kien/2026-12-22-tieu-de-doc-hai.md': event.replace(
    'title: "Ngày hội thử nghiệm"',
    `title: ${JSON.stringify(hostileTitle)}`,
  ),
  'lien-he/duong-day-thu-nghiem.md': fixture('lien-he--hop-le.md'),
};

/** Edits to existing files: the first emergency number's label, and the number of 112. */
export const changedLabel = { from: 'label: "Công an"', to: 'label: "Cảnh sát thử nghiệm"' };
export const changedNumber = { from: '112', to: '0999999112' };
const edits: Record<string, (text: string) => string> = {
  'lien-he/cong-an-113.md': (t) => t.replace(changedLabel.from, changedLabel.to),
  'lien-he/khan-cap-112.md': (t) => t.replace(`number: "${changedNumber.from}"`, `number: "${changedNumber.to}"`),
};

// Test files run in worker processes of one Vitest run: their parent is the run.
const dir = join(tmpdir(), `modified-site-${process.ppid}`);
const done = join(dir, '.built');

function build() {
  const copy = projectWith(added);
  try {
    for (const [path, edit] of Object.entries(edits)) {
      const file = join(copy.dir, path);
      const text = readFileSync(file, 'utf8');
      if (edit(text) === text) throw new Error(`modified-site: the edit of ${path} changed nothing`);
      writeFileSync(file, edit(text));
    }
    const env = childEnv({ CONTENT_DIR: copy.dir });
    for (const args of [
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dir],
      ['node_modules/pagefind/lib/runner/bin.cjs', '--site', dir],
    ]) {
      const run = spawnSync(process.execPath, args, { cwd: copy.root, env, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
    }
    pruneSearchUi(dir);
    finishPages(dir);
    writeFileSync(done, '');
  } finally {
    copy.cleanup();
  }
}

/** The folder of the modified build (built on first use). */
export async function modifiedSite() {
  // Leftovers of earlier runs (a run cannot know when its last test file ends).
  for (const old of readdirSync(tmpdir()).filter((d) => d.startsWith('modified-site-')))
    if (Date.now() - statSync(join(tmpdir(), old)).mtimeMs > 3_600_000)
      rmSync(join(tmpdir(), old), { recursive: true, force: true });
  try {
    mkdirSync(dir); // only one test file wins this
  } catch {
    for (let i = 0; i < 600 && !existsSync(done); i++) await new Promise((r) => setTimeout(r, 500));
    if (!existsSync(done)) throw new Error('modified-site: the build by another test file did not finish');
    return dir;
  }
  build();
  return dir;
}
