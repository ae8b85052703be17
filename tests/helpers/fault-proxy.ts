/**
 * A proxy in front of nginx for fault tests: the browser talks to one origin while the test makes a
 * path slow, answer with a server error, or switches the site behind it (a new build), as a real
 * network and host would.
 */
import { createServer, request, type Server } from 'node:http';

export interface Fault {
  /** Hold the response this long. */
  delayMs?: number;
  /** Answer with this status instead of forwarding. */
  status?: number;
}

export async function startFaultProxy(upstream: string) {
  const faults = new Map<string, Fault>();
  const state = { upstream };
  const server: Server = createServer((req, res) => {
    const fault = faults.get(new URL(req.url ?? '/', 'http://x').pathname) ?? {};
    const forward = () => {
      if (fault.status) return void res.writeHead(fault.status, { 'Content-Type': 'text/plain' }).end('Lỗi máy chủ');
      const target = new URL(req.url ?? '/', state.upstream);
      const up = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      up.on('error', () => res.writeHead(502).end());
      req.pipe(up);
    };
    if (fault.delayMs) setTimeout(forward, fault.delayMs);
    else forward();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    /** Set (or clear, with undefined) the fault of one path. */
    fault: (path: string, f?: Fault) => (f ? faults.set(path, f) : faults.delete(path)),
    /** Serve another site from now on (same origin for the browser). */
    switchTo: (url: string) => (state.upstream = url),
    stop: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
