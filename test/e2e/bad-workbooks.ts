// Bad workbook files, one per kind of damage, made in the test from a good workbook: the browser
// suite opens each and expects a refusal that names the place and the rule, in the page's language.
import { emptyWorkbook, writeWorkbook, type Workbook } from '../../src/core/workbook.ts';

const good = (): Workbook => ({
  ...emptyWorkbook(new Date('2026-11-26T10:00:00.000Z')),
  answers: {
    'know-yourself': { success: 'Ship good science', 'needs-now': ['funding'] },
    'action-plan': { actions: [{ who: 'A peer', 'by-when': '2027-01-31' }] },
    'elevator-pitch': { clarity: 3 },
  },
  network: {
    people: [
      { id: 'p1', name: 'Ana Ruiz', roles: ['developmental'], closeness: 'close' },
      { id: 'p2', name: 'José', roles: ['peer', 'work-life'] },
    ],
    ties: [['p1', 'p2']],
  },
});

/** What the refusal must say: a phrase naming the place and one naming the rule, per language. */
export interface Expect {
  place: string;
  rule: string;
}

export interface BadFile {
  kind: string;
  bytes: Uint8Array;
  en: Expect;
  es: Expect;
}

const text = (s: string) => new TextEncoder().encode(s);

/** The good workbook changed as parsed JSON. */
const changed = (change: (d: any) => void) => {
  const doc = JSON.parse(writeWorkbook(good()));
  change(doc);
  return text(JSON.stringify(doc, null, 2));
};

type Row = [kind: string, bytes: Uint8Array, en: [string, string], es: [string, string]];

/** A case of the first person's fields: the place is that person and the field's words. */
const personCase = (
  kind: string,
  change: (p: any) => void,
  field: [en: string, es: string],
  rule: [en: string, es: string],
): Row => [
  kind,
  changed((d) => change(d.network.people[0])),
  // A broken name is not repeated back; any other field's person is named.
  [`person 1 in the list${field === NAME ? '' : ' (“Ana Ruiz”)'}, ${field[0]}`, rule[0]],
  [`la persona 1 de la lista${field === NAME ? '' : ' («Ana Ruiz»)'}, ${field[1]}`, rule[1]],
];

const NAME: [string, string] = ['their name', 'su nombre'];
const ROLES: [string, string] = ['their roles', 'sus roles'];
const SINCE: [string, string] = ['the year you have known them since', 'el año desde el que la conoces'];
const WRONG: [string, string] = ['a value of the wrong kind', 'un valor de un tipo que no corresponde'];
const CHOICE: [string, string] = [
  'a value this kit does not know; it expects one of',
  'un valor que este kit no conoce',
];
const FILE: [string, string] = ['the file as a whole', 'el archivo en su conjunto'];

const rows: Row[] = [
  [
    'an empty file',
    text(''),
    ['is empty', 'Choose the file the kit downloaded'],
    ['está vacío', 'Elige el archivo'],
  ],
  ['only spaces and newlines', text('  \n\n '), ['is empty', 'Choose'], ['está vacío', 'Elige']],
  [
    'plain text',
    text('hello'),
    ['is not a workbook file', 'it is not JSON'],
    ['no es un archivo de cuaderno', 'no es JSON'],
  ],
  [
    'a workbook cut off halfway',
    text(writeWorkbook(good()).slice(0, 200)),
    ['line ', 'stops being JSON'],
    ['línea ', 'deja de ser JSON'],
  ],
  [
    'a trailing comma',
    text('{\n  "schemaVersion": 3,\n}'),
    ['line 3, column 1', 'stops being JSON'],
    ['línea 3, columna 1', 'deja de ser JSON'],
  ],
  [
    'binary data (a PNG header)',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]),
    ['is not a workbook file', 'it is not JSON'],
    ['no es un archivo de cuaderno', 'no es JSON'],
  ],
  [
    'UTF-16 without a byte order mark',
    Uint8Array.from([...'{"a":1}'].flatMap((c) => [c.charCodeAt(0), 0])),
    ['line 1, column 2', 'JSON'],
    ['línea 1, columna 2', 'JSON'],
  ],
  [
    'a JSON list',
    text('[]'),
    ['version number (schemaVersion)', 'not a workbook'],
    ['número de versión (schemaVersion)', 'no es un cuaderno'],
  ],
  [
    'a JSON string',
    text('"workbook"'),
    ['schemaVersion', 'not a workbook'],
    ['schemaVersion', 'no es un cuaderno'],
  ],
  ['JSON null', text('null'), ['schemaVersion', 'not a workbook'], ['schemaVersion', 'no es un cuaderno']],
  [
    'an object without a version',
    text('{"answers": {}}'),
    ['schemaVersion', 'not a workbook'],
    ['schemaVersion', 'no es un cuaderno'],
  ],
  [
    'a version written as text',
    changed((d) => (d.schemaVersion = '3')),
    ['version number (schemaVersion)', 'whole number such as 3'],
    ['número de versión (schemaVersion)', 'número entero como 3'],
  ],
  [
    'version 0',
    changed((d) => (d.schemaVersion = 0)),
    ['schemaVersion', 'whole number'],
    ['schemaVersion', 'número entero'],
  ],
  [
    'version 2.5',
    changed((d) => (d.schemaVersion = 2.5)),
    ['schemaVersion', 'whole number'],
    ['schemaVersion', 'número entero'],
  ],
  [
    'a newer version',
    changed((d) => (d.schemaVersion = 99)),
    ['newer version of the kit (version 99)', 'Use that version'],
    ['versión más reciente del kit (versión 99)', 'Usa esa versión'],
  ],
  [
    'more than 5 MB',
    text(`{"schemaVersion": 3, "pad": "${'x'.repeat(5 * 1024 * 1024)}"}`),
    ['too large', 'over 5 MB'],
    ['demasiado grande', 'más de 5 MB'],
  ],
  [
    'a creation date that is not a date',
    changed((d) => (d.createdAt = 'yesterday')),
    ['the date it was started (createdAt)', 'year-month-day'],
    ['la fecha en que se empezó (createdAt)', 'año-mes-día'],
  ],
  [
    'no date of the last change',
    changed((d) => delete d.updatedAt),
    ['the date it was last changed (updatedAt)', WRONG[0]],
    ['la fecha del último cambio (updatedAt)', WRONG[1]],
  ],
  [
    'an unknown part at the top',
    changed((d) => (d.extra = 1)),
    [FILE[0], '“extra”, which this kit does not know'],
    [FILE[1], '«extra», que este kit no conoce'],
  ],
  [
    'a __proto__ key',
    text(writeWorkbook(good()).replace('{', '{"__proto__": {"polluted": true},')),
    [FILE[0], '“__proto__”, which this kit does not know'],
    [FILE[1], '«__proto__», que este kit no conoce'],
  ],
  [
    'answers as a list',
    changed((d) => (d.answers = [])),
    ['its answers', WRONG[0]],
    ['sus respuestas', WRONG[1]],
  ],
  [
    'a worksheet id with capitals and spaces',
    changed((d) => (d.answers['Know Yourself'] = {})),
    ['the answers to worksheet “Know Yourself”', 'an id not written in lowercase'],
    ['las respuestas a la hoja «Know Yourself»', 'un identificador que no está escrito con minúsculas'],
  ],
  [
    'an answer that is true',
    changed((d) => (d.answers['know-yourself'].success = true)),
    ['the answer to “success” in worksheet “know-yourself”', WRONG[0]],
    ['la respuesta a «success» en la hoja «know-yourself»', WRONG[1]],
  ],
  [
    'an answer that is an object',
    changed((d) => (d.answers['know-yourself'].success = { text: 'x' })),
    ['the answer to “success”', WRONG[0]],
    ['la respuesta a «success»', WRONG[1]],
  ],
  [
    'an answer of 20,001 characters',
    changed((d) => (d.answers['know-yourself'].success = 'x'.repeat(20_001))),
    ['the answer to “success”', 'longer than 20000 characters'],
    ['la respuesta a «success»', 'más de 20000 caracteres'],
  ],
  [
    'a list of 201 entries',
    changed((d) => (d.answers['know-yourself']['needs-now'] = Array(201).fill('funding'))),
    ['the answer to “needs-now”', 'more than 200 entries'],
    ['la respuesta a «needs-now»', 'más de 200 elementos'],
  ],
  [
    'a table of 101 rows',
    changed((d) => (d.answers['action-plan'].actions = Array(101).fill({ who: 'x' }))),
    ['the answer to “actions”', 'more than 100 entries'],
    ['la respuesta a «actions»', 'más de 100 elementos'],
  ],
  [
    'a table cell that is a number',
    changed((d) => d.answers['action-plan'].actions.push({ who: 3 })),
    ['entry 2 of the answer to “actions” in worksheet “action-plan”', WRONG[0]],
    ['la entrada 2 de la respuesta a «actions» en la hoja «action-plan»', WRONG[1]],
  ],
  [
    'a level of 101',
    changed((d) => (d.answers['elevator-pitch'].clarity = 101)),
    ['the answer to “clarity”', 'a number above 100'],
    ['la respuesta a «clarity»', 'un número mayor que 100'],
  ],
  [
    'a level of -1',
    changed((d) => (d.answers['elevator-pitch'].clarity = -1)),
    ['the answer to “clarity”', 'a number below 0'],
    ['la respuesta a «clarity»', 'un número menor que 0'],
  ],
  ['no network', changed((d) => delete d.network), ['its network', WRONG[0]], ['su red', WRONG[1]]],
  [
    'people that are not a list',
    changed((d) => (d.network.people = {})),
    ['its list of people', WRONG[0]],
    ['su lista de personas', WRONG[1]],
  ],
  [
    '10,000 people',
    changed((d) => {
      d.network.people = Array.from({ length: 10_000 }, (_, i) => ({
        id: `p${i}`,
        name: `P${i}`,
        roles: ['peer'],
      }));
      d.network.ties = [];
    }),
    ['its list of people', 'more than 500 people'],
    ['su lista de personas', 'más de 500 personas'],
  ],
  personCase('a person without an id', (p) => delete p.id, ['their id', 'su identificador'], WRONG),
  personCase(
    'an id with spaces',
    (p) => (p.id = 'p 1'),
    ['their id', 'su identificador'],
    ['an id not written in lowercase', 'un identificador que no está escrito'],
  ),
  personCase(
    'an id of 65 characters',
    (p) => (p.id = 'p'.repeat(65)),
    ['their id', 'su identificador'],
    ['an id not written in lowercase', 'un identificador que no está escrito'],
  ),
  [
    'two people with one id',
    changed((d) => (d.network.people[1].id = 'p1')),
    ['person 2 in the list (“José”), their id', 'the id “p1”, which another person'],
    [
      'la persona 2 de la lista («José»), su identificador',
      'el identificador «p1», que ya tiene otra persona',
    ],
  ],
  personCase('an empty name', (p) => (p.name = ''), NAME, [
    'an empty text, where one is needed',
    'un texto vacío donde hace falta uno',
  ]),
  personCase('a name of spaces', (p) => (p.name = '   '), NAME, ['only spaces', 'solo de espacios']),
  personCase('a name of a zero-width space', (p) => (p.name = '\u200B'), NAME, [
    'invisible characters',
    'caracteres invisibles',
  ]),
  personCase('a name with a control character', (p) => (p.name = 'Ana\u0007'), NAME, [
    'control characters',
    'caracteres de control',
  ]),
  personCase('a name of 101 characters', (p) => (p.name = 'x'.repeat(101)), NAME, [
    'longer than 100 characters',
    'más de 100 caracteres',
  ]),
  personCase('a name that is a number', (p) => (p.name = 42), NAME, WRONG),
  personCase('no role', (p) => (p.roles = []), ROLES, [
    'no entry, where at least one is needed',
    'ningún elemento',
  ]),
  personCase('ten roles', (p) => (p.roles = Array(10).fill('peer')), ROLES, [
    'more than 9 entries',
    'más de 9 elementos',
  ]),
  personCase('a role the kit does not have', (p) => (p.roles = ['astronaut']), ROLES, [
    'the role “astronaut”, which this kit does not have',
    'el rol «astronaut», que este kit no tiene',
  ]),
  personCase('a second role the kit does not have', (p) => (p.roles = ['peer', 'janitor']), ROLES, [
    'the role “janitor”',
    'el rol «janitor»',
  ]),
  personCase(
    'a kind of support the kit does not know',
    (p) => (p.supports = ['coaching', 'bribery']),
    ['the support they give', 'el apoyo que da'],
    [
      '“bribery”, a kind of support this kit does not know',
      '«bribery», un tipo de apoyo que este kit no conoce',
    ],
  ),
  personCase(
    '21 kinds of support',
    (p) => (p.supports = Array(21).fill('coaching')),
    ['the support they give', 'el apoyo que da'],
    ['more than 20 entries', 'más de 20 elementos'],
  ),
  personCase(
    'a background question the kit does not ask',
    (p) => (p.background = { shoe: '42' }),
    ['their background', 'su perfil'],
    [
      '“shoe”, a background question this kit does not ask',
      '«shoe», una pregunta de perfil que este kit no hace',
    ],
  ),
  personCase(
    'a background answer of 101 characters',
    (p) => (p.background = { gender: 'x'.repeat(101) }),
    ['their background', 'su perfil'],
    ['longer than 100 characters', 'más de 100 caracteres'],
  ),
  personCase(
    'a closeness the kit does not know',
    (p) => (p.closeness = 'very'),
    ['how close they are', 'su cercanía'],
    CHOICE,
  ),
  personCase(
    'a career stage the kit does not know',
    (p) => (p.stage = 'higher'),
    ['their career stage', 'su etapa profesional'],
    CHOICE,
  ),
  personCase(
    'a source the kit does not know',
    (p) => (p.source = 'moon'),
    ['where they come from', 'de dónde procede'],
    CHOICE,
  ),
  personCase(
    'a status the kit does not know',
    (p) => (p.status = 'maybe'),
    ['their status', 'su estado'],
    CHOICE,
  ),
  personCase('a year of 1800', (p) => (p.since = 1800), SINCE, [
    'a number below 1900',
    'un número menor que 1900',
  ]),
  personCase('a year of 2300', (p) => (p.since = 2300), SINCE, [
    'a number above 2200',
    'un número mayor que 2200',
  ]),
  personCase('a year written as text', (p) => (p.since = '1999'), SINCE, WRONG),
  personCase(
    'notes of 2,001 characters',
    (p) => (p.notes = 'x'.repeat(2001)),
    ['the notes about them', 'las notas sobre esa persona'],
    ['longer than 2000 characters', 'más de 2000 caracteres'],
  ),
  [
    'a field the kit does not know on a person',
    changed((d) => (d.network.people[0].age = 40)),
    ['person 1 in the list (“Ana Ruiz”)', '“age”, which this kit does not know'],
    ['la persona 1 de la lista («Ana Ruiz»)', '«age», que este kit no conoce'],
  ],
  [
    'a tie to someone not in the list',
    changed((d) => (d.network.ties = [['p1', 'p9']])),
    ['tie 1 in the list of who knows whom', 'someone who is not in the list of people'],
    ['el vínculo 1 de la lista de quién conoce a quién', 'alguien que no está en la lista de personas'],
  ],
  [
    'a person tied to themselves',
    changed(
      (d) =>
        (d.network.ties = [
          ['p1', 'p2'],
          ['p2', 'p2'],
        ]),
    ),
    ['tie 2 in the list of who knows whom', 'from a person to themselves'],
    ['el vínculo 2 de la lista', 'de una persona consigo misma'],
  ],
  [
    'a tie of three people',
    changed((d) => (d.network.ties = [['p1', 'p2', 'p1']])),
    ['tie 1 in the list of who knows whom', 'more than 2 entries'],
    ['el vínculo 1', 'más de 2 elementos'],
  ],
  [
    'snapshots that are not a list',
    changed((d) => (d.snapshots = 'none')),
    ['its snapshots', WRONG[0]],
    ['sus instantáneas', WRONG[1]],
  ],
  [
    'a snapshot without a date',
    changed((d) => (d.snapshots = [{ id: 's1', network: d.network }])),
    ['snapshot 1, “takenAt”', WRONG[0]],
    ['la instantánea 1, «takenAt»', WRONG[1]],
  ],
  [
    'a snapshot naming a role the kit does not have',
    changed(
      (d) =>
        (d.snapshots = [
          {
            id: 's1',
            takenAt: d.createdAt,
            network: { people: [{ id: 'q', name: 'Bo', roles: ['x'] }], ties: [] },
          },
        ]),
    ),
    ['person 1 in the list (“Bo”), their roles, in snapshot 1', 'the role “x”'],
    ['la persona 1 de la lista («Bo»), sus roles, en la instantánea 1', 'el rol «x»'],
  ],
  [
    'a snapshot label of 201 characters',
    changed(
      (d) => (d.snapshots = [{ id: 's1', takenAt: d.createdAt, label: 'x'.repeat(201), network: d.network }]),
    ),
    ['snapshot 1, “label”', 'longer than 200 characters'],
    ['la instantánea 1, «label»', 'más de 200 caracteres'],
  ],
  [
    'a version-1 file with a bad answer',
    text(
      JSON.stringify({ schemaVersion: 1, updatedAt: '2026-01-01T00:00:00Z', answers: { s: { f: null } } }),
    ),
    ['the answer to “f” in worksheet “s”', WRONG[0]],
    ['la respuesta a «f» en la hoja «s»', WRONG[1]],
  ],
];

/** Every kind of bad file, each with a name of its own (`bad-NN.json`). */
export const BAD_FILES: BadFile[] = rows.map(([kind, bytes, en, es]) => ({
  kind,
  bytes,
  en: { place: en[0], rule: en[1] },
  es: { place: es[0], rule: es[1] },
}));
