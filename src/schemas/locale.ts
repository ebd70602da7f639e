import { z } from 'astro/zod';

/** A language code such as `en`, `es` or `pt-BR` (BCP 47, language plus optional region). */
export const localeCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'use a language code such as "en", "es" or "pt-BR"' });

/** Text that must not be empty once surrounding spaces are removed. */
export const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

/**
 * Text given once per locale of the kit, e.g. `{ en: Peer mentor, es: Mentor par }`.
 * Every locale listed in kit.yaml must be present, so a fork that adds a language is told
 * exactly which texts still need translating.
 */
export function localizedText(locales: readonly string[]) {
  const keys = z.enum(locales as [string, ...string[]], {
    error: `use one of the kit's locales (${locales.join(', ')}), as listed in kit.yaml`,
  });
  return z.record(keys, text);
}

/** A link inside the site (`/en/guides/roles/`), or a full `https://` address. */
export const url = z.url({ protocol: /^https?$/, error: 'expected a full address starting with https://' });
