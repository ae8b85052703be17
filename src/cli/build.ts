/**
 * `npm run build`: checks content/, builds the site with Astro, indexes it with Pagefind, completes
 * the search page's data from the index and leaves in the output only what pages use. A production build needs the public address:
 *   SITE_URL=https://tre-em.example.gov.vn npm run build
 * `--local` builds for this machine (http://127.0.0.1:4321): `npm start` and the tests use it.
 * `--out DIR` writes elsewhere than dist/ (the tests build copies of the content).
 * The browser editor is built last, into dist/admin/ (src/admin/).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { finishPages, pruneSearchUi } from '../lib/site-output.ts';
import { buildAdmin } from '../admin/build.ts';

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

// Node's own flags (such as --experimental-strip-types, which Node 22.12–22.17 needs to run these
// TypeScript scripts) pass on to the steps.
const node = (cmdArgs: string[]) => {
  const r = spawnSync(process.execPath, [...process.execArgv, ...cmdArgs], { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

node(['src/cli/check-content.ts', '--no-warnings']);
// --force: Astro reuses a cached entry when a file's text is unchanged and content.config.ts is, even if
// a schema it imports changed; the site would then publish data the checker no longer accepts.
node(['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', out]);
node(['node_modules/pagefind/lib/runner/bin.cjs', '--site', out]);
// The search page's data from what Pagefind indexed: accent model, targets' pages, preload terms.
node(['src/cli/search-model.ts', out]);

pruneSearchUi(out);
finishPages(out);
// Last, so that neither Pagefind nor the public pages' policy ever sees the editor (/admin/).
await buildAdmin(out, local ? undefined : process.env.SITE_URL);
