// Why a workbook failed validation, as a code with words in content/ui (`workbook.invalid.<code>`),
// never zod's own message: that is English for developers ("Invalid input"), and a participant
// reads the refusal in the page's language (see workbook-bar's import refusal).

/** What is wrong with the first value the workbook schema refused. */
export const WORKBOOK_ISSUES = [
  'wrong-type',
  'too-long',
  'too-many',
  'too-short',
  'too-few',
  'out-of-range',
  'bad-format',
  'unknown-choice',
  'unknown-field',
  'duplicate-id',
  'bad-tie',
  'unknown',
] as const;
export type WorkbookIssue = (typeof WORKBOOK_ISSUES)[number];

/** The parts of a zod issue the code depends on (zod 4's issue shape). */
export interface ZodIssueLike {
  code: string;
  path: readonly PropertyKey[];
  origin?: string | undefined;
  params?: Record<string, unknown> | undefined;
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
      return counted === 'text' ? 'too-long' : counted === 'list' ? 'too-many' : 'out-of-range';
    case 'too_small':
      return counted === 'text' ? 'too-short' : counted === 'list' ? 'too-few' : 'out-of-range';
    case 'not_multiple_of':
      return 'out-of-range';
    case 'invalid_format':
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

/** Where the first refused value is (dotted path) and what is wrong with it. */
export function firstIssue(issues: readonly ZodIssueLike[]): { path: string; detail: WorkbookIssue } {
  const issue = issues[0]!;
  return { path: issue.path.map(String).join('.'), detail: issueCode(issue) };
}
