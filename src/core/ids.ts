// What an id looks like, wherever the kit stores or refers to one: worksheet, field, option, role,
// need, guide and person ids. One pattern for content and workbook alike, so an id that passes
// `npm run check` can always be saved in a participant's workbook.

/** Longest id, in characters. */
export const MAX_ID_LENGTH = 64;

/** Lower-case letters, digits and dashes, starting with a letter or digit, at most 64 characters. */
export const ID_PATTERN = new RegExp(`^[a-z0-9][a-z0-9-]{0,${MAX_ID_LENGTH - 1}}$`);

/** A `{field-id}` placeholder in an e-mail template or subject. */
export const PLACEHOLDER_PATTERN = new RegExp(`\\{([a-z0-9][a-z0-9-]{0,${MAX_ID_LENGTH - 1}})\\}`, 'g');
