// @ts-check
import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { headersFile } from './src/hosting/rules.ts';
import { markdownFeatures, markdownHastPlugins } from './src/lib/markdown.ts';
import { contentPreview } from './src/lib/validate/preview.ts';
import { movedPaths } from './src/lib/moved.ts';
import { adminInDev } from './src/admin/dev.ts';
import { isPoster } from './src/lib/site-map.ts';
import { builtFiles } from './src/lib/og-render.ts';

// The public address is set where the site is deployed; canonical URLs, the sitemap and feeds use it.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const moved = movedPaths();

/** Hosts that read a `_headers` file get the same rules as nginx (src/hosting/rules.ts). */
const hostingHeaders = {
  name: 'hosting-headers',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': async ({ dir }) => writeFile(new URL('_headers', dir), headersFile()),
  },
};

// A build of a copy of content/ (the tests' CONTENT_DIR) keeps its own cache: Astro reuses a cached
// entry, with the path it was first read from, when a file's text has not changed.
const contentCopy = process.env.CONTENT_DIR?.replace(/\/$/, '');

export default defineConfig({
  site,
  ...(contentCopy && { cacheDir: `${contentCopy}-cache` }),
  trailingSlash: 'always',
  // Templates follow JSX whitespace rules (Astro 7's default), which is how Prettier formats them:
  // adjacent elements that are separate words need an explicit {' '}.
  compressHTML: 'jsx',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The same options and steps as the editors' checker (src/lib/markdown.ts).
  markdown: { processor: satteri({ features: markdownFeatures, hastPlugins: markdownHastPlugins }) },
  integrations: [
    // The 404 page is not worth indexing, nor the pages of addresses that moved, nor posters.
    sitemap({
      filter: (page) =>
        !/\/404\/?$/.test(page) && !moved.has(new URL(page).pathname) && !isPoster(new URL(page).pathname),
    }),
    hostingHeaders,
    // npm run dev: the checker's messages in the browser while content has an error.
    contentPreview(),
    // /admin/ in `npm run dev`; `npm run build` builds it into dist/admin/ (src/admin/build.ts).
    adminInDev,
    // Link-preview images and the poster font, written after the pages (src/lib/og-render.ts).
    builtFiles(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Scripts small enough travel inside the page (Astro inlines a page's script when its bundle is
    // under this size), so every page is whole in its first response.
    build: { assetsInlineLimit: 20_000 },
    // The browser editor is bundled apart (src/admin/dev.ts): without this, the preview's first page
    // would wait while Vite pre-bundles the whole editor, found through src/admin/index.html.
    optimizeDeps: { exclude: ['@sveltia/cms'] },
  },
  devToolbar: { enabled: false },
});
