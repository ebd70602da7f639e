/** Interface strings the browser islands use; each must exist in every content/ui/<locale>.yaml. */
export const islandStringKeys = [
  'workbook.loading', 'workbook.saving', 'workbook.saved', 'workbook.savedMerged', 'workbook.conflicts',
  'workbook.notSavedQuota', 'workbook.notSavedUnavailable', 'workbook.updatedFromOtherTab',
  'workbook.damaged', 'workbook.damagedNotMoved', 'workbook.confirmReplace', 'workbook.replaced',
  'workbook.migrated', 'workbook.confirmDelete', 'workbook.deleted',
  'workbook.error.too-large', 'workbook.error.empty', 'workbook.error.not-json', 'workbook.error.not-a-workbook',
  'workbook.error.newer-version', 'workbook.error.bad-version', 'workbook.error.invalid', 'workbook.keptCurrent',
  'answer.wrong-type', 'answer.too-long', 'answer.bad-date', 'answer.unknown-option', 'answer.out-of-range', 'answer.too-many',
  'counter.words', 'counter.wordsTarget', 'counter.speaking', 'counter.speakingOver',
  'composer.copied', 'composer.copyFailed', 'composer.built',
  'timer.announceTarget', 'reminder.needDate', 'reminder.downloaded', 'reminder.fileName',
  'rows.full',
] as const;

export type IslandStringKey = (typeof islandStringKeys)[number];
