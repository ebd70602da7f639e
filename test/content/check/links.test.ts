import { describe, expect, it } from 'vitest';
import { findLinks, isExternal, resolveLink } from '../../../src/check/links.ts';

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
