/**
 * Under Vitest, Astro reads its content store from ./.astro (not node_modules/.astro where
 * `astro build` writes it), so sync it there once before the tests.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export default async function setup() {
  // A plain `import { sync } from 'astro'` resolves to Astro's typings under its Vite config.
  const { sync } = await import(pathToFileURL(createRequire(import.meta.url).resolve('astro')).href);
  await sync({ root: process.cwd(), cacheDir: './.astro', logLevel: 'warn' });
}
