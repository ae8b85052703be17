/** A throw-away copy of content/ with extra files, for tests that need broken or new content. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { parse } from 'yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Copy content/ and add `files` (path inside content → text). Returns the folder and a cleanup. */
export function contentWith(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync('content', dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Fixture "su-kien--ten.md" goes to "su-kien/ten.md". */
export const fixtureTarget = (name: string) => name.replace('--', '/');

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
  // Node 22.12–22.17 runs the TypeScript scripts only with this flag; later versions ignore it.
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-strip-types'].filter(Boolean).join(' '),
  ...extra,
});

/** content/site.yaml as editors wrote it. */
export const siteSettingsFile = () =>
  parse(readFileSync('content/site.yaml', 'utf8')) as { quickExitUrl: string; hotline: string };
