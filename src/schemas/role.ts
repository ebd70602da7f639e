import { z } from 'astro/zod';
import { contentId } from './id.ts';
import { localizedText } from './locale.ts';

/** One role in the network map (`content/roles.yaml`). The map draws one sector per role, in file order. */
export function roleSchema(locales: readonly string[]) {
  const t = localizedText(locales);
  return z.strictObject({
    /** Stable identifier stored in participants' workbooks: never rename it once the kit is in use. */
    id: contentId('peer'),
    /** The role's name, e.g. "Peer mentor". */
    name: t,
    /**
     * The role mid-sentence, with its indefinite article, as the findings' next steps use it.
     * @example { en: "a peer mentor", es: "un mentor par" }
     */
    inSentence: t.optional(),
    /** One or two sentences on what people in this role do for you. */
    description: t,
    /** The kinds of support this role usually gives, one short phrase each. */
    supports: z.array(t).min(1, { error: 'list at least one kind of support' }),
  });
}

export type Role = z.infer<ReturnType<typeof roleSchema>>;
