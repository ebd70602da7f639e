import { describe, expect, it } from 'vitest';
import { namedFormat, sniffFormat } from '../../../src/check/image-format.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => new TextEncoder().encode(s);

describe('sniffFormat', () => {
  it('tells each format by its first bytes, whatever the file is called', () => {
    expect(sniffFormat(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('png');
    expect(sniffFormat(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpg');
    expect(sniffFormat(ascii('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe('webp');
    expect(sniffFormat(bytes(0, 0, 1, 0, 1, 0))).toBe('ico');
    expect(sniffFormat(ascii('GIF89a'))).toBe('gif');
    expect(
      sniffFormat(
        ascii('\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg"/>'),
      ),
    ).toBe('svg');
  });

  it('recognises none in text, HTML or an empty file', () => {
    expect(sniffFormat(ascii('just text'))).toBeUndefined();
    expect(sniffFormat(ascii('<html><body></body></html>'))).toBeUndefined();
    expect(sniffFormat(bytes())).toBeUndefined();
  });
});

describe('namedFormat', () => {
  it('reads the extension, .jpeg as .jpg, in any case', () => {
    expect(namedFormat('assets/Logo.PNG')).toBe('png');
    expect(namedFormat('assets/logo.jpeg')).toBe('jpg');
    expect(namedFormat('assets/logo.tiff')).toBeUndefined();
  });
});
