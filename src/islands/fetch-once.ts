// What the renderers need from the site (fonts, a page's PDF data), fetched at most once per page
// whichever island asks first: the image export and the PDF share the fonts they both use.
import type { FontFile } from '../render/fonts.ts';
import { fontPath } from '../core/routes.ts';

const fetched = new Map<string, Promise<ArrayBuffer>>();
/** How to settle the files another thread fetches for this one (see awaitHandOver). */
type Settle = { resolve: (b: ArrayBuffer) => void; reject: (e: unknown) => void };
const handOvers = new Map<string, Settle>();

/** A file's bytes, fetched once per page; a failed fetch is forgotten, so the next click tries again. */
export function fetchOnce(url: string): Promise<ArrayBuffer> {
  let bytes = fetched.get(url);
  if (!bytes) {
    bytes = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.arrayBuffer();
    });
    bytes.catch(() => fetched.delete(url));
    fetched.set(url, bytes);
  }
  return bytes;
}

/**
 * Files another thread is fetching for this one (the page, while the PDF maker's code loads): a
 * later `fetchOnce` of them waits for `handOver` instead of fetching again.
 */
export function awaitHandOver(urls: readonly string[]): void {
  for (const url of urls) {
    if (fetched.has(url)) continue;
    let settle!: Settle;
    const bytes = new Promise<ArrayBuffer>((resolve, reject) => (settle = { resolve, reject }));
    bytes.catch(() => fetched.delete(url));
    fetched.set(url, bytes);
    handOvers.set(url, settle);
  }
}

/** The bytes of a file `awaitHandOver` named, or why they could not be fetched. */
export function handOver(url: string, bytes: ArrayBuffer | { failed: string }): void {
  const settle = handOvers.get(url);
  handOvers.delete(url);
  if (bytes instanceof ArrayBuffer) settle?.resolve(bytes);
  else settle?.reject(new Error(bytes.failed));
}

/** A JSON file, fetched once per page and read afresh for each caller (who may change it). */
export async function fetchJsonOnce<T>(url: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await fetchOnce(url))) as T;
}

/** A font file served at /fonts/ below the site's base (src/pages/fonts). */
export const fetchFont = (file: FontFile['file']) => fetchOnce(fontPath(file));
