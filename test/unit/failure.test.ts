import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/core/i18n.ts';
import { FAILURE_CODES, Failure, failsAs, failureText } from '../../src/islands/failure.ts';

const ui = (locale: string) =>
  translator(parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8')) as Record<string, string>, locale);

describe('failures as codes', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('marks a failed step with its code, keeping the cause', async () => {
    const cause = new Error('font NotoSans: HTTP 404');
    const failure = await failsAs('fonts-unavailable', Promise.reject(cause)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Failure);
    expect(failure).toMatchObject({ code: 'fonts-unavailable', cause });
    await expect(failsAs('render-failed', Promise.resolve(7))).resolves.toBe(7);
  });

  it('keeps the code of the innermost step that failed', async () => {
    const inner = failsAs('fonts-unavailable', Promise.reject(new Error('offline')));
    await expect(failsAs('render-failed', inner)).rejects.toMatchObject({ code: 'fonts-unavailable' });
  });

  it('shows the participant words from content, in their language, and the error only in the console', () => {
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    const error = new Failure('render-failed', new Error('PNG encoding failed'));
    const [en, es] = [ui('en'), ui('es')];
    expect(es('network.exportFailed', { reason: failureText(es, error) })).toBe(
      'No se pudo crear la imagen: este navegador no pudo dibujarlo. Vuelve a intentarlo o usa otro navegador.',
    );
    expect(en('report.failed', { reason: failureText(en, new TypeError('x is undefined')) })).toBe(
      'The PDF could not be made: something unexpected went wrong. Try again, or reload the page; your answers are kept.',
    );
    expect(console).toHaveBeenCalledWith(error);
  });

  it('has words for every code in every locale, never the error’s message', () => {
    vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    for (const t of [ui('en'), ui('es')])
      for (const code of FAILURE_CODES) {
        const text = failureText(t, new Failure(code, new Error('English for developers')));
        expect(text).toBe(t(`failure.${code}`));
        expect(text).not.toContain('English for developers');
      }
  });
});
