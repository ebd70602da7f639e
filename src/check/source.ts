import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { Problem } from './problem.ts';

/** A parsed YAML text that can say on which line a field sits. */
export interface Parsed {
  data: unknown;
  /** 1-based line of the field at `path`, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Parses YAML; syntax errors become problems with their line, and no data. */
export function parseYaml(text: string, file: string, lineOffset = 0): { parsed?: Parsed; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: e.linePos ? e.linePos[0].line + lineOffset : undefined,
        message: `YAML syntax error: ${firstLine(e.message)}. Check indentation, colons and quotes on this line or the one before (text containing ": " must be quoted).`,
      })),
    };
  }
  return {
    problems: [],
    parsed: { data: doc.toJS(), lineOf: (path) => lineOfPath(doc, counter, path, lineOffset) },
  };
}

function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[], offset: number) {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + offset;
  }
  return undefined;
}

const firstLine = (s: string) => s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();

/** Reads a YAML file; a missing file is a problem too. */
export async function readYaml(absPath: string, file: string) {
  let text: string;
  try {
    text = await readFile(absPath, 'utf8');
  } catch {
    return { problems: [{ file, message: 'file not found: create it (copy the file of another locale as a start)' }] };
  }
  return parseYaml(text, file);
}

/** Splits an MDX file into its YAML frontmatter (parsed) and its body. */
export function parseFrontmatter(text: string, file: string) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  if (!m) {
    return {
      body: text,
      bodyLine: 1,
      problems: [{ file, line: 1, message: 'no frontmatter: start the file with a --- line, the fields (title, description, order), and another --- line' }],
    };
  }
  const bodyLine = m[0].split('\n').length;
  return { ...parseYaml(m[1], file, 1), body: text.slice(m[0].length), bodyLine };
}
