/**
 * The Content Security Policy, in one place. Every page's CSS and scripts travel inside its HTML (one
 * request per page), so each page gets its own policy, written by the build: the directives below,
 * plus the hash of each inline <script> and <style> of that page and of nothing else. No
 * 'unsafe-inline'. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly.
 */
import { createHash } from 'node:crypto';

/** Fetches a page may make: this site only (images also from data: URLs, the favicon). */
const fetchDirectives = [
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
];
const otherDirectives = ["object-src 'none'", "base-uri 'self'", "form-action 'self'"];
// In each page's <meta>, default-src 'self' says the fetch rules at once (only images differ); every
// byte counts there, on every page.
const directives = ["default-src 'self'", fetchDirectives[0], ...otherDirectives];
const scriptSources = ["'self'", "'wasm-unsafe-eval'"];
// 'self' for /sans-js.css, loaded from <noscript> when JavaScript is off.
const styleSources = ["'self'"];

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Inline code a browser would run or apply (JSON data blocks are never executed). */
function inlineCode(html: string) {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/type="application\/(ld\+)?json"/.test(attrs))
    .map((m) => m[2]);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  return { scripts, styles };
}

/** The policy of one built page: its own inline scripts and styles by hash. */
function pagePolicy(html: string) {
  const { scripts, styles } = inlineCode(html);
  const unique = (xs: string[]) => [...new Set(xs.map(hash))];
  return [
    ...directives,
    `script-src ${[...scriptSources, ...unique(scripts)].join(' ')}`,
    `style-src ${[...styleSources, ...unique(styles)].join(' ')}`,
  ].join('; ');
}

/** The page with its policy as the first element of <head>, before anything it governs. */
export const withPolicy = (html: string) =>
  html.replace(
    /<head>(<meta charset="utf-8">)?/,
    (head) => `${head}<meta http-equiv="Content-Security-Policy" content="${pagePolicy(html)}">`,
  );

/**
 * As the hosting headers send it. Script and style sources are left to each page's <meta> policy
 * (they carry the hashes of that page's inline code): a header without them restricts nothing that
 * the <meta> allows, and adds what only a header can do (frame-ancestors).
 */
export const cspHeader = [...fetchDirectives, ...otherDirectives, "frame-ancestors 'none'"].join('; ');

/**
 * The browser editor (/admin/, src/admin/) runs Sveltia CMS, which needs what the public pages never
 * allow: inline styles (its components set them), blob: URLs for previews and workers, data: for its
 * logo, and the Git host's API (`git`, from the build's CMS_* settings). Nothing more: no inline or
 * evaluated script, no third-party script, no frames, no form posts. Written as the page's <meta>.
 */
export function adminPolicy(git: { connect: string[]; img: string[] }) {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    ['img-src', "'self'", 'blob:', 'data:', ...git.img].join(' '),
    "font-src 'self'",
    ['connect-src', "'self'", 'blob:', 'data:', ...git.connect].join(' '),
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * As the hosting headers send it for /admin/: what does not depend on the Git host (the page's <meta>
 * names the host), and what only a header can do (frame-ancestors).
 */
export const adminCspHeader = [
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
