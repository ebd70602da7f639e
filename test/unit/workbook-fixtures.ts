// The workbook the workbook and merge tests start from: two people in two scripts, one tie, answers
// in three worksheets.
import { emptyWorkbook, type Workbook } from '../../src/core/workbook.ts';

export const now = new Date('2026-11-26T10:00:00.000Z');
export const filled = (): Workbook => ({
  ...emptyWorkbook(now),
  answers: {
    'know-yourself': { success: 'Ship good science', 'needs-now': ['funding', 'visibility'] },
    'action-plan': { actions: [{ who: 'A peer', 'by-when': '2027-01-31' }] },
    'elevator-pitch': { clarity: 3 },
  },
  network: {
    people: [
      {
        id: 'p1',
        name: 'Dr Ana Ruiz',
        roles: ['developmental'],
        closeness: 'close',
        stage: 'above',
        source: 'department',
        status: 'current',
      },
      { id: 'p2', name: '李小龍', roles: ['peer', 'work-life'], closeness: 'distant' },
    ],
    ties: [['p1', 'p2']],
  },
});
