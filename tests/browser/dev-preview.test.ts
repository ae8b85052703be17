/** `npm run dev`, the editors' preview, on a copy of the content with a draft; and the browser editor in it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentWith, childEnv } from '../helpers/content-copy';
import { freePort } from '../helpers/nginx';

const draft = readFileSync('tests/fixtures/valid/su-kien--hop-le.md', 'utf8')
  .replace('title: "Ngày hội thử nghiệm"', 'title: "Bản nháp bí mật"')
  .replace('---\ntitle', '---\ndraft: true\ntitle');

let dev: ChildProcess;
let base = '';
let stderr = '';
let copy: ReturnType<typeof contentWith>;
beforeAll(async () => {
  copy = contentWith({ 'su-kien/2026-12-21-ban-nhap.md': draft });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dev = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      env: childEnv({ CONTENT_DIR: copy.dir, ASTRO_DEV_BACKGROUND: '0' }),
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    },
  );
  dev.stderr!.on('data', (d) => (stderr += d));
});
afterAll(() => {
  if (dev.exitCode === null) process.kill(-dev.pid!, 'SIGTERM');
  copy.cleanup();
});

/** The page at `path` once the server answers it. */
async function text(path: string, until: (t: string) => boolean) {
  let body = '';
  for (let i = 0; i < 120 && !until(body); i++) {
    await new Promise((r) => setTimeout(r, 500));
    body = await fetch(base + path).then(
      (r) => (r.ok ? r.text() : ''),
      () => '',
    );
  }
  return body;
}

describe("npm run dev (the editors' preview)", () => {
  it('shows a draft, labelled "Bản nháp"', async () => {
    const html = await text('/su-kien/2026-12-21-ban-nhap/', (t) => t.includes('Bản nháp'));
    expect(html, stderr).toContain('Bản nháp bí mật');
    expect(html).toContain('Bản nháp: chỉ hiện khi xem thử');
  }, 90_000);

  it('serves the browser editor at /admin/, with the configuration generated from the schemas', async () => {
    expect(await text('/admin/config.yml', (t) => t.length > 0), stderr).toContain('folder: content/su-kien');
    const page = await text('/admin/', (t) => t.length > 0);
    const script = /src="(\/admin\/assets\/index-[\w-]+\.js)"/.exec(page)?.[1];
    expect(script, stderr).toBeDefined();
    expect((await fetch(base + script)).status).toBe(200);
  }, 90_000);
});
