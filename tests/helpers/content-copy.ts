/** A throw-away copy of content/ with extra files, for tests that need broken or new content. */
import { cpSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
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
