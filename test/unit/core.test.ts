import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../src/core/contrast.ts';
import { guidePath, homePath, localeRoutes, switchLocale } from '../../src/core/routes.ts';
import { findLinks, isExternal, resolveLink } from '../../src/check/links.ts';

describe('contrastRatio', () => {
  it('gives the WCAG extremes and known values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2); // the classic lightest AA grey
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
  });

  it('accepts either case and refuses what is not #rrggbb', () => {
    expect(relativeLuminance('#FFFFFF')).toBe(1);
    expect(() => relativeLuminance('#fff')).toThrow(/not a #rrggbb colour/);
    expect(() => relativeLuminance('navy')).toThrow(/not a #rrggbb colour/);
  });
});

describe('routes', () => {
  it('builds paths and switches locale keeping the page', () => {
    expect(guidePath('es', 'roles')).toBe('/es/guides/roles/');
    expect(switchLocale('/en/guides/roles/', 'en', 'es')).toBe('/es/guides/roles/');
    expect(switchLocale('/en/', 'en', 'es')).toBe('/es/');
    expect(switchLocale('/', 'en', 'es')).toBe(homePath('es'));
    expect(switchLocale('/english/', 'en', 'es')).toBe('/es/'); // only a whole segment counts
  });

  it('lists every page of a locale', () => {
    expect([...localeRoutes('en', ['roles'], ['cv'])]).toEqual([
      '/en/',
      '/en/guides/',
      '/en/worksheets/',
      '/en/guides/roles/',
      '/en/worksheets/cv/',
    ]);
  });
});

describe('links in guides', () => {
  it('finds Markdown and HTML links with their lines, but not images or code', () => {
    const body =
      'See [roles](../roles/).\n\n![map](map.png) `[not](a-link)`\n\n```\n[nor](this)\n```\n<a href="../factors/">f</a>';
    expect(findLinks(body, 10)).toEqual([
      { href: '../roles/', line: 10 },
      { href: '../factors/', line: 17 },
    ]);
  });

  it('tells external links from internal ones', () => {
    expect(isExternal('https://example.org')).toBe(true);
    expect(isExternal('mailto:a@b.c')).toBe(true);
    expect(isExternal('#top')).toBe(true);
    expect(isExternal('../roles/')).toBe(false);
    expect(isExternal('/en/')).toBe(false);
  });

  it('resolves relative links against the page, adding the trailing slash', () => {
    expect(resolveLink('../roles/', '/en/guides/network/')).toBe('/en/guides/roles/');
    expect(resolveLink('../roles', '/en/guides/network/')).toBe('/en/guides/roles/');
    expect(resolveLink('../../', '/en/guides/network/')).toBe('/en/');
    expect(resolveLink('../roles/#top', '/en/guides/network/')).toBe('/en/guides/roles/');
  });
});
