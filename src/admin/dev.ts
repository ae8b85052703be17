/**
 * The browser editor in `npm run dev`, at http://localhost:4321/admin/: the page is bundled once, on
 * the first visit, and the configuration is generated from the schemas on every load, so a schema
 * change shows in the form after a reload. In local mode ("Làm việc với kho mã nguồn cục bộ") the
 * editor writes into content/ and the preview on the same server shows the change.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { adminPath, contentType } from '../hosting/rules.ts';

// Next to Astro's own cache; rebuilt by each dev server on its first /admin/ request.
const dir = resolve('node_modules/.astro/admin');

export const adminInDev: AstroIntegration = {
  name: 'admin-in-dev',
  hooks: {
    'astro:server:setup': ({ server }) => {
      let bundled: Promise<void> | undefined;
      server.middlewares.use(async (req, res, next) => {
        const path = decodeURI((req.url ?? '').split('?')[0]);
        if (!path.startsWith(adminPath)) return next();
        try {
          // Through Vite, so that an edited schema is read again.
          const admin = (await server.ssrLoadModule('/src/admin/build.ts')) as typeof import('./build.ts');
          if (path === `${adminPath}config.yml`)
            return res.writeHead(200, { 'Content-Type': contentType('x.yml')! }).end(admin.configText());
          bundled ??= admin.bundleAdmin(dir);
          await bundled;
          const file = join(dir, normalize(path.slice(adminPath.length)).replace(/^(\.\.[/\\])+/, '') || 'index.html');
          const found = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
          if (!existsSync(found)) return next();
          res
            .writeHead(200, { 'Content-Type': contentType(found) ?? 'application/octet-stream' })
            .end(readFileSync(found));
        } catch (error) {
          next(error);
        }
      });
    },
  },
};
