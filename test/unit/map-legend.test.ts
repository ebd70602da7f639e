// core/map-legend.ts: the legend below the map, and the key when the map shows numbers.
import { describe, expect, it } from 'vitest';
import { legend, legendMarks, legendWidth, numberKey } from '../../src/core/map-legend.ts';
import { layoutMap } from '../../src/core/map-layout.ts';
import { SOURCES, STAGES } from '../../src/core/person.ts';
import { MAP_ROLES as ROLES, MAP_WORDS as words, mapNetwork } from './map-fixtures.ts';

const view = { x: -300, y: -300, width: 600, height: 700 };
const textsOf = (marks: { kind: string; text?: string }[]) =>
  marks.filter((m) => m.kind === 'text').map((m) => m.text);

describe('legend', () => {
  it('names every source with its colour and letter, every stage with its shape, planned people and the rings', () => {
    const { legend: l, bottom } = legend(words, words.change, view, 300, 16, new Set());
    expect(l.sources.entries.map((e) => e.source)).toEqual([...SOURCES, 'unknown']);
    expect(l.sources.entries.map((e) => e.letter.text)).toEqual(['D', 'I', 'E', 'P', '?']);
    expect(l.stages.entries.map((e) => e.stage)).toEqual([...STAGES, undefined]);
    const said = textsOf(legendMarks(l));
    for (const s of Object.values(words.sources)) expect(said).toContain(s.name);
    expect(said).toContain(words.potential);
    expect(said).toContain('Rings: Close · Moderate · Distant');
    expect(bottom).toBeGreaterThan(300);
  });

  it('explains ties and each kind of change only when the map shows them', () => {
    expect(legend(words, words.change, view, 300, 16, new Set()).legend.entries).toEqual([]);
    const shown = legend(words, words.change, view, 300, 16, new Set(['ties', 'gone', 'closer'] as const));
    expect(shown.legend.entries.map((e) => e.kind)).toEqual(['ties', 'gone', 'closer']);
    expect(shown.legend.entries.map((e) => e.name.text)).toEqual(['Know each other', 'Gone', 'Closer']);
  });

  it('needs more room at a larger text size', () => {
    expect(legendWidth(words, 24)).toBeGreaterThan(legendWidth(words, 12));
  });
});

describe('numberKey', () => {
  it('lists every numbered person once, in number order, with the note saying why', () => {
    const people = mapNetwork(25);
    const layout = layoutMap(people, ROLES, { numbers: true });
    const key = numberKey(layout, words, view, 400, 14);
    expect(key.note.text).toBe(words.key.note);
    expect(key.entries.map((e) => e.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    const byNumber = new Map(layout.people.map((p) => [p.number, p.name]));
    for (const e of key.entries) expect(e.name).toBe(byNumber.get(e.number));
    expect(key.bottom).toBeGreaterThan(400);
  });
});
