// The five factors of a dynamic mentoring network (docs/analysis.md#the-five-factors): the analysis
// computes each of them, so their ids belong to the code; content/factors.yaml gives each a name,
// a description, a question and a guide, in every language, and may order them.

export const FACTORS = ['sources', 'career-stages', 'strength', 'backgrounds', 'change'] as const;
export type FactorId = (typeof FACTORS)[number];
