/**
 * A real nginx (Debian's package) on 127.0.0.1 serving a built site with the configuration the
 * repository generates (src/hosting/rules.ts), on a free port. Plain Node (no Vite) so that the
 * benchmarks can use it too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxConf } from '../../src/hosting/rules.ts';

export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

export const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

export interface Nginx {
  url: string;
  stop: () => Promise<void>;
}

export async function startNginx(dist = resolve('dist'), port?: number): Promise<Nginx> {
  if (!nginxBinary) throw new Error('nginx not found: apt-get install nginx (bash .ci/run does it).');
  port ??= await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  writeFileSync(join(dir, 'site.conf'), nginxConf({ root: dist, listen: `127.0.0.1:${port}` }));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn; user root;
events { worker_connections 1024; }
http { access_log off; sendfile on; keepalive_requests 100000; ${temp}
  include ${dir}/site.conf; }
`,
  );
  const proc: ChildProcess = spawn(nginxBinary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    stop: async () => {
      proc.kill('SIGQUIT');
      await new Promise((r) => proc.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
