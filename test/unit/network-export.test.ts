import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  csvCell,
  exportWords,
  peopleCsv,
  tiesCsv,
  toGraphML,
  EGO_ID,
  type ExportWords,
} from '../../src/render/network-export.ts';
import { translator } from '../../src/core/i18n.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { constraint, effectiveSize } from '../../src/core/analysis/structure.ts';
import { PREFER_NOT_TO_SAY } from '../../src/core/person.ts';
import type { Person } from '../../src/core/workbook.ts';

const WORDS: ExportWords = { you: 'Me', preferNotToSay: 'prefer not to say', description: 'A test network.' };
const dir = mkdtempSync(join(tmpdir(), 'kit-graphml-'));
// Debian's python3 has Debian's python3-networkx; a python3 earlier on PATH may not.
const python = '/usr/bin/python3';

const people: Person[] = [
  {
    id: 'p1',
    name: 'Ana "the boss" <Ruiz> & co',
    roles: ['developmental', 'peer'],
    closeness: 'close',
    stage: 'above',
    source: 'department',
    supports: ['coaching', 'sponsorship'],
    since: 2019,
    status: 'current',
    background: { gender: 'woman', focus: PREFER_NOT_TO_SAY },
  },
  {
    id: 'p2',
    name: '=HYPERLINK("http://evil")',
    roles: ['skills'],
    closeness: 'moderate',
    notes: 'line one\nline two, with comma',
  },
  { id: 'p3', name: '李小龍', roles: ['peer'], closeness: 'distant', status: 'potential' },
  { id: 'p4', name: 'محمد علي', roles: ['mentee'] },
  { id: 'p5', name: 'Bo', roles: ['work-life'], closeness: 'close' },
];
const ties: [string, string][] = [
  ['p1', 'p2'],
  ['p2', 'p3'],
  ['p1', 'p3'],
  ['p4', 'p5'],
  ['p2', 'p1'],
  ['p1', 'p9'],
];

/** Reads a GraphML file with networkx and returns what it sees. */
function networkx(graphml: string) {
  const file = join(dir, `g${Math.random().toString(36).slice(2)}.graphml`);
  writeFileSync(file, graphml);
  const script = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
ego = ${JSON.stringify(EGO_ID)}
print(json.dumps({
  "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
  "labels": {n: d.get("label") for n, d in g.nodes(data=True)},
  "ego_flag": g.nodes[ego]["is_ego"], "since": g.nodes["p1"].get("since"),
  "weights": {v: d["weight"] for u, v, d in g.edges(ego, data=True)},
  "effective_size": nx.effective_size(g)[ego], "constraint": nx.constraint(g)[ego],
}, ensure_ascii=False))`;
  const r = spawnSync(python, ['-c', script, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

describe('GraphML read back by networkx', () => {
  it('has ego, every person with their attributes, and the ties', () => {
    const g = networkx(toGraphML({ people, ties }, WORDS));
    expect(g.nodes).toBe(6);
    expect(g.edges).toBe(5 + 4); // one edge from ego to each person, plus four distinct valid ties
    expect(g.labels.p1).toBe('Ana "the boss" <Ruiz> & co');
    expect(g.labels.p3).toBe('李小龍');
    expect(g.labels.ego).toBe('Me');
    expect(g.ego_flag).toBe(true);
    expect(g.since).toBe(2019);
    expect(g.weights).toEqual({ p1: 3, p2: 2, p3: 1, p4: 1, p5: 3 });
  });

  it('gives every edge a numeric weight, in networkx and in igraph', () => {
    const file = join(dir, 'weights.graphml');
    writeFileSync(file, toGraphML({ people, ties }, WORDS));
    const r = spawnSync(
      python,
      [
        '-c',
        `
import json, sys, math, networkx as nx, igraph as ig
g = nx.read_graphml(sys.argv[1])
h = ig.Graph.Read_GraphML(sys.argv[1])
print(json.dumps({
  "nx": sorted(d["weight"] for _, _, d in g.edges(data=True)),
  "ig": sorted(h.es["weight"]),
  "ig_nan": any(math.isnan(w) for w in h.es["weight"]),
  "ig_nodes": h.vcount(), "ig_edges": h.ecount(),
  "status": sorted(v["status"] for v in h.vs if v["status"]),
}))`,
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    const w = JSON.parse(r.stdout);
    expect(w.nx).toEqual([1, 1, 1, 1, 1, 1, 2, 3, 3]);
    expect(w.ig).toEqual(w.nx);
    expect(w.ig_nan).toBe(false);
    expect([w.ig_nodes, w.ig_edges]).toEqual([6, 9]);
    expect(w.status).toEqual(['current', 'current', 'current', 'current', 'potential']);
  });

  it('gives the same effective size and constraint as the kit', () => {
    const alters = people.map((p) => p.id);
    const g = networkx(toGraphML({ people, ties }, WORDS));
    expect(g.effective_size).toBeCloseTo(effectiveSize(alters, ties), 10);
    expect(g.constraint).toBeCloseTo(constraint(alters, ties), 10);
  });

  it.each([
    ['no ties', []],
    ['one tie', [['p1', 'p2']]],
    [
      'all three ties',
      [
        ['p1', 'p2'],
        ['p2', 'p3'],
        ['p1', 'p3'],
      ],
    ],
  ] as const)('agrees on the three-alter cases of docs/analysis.md: %s', (_what, t) => {
    const three = people.slice(0, 3);
    const g = networkx(toGraphML({ people: three, ties: t }, WORDS));
    expect(g.effective_size).toBeCloseTo(effectiveSize(['p1', 'p2', 'p3'], t), 10);
    expect(g.constraint).toBeCloseTo(constraint(['p1', 'p2', 'p3'], t), 10);
  });

  it('stays well-formed XML when a name holds control characters XML forbids', () => {
    const g = networkx(
      toGraphML({ people: [{ id: 'p1', name: 'Ana\u0007 Ruiz\u001b', roles: ['peer'] }], ties: [] }, WORDS),
    );
    expect(g.labels.p1).toBe('Ana Ruiz');
  });

  it('lists the same ties as ties.csv: each pair once, between two different people of the network', () => {
    const pairs = (xml: string) =>
      [...xml.matchAll(/source="(p\d)" target="(p\d)"/g)].map((m) => `${m[1]}-${m[2]}`);
    const csv = tiesCsv({ people, ties })
      .split('\r\n')
      .filter((l) => l.endsWith(',alter,1'))
      .map((l) => l.split(',').slice(0, 2).join('-'));
    expect(pairs(toGraphML({ people, ties }, WORDS))).toEqual(['p1-p2', 'p2-p3', 'p1-p3', 'p4-p5']);
    expect(csv).toEqual(['p1-p2', 'p2-p3', 'p1-p3', 'p4-p5']);
  });

  it('declares every attribute it uses with a key', () => {
    const xml = toGraphML({ people, ties }, WORDS);
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    expect([...used].filter((k) => !declared.has(k))).toEqual([]);
  });
});

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('Ana, PhD')).toBe('"Ana, PhD"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(undefined)).toBe('');
  });

  it("writes people and ties that Python's csv module reads back", () => {
    const file = join(dir, 'people.csv');
    writeFileSync(file, peopleCsv({ people, ties }, WORDS));
    writeFileSync(join(dir, 'ties.csv'), tiesCsv({ people, ties }));
    const r = spawnSync(
      python,
      [
        '-c',
        `
import csv, json, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f: people = list(csv.DictReader(f))
with open(sys.argv[2], encoding="utf-8-sig", newline="") as f: ties = list(csv.DictReader(f))
print(json.dumps({"people": people, "ties": ties}, ensure_ascii=False))`,
        file,
        join(dir, 'ties.csv'),
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    const { people: rows, ties: tieRows } = JSON.parse(r.stdout);
    expect(rows).toHaveLength(5);
    expect(rows[0].label).toBe('Ana "the boss" <Ruiz> & co');
    expect(rows[0].roles).toBe('developmental;peer');
    expect(rows[1].label).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[1].notes).toBe('line one\nline two, with comma');
    // The stored marker is written as words a reader understands.
    expect(rows[0].background_focus).toBe('prefer not to say');
    expect(rows.map((r: { status: string }) => r.status)).toEqual([
      'current',
      'current',
      'potential',
      'current',
      'current',
    ]);
    expect(tieRows.filter((t: { kind: string }) => t.kind === 'alter')).toHaveLength(4);
    expect(
      tieRows.filter((t: { kind: string }) => t.kind === 'ego').map((t: { weight: string }) => t.weight),
    ).toEqual(['3', '2', '1', '1', '3']);
    expect(
      tieRows.filter((t: { kind: string }) => t.kind === 'alter').map((t: { weight: string }) => t.weight),
    ).toEqual(['1', '1', '1', '1']);
  });

  it('quotes a cell holding ";", and starts no cell with a formula when read with ";" as the separator', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('x;=1+1')).toBe(`"x;'=1+1"`);
    expect(csvCell('one\n@two')).toBe(`"one\n'@two"`);
    const tricky: Person[] = [
      {
        id: 'p1',
        name: 'Ana;=cmd|calc',
        roles: ['peer', 'skills'],
        notes: 'first\n=SUM(A1);+1',
        status: 'potential',
      },
      { id: 'p2', name: 'Bo, "the"; boss', roles: ['peer'] },
    ];
    const file = join(dir, 'tricky.csv');
    writeFileSync(file, peopleCsv({ people: tricky, ties: [] }, WORDS));
    const r = spawnSync(
      python,
      [
        '-c',
        `
import csv, json, sys
out = {}
for sep in [",", ";"]:
    with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
        out[sep] = list(csv.reader(f, delimiter=sep))
print(json.dumps(out, ensure_ascii=False))`,
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    const read = JSON.parse(r.stdout) as Record<string, string[][]>;
    // With ",", every value comes back whole.
    const [head, ...rows] = read[',']!;
    const at = (row: string[], col: string) => row[head!.indexOf(col)];
    expect(at(rows[0]!, 'label')).toBe("Ana;'=cmd|calc");
    expect(at(rows[0]!, 'notes')).toBe("first\n'=SUM(A1);'+1");
    expect(at(rows[1]!, 'label')).toBe('Bo, "the"; boss');
    expect(rows.every((row) => row.length === head!.length)).toBe(true);
    // With ";", cells split, but none starts with a formula character.
    const cells = read[';']!.flat().map((c) => c.replace(/^"/, ''));
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });

  it('says in words how many people are current and how many planned', () => {
    const t = translator(parse(readFileSync('content/ui/en.yaml', 'utf8')) as Record<string, string>, 'en');
    const words = exportWords({ people, ties }, t);
    expect(words.description).toContain('4 current, 1 planned');
    expect(words.preferNotToSay).toBe('Prefer not to say');
    const es = translator(parse(readFileSync('content/ui/es.yaml', 'utf8')) as Record<string, string>, 'es');
    expect(exportWords({ people, ties }, es).description).toContain('4 actuales, 1 prevista');
    expect(toGraphML({ people, ties }, words)).toContain('<desc>Mentoring network: 4 current, 1 planned.');
  });
});
