import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  emptyWorkbook,
  isBlankWorkbook,
  MAX_FILE_BYTES,
  migrations,
  workbookFileName,
  writeWorkbook,
  type Workbook,
} from '../../src/core/workbook.ts';
import { readWorkbook } from '../../src/core/workbook-schema.ts';
import { filled, now } from './workbook-fixtures.ts';

describe('a good workbook', () => {
  it('survives writing and reading unchanged', () => {
    const wb = filled();
    expect(readWorkbook(writeWorkbook(wb))).toEqual({ ok: true, workbook: wb });
  });

  it('is read with a byte-order mark and surrounding whitespace', () => {
    expect(readWorkbook(`\uFEFF  ${writeWorkbook(filled())}\n\n`).ok).toBe(true);
  });

  it('has a dated file name with the kit suffix', () => {
    expect(workbookFileName(now)).toBe('mentoring-network-2026-11-26.mentoring-network.json');
  });
});

describe('migrations', () => {
  it('exist from every older version', () => {
    for (let v = 1; v < CURRENT_VERSION; v++)
      expect(migrations[v], `migration from ${v}`).toBeTypeOf('function');
  });

  it('bring a version-1 workbook (answers only) to the current version, keeping every answer', () => {
    const v1 = {
      schemaVersion: 1,
      updatedAt: '2025-05-01T08:00:00.000Z',
      answers: { 'know-yourself': { success: 'Tenure', 'needs-now': ['funding'] } },
    };
    const result = readWorkbook(JSON.stringify(v1));
    expect(result).toEqual({
      ok: true,
      migratedFrom: 1,
      workbook: {
        schemaVersion: CURRENT_VERSION,
        createdAt: '2025-05-01T08:00:00.000Z',
        updatedAt: '2025-05-01T08:00:00.000Z',
        answers: v1.answers,
        network: { people: [], ties: [] },
        snapshots: [],
      },
    });
  });

  it('bring a version-2 workbook to version 3 unchanged but for its version', () => {
    const v2 = { ...good(), schemaVersion: 2 };
    const result = readWorkbook(JSON.stringify(v2));
    expect(result).toEqual({ ok: true, migratedFrom: 2, workbook: { ...v2, schemaVersion: 3 } });
  });

  it('keep a person\'s alias ("Shown as"), and refuse one over 100 characters', () => {
    const withAlias = (alias: string) =>
      variant((d) => {
        d.network.people[0].alias = alias;
      });
    const ok = readWorkbook(withAlias('The Boss'));
    expect(ok.ok && ok.workbook.network.people[0]!.alias).toBe('The Boss');
    expect(readWorkbook(withAlias('x'.repeat(101)))).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'network.people.0.alias' },
    });
  });

  it('refuse an unknown key in an old file rather than drop it', () => {
    const v1 = { schemaVersion: 1, updatedAt: '2025-05-01T08:00:00.000Z', answers: {}, secret: 'x' };
    expect(readWorkbook(JSON.stringify(v1))).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

// At least twenty kinds of bad file: each refused with a reason, never half-read.
const good = () => JSON.parse(writeWorkbook(filled())) as Record<string, any>;
const variant = (change: (d: Record<string, any>) => void) => {
  const d = good();
  change(d);
  return JSON.stringify(d);
};
const badFiles: [what: string, text: string, code: string][] = [
  ['an empty file', '', 'empty'],
  ['only whitespace', ' \n\t ', 'empty'],
  ['plain text', 'my mentors: Ana, Bo', 'not-json'],
  ['truncated JSON', writeWorkbook(filled()).slice(0, 80), 'not-json'],
  ['JSON with a trailing comma', '{"schemaVersion": 2,}', 'not-json'],
  ['a JSON array', '[1, 2, 3]', 'not-a-workbook'],
  ['JSON null', 'null', 'not-a-workbook'],
  ['a JSON number', '42', 'not-a-workbook'],
  ['a JSON string', '"workbook"', 'not-a-workbook'],
  ['an object without a version', '{"answers": {}}', 'not-a-workbook'],
  [
    'version zero',
    variant((d) => {
      d.schemaVersion = 0;
    }),
    'bad-version',
  ],
  [
    'version as text',
    variant((d) => {
      d.schemaVersion = '2';
    }),
    'bad-version',
  ],
  [
    'a fractional version',
    variant((d) => {
      d.schemaVersion = 1.5;
    }),
    'bad-version',
  ],
  [
    'a newer version',
    variant((d) => {
      d.schemaVersion = CURRENT_VERSION + 1;
    }),
    'newer-version',
  ],
  [
    'answers that are a list',
    variant((d) => {
      d.answers = [];
    }),
    'invalid',
  ],
  [
    'an answer that is an object',
    variant((d) => {
      d.answers['know-yourself'].success = { text: 'x' };
    }),
    'invalid',
  ],
  [
    'an answer that is too long',
    variant((d) => {
      d.answers['know-yourself'].success = 'x'.repeat(20_001);
    }),
    'invalid',
  ],
  [
    'a worksheet id with spaces',
    variant((d) => {
      d.answers['Know yourself'] = {};
    }),
    'invalid',
  ],
  [
    'a date that is not a date',
    variant((d) => {
      d.updatedAt = 'yesterday';
    }),
    'invalid',
  ],
  [
    'a missing network',
    variant((d) => {
      delete d.network;
    }),
    'invalid',
  ],
  [
    'a person without a name',
    variant((d) => {
      d.network.people[0].name = '';
    }),
    'invalid',
  ],
  [
    'a person with no role',
    variant((d) => {
      d.network.people[0].roles = [];
    }),
    'invalid',
  ],
  [
    'an unknown closeness',
    variant((d) => {
      d.network.people[0].closeness = 'very close';
    }),
    'invalid',
  ],
  [
    'two people with one id',
    variant((d) => {
      d.network.people[1].id = 'p1';
      d.network.ties = [];
    }),
    'invalid',
  ],
  [
    'a tie to nobody',
    variant((d) => {
      d.network.ties = [['p1', 'p9']];
    }),
    'invalid',
  ],
  [
    'a tie of a person to themselves',
    variant((d) => {
      d.network.ties = [['p1', 'p1']];
    }),
    'invalid',
  ],
  [
    'an unknown top-level key',
    variant((d) => {
      d.extra = true;
    }),
    'invalid',
  ],
  ['a __proto__ key', writeWorkbook(filled()).replace('{', '{"__proto__": {"polluted": true},'), 'invalid'],
  [
    'too many people',
    variant((d) => {
      d.network.people = Array.from({ length: 501 }, (_, i) => ({
        id: `p${i}`,
        name: `P${i}`,
        roles: ['peer'],
      }));
      d.network.ties = [];
    }),
    'invalid',
  ],
  ['a file over 5 MB', JSON.stringify({ schemaVersion: 2, pad: 'x'.repeat(MAX_FILE_BYTES) }), 'too-large'],
];

describe('bad workbook files are refused with a reason', () => {
  it('covers at least twenty kinds', () => expect(badFiles.length).toBeGreaterThanOrEqual(20));

  it.each(badFiles)('%s', (_what, text, code) => {
    const result = readWorkbook(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says where a damaged workbook is damaged', () => {
    const result = readWorkbook(
      variant((d) => {
        d.network.people[0].closeness = 'very close';
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'network.people.0.closeness' },
    });
  });

  it('names the newer version', () => {
    expect(
      readWorkbook(
        variant((d) => {
          d.schemaVersion = 7;
        }),
      ),
    ).toEqual({ ok: false, error: { code: 'newer-version', version: 7 } });
  });
});

describe('a blank workbook', () => {
  it('is one with nothing entered: no answers, people, ties or snapshots', () => {
    const blank = emptyWorkbook(now);
    expect(isBlankWorkbook(blank)).toBe(true);
    expect(isBlankWorkbook({ ...blank, answers: { 'know-yourself': { success: 'x' } } })).toBe(false);
    expect(isBlankWorkbook(filled())).toBe(false);
    const person = { id: 'p-0000000001', name: 'Ana', roles: ['peer'] };
    expect(isBlankWorkbook({ ...blank, network: { people: [person], ties: [] } })).toBe(false);
    const snapshot: Workbook['snapshots'][number] = {
      id: 's-1',
      takenAt: now.toISOString(),
      network: { people: [person], ties: [] },
    };
    expect(isBlankWorkbook({ ...blank, snapshots: [snapshot] })).toBe(false);
  });
});
