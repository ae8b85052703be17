/** `npm run dev`, the editors' preview, on a copy of the content with a draft. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentWith, childEnv } from '../helpers/content-copy';
import { freePort } from '../helpers/nginx';

const draft = readFileSync('tests/fixtures/valid/su-kien--hop-le.md', 'utf8')
  .replace('title: "Ngày hội thử nghiệm"', 'title: "Bản nháp bí mật"')
  .replace('---\ntitle', '---\ndraft: true\ntitle');

describe("npm run dev (the editors' preview)", () => {
  it('shows a draft, labelled "Bản nháp"', async () => {
    const { dir, cleanup } = contentWith({ 'su-kien/2026-12-21-ban-nhap.md': draft });
    const port = await freePort();
    const dev = spawn(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
      {
        env: childEnv({ CONTENT_DIR: dir, ASTRO_DEV_BACKGROUND: '0' }),
        stdio: ['ignore', 'ignore', 'pipe'],
        detached: true,
      },
    );
    let stderr = '';
    dev.stderr!.on('data', (d) => (stderr += d));
    try {
      let html = '';
      for (let i = 0; i < 120 && !html.includes('Bản nháp'); i++) {
        await new Promise((r) => setTimeout(r, 500));
        html = await fetch(`http://127.0.0.1:${port}/su-kien/2026-12-21-ban-nhap/`).then(
          (r) => r.text(),
          () => '',
        );
      }
      expect(html, stderr).toContain('Bản nháp bí mật');
      expect(html).toContain('Bản nháp: chỉ hiện khi xem thử');
    } finally {
      if (dev.exitCode === null) process.kill(-dev.pid!, 'SIGTERM');
      cleanup();
    }
  }, 90_000);
});
