// The network as files other tools read: GraphML (networkx, Gephi, igraph) and CSV (people; ties).
// Ego is a node too, tied to everyone with the closeness as weight (close 3, moderate 2, distant 1);
// a tie between two people ("they know each other") weighs 1. The files' columns and values are
// described in docs/analysis.md#the-network-files.
import type { Person } from '../core/workbook.ts';
import { escapeXml } from './xml.ts';
import {
  BACKGROUND_ATTRIBUTES,
  DEFAULT_STATUS,
  PREFER_NOT_TO_SAY,
  closenessOf,
  isPlanned,
  type Closeness,
} from '../core/person.ts';
import type { Translate } from '../core/i18n.ts';

export interface ExportNetwork {
  people: readonly Person[];
  ties: readonly (readonly [string, string])[];
}

/** Words the files carry, in the page's language (content/ui `export.*`, `person.background.preferNot`). */
export interface ExportWords {
  /** Ego's label. */
  you: string;
  /** Written for a background answer the participant declined to give. */
  preferNotToSay: string;
  /** A note on what the file holds, for the GraphML <desc> (status current or potential, counts). */
  description: string;
}

/** The files' words for a network, from the page's interface strings; the counts as the findings give them. */
export function exportWords(network: ExportNetwork, t: Translate): ExportWords {
  const planned = network.people.filter(isPlanned).length;
  return {
    you: t('map.you'),
    preferNotToSay: t('person.background.preferNot'),
    description: t('export.description', { current: network.people.length - planned, planned }),
  };
}

/** The weight of a tie between two of the participant's people. */
export const ALTER_TIE_WEIGHT = 1;

export const EGO_ID = 'ego';
export const CLOSENESS_WEIGHT: Record<Closeness, number> = { close: 3, moderate: 2, distant: 1 };

type Attribute = [string, 'string' | 'int', (p: Person, words: ExportWords) => string | number | undefined];

/** A background answer as a reader sees it: "prefer not to say" in words, never the stored marker. */
const background =
  (a: (typeof BACKGROUND_ATTRIBUTES)[number]) =>
  (p: Person, words: ExportWords): string | undefined => {
    const v = p.background?.[a];
    return v === PREFER_NOT_TO_SAY ? words.preferNotToSay : v;
  };

/** Node attributes, in column order: name, GraphML type, value of a person. */
const attributes: Attribute[] = [
  ['label', 'string', (p) => p.name],
  ['primary_role', 'string', (p) => p.roles[0]],
  ['roles', 'string', (p) => p.roles.join(';')],
  ['closeness', 'string', closenessOf],
  ['stage', 'string', (p) => p.stage],
  ['source', 'string', (p) => p.source],
  ['supports', 'string', (p) => p.supports?.join(';')],
  ['status', 'string', (p) => p.status ?? DEFAULT_STATUS],
  ['since', 'int', (p) => p.since],
  ['notes', 'string', (p) => p.notes],
  ...BACKGROUND_ATTRIBUTES.map((a): Attribute => [`background_${a}`, 'string', background(a)]),
];

/** Who knows whom: each pair of two different people of the network once, in the order entered. */
function distinctTies(network: ExportNetwork): (readonly [string, string])[] {
  const known = new Set(network.people.map((p) => p.id));
  const seen = new Set<string>();
  return network.ties.filter(([a, b]) => {
    const key = [a, b].sort().join(' ');
    if (a === b || !known.has(a) || !known.has(b) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * GraphML with every attribute declared by a <key>, readable by networkx read_graphml, Gephi and
 * igraph. Every edge has a weight, and the key a default, so no reader finds one missing.
 */
export function toGraphML(network: ExportNetwork, words: ExportWords): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${escapeXml(words.description)}</desc>`,
    '  <key id="is_ego" for="node" attr.name="is_ego" attr.type="boolean"><default>false</default></key>',
    ...attributes.map(
      ([name, type]) => `  <key id="${name}" for="node" attr.name="${name}" attr.type="${type}"/>`,
    ),
    `  <key id="weight" for="edge" attr.name="weight" attr.type="double"><default>${ALTER_TIE_WEIGHT}</default></key>`,
    '  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>',
    '  <graph id="mentoring-network" edgedefault="undirected">',
    `    <node id="${EGO_ID}"><data key="is_ego">true</data><data key="label">${escapeXml(words.you)}</data></node>`,
  ];
  for (const p of network.people) {
    const data = attributes
      .map(([name, , get]) => [name, get(p, words)] as const)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([name, v]) => `<data key="${name}">${escapeXml(String(v))}</data>`);
    lines.push(`    <node id="${escapeXml(p.id)}">${data.join('')}</node>`);
  }
  network.people.forEach((p, i) => {
    lines.push(
      `    <edge id="e${i}" source="${EGO_ID}" target="${escapeXml(p.id)}"><data key="weight">${CLOSENESS_WEIGHT[closenessOf(p)]}</data><data key="kind">ego</data></edge>`,
    );
  });
  distinctTies(network).forEach(([a, b], i) => {
    lines.push(
      `    <edge id="t${i + 1}" source="${escapeXml(a)}" target="${escapeXml(b)}"><data key="weight">${ALTER_TIE_WEIGHT}</data><data key="kind">alter</data></edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/**
 * One CSV cell (RFC 4180). A cell that a spreadsheet would run as a formula (=, +, −, @, tab or
 * carriage return first) gets a leading apostrophe, so names stay data (OWASP's advice). A
 * spreadsheet set to another separator (";" in many locales) or reading line by line starts a cell
 * after a ";" or a line break too, so a formula character there gets one as well. A cell holding a
 * comma, a semicolon, a quote or a line break is quoted.
 */
export function csvCell(value: string | number | undefined): string {
  const s = (value === undefined ? '' : String(value))
    .replace(/^[=+\-@\t\r]/, "'$&")
    .replace(/([;\r\n])([=+\-@])/g, "$1'$2");
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (cells: (string | number | undefined)[]) => cells.map(csvCell).join(',');

/** people.csv: one row per person, every attribute a column (CRLF line ends, UTF-8 with BOM for spreadsheets). */
export function peopleCsv(network: ExportNetwork, words: ExportWords): string {
  const rows = [csvLine(['id', ...attributes.map(([name]) => name)])];
  for (const p of network.people) rows.push(csvLine([p.id, ...attributes.map(([, , get]) => get(p, words))]));
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** ties.csv: who knows whom, one pair per row, plus each person's tie to you with its weight. */
export function tiesCsv(network: ExportNetwork): string {
  const rows = [csvLine(['source', 'target', 'kind', 'weight'])];
  for (const p of network.people) rows.push(csvLine([EGO_ID, p.id, 'ego', CLOSENESS_WEIGHT[closenessOf(p)]]));
  for (const [a, b] of distinctTies(network)) rows.push(csvLine([a, b, 'alter', ALTER_TIE_WEIGHT]));
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
