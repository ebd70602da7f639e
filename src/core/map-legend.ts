// The map's legend and, when the map shows numbers, its key: what each colour, letter, shape, line
// and mark means, and who each number is, laid out below the circle. Pure; part of the scene.
import type { NetworkChange } from './analysis/findings.ts';
import { RINGS, textWidth, wrapLabel, type Box, type MapLayout } from './map-layout.ts';
import {
  CHANGE,
  GHOST,
  INK,
  PAPER,
  SOURCE_STYLE,
  TIE_STROKE,
  boldWidth,
  circle,
  diamond,
  pathNumber as n,
  shapePath,
  text,
  type SceneCircle,
  type SceneMark,
  type ScenePath,
  type SceneShape,
  type SceneText,
  type Stroke,
} from './map-marks.ts';
import type { ChangeKind, MapWords } from './map-scene.ts';
import { SOURCES, STAGES, type Source, type Stage } from './person.ts';

export interface SceneLegendEntry {
  kind: 'ties' | ChangeKind;
  marks: SceneShape[];
  name: SceneText;
}

export interface SceneLegend {
  /** The size and colour of the legend's plain texts (a renderer may set them once). */
  size: number;
  ink: string;
  sources: {
    heading: SceneText;
    entries: { source: Source | 'unknown'; mark: SceneCircle; letter: SceneText; name: SceneText }[];
  };
  stages: { heading: SceneText; entries: { stage: Stage | undefined; mark: ScenePath; name: SceneText }[] };
  planned: { mark: ScenePath; name: SceneText };
  /** The ring names in one line, innermost first. */
  rings: SceneText;
  /** Ties and each kind of change shown, only when shown. */
  entries: SceneLegendEntry[];
}

/** One entry of the key when the map shows numbers. */
export interface SceneKeyEntry {
  number: number;
  name: string;
  /** The number and the name's lines, as drawn below the legend. */
  marks: SceneText[];
}

export function legendWidth(words: MapWords, size: number): number {
  const column = (heading: string, names: string[]) =>
    Math.max(boldWidth(heading, size), 2 * size + Math.max(...names.map((w) => textWidth(w, size))));
  const sources = column(
    words.legend.sources,
    Object.values(words.sources).map((s) => s.name),
  );
  const stages = column(words.legend.stages, [...Object.values(words.stages), words.potential]);
  const rings = textWidth(ringsLine(words), size);
  return Math.max(2 * Math.max(sources, stages), rings) + 2 * size;
}
/** Half the width the change entries need (two columns, like the legend). */
export function changeWidth(words: MapWords, change: NetworkChange | undefined, size: number): number {
  if (!change) return 0;
  return 2 * size + Math.max(...Object.values(words.change).map((w) => textWidth(w, size))) + 2 * size;
}
const ringsLine = (words: MapWords) =>
  `${words.legend.rings} ${RINGS.map((r) => words.rings[r]).join(' · ')}`;

/** A tie, straight unless it would pass within reach of "you"; then bent around the centre. */
export function legend(
  words: MapWords,
  changeWords: Record<ChangeKind, string>,
  view: Box,
  top: number,
  s: number,
  shown: ReadonlySet<SceneLegendEntry['kind']>,
): { legend: SceneLegend; bottom: number } {
  const x = view.x + s;
  const x2 = view.x + view.width / 2;
  const step = s * 1.75;
  const row = (i: number) => top + s + (i + 1) * step;
  const outline: Stroke = { colour: INK, width: 1.5 };
  const mark = s * 0.62;
  const heading = (at: number, words: string) => text(at, top + s, words, { bold: true, size: s });
  const name = (at: number, y: number, words: string) => text(at + 2 * s, y, words, { size: s });
  const symbol = (stage: Stage | undefined, i: number, dash?: number[]): ScenePath => ({
    kind: 'path',
    d: shapePath(stage, x2 + mark, row(i) - s * 0.33, mark),
    fill: PAPER,
    stroke: { ...outline, ...(dash ? { dash } : {}) },
  });
  const kinds = (['ties', 'added', 'gone', 'closer', 'farther', 'roleChanged'] as const).filter((k) =>
    shown.has(k),
  );
  const entries = kinds.map((kind, i): SceneLegendEntry => {
    const at = i % 2 ? x2 : x;
    const y = row(6 + Math.floor(i / 2)) + s * 0.2;
    const [cx, cy] = [at + mark, y - s * 0.33];
    const marks: SceneShape[] =
      kind === 'ties'
        ? [{ kind: 'path', d: `M${n(at)} ${n(cy)}L${n(at + 1.5 * s)} ${n(cy)}`, stroke: TIE_STROKE }]
        : kind === 'added'
          ? [circle(cx, cy, mark, { stroke: { colour: CHANGE, width: 2.5 } })]
          : kind === 'gone'
            ? [circle(cx, cy, mark, { stroke: { colour: GHOST, width: 1.5, dash: [3, 3] } })]
            : kind === 'roleChanged'
              ? [diamond(cx, cy, mark * 0.7)]
              : legendArrow(at, cy, 1.5 * s, kind === 'closer');
    return { kind, marks, name: name(at, y, kind === 'ties' ? words.legend.ties : changeWords[kind]) };
  });
  const bottom =
    row(6 + Math.ceil(kinds.length / 2) - (kinds.length ? 1 : 0)) + s * (kinds.length ? 0.8 : -0.4);
  return {
    bottom,
    legend: {
      size: s,
      ink: INK,
      sources: {
        heading: heading(x, words.legend.sources),
        entries: [...SOURCES, 'unknown' as const].map((source, i) => ({
          source,
          mark: circle(x + mark, row(i) - s * 0.33, mark, {
            fill: SOURCE_STYLE[source].fill,
            stroke: outline,
          }),
          letter: text(x + mark, row(i) - s * 0.33 + s * 0.26, words.sources[source].letter, {
            anchor: 'middle',
            size: Math.round(s * 0.7),
            bold: true,
            fill: SOURCE_STYLE[source].ink,
          }),
          name: name(x, row(i), words.sources[source].name),
        })),
      },
      stages: {
        heading: heading(x2, words.legend.stages),
        entries: [...STAGES, undefined].map((stage, i) => ({
          stage,
          mark: symbol(stage, i),
          name: name(x2, row(i), words.stages[stage ?? 'unknown']),
        })),
      },
      planned: { mark: symbol('same', 4, [3, 2]), name: name(x2, row(4), words.potential) },
      rings: text(x, row(5) + s * 0.2, ringsLine(words), { size: s }),
      entries,
    },
  };
}

/** A short arrow for the legend: pointing left for closer (towards you), right for farther. */
function legendArrow(x: number, y: number, length: number, closer: boolean): ScenePath[] {
  const [tip, tail] = closer ? [x, x + length] : [x + length, x];
  const back = tip + (closer ? 6 : -6);
  return [
    { kind: 'path', d: `M${n(tail)} ${n(y)}L${n(back)} ${n(y)}`, stroke: { colour: CHANGE, width: 2.5 } },
    { kind: 'path', d: `M${n(tip)} ${n(y)}L${n(back)} ${n(y - 4)}L${n(back)} ${n(y + 4)}Z`, fill: CHANGE },
  ];
}

/** The key when the map shows numbers: a note saying why, then "number name" in columns. */
export function numberKey(
  layout: MapLayout,
  words: MapWords,
  view: Box,
  top: number,
  s: number,
): { note: SceneText; entries: SceneKeyEntry[]; bottom: number } {
  const numbered = [...layout.people, ...layout.ghosts].sort((a, b) => a.number! - b.number!);
  const inner = view.width - 2 * s;
  const numberWidth = boldWidth(String(numbered.length), s) + s * 0.6;
  // Columns as wide as most names need (longer ones wrap), at most four.
  const widths = numbered.map((p) => textWidth(p.name, s)).sort((a, b) => a - b);
  const typical = Math.min(widths[Math.floor(widths.length * 0.9)] ?? 0, s * 14);
  const columns = Math.max(1, Math.min(4, Math.floor(inner / (numberWidth + typical + s))));
  const column = inner / columns;
  const lineStep = s * 1.3;
  let y = top + s * 1.2;
  const note = text(view.x + s, y, `${words.key.note}`, { size: s, bold: true });
  y += s * 0.6;
  const entries: SceneKeyEntry[] = [];
  for (let i = 0; i < numbered.length; i += columns) {
    const row = numbered.slice(i, i + columns);
    const wrapped = row.map((p) => wrapLabel(p.name, column - numberWidth - s, s).lines);
    row.forEach((p, k) => {
      const at = view.x + s + k * column;
      entries.push({
        number: p.number!,
        name: p.name,
        marks: [
          text(at + numberWidth - s * 0.6, y + lineStep, String(p.number), {
            size: s,
            bold: true,
            anchor: 'end',
          }),
          ...wrapped[k]!.map((l, j) => text(at + numberWidth, y + (j + 1) * lineStep, l, { size: s })),
        ],
      });
    });
    y += Math.max(...wrapped.map((w) => w.length)) * lineStep;
  }
  return { note, entries, bottom: y + s * 0.8 };
}

export const legendMarks = (l: SceneLegend): SceneMark[] => [
  l.sources.heading,
  ...l.sources.entries.flatMap((e) => [e.mark, e.letter, e.name]),
  l.stages.heading,
  ...l.stages.entries.flatMap((e) => [e.mark, e.name]),
  l.planned.mark,
  l.planned.name,
  l.rings,
  ...l.entries.flatMap((e) => [...e.marks, e.name]),
];

/** Every mark of the scene, back to front, groups opened. */
