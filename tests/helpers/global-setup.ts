/**
 * Under Vitest, Astro reads its content store from ./.astro (not node_modules/.astro where
 * `astro build` writes it), so sync it there once before the tests: for the root only (each project
 * inherits this file too), and in a plain Node process (through Vitest's module runner the same sync
 * takes half as long again: it transforms Astro's own modules).
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject) {
  if (!project.isRootProject()) return;
  const script = `import { sync } from 'astro'; await sync({ root: process.cwd(), cacheDir: './.astro', logLevel: 'warn' });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
}
