import type { z } from 'astro/zod';
import type { Parsed } from './source.ts';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';

/** Validates parsed data against a schema; each zod issue becomes a problem naming the file, line and field. */
export function validate<T extends z.ZodType>(
  schema: T,
  parsed: Parsed,
  file: string,
  fieldPrefix: readonly PropertyKey[] = [],
): { data?: z.infer<T>; problems: Problem[] } {
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.flatMap((issue) => {
      const path = [...fieldPrefix, ...issue.path];
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      return keys.map((key) => {
        const fieldPath = key === undefined ? path : [...path, key];
        return {
          file,
          line: parsed.lineOf(fieldPath),
          field: fieldPath.length ? dotted(fieldPath) : undefined,
          message: explain(issue, key),
        };
      });
    }),
  };
}

/** Dotted field path with list positions counted from 1, as a person reads them: `steps[2].title`. */
export function dotted(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p + 1}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

function explain(issue: z.core.$ZodIssue, key: string | undefined): string {
  if (issue.code === 'unrecognized_keys') {
    return messages.unknownField({ key });
  }
  if (issue.code === 'invalid_key') {
    return issue.issues.map((i) => i.message).join('; ');
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const name = issue.path.at(-1);
    return messages.requiredField({ name: String(name) });
  }
  if (issue.code === 'invalid_type') {
    return `${issue.message.replace(/^Invalid input: /, '')}`;
  }
  return issue.message;
}
