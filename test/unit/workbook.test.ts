import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  MAX_FILE_BYTES,
  emptyWorkbook,
  migrations,
  readWorkbook,
  workbookFileName,
  writeWorkbook,
  type Workbook,
} from '../../src/core/workbook.ts';
import { mergeWorkbooks } from '../../src/core/merge.ts';

const now = new Date('2026-11-26T10:00:00.000Z');
const filled = (): Workbook => ({
  ...emptyWorkbook(now),
  answers: {
    'know-yourself': { success: 'Ship good science', 'needs-now': ['funding', 'visibility'] },
    'action-plan': { actions: [{ who: 'A peer', 'by-when': '2027-01-31' }] },
    'elevator-pitch': { clarity: 3 },
  },
  network: {
    people: [
      {
        id: 'p1',
        name: 'Dr Ana Ruiz',
        roles: ['developmental'],
        closeness: 'close',
        stage: 'above',
        source: 'department',
        status: 'current',
      },
      { id: 'p2', name: '李小龍', roles: ['peer', 'work-life'], closeness: 'distant' },
    ],
    ties: [['p1', 'p2']],
  },
});

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

describe('merging two tabs', () => {
  const base = filled();
  const edit = (wb: Workbook, sheet: string, field: string, value: any): Workbook => ({
    ...wb,
    answers: { ...wb.answers, [sheet]: { ...wb.answers[sheet], [field]: value } },
  });

  it('keeps both sides when they changed different fields', () => {
    const mine = edit(base, 'know-yourself', 'success', 'Mine');
    const theirs = edit(base, 'elevator-pitch', 'who', 'Theirs');
    const { merged, conflicts } = mergeWorkbooks(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.answers['know-yourself']!.success).toBe('Mine');
    expect(merged.answers['elevator-pitch']!.who).toBe('Theirs');
  });

  it('reports a field both changed differently and keeps the chosen side', () => {
    const mine = edit(base, 'know-yourself', 'success', 'Mine');
    const theirs = edit(base, 'know-yourself', 'success', 'Theirs');
    expect(mergeWorkbooks(base, mine, theirs)).toMatchObject({ conflicts: ['know-yourself/success'] });
    expect(mergeWorkbooks(base, mine, theirs).merged.answers['know-yourself']!.success).toBe('Mine');
    expect(mergeWorkbooks(base, mine, theirs, 'theirs').merged.answers['know-yourself']!.success).toBe(
      'Theirs',
    );
  });

  it('keeps a deletion made on one side', () => {
    const mine = {
      ...base,
      answers: { ...base.answers, 'know-yourself': { 'needs-now': ['funding', 'visibility'] } },
    };
    const { merged, conflicts } = mergeWorkbooks(base, mine, base);
    expect(conflicts).toEqual([]);
    expect(merged.answers['know-yourself']).toEqual({ 'needs-now': ['funding', 'visibility'] });
  });

  describe('people, by id', () => {
    const ana = base.network.people[0]!;
    const li = base.network.people[1]!;
    const cy = { id: 'p3', name: 'Cy', roles: ['peer'] };
    const dee = { id: 'p4', name: 'Dee', roles: ['mentee'] };
    const net = (
      wb: Workbook,
      people: Workbook['network']['people'],
      ties: [string, string][] = wb.network.ties,
    ) => ({ ...wb, network: { people, ties } });

    it('keeps a person added in each tab', () => {
      const { merged, conflicts } = mergeWorkbooks(base, net(base, [ana, li, cy]), net(base, [ana, li, dee]));
      expect(conflicts).toEqual([]);
      expect(merged.network.people.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    });

    it('keeps an edit in one tab and a removal in the other, of different people', () => {
      const mine = net(base, [{ ...ana, closeness: 'distant' }, li]);
      const theirs = net(base, [ana], []);
      const { merged, conflicts } = mergeWorkbooks(base, mine, theirs);
      expect(conflicts).toEqual([]);
      expect(merged.network).toEqual({ people: [{ ...ana, closeness: 'distant' }], ties: [] });
    });

    it('reports a person both tabs changed differently, and keeps mine', () => {
      const mine = net(base, [{ ...ana, name: 'Ana R.' }, li]);
      const theirs = net(base, [{ ...ana, name: 'A. Ruiz' }, li]);
      const { merged, conflicts } = mergeWorkbooks(base, mine, theirs);
      expect(conflicts).toEqual(['person/p1']);
      expect(merged.network.people[0]!.name).toBe('Ana R.');
    });

    it('follows a reorder made in the other tab', () => {
      const { merged } = mergeWorkbooks(base, net(base, [ana, li, cy]), net(base, [li, ana]));
      expect(merged.network.people.map((p) => p.id)).toEqual(['p2', 'p1', 'p3']);
    });

    it('merges ties as a set and drops ties to someone removed', () => {
      const b = net(base, [ana, li, cy], [['p1', 'p2']]);
      const mine = net(
        b,
        [ana, li, cy],
        [
          ['p1', 'p2'],
          ['p1', 'p3'],
        ],
      );
      const theirs = net(b, [ana, cy], []);
      const { merged, conflicts } = mergeWorkbooks(b, mine, theirs);
      expect(conflicts).toEqual([]);
      expect(merged.network).toEqual({ people: [ana, cy], ties: [['p1', 'p3']] });
      expect(readWorkbook(writeWorkbook(merged)).ok).toBe(true);
    });
  });
});
