import type { APIRoute } from 'astro';
import { pick } from '../core/i18n.ts';
import { homePath, withBaseScope } from '../core/routes.ts';
import { getKit } from '../site/data.ts';
import { brandUrl } from './brand/[file].ts';

/** The web app manifest: the kit, opened from a home screen, starts at its first locale's home page. */
export const GET: APIRoute = async () => {
  const kit = await getKit();
  const locale = kit.locales[0]!;
  const name = pick(kit.kit.name, locale);
  const icon = (path: string) => ({
    src: brandUrl(path),
    sizes: path.endsWith('.svg') ? 'any' : undefined,
    type: path.endsWith('.svg') ? 'image/svg+xml' : path.endsWith('.png') ? 'image/png' : undefined,
  });
  const manifest = {
    name,
    short_name: name,
    description: pick(kit.kit.tagline, locale),
    lang: locale,
    start_url: homePath(locale),
    scope: withBaseScope(),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: kit.colours.primary,
    icons: [...new Set([kit.favicon, kit.institution.logo])].map(icon),
  };
  return new Response(JSON.stringify(manifest, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
