/**
 * How the built site must be served, in one table: security headers, the type of every kind of file
 * in dist/, caching and compression. It feeds the `_headers` file written into dist/ at build (for
 * hosts that read one), the nginx configuration (`npm run --silent nginx-conf`) and the tests.
 */
import { adminCspHeader, cspHeader } from '../lib/security.ts';

/** Headers sent with every response. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': cspHeader,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/**
 * The browser editor (/admin/) has its own policy (src/lib/security.ts: Sveltia CMS needs inline
 * styles, blob: and the Git host) and stays out of search engines; every other header is the site's.
 */
export const adminPath = '/admin/';
export const adminHeaders: Record<string, string> = {
  ...securityHeaders,
  'Content-Security-Policy': adminCspHeader,
  'X-Robots-Tag': 'noindex, nofollow',
};

/** Sent only over HTTPS (a host that serves plain HTTP must not send it). */
const hsts = { 'Strict-Transport-Security': 'max-age=31536000' };

/**
 * The type of each file extension found in dist/; text types are compressed and sent with
 * "charset=utf-8". Pagefind's index files are already gzip-compressed: they travel as they are.
 */
export const fileTypes: Record<string, { type: string; text: boolean }> = {
  html: { type: 'text/html', text: true },
  css: { type: 'text/css', text: true },
  js: { type: 'text/javascript', text: true },
  json: { type: 'application/json', text: true },
  xml: { type: 'application/xml', text: true },
  txt: { type: 'text/plain', text: true },
  ics: { type: 'text/calendar', text: true },
  vcf: { type: 'text/vcard', text: true },
  svg: { type: 'image/svg+xml', text: true },
  yml: { type: 'application/yaml', text: true },
  webmanifest: { type: 'application/manifest+json', text: true },
  wasm: { type: 'application/wasm', text: false },
  woff2: { type: 'font/woff2', text: false },
  png: { type: 'image/png', text: false },
  webp: { type: 'image/webp', text: false },
  avif: { type: 'image/avif', text: false },
  jpg: { type: 'image/jpeg', text: false },
  pagefind: { type: 'application/octet-stream', text: false },
  pf_meta: { type: 'application/octet-stream', text: false },
  pf_index: { type: 'application/octet-stream', text: false },
  pf_fragment: { type: 'application/octet-stream', text: false },
  pf_filter: { type: 'application/octet-stream', text: false },
};

/** The Content-Type header for a file name ("lich.ics" → "text/calendar; charset=utf-8"). */
export function contentType(file: string) {
  const t = fileTypes[file.slice(file.lastIndexOf('.') + 1)];
  if (!t) return undefined;
  return t.text ? `${t.type}; charset=utf-8` : t.type;
}

const immutable = 'public, max-age=31536000, immutable';
/** Hashed file names never change, so they are cached for a year; everything else is revalidated. */
export const caching = [
  { path: '/_astro/*', regex: '^/_astro/', value: immutable },
  // Link-preview images are named by the hash of what they show.
  { path: '/og/*', regex: '^/og/', value: immutable },
  { path: '/pagefind/*', regex: '^/pagefind/.*\\.(pf_fragment|pf_index|pf_meta|pf_filter)$', value: immutable },
  { path: '/admin/assets/*', regex: '^/admin/assets/', value: immutable },
];
const revalidate = 'no-cache';

/** Which cache rule applies to a path (for servers written in JavaScript, such as the tests' own). */
export const cacheControl = (path: string) => caching.find((c) => new RegExp(c.regex).test(path))?.value ?? revalidate;

/** A `_headers` file (Netlify, Cloudflare Pages and other hosts that read one; they serve HTTPS). */
export function headersFile() {
  const block = (path: string, headers: Record<string, string>, detach: string[] = []) =>
    [path, ...detach.map((k) => `  ! ${k}`), ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  const typed = Object.keys(fileTypes)
    .filter((ext) => fileTypes[ext].text && ext !== 'html')
    .map((ext) => block(`/*.${ext}`, { 'Content-Type': contentType(`x.${ext}`)! }));
  return [
    '# Written by the build from src/hosting/rules.ts: edit that file, not this one.',
    block('/*', { ...securityHeaders, ...hsts }),
    // Hosts add up the headers of every block a path matches: the editor's block drops the site's
    // policy ("!", as Cloudflare Pages writes it) and adds only what differs.
    block(
      `${adminPath}*`,
      Object.fromEntries(Object.entries(adminHeaders).filter(([k, v]) => securityHeaders[k] !== v)),
      ['Content-Security-Policy'],
    ),
    // Pagefind's rule names only some of its files, which a path pattern cannot.
    ...caching.filter((c) => c.path !== '/pagefind/*').map((c) => block(c.path, { 'Cache-Control': c.value })),
    ...typed,
    '',
  ].join('\n\n');
}

/** An nginx `server` block to include in `http { }` (no other file needed). */
export function nginxConf({ root = '/srv/tre-em-buon-ma-thuot/dist', listen = '80', tls = false } = {}) {
  const compressible = [
    ...new Set(
      Object.values(fileTypes)
        .filter((t) => t.text && t.type !== 'text/html')
        .map((t) => t.type),
    ),
  ];
  const headers = { ...securityHeaders, ...(tls ? hsts : {}) };
  return `# Written from src/hosting/rules.ts by \`npm run --silent nginx-conf\`: edit that file, not this output.
# Include inside \`http { }\`. Set root to where dist/ is deployed; for HTTPS add your certificate lines and
# run with --tls, which also sends Strict-Transport-Security.

map $uri $site_cache_control {
${caching.map((c) => `    ~${c.regex} "${c.value}";`).join('\n')}
    default "${revalidate}";
}

server {
    listen ${listen};
    server_name _;
    root ${root};
    index index.html;
    server_tokens off;

    # Every kind of file the site has, and nothing else.
    types {
${Object.entries(fileTypes)
  .map(([ext, t]) => `        ${t.type} ${ext};`)
  .join('\n')}
    }
    default_type application/octet-stream;
    charset utf-8;
    charset_types ${compressible.join(' ')};

    # Text is compressed here; Pagefind's index files are already compressed.
    gzip on;
    gzip_comp_level 6;
    gzip_min_length 256;
    gzip_vary on;
    gzip_types ${compressible.join(' ')};

${Object.entries(headers)
  .map(([k, v]) => `    add_header ${k} "${v}" always;`)
  .join('\n')}
    add_header Cache-Control $site_cache_control always;

    error_page 404 /404.html;

    location / {
        try_files $uri $uri/ =404;
    }

    # The browser editor: its own policy, and no indexing. add_header here replaces the server's
    # headers, so all of them are repeated.
    location ${adminPath} {
${Object.entries({ ...adminHeaders, ...(tls ? hsts : {}) })
  .map(([k, v]) => `        add_header ${k} "${v}" always;`)
  .join('\n')}
        add_header Cache-Control $site_cache_control always;
        try_files $uri $uri/ =404;
    }
}
`;
}
