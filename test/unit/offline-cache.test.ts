import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precached, serviceWorker, urlOf } from '../../src/site/offline-cache.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kit-offline-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The constants the build writes before the worker's code. */
function constantsOf(worker: string) {
  const value = (name: string) => JSON.parse(new RegExp(`^const ${name} = (.*);$`, 'm').exec(worker)![1]!);
  return { version: value('VERSION'), scope: value('SCOPE'), precache: value('PRECACHE') };
}

describe('the offline worker written with the build', () => {
  it('asks for a page by its folder and any other file by its path, below the base', () => {
    expect(urlOf('index.html', '/')).toBe('/');
    expect(urlOf('en/guides/index.html', '/mentoring/')).toBe('/mentoring/en/guides/');
    expect(urlOf('404.html', '/mentoring/')).toBe('/mentoring/404.html');
    expect(urlOf('fonts/noto-sans-regular.ttf', '/')).toBe('/fonts/noto-sans-regular.ttf');
  });

  it('keeps everything on the first visit except itself and fonts of over a megabyte', () => {
    expect(
      precached([
        { path: 'sw.js', size: 10 },
        { path: 'en/index.html', size: 10 },
        { path: 'fonts/noto-sans-regular.ttf', size: 600_000 },
        { path: 'fonts/noto-sans-sc-regular.ttf', size: 10_000_000 },
        { path: '_astro/dist.js', size: 1_800_000 },
      ]),
    ).toEqual(['en/index.html', 'fonts/noto-sans-regular.ttf', '_astro/dist.js']);
  });

  it('has a version that changes when any file does, and only then', () => {
    const dir = site({ 'index.html': 'a', 'en/index.html': 'b', '_astro/x.js': 'c' });
    const first = serviceWorker(dir, '/mentoring/', '// worker');
    const { version, scope, precache } = constantsOf(first);
    expect(scope).toBe('/mentoring/');
    expect(precache).toEqual(['/mentoring/_astro/x.js', '/mentoring/en/', '/mentoring/']);
    expect(first.endsWith('// worker')).toBe(true);
    expect(constantsOf(serviceWorker(dir, '/mentoring/', '// worker')).version).toBe(version);
    // A worker written earlier into the folder does not count towards the version.
    writeFileSync(join(dir, 'sw.js'), first);
    expect(constantsOf(serviceWorker(dir, '/mentoring/', '// worker')).version).toBe(version);
    writeFileSync(join(dir, 'en/index.html'), 'b, changed');
    expect(constantsOf(serviceWorker(dir, '/mentoring/', '// worker')).version).not.toBe(version);
  });
});
