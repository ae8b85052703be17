/** A throw-away copy of content/ with extra files, for tests that need broken or new content. */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
import { parse } from 'yaml';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

function addFiles(dir: string, files: Record<string, string | Buffer>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Copy content/ and add `files` (path inside content → text), for the checker. Returns the folder and a cleanup. */
export function contentWith(files: Record<string, string | Buffer>) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync('content', dir, { recursive: true });
  addFiles(dir, files);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A copy of the project (its code, and content/ with `files` added) for running Astro itself on other
 * content (a build, the dev server) from `root`: Astro writes into its project's .astro/ folder, which
 * the tests' own Astro reads, so such a run must not use this project's. `dir` is the content copy
 * (CONTENT_DIR); Astro's cache goes next to it (astro.config.mjs), inside `root`.
 */
export function projectWith(files: Record<string, string | Buffer>) {
  const root = mkdtempSync(join(tmpdir(), 'site-'));
  for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(f, join(root, f), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  const dir = join(root, 'content');
  cpSync('content', dir, { recursive: true });
  addFiles(dir, files);
  return { root, dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Fixture "su-kien--ten.md" goes to "su-kien/ten.md" ("su-kien--2027--ten.md" to "su-kien/2027/ten.md"). */
export const fixtureTarget = (name: string) => name.replaceAll('--', '/');

/**
 * The environment for a child process (build, dev server, checker): Vitest copies import.meta.env
 * (MODE=test, DEV…) into process.env, and Astro would inherit it.
 */
export const childEnv = (extra: Record<string, string> = {}) => ({
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(VITEST.*|NODE_ENV|TEST|MODE|DEV|PROD|SSR|BASE_URL|SITE|ASSETS_PREFIX)$/.test(k),
    ),
  ),
  ASTRO_TELEMETRY_DISABLED: '1',
  // Node 22.12–22.17 runs the TypeScript scripts only with this flag (and warns in English without the
  // second); later versions need neither.
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-strip-types', '--disable-warning=ExperimentalWarning']
    .filter(Boolean)
    .join(' '),
  ...extra,
});

/** content/site.yaml as editors wrote it. */
export const siteSettingsFile = () =>
  parse(readFileSync('content/site.yaml', 'utf8')) as { quickExitUrl: string; hotline: string };
