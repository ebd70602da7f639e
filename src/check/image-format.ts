// kit.yaml's logo and favicon: a file's name promises a format, and the PDFs and browsers trust it.
// A logo renamed from .webp to .png fails deep in PDF rendering without naming the file, so the
// check reads the file's first bytes (its signature) and compares them with its name.
import { open } from 'node:fs/promises';

/** Formats the check can tell apart, by what their first bytes say. */
export type ImageFormat = 'svg' | 'png' | 'jpg' | 'webp' | 'ico' | 'gif';

/** What the format is called in a message, for a web editor. */
export const formatName: Record<ImageFormat, string> = {
  svg: 'an SVG image',
  png: 'a PNG image',
  jpg: 'a JPEG image',
  webp: 'a WebP image',
  ico: 'an ICO icon',
  gif: 'a GIF image',
};

/** The format a file's name promises, from its extension (.jpeg is .jpg). */
export function namedFormat(path: string): ImageFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  const format = ext === 'jpeg' ? 'jpg' : ext;
  return format && format in formatName ? (format as ImageFormat) : undefined;
}

/** The format the bytes are, or undefined when they are none the kit knows (text, a PDF, …). */
export function sniffFormat(head: Uint8Array): ImageFormat | undefined {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  const ascii = (from: number, to: number) => String.fromCharCode(...head.slice(from, to));
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (starts(0x00, 0x00, 0x01, 0x00)) return 'ico';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  // SVG is text: an <svg> element, perhaps after a byte-order mark, an XML declaration or comments.
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '');
  if (/^\s*</.test(text) && text.includes('<svg')) return 'svg';
  return undefined;
}

/** The first bytes of a file: enough for every signature above and an SVG's opening lines. */
export async function readHead(path: string, bytes = 1024): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await file.read(buffer, 0, bytes, 0);
    return buffer.slice(0, bytesRead);
  } finally {
    await file.close();
  }
}
