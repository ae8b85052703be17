/**
 * Builds the browser editor into <out>/admin/: Sveltia CMS bundled from its npm package with Vite (its
 * fonts, WebAssembly and chunks are copied next to it: the page loads nothing from a CDN), the
 * configuration generated from the schemas, and the page's Content Security Policy.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { stringify } from 'yaml';
import { adminPolicy } from '../lib/security.ts';
import { backendFromEnv, cmsConfig, gitOrigins } from './cms-config.ts';

/**
 * Sveltia's npm build loads its fonts from its own files, but its CSS also declares the same fonts at
 * cdn.jsdelivr.net: drop those rules, so that the page never names a third-party host.
 */
const noCdnFonts: Plugin = {
  name: 'sveltia-no-cdn-fonts',
  transform(code, id) {
    if (!id.includes('@sveltia/cms') || !code.includes('cdn.jsdelivr.net')) return null;
    return { code: code.replace(/@font-face \{[^}]*?cdn\.jsdelivr\.net[^}]*?\}/g, ''), map: null };
  },
};

/** The editor's bundle (page, scripts, fonts) in `dir`, served at /admin/. */
export async function bundleAdmin(dir: string) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: resolve('src/admin'),
    base: '/admin/',
    publicDir: false,
    logLevel: 'warn',
    plugins: [noCdnFonts],
    build: { outDir: resolve(dir), emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 4000 },
  });
}

/** The generated configuration, as /admin/config.yml. */
export const configText = (siteUrl?: string) =>
  `# Written by the build from src/schemas (src/admin/cms-config.ts): edit those, not this file.\n${stringify(cmsConfig({ siteUrl }), { lineWidth: 0 })}`;

/** The page with its policy as the first element of <head>. */
export const withAdminPolicy = (html: string, env = process.env) =>
  html.replace(
    /<head>(\s*<meta charset="utf-8" ?\/?>)?/,
    (head) =>
      `${head}<meta http-equiv="Content-Security-Policy" content="${adminPolicy(gitOrigins(backendFromEnv(env)))}">`,
  );

export async function buildAdmin(out: string, siteUrl?: string) {
  const dir = join(out, 'admin');
  mkdirSync(dir, { recursive: true });
  await bundleAdmin(dir);
  writeFileSync(join(dir, 'config.yml'), configText(siteUrl));
  const page = join(dir, 'index.html');
  writeFileSync(page, withAdminPolicy(readFileSync(page, 'utf8')));
}
