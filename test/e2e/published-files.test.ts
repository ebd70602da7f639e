import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { emptyWorkbook, writeWorkbook } from '../../src/core/workbook.ts';

/** Files the build publishes beside the pages, read by independent readers. */
describe('the workbook JSON Schema in dist/', () => {
  const schema = JSON.parse(readFileSync('dist/workbook.schema.json', 'utf8'));
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('accepts a workbook the kit writes', () => {
    const wb = {
      ...emptyWorkbook(new Date('2026-11-26T10:00:00Z')),
      answers: {
        'know-yourself': { success: 'Tenure', 'needs-now': ['funding'] },
        'elevator-pitch': { clarity: 3 },
        'action-plan': { actions: [{ who: 'A peer' }] },
      },
      network: {
        people: [{ id: 'p1', name: 'Ana', roles: ['peer'], closeness: 'close' as const }],
        ties: [],
      },
    };
    const ok = validate(JSON.parse(writeWorkbook(wb)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('refuses what the kit refuses', () => {
    const base = JSON.parse(writeWorkbook(emptyWorkbook()));
    expect(validate({ ...base, schemaVersion: 4 })).toBe(false);
    expect(validate({ ...base, extra: 1 })).toBe(false);
    expect(validate({ ...base, answers: { 'Bad Id': {} } })).toBe(false);
    expect(
      validate({ ...base, network: { people: [{ id: 'p1', name: '', roles: ['peer'] }], ties: [] } }),
    ).toBe(false);
  });
});
