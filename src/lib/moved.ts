/** The old addresses of content/chuyen-huong.yaml, for the sitemap filter (which runs outside Astro's collections). */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentDir } from './content-paths.ts';

export function movedPaths(file = `${contentDir}/chuyen-huong.yaml`): Set<string> {
  if (!existsSync(file)) return new Set();
  const list = parse(readFileSync(file, 'utf8')) as { from?: unknown }[] | null;
  return new Set((list ?? []).map((r) => String(r?.from)));
}
