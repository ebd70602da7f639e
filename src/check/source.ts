import { access, readdir, readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';

/** A parsed YAML text that can say on which line a field sits. */
export interface Parsed {
  data: unknown;
  /** 1-based line of the field at `path`, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Parses YAML; syntax errors become problems with their line, and no data. */
export function parseYaml(
  text: string,
  file: string,
  lineOffset = 0,
): { parsed?: Parsed; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: e.linePos ? e.linePos[0].line + lineOffset : undefined,
        message: messages.yamlSyntax({ reason: firstLine(e.message) }),
      })),
    };
  }
  return {
    problems: [],
    parsed: { data: doc.toJS(), lineOf: (path) => lineOfPath(doc, counter, path, lineOffset) },
  };
}

/** Line of the deepest part of `path` that exists: a field's key line, or a list item's line. */
function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[], offset: number) {
  let node: unknown = doc.contents;
  let line = lineOf(node as Node | null, counter);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
      if (!pair) break;
      line = lineOf(pair.key as Node, counter) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
      line = lineOf(node as Node, counter) ?? line;
    } else break;
  }
  return line === undefined ? undefined : line + offset;
}

function lineOf(node: Node | null | undefined, counter: LineCounter) {
  return node?.range ? counter.linePos(node.range[0]).line : undefined;
}

const firstLine = (s: string) =>
  (s.split('\n', 1)[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();

/**
 * Reads a YAML file; a missing file is a problem too. `ifMissing` says how to fix that for this
 * file (a translation is copied from another locale, kit.yaml is restored from the kit), e.g.
 * `copy ui/en.yaml and translate its values`.
 */
export async function readYaml(absPath: string, file: string, ifMissing: string) {
  let text: string;
  try {
    text = await readFile(absPath, 'utf8');
  } catch {
    return { problems: [{ file, message: messages.fileNotFound({ fix: ifMissing }) }] };
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
      problems: [
        {
          file,
          line: 1,
          message: messages.noFrontmatter(),
        },
      ],
    };
  }
  const bodyLine = m[0].split('\n').length;
  return { ...parseYaml(m[1] ?? '', file, 1), body: text.slice(m[0].length), bodyLine };
}

/** The visible entries of a folder, sorted; none when the folder does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch {
    return [];
  }
}

export async function exists(path: string) {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The content folder being checked, and how its files are named in problems (relative to the project). */
export interface ContentFolder {
  dir: string;
  /** A path inside the folder as a problem names it, e.g. `content/kit.yaml`. */
  rel(path: string): string;
}
