/** One thing wrong in content/, said so that a forker can find and fix it. */
export interface Problem {
  /** Path relative to the project, e.g. `content/kit.yaml`. */
  file: string;
  /** 1-based line, when known (a line lookup may find none, hence `undefined` is allowed). */
  line?: number | undefined;
  /** Dotted path of the field, e.g. `colours.primary`, when the problem is in one field. */
  field?: string | undefined;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Renders problems as a list grouped by file, the way the CLI and the build print them. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = [`Content check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:`];
  for (const p of problems) {
    const where = p.line ? `${p.file}:${p.line}` : p.file;
    lines.push('', `  ${where}`, `    ${p.field ? `${p.field}: ` : ''}${p.message}`);
  }
  return lines.join('\n');
}
