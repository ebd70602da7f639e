import type { APIRoute } from 'astro';
import { getKit, getSiteOrigin } from '../site/data.ts';

/**
 * The kit's colours as CSS custom properties: a file of its own, so the strict CSP needs no inline
 * style. With them the site's origin, which print CSS writes before a link's path (global.css).
 */
export const GET: APIRoute = async () => {
  const { colours } = await getKit();
  // An origin is scheme, host and port only (non-ASCII hosts in punycode): no quote to escape.
  const origin = await getSiteOrigin();
  const css = `:root{--color-primary:${colours.primary};--color-accent:${colours.accent};--site-origin:"${origin}"}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
