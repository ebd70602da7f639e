// Text into XML (SVG, GraphML): names are data, never markup.

/**
 * Text for XML content or an attribute value: the five special characters escaped, and the control
 * characters XML 1.0 forbids (even escaped) removed, so the file still parses.
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(
        /[&<>"']/g,
        (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
      )
  );
}
