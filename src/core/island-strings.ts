/**
 * Interface strings the browser islands use: every key under these prefixes is handed to the page
 * (see components/worksheet/IslandStrings.astro). The content check makes sure each exists in every locale.
 */
const islandStringPrefixes = [
  'workbook.',
  'punctuation.',
  'answer.',
  'counter.',
  'composer.',
  'timer.',
  'reminder.',
  'choices.',
  'journey.',
  'rows.',
  'person.',
  'network.',
  'map.',
  'analysis.',
  'snapshot.',
  'export.',
  'report.',
  'failure.',
  'summary.',
  'cohort.',
] as const;

export const isIslandString = (key: string) => islandStringPrefixes.some((p) => key.startsWith(p));
