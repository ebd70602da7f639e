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
     * The role as a phrase that fits mid-sentence, with its article, for the findings' next steps
     * ("Find {subject}.", "Get closer to {subject} among the people you already know."). Required,
     * so that any role set reads well: a needs-based role says who gives that support.
     * @example { en: "a peer mentor", es: "un mentor par" }
     * @example { en: "someone who gives you emotional support", es: "una persona que te dé apoyo emocional" }
     */
    inSentence: t,
    /** One or two sentences on what people in this role do for you. */
    description: t,
    /** The kinds of support this role usually gives, one short phrase each. */
    supports: z.array(t).min(1, { error: 'list at least one kind of support' }),
  });
}

export type Role = z.infer<ReturnType<typeof roleSchema>>;
