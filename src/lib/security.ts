/**
 * The Content Security Policy, in one place: the layout puts it in a <meta> tag, and the hosting
 * files (public/_headers, src/hosting/nginx.conf) send it as a header; a test keeps them equal.
 * No 'unsafe-inline': every script and stylesheet is a file from this site. 'wasm-unsafe-eval'
 * lets Pagefind compile its WebAssembly.
 */
export const cspDirectives = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** As a <meta> tag accepts it (frame-ancestors only works as a header). */
export const cspMeta = cspDirectives.join('; ');
/** As the hosting headers send it. */
export const cspHeader = [...cspDirectives, "frame-ancestors 'none'"].join('; ');
