import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n.ts';
import { decodeWorkbookBytes, writeWorkbook, type Workbook } from '../../src/core/workbook.ts';
import { readWorkbook } from '../../src/core/workbook-schema.ts';
import { refusalText } from '../../src/core/workbook-refusal.ts';
import { filled } from './workbook-fixtures.ts';

const ui = (locale: string) =>
  translator(parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8')) as Record<string, string>, locale);
const [en, es] = [ui('en'), ui('es')];
const ROLES = (parse(readFileSync('content/roles.yaml', 'utf8')) as { id: string }[]).map((r) => r.id);

/** The refusal of a file made from the fixture with one change, in both languages. */
function refusal(change: (d: any) => void): { en: string; es: string } {
  const doc = JSON.parse(writeWorkbook(filled()));
  change(doc);
  const result = readWorkbook(JSON.stringify(doc), { roles: ROLES });
  if (result.ok) throw new Error('accepted');
  return {
    en: refusalText(en, result.error, 'a.json', ROLES),
    es: refusalText(es, result.error, 'a.json', ROLES),
  };
}

describe('a refused file says what, where and how to fix it, in the page’s language', () => {
  it('10,000 people: "more than 500 people", and how to get under it', () => {
    const text = refusal((d) => {
      d.network.people = Array.from({ length: 10_000 }, (_, i) => ({
        id: `p${i}`,
        name: 'X',
        roles: ['peer'],
      }));
      d.network.ties = [];
    });
    expect(text.en).toBe(
      '“a.json” cannot be opened. Where: its list of people. Problem: more than 500 people, the most one network holds. Remove people in the file until at most 500 remain, or keep them in two workbooks.',
    );
    expect(text.es).toContain('más de 500 personas');
    expect(text.es).toContain('Dónde: su lista de personas');
  });

  it('names the person by number and name, and the field in words', () => {
    const text = refusal((d) => (d.network.people[1].since = 1800));
    expect(text.en).toContain('Where: person 2 in the list (“李小龍”), the year you have known them since');
    expect(text.en).toContain('a number below 1900');
    expect(text.es).toContain('Dónde: la persona 2 de la lista («李小龍»), el año desde el que la conoces');
    expect(text.es).toContain('un número menor que 1900');
  });

  it('an unknown role is refused by name, with the roles this kit has', () => {
    const text = refusal((d) => (d.network.people[0].roles = ['astronaut']));
    expect(text.en).toContain('the role “astronaut”, which this kit does not have');
    expect(text.en).toContain('“developmental”');
    expect(text.es).toContain('el rol «astronaut», que este kit no tiene');
  });

  it('unknown supports, background questions and second roles are refused by name, never dropped', () => {
    expect(refusal((d) => (d.network.people[0].supports = ['coaching', 'bribery'])).en).toContain(
      '“bribery”, a kind of support this kit does not know',
    );
    expect(refusal((d) => (d.network.people[0].background = { shoe: '42' })).en).toContain(
      '“shoe”, a background question this kit does not ask',
    );
    expect(refusal((d) => (d.network.people[1].roles = ['peer', 'janitor'])).en).toContain('“janitor”');
    expect(
      refusal(
        (d) =>
          (d.snapshots = [
            {
              id: 's1',
              takenAt: d.createdAt,
              network: { people: [{ id: 'p1', name: 'A', roles: ['x'] }], ties: [] },
            },
          ]),
      ).en,
    ).toContain('person 1 in the list (“A”), their roles, in snapshot 1');
  });

  it('the rules name their limits and choices', () => {
    expect(refusal((d) => (d.network.people[0].closeness = 'very')).en).toContain(
      'expects one of “close”, “moderate”, and “distant”',
    );
    expect(refusal((d) => (d.network.people[0].age = 40)).en).toContain(
      '“age”, which this kit does not know',
    );
    expect(refusal((d) => (d.network.people[0].name = 'x'.repeat(101))).en).toContain(
      'longer than 100 characters',
    );
    expect(refusal((d) => (d.network.people[0].roles = [])).en).toContain(
      'no entry, where at least one is needed',
    );
    expect(refusal((d) => (d.network.people[1].id = 'p1')).en).toContain('the id “p1”, which another person');
    expect(refusal((d) => (d.network.ties = [['p1', 'p9']])).en).toContain(
      'Where: tie 1 in the list of who knows whom',
    );
    expect(refusal((d) => (d.createdAt = 'yesterday')).es).toContain('la fecha en que se empezó');
    // A table row with a number in a cell: the row and the rule, not "an answer of the wrong kind".
    expect(refusal((d) => (d.answers['action-plan'].actions = [{ who: 'x' }, { who: 3 }])).en).toContain(
      'Where: entry 2 of the answer to “actions” in worksheet “action-plan”',
    );
  });

  it('a file that is not JSON says where it stops being JSON', () => {
    const result = readWorkbook('{\n  "schemaVersion": 3,\n  oops\n}');
    expect(result).toMatchObject({ ok: false, error: { code: 'not-json', line: 3 } });
    if (result.ok) return;
    expect(refusalText(es, result.error, 'a.json')).toMatch(/línea 3, columna \d+/);
  });

  it('no refusal carries zod’s words, a brace, or English on the Spanish page', () => {
    const changes: ((d: any) => void)[] = [
      (d) => (d.answers = []),
      (d) => (d.network = null),
      (d) => (d.snapshots = [{}]),
      (d) => (d.network.people[0].status = 'gone'),
      (d) => (d.extra = 1),
    ];
    for (const change of changes) {
      const text = refusal(change);
      expect(text.en).not.toMatch(/Invalid input|[{}]/);
      expect(text.es).not.toMatch(/Invalid input|[{}]|Where:|Problem:|cannot/);
    }
  });
});

describe('file encodings', () => {
  const wb: Workbook = {
    ...filled(),
    network: { people: [{ id: 'p1', name: 'José Muñoz', roles: ['peer'] }], ties: [] },
  };

  it('reads UTF-8 as UTF-8', () => {
    const { text, encoding } = decodeWorkbookBytes(new TextEncoder().encode(writeWorkbook(wb)));
    expect(encoding).toBe('utf-8');
    expect(readWorkbook(text)).toMatchObject({ ok: true });
  });

  it('reads Latin-1 as Windows-1252, keeping é and ñ, and says it guessed', () => {
    const latin1 = Uint8Array.from([...writeWorkbook(wb)].map((c) => c.charCodeAt(0)));
    const { text, encoding } = decodeWorkbookBytes(latin1);
    expect(encoding).toBe('windows-1252');
    const result = readWorkbook(text);
    expect(result.ok && result.workbook.network.people[0]!.name).toBe('José Muñoz');
  });

  it('reads UTF-16 with its byte order mark', () => {
    const s = '\uFEFF' + writeWorkbook(wb);
    const bytes = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      bytes[i * 2] = s.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = s.charCodeAt(i) >> 8;
    }
    const { text, encoding } = decodeWorkbookBytes(bytes);
    expect(encoding).toBe('utf-16');
    expect(readWorkbook(text)).toMatchObject({ ok: true });
  });
});
