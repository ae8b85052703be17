/** robots.txt pointing to the sitemap at the deployed address; the browser editor is not for crawlers. */
import type { APIRoute } from 'astro';
import { adminPath } from '../hosting/rules.ts';
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${adminPath}\n\nSitemap: ${new URL('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
