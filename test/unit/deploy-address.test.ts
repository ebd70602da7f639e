import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deployAddress } from '../../src/site/deploy-address.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function folderWithKit(text: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'kit-address-'));
  dirs.push(dir);
  if (text !== undefined) writeFileSync(join(dir, 'kit.yaml'), text);
  return dir;
}

describe("kit.yaml's site, for Astro", () => {
  it('splits an address into the site and the base', () => {
    expect(deployAddress(folderWithKit('site: https://www.example.edu/mentoring/\n'))).toEqual({
      site: 'https://www.example.edu',
      base: '/mentoring/',
    });
    expect(deployAddress(folderWithKit('site: https://mentoring.example.edu/\n'))).toEqual({
      site: 'https://mentoring.example.edu',
      base: '/',
    });
  });

  it('gives nothing for a missing, broken or unreadable setting, which the content check then names', () => {
    for (const text of [
      undefined,
      'locales: [en]\n',
      'site: mentoring.example.edu\n',
      'site: https://www.example.edu/mentoring\n',
      'site: https://www.example.edu/mentoring/?x=1\n',
      'site: ftp://example.edu/\n',
      'site: [oops\n',
      '',
    ])
      expect(deployAddress(folderWithKit(text)), String(text)).toBeUndefined();
  });
});
