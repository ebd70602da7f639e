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
  /**
   * A warning is worth a look but builds a working site (text that may not be translated yet);
   * everything else stops the check and the build.
   */
  severity?: 'warning' | undefined;
}

/** The problems that stop the check and the build (all but the warnings). */
export const errorsIn = (problems: readonly Problem[]) => problems.filter((p) => p.severity !== 'warning');

/** Renders problems as a list grouped by file, the way the CLI and the build print them: errors first. */
export function formatProblems(problems: readonly Problem[]): string {
  const errors = errorsIn(problems);
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines: string[] = [];
  const list = (ps: readonly Problem[]) => {
    for (const p of ps) {
      const where = p.line ? `${p.file}:${p.line}` : p.file;
      lines.push('', `  ${where}`, `    ${p.field ? `${p.field}: ` : ''}${p.message}`);
    }
  };
  if (errors.length) {
    lines.push(`Content check found ${errors.length} problem${errors.length === 1 ? '' : 's'}:`);
    list(errors);
  }
  if (warnings.length) {
    if (lines.length) lines.push('');
    lines.push(
      `Warning${warnings.length === 1 ? '' : 's'} (the site still builds; look at ${warnings.length === 1 ? 'it' : 'them'} before publishing):`,
    );
    list(warnings);
  }
  return lines.join('\n');
}
