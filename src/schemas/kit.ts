import { z } from 'astro/zod';
import { contentId } from './id.ts';
import { localeCode, localizedText, text, url } from './locale.ts';

/** A colour written as `#rrggbb`. */
const hexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'write the colour as #rrggbb, for example #1d4f91' });

/** A file inside `content/`, such as `assets/logo.svg`. */
const contentFile = z
  .string()
  .regex(/^[\w./-]+\.(svg|png|jpe?g|webp|ico)$/, {
    error: 'give a path inside content/ ending in .svg, .png, .jpg, .webp or .ico, e.g. assets/logo.svg',
  })
  .refine((p) => !p.split('/').includes('..'), { error: 'the path must stay inside content/' });

/**
 * Where this copy is published: the full address of its home, at a domain root or below one
 * (`https://www.example.edu/mentoring/`). Links between languages and printed links use it, and
 * the path after the domain becomes the base of every page, file and font.
 */
export const siteAddress = url
  .refine((u) => !/[?#]/.test(u), {
    error: 'give the address without ? or #, e.g. https://www.example.edu/mentoring/',
  })
  .refine((u) => u.endsWith('/'), {
    error: 'end the address with /, e.g. https://www.example.edu/mentoring/',
  });

/** A guide's file name, without `.mdx`. */
const guide = contentId('about-this-kit');

/** The languages of the kit: read first, because every translated text depends on them. */
export const kitLocalesSchema = z.object({
  /** Locales of the kit; the first one is the default. Every page and string must exist in each. */
  locales: z
    .array(localeCode)
    .min(1, { error: 'list at least one locale, e.g. [en]' })
    .refine((l) => new Set(l).size === l.length, { error: 'a locale is listed twice' }),
});

/** Settings of the whole kit: `content/kit.yaml`, the first file a fork edits. */
export function kitSchema(locales: readonly string[]) {
  const t = localizedText(locales);
  const link = z.strictObject({
    /** The name shown on the link, per locale. */
    label: t,
    /** Full address of the page (https://…). */
    url,
  });
  return z.strictObject({
    /** Locales of the kit; the first one is the default. */
    locales: kitLocalesSchema.shape.locales,
    site: siteAddress,
    kit: z.strictObject({
      /** The kit's name in the header, page titles and documents. */
      name: t,
      /** One line under the name on the home page. */
      tagline: t,
    }),
    institution: z.strictObject({
      /** The institution that publishes this copy of the kit. */
      name: t,
      /** Its logo, a file inside content/ (SVG or PNG, about 3:1 or square). */
      logo: contentFile,
      /** What the logo shows, read aloud by screen readers. */
      logoAlt: t,
      /** The institution's website. Optional. */
      url: url.optional(),
    }),
    /** The browser-tab icon, a file inside content/. */
    favicon: contentFile,
    colours: z.strictObject({
      /** Headings, links and buttons; must reach 4.5:1 contrast against white. */
      primary: hexColour,
      /** Highlights and focus rings; must reach 3:1 contrast against white. */
      accent: hexColour,
    }),
    contact: z.strictObject({
      /** Who answers questions about this kit (a team, not a person, ages better). */
      name: t,
      /** Their e-mail address. */
      email: z.email({ error: 'expected an e-mail address such as mentoring@example.edu' }),
    }),
    licence: z.strictObject({
      /** Licence of the content, e.g. CC BY 4.0. */
      name: text,
      /** Where the licence can be read. */
      url,
    }),
    /** Paper size for printed worksheets and PDFs. */
    paper: z.enum(['a4', 'letter'], { error: 'use a4 or letter' }),
    /**
     * The guides the header and footer link to, by file name (`content/guides/<locale>/<name>.mdx`
     * without `.mdx`); each must exist in every locale. The links' words are interface strings.
     */
    navigation: z.strictObject({
      /** The header's link for facilitators (interface string `nav.facilitators`). */
      facilitators: guide,
      /**
       * The header's link for institutions that fork the kit (`nav.institutions`). Optional: leave it
       * out to keep the pages for institutions (how to fork the kit) away from participants; the header,
       * the home page and the list of guides then do not show them.
       */
      institutions: guide.optional(),
      /** The footer's credits link (`footer.credits`). */
      credits: guide,
    }),
    links: z
      .strictObject({
        /** Your institution's researcher search (a Profiles-style tool). Optional. */
        researchNetworking: link.optional(),
        /** Your institution's page of mentoring programs. Optional. */
        mentoringPrograms: link.optional(),
      })
      .default({}),
  });
}

export type Kit = z.infer<ReturnType<typeof kitSchema>>;
