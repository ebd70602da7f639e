// The kinds of gap a next step answers. Here, not in the content schema, so the findings in the
// browser need no schema library: content/analysis.yaml names the worksheet that helps with each.
export const GAPS = [
  'missing-role',
  'distant-only',
  'narrow-sources',
  'missing-system',
  'missing-stage',
  'no-close',
  'no-distant',
  'unmet-need',
  'low-diversity',
  'redundant',
  'no-sponsor',
  'one-sided',
  'over-reliance',
] as const;

export type Gap = (typeof GAPS)[number];
