/**
 * `npm run bench:load`: a bounded load on 127.0.0.1 against a real nginx running the repository's
 * configuration over dist/ (20 000 requests, 50 connections, a mix of page types, gzip accepted).
 * Prints requests/s, latency percentiles and errors. Loopback only; it stops by itself.
 */
import autocannon from 'autocannon';
import { startNginx } from '../helpers/nginx.ts';
import { pageTypes } from '../helpers/page-types.ts';

const amount = Number(process.env.LOAD_REQUESTS ?? 20_000);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
// --port N pins the server's port (to watch it from another tool); by default a free one is used.
const portArg = process.argv.indexOf('--port');
const nginx = await startNginx(undefined, portArg > 0 ? Number(process.argv[portArg + 1]) : undefined);
try {
  const paths = Object.values(pageTypes()).filter((p) => p !== '/404.html');
  const result = await autocannon({
    url: nginx.url,
    amount,
    connections,
    timeout: 10,
    headers: { 'accept-encoding': 'gzip, br' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const l = result.latency;
  console.log(
    `nginx ${nginx.url}: ${result.requests.total} requests, ${connections} connections, ${result.duration.toFixed(1)} s`,
  );
  console.log(`requests/s: mean ${result.requests.average.toFixed(0)}, p50 ${result.requests.p50}`);
  console.log(`latency ms: p50 ${l.p50}, p90 ${l.p90}, p99 ${l.p99}, max ${l.max}`);
  console.log(
    `throughput: ${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
  );
  if (result.errors || result.non2xx) process.exitCode = 1;
} finally {
  await nginx.stop();
}
