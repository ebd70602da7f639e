// The README's table of worksheet field types is written by hand for readers on the repository's
// page; this keeps it equal to the schema, so it cannot drift (the site's page lists them from the
// schema itself).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldTypes } from '../../src/schemas/worksheet.ts';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(
  readme.indexOf('### The worksheet format'),
  readme.indexOf('### Swapping the role set'),
);
/** Each row of the field-type table: its type and the text of its settings column. */
const rows = new Map(
  [...section.matchAll(/^\| `([a-z-]+)` +\|[^|]+\| (.+?) +\|$/gm)].map((m) => [m[1]!, m[2]!]),
);

describe('the README', () => {
  it('lists every field type of the schema, and no other', () => {
    expect([...rows.keys()]).toEqual(fieldTypes.map((f) => f.type));
  });

  it('names every setting of each field type', () => {
    for (const { type, settings } of fieldTypes)
      for (const { name } of settings) expect(rows.get(type), `${type}: ${name}`).toContain(`\`${name}`);
  });

  it('says how to publish at a domain root or in a folder', () => {
    expect(readme).toContain('## Publish it, at a domain root or in a folder');
    expect(readme).toContain('site: https://www.example.edu/mentoring/');
  });
});
