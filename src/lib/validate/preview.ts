/**
 * The editors' preview (`npm run dev`) tells the truth: while content/ has an error, every page shows
 * the checker's messages (the same lines as `npm run check`) instead of the last good version, and
 * the browser reloads by itself when a file is saved, so the page comes back as soon as it is fixed.
 */
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { contentDir } from '../content-paths.ts';
import { escapeHtml } from '../html.ts';
import { formatProblem, type Problem } from './problems.ts';
import { inspectContent } from './index.ts';

export function contentPreview(): AstroIntegration {
  return {
    name: 'content-preview',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // A Vite plugin's own middleware runs before Astro renders the page.
        if (command === 'dev') updateConfig({ vite: { plugins: [checkerPlugin()] } });
      },
    },
  };
}

function checkerPlugin(): Plugin {
  return {
    name: 'content-preview',
    apply: 'serve',
    configureServer(server) {
      const root = resolve(contentDir);
      const check = () => inspectContent(root).problems.filter((p) => p.level === 'error');
      let errors = check();
      const report = () => {
        for (const e of errors) server.config.logger.error(`Lỗi: ${formatProblem(e)}`);
        if (errors.length)
          server.config.logger.warn('Mọi trang xem thử hiện danh sách lỗi này cho đến khi sửa xong và lưu tệp.');
      };
      report();
      const reload = () => server.ws.send({ type: 'full-reload', path: '*' });
      // Astro's content store in dev; when Astro writes it, it reloads the page itself.
      const store = resolve(server.config.root, '.astro');
      let timer: NodeJS.Timeout | undefined;
      let fallback: NodeJS.Timeout | undefined;
      const saved = new Set<string>();
      server.watcher.add(root);
      server.watcher.on('all', (event, file) => {
        if (file.startsWith(store + sep) && /data-store/.test(file)) return clearTimeout(fallback);
        if (file !== root && !file.startsWith(root + sep)) return;
        if (event === 'add' || event === 'change') saved.add(file);
        clearTimeout(timer);
        timer = setTimeout(() => {
          const before = errors.length;
          errors = check();
          report();
          clearTimeout(fallback);
          // The watcher drops a second change to a file within 50 ms, so Astro may have read a save
          // half-written (emptied, not yet filled) and never again. Now that the files have been quiet
          // for 100 ms, Astro reads them once more; it skips a file it already has as it is.
          // (emit() reaches the 'change' listeners only, not this 'all' one.)
          for (const f of saved) if (existsSync(f)) server.watcher.emit('change', f);
          saved.clear();
          // The error page needs no content from Astro: show it now. Once fixed, the page must wait for
          // Astro to load the fixed file (it writes its store, then reloads the page itself), or the
          // last mistake would show; reload anyway if Astro has nothing new to load (a stray file gone).
          if (errors.length) reload();
          else if (before) fallback = setTimeout(reload, 2000);
        }, 100);
      });
      server.middlewares.use((req, res, next) => {
        if (!errors.length || !isPage(req.method, req.url, req.headers.accept)) return next();
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(errorPage(errors));
      });
    },
  };
}

const isPage = (method = 'GET', url = '/', accept = '') =>
  (method === 'GET' || method === 'HEAD') &&
  accept.includes('text/html') &&
  !/^\/(@|_astro\/|__|node_modules\/)/.test(url) &&
  !/\.(?!html?(\?|$))[a-z0-9]+(\?.*)?$/i.test(url);

/** A plain page in the site's language; the Vite client reloads it when a file is saved. */
function errorPage(errors: Problem[]) {
  const items = errors.map((e) => `<li><code>${escapeHtml(formatProblem(e))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nội dung có lỗi</title>
<script type="module" src="/@vite/client"></script>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 1rem; color: #1a1a1a; background: #fff8f0; }
h1 { color: #8a1c0b; font-size: 1.4rem; }
li { margin: 0 0 .75rem; }
code { white-space: pre-wrap; word-break: break-word; font-size: .95rem; }
</style>
</head>
<body>
<main id="loi-noi-dung">
<h1>Nội dung có ${errors.length} lỗi</h1>
<p>Trang xem thử sẽ hiện lại ngay khi bạn sửa xong và lưu tệp. Mỗi dòng: <strong>tệp:dòng  trường  lỗi gì  → cách sửa</strong> (giống <code>npm run check</code>).</p>
<ol>
${items}
</ol>
</main>
</body>
</html>`;
}
