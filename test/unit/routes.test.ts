import { describe, expect, it } from 'vitest';
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
