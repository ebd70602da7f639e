import { z } from 'astro/zod';
import { text } from './locale.ts';

/**
 * Interface strings of one locale (`content/ui/<locale>.yaml`): dotted keys such as `nav.guides`.
 * `{name}` in a string is replaced by a value from the page.
 */
export const uiSchema = z.record(
  z.string().regex(/^[a-z][a-zA-Z0-9-]*(\.[a-z][a-zA-Z0-9-]*)*$/, {
    error: 'keys are dotted words such as nav.guides',
  }),
  text,
);

export type UiStrings = z.infer<typeof uiSchema>;
