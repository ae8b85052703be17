/**
 * `npm run build`: checks content/, builds the site with Astro, indexes it with Pagefind and leaves
 * in the output only what pages use. A production build needs the public address:
 *   SITE_URL=https://tre-em.example.gov.vn npm run build
 * `--local` builds for this machine (http://127.0.0.1:4321): `npm start` and the tests use it.
 * `--out DIR` writes elsewhere than dist/ (the tests build copies of the content).
 */
import { spawnSync } from 'node:child_process';
import { rmSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withPolicy } from '../lib/security.ts';

const args = process.argv.slice(2);
const local = args.includes('--local');
const out = resolve(args.includes('--out') ? args[args.indexOf('--out') + 1] : 'dist');

if (!local && !process.env.SITE_URL) {
  console.error(
    'Thiếu địa chỉ công khai của trang: chạy "SITE_URL=https://… npm run build" (địa chỉ dùng cho liên kết chuẩn, sơ đồ trang, lịch và tin RSS).\n' +
      'Để dựng thử trên máy này, dùng "npm start" hoặc "npm run build -- --local".',
  );
  process.exit(1);
}
// Without SITE_URL, astro.config.mjs uses the local address.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const run = (cmd: string, cmdArgs: string[]) => {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(process.execPath, ['src/cli/check-content.ts', '--no-warnings']);
run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out]);
run(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', out]);

// Pagefind writes its ready-made interfaces too; the search page uses only its JS API.
const pagefindDir = join(out, 'pagefind');
for (const f of readdirSync(pagefindDir))
  if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f)) rmSync(join(pagefindDir, f));

// Each page gets its Content Security Policy (the hashes of its own inline code). What only the
// indexer reads (data-pagefind-* attributes, the folded-words metadata) leaves the pages.
for (const f of readdirSync(out, { recursive: true }) as string[])
  if (f.endsWith('.html') && !f.startsWith('pagefind')) {
    const file = join(out, f);
    const html = readFileSync(file, 'utf8')
      .replace(/<meta[^>]*\sdata-pagefind-meta="[^"]*"[^>]*>/g, '')
      .replace(/\sdata-pagefind-[a-z-]+(="[^"]*")?/g, '');
    writeFileSync(file, withPolicy(html));
  }
