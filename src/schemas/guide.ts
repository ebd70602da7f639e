import { z } from 'astro/zod';
import { text } from './locale.ts';

/** The frontmatter of a guide page (`content/guides/<locale>/<slug>.mdx`). */
export const guideSchema = z.strictObject({
  /** The page heading and browser-tab title. */
  title: text,
  /** One sentence for search engines and link previews (50–160 characters). */
  description: text.check(
    z.minLength(50, { error: 'write at least 50 characters, a full sentence' }),
    z.maxLength(160, { error: 'keep it under 160 characters so search results show it whole' }),
  ),
  /** Position among the guides of the same audience (1 comes first). */
  order: z.number({ error: 'expected a number such as 1' }).int().min(1),
  /** Who the guide is for: participant, facilitator or institution. The lowest order of each is its start page. */
  audience: z
    .enum(['participant', 'facilitator', 'institution'], {
      error: 'use participant, facilitator or institution',
    })
    .default('participant'),
  /**
   * Data to list after the text: the roles, the factors, the programs, the agendas, or the field types
   * a worksheet may use (for the forker's guide). Optional.
   */
  includes: z
    .enum(['roles', 'factors', 'programs', 'agendas', 'fieldTypes'], {
      error: 'use roles, factors, programs, agendas or fieldTypes',
    })
    .optional(),
});

export type Guide = z.infer<typeof guideSchema>;
