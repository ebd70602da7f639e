// Why a workbook failed validation, as a code with words in content/ui (`workbook.rule.<code>`),
// never zod's own message: that is English for developers ("Invalid input"), and a participant
// reads the refusal in the page's language (core/workbook-refusal.ts puts it into words).

/** What is wrong with the first value the workbook schema (or the kit's vocabulary) refused. */
export const WORKBOOK_ISSUES = [
  'wrong-type',
  'too-long',
  'too-many',
  'too-short',
  'blank-text',
  'control-chars',
  'too-few',
  'too-high',
  'too-low',
  'out-of-range',
  'not-a-date',
  'bad-format',
  'unknown-choice',
  'unknown-field',
  'duplicate-id',
  'bad-tie',
  'unknown-role',
  'unknown-support',
  'unknown-background',
  'unknown',
] as const;
export type WorkbookIssue = (typeof WORKBOOK_ISSUES)[number];

/** The parts of a zod issue the code depends on (zod 4's issue shape). */
export interface ZodIssueLike {
  code: string;
  path: readonly PropertyKey[];
  origin?: string | undefined;
  format?: string | undefined;
  maximum?: unknown;
  minimum?: unknown;
  values?: readonly unknown[] | undefined;
  keys?: readonly string[] | undefined;
  errors?: readonly (readonly ZodIssueLike[])[] | undefined;
  params?: Record<string, unknown> | undefined;
}

/** Where a refused value is and what is wrong with it, with the limit or names the words need. */
export interface IssueFacts {
  /** Dotted path, such as `network.people.3.roles` (empty for the document itself). */
  path: string;
  /** The same path as keys and indexes. */
  at: (string | number)[];
  detail: WorkbookIssue;
  /** The limit that was passed: most characters, entries, the highest or lowest number. */
  limit?: number;
  /** The values involved: the unknown fields or ids, or the choices allowed. */
  names?: string[];
}

const isIssue = (value: unknown): value is WorkbookIssue => WORKBOOK_ISSUES.includes(value as WorkbookIssue);

/** The issue code of a zod issue; a refinement names its own in `params.code`. */
export function issueCode(issue: ZodIssueLike): WorkbookIssue {
  const counted =
    issue.origin === 'string'
      ? 'text'
      : issue.origin === 'array' || issue.origin === 'set'
        ? 'list'
        : 'number';
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_union':
    case 'invalid_element':
      return 'wrong-type';
    case 'too_big':
      return counted === 'text' ? 'too-long' : counted === 'list' ? 'too-many' : 'too-high';
    case 'too_small':
      return counted === 'text' ? 'too-short' : counted === 'list' ? 'too-few' : 'too-low';
    case 'not_multiple_of':
      return 'out-of-range';
    case 'invalid_format':
      return issue.format === 'datetime' ? 'not-a-date' : 'bad-format';
    case 'invalid_key':
      return 'bad-format';
    case 'invalid_value':
      return 'unknown-choice';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'custom':
      return isIssue(issue.params?.code) ? issue.params.code : 'unknown';
    default:
      return 'unknown';
  }
}

/**
 * The branch of a union that came nearest to fitting: zod reports a union as failed as a whole, but
 * "row 2 of this table has a number where a text belongs" says more than "wrong kind of answer".
 * A branch whose only complaint is the value's own type did not fit at all; of the rest, the one
 * with fewest complaints wins.
 */
function nearestBranch(issue: ZodIssueLike): ZodIssueLike | undefined {
  const branches = (issue.errors ?? []).filter(
    (b) => b.length > 0 && !(b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0),
  );
  if (branches.length === 0) return undefined;
  const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
  const inner = best[0]!;
  return { ...inner, path: [...issue.path, ...inner.path] };
}

const asNumber = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined);

/** Where the first refused value is and what is wrong with it. */
export function firstIssue(issues: readonly ZodIssueLike[]): IssueFacts {
  let issue = issues[0]!;
  for (let near = nearestBranch(issue); near; near = nearestBranch(issue)) issue = near;
  const at = issue.path.map((k) => (typeof k === 'number' ? k : String(k)));
  const facts: IssueFacts = { path: at.join('.'), at, detail: issueCode(issue) };
  const limit = asNumber(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  if (limit !== undefined && (issue.code === 'too_big' || issue.code === 'too_small')) facts.limit = limit;
  if (issue.code === 'unrecognized_keys' && issue.keys) facts.names = [...issue.keys];
  if (issue.code === 'invalid_value' && issue.values) facts.names = issue.values.map(String);
  if (issue.code === 'custom' && Array.isArray(issue.params?.names))
    facts.names = (issue.params.names as unknown[]).map(String);
  return facts;
}
