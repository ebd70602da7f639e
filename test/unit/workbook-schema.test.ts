import { describe, expect, it } from 'vitest';
import {
  checkedDigest,
  digest,
  emptyWorkbook,
  SCHEMA_FINGERPRINT,
  writeWorkbook,
} from '../../src/core/workbook.ts';
import { readWorkbook, workbookJsonSchema, workbookProblem } from '../../src/core/workbook-schema.ts';
import { filled } from './workbook-fixtures.ts';

describe('the workbook schema', () => {
  it('its fingerprint in core/workbook.ts names these rules', () => {
    // A failure here means the schema changed: set SCHEMA_FINGERPRINT to the value received, so that
    // workbooks a browser stored as checked under the old rules are checked again under the new ones.
    expect(digest(JSON.stringify(workbookJsonSchema()))).toBe(SCHEMA_FINGERPRINT);
  });

  it('workbookProblem passes what readWorkbook reads, and names the first problem of what it refuses', () => {
    expect(workbookProblem(filled())).toBeNull();
    expect(readWorkbook(writeWorkbook(filled())).ok).toBe(true);
    const bad = {
      ...filled(),
      network: { people: [{ id: 'p1', name: '   ', roles: ['sponsor'] }], ties: [] },
    };
    expect(workbookProblem(bad)).toMatchObject({ detail: 'blank-text', path: 'network.people.0.name' });
    expect(workbookProblem({ ...emptyWorkbook(), createdAt: 'yesterday' })).toMatchObject({
      path: 'createdAt',
    });
  });
});

describe('the digest of checked text', () => {
  it('differs for any change to the text, and is the same for the same text', () => {
    const text = JSON.stringify(filled());
    expect(checkedDigest(text)).toBe(checkedDigest(JSON.stringify(JSON.parse(text))));
    expect(checkedDigest(text)).not.toBe(checkedDigest(text.replace('"', "'")));
    expect(checkedDigest(text)).not.toBe(checkedDigest(text + ' '));
    expect(checkedDigest('')).toMatch(/^[0-9a-z]+$/);
    expect(digest('a')).not.toBe(digest('b'));
  });
});
