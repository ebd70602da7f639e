import { describe, expect, it, vi } from 'vitest';
import { agendaRoutes, guidePath, homePath, localeRoutes, switchLocale } from '../../src/core/routes.ts';

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
      '/en/cohort/',
      '/en/guides/roles/',
      '/en/worksheets/cv/',
    ]);
  });

  it('lists an agenda with its presenter view and notes window', () => {
    expect(agendaRoutes('es', ['half-day'])).toEqual([
      '/es/agendas/half-day/',
      '/es/agendas/half-day/present/',
      '/es/agendas/half-day/notes/',
    ]);
  });
});

describe('routes under a sub-path', () => {
  // The build writes the base in as text (astro.config.mjs `define`); here it is a global instead.
  async function routesUnder(base: string) {
    vi.resetModules();
    vi.stubGlobal('__KIT_BASE__', base);
    try {
      return {
        routes: await import('../../src/core/routes.ts'),
        base: await import('../../src/core/base-path.ts'),
      };
    } finally {
      vi.unstubAllGlobals();
    }
  }

  it('puts the base before every page, file and font, with or without its last slash', async () => {
    for (const written of ['/mentoring/', '/mentoring']) {
      const { routes } = await routesUnder(written);
      expect(routes.guidePath('en', 'roles')).toBe('/mentoring/en/guides/roles/');
      expect(routes.pdfDataPath('es')).toBe('/mentoring/es/pdf/data.json');
      expect(routes.fontPath('noto-sans-regular')).toBe('/mentoring/fonts/noto-sans-regular.ttf');
      expect(routes.layoutWasmPath('0a1b')).toBe('/mentoring/wasm/satori-layout.0a1b.wasm');
      expect(routes.brandCssPath()).toBe('/mentoring/brand.css');
      expect(routes.withBaseScope()).toBe('/mentoring/');
    }
  });

  it('switches locale on the path the browser shows, base included', async () => {
    const { routes } = await routesUnder('/mentoring/');
    expect(routes.switchLocale('/mentoring/en/guides/roles/', 'en', 'es')).toBe(
      '/mentoring/es/guides/roles/',
    );
    expect(routes.switchLocale('/mentoring/', 'en', 'es')).toBe('/mentoring/es/');
  });

  it('takes the base off again, and leaves other paths alone', async () => {
    const { base } = await routesUnder('/mentoring/');
    expect(base.withoutBase('/mentoring/en/')).toBe('/en/');
    expect(base.withoutBase('/mentoring/')).toBe('/');
    expect(base.withoutBase('/elsewhere/')).toBe('/elsewhere/');
  });
});
