import type { APIRoute } from 'astro';
import { getKit } from '../site/data.ts';

/** The kit's colours as CSS custom properties: a file of its own, so the strict CSP needs no inline style. */
export const GET: APIRoute = async () => {
  const { colours } = await getKit();
  const css = `:root{--color-primary:${colours.primary};--color-accent:${colours.accent}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
