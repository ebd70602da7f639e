import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getKit } from '../../site/data.ts';
import { contentDir } from '../../check/content-dir.ts';
import { brandFilePath } from '../../core/routes.ts';

/** Serves the logo and favicon named in kit.yaml from content/, so a fork never touches public/. */
export const getStaticPaths = (async () => {
  const kit = await getKit();
  return [kit.institution.logo, kit.favicon].map((path) => ({
    params: { file: basename(path) },
    props: { path },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  return new Response(await readFile(join(contentDir(), (props as { path: string }).path)));
};

/** The public URL of a content file named in kit.yaml. */
export const brandUrl = (path: string) => brandFilePath(basename(path));
