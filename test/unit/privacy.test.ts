import { describe, expect, it } from 'vitest';
import { emptyWorkbook, type Workbook } from '../../src/core/workbook.ts';
import { shownName, shownPeople, shownWorkbook } from '../../src/islands/network/privacy.ts';

const ana = { id: 'p1', name: 'Ana María Ruiz', roles: ['peer'] };
const bo = { id: 'p2', name: 'Bo Lee', alias: 'The Boss', roles: ['peer'] };
const workbook: Workbook = {
  ...emptyWorkbook(new Date('2026-01-01T00:00:00Z')),
  network: { people: [ana, bo], ties: [['p1', 'p2']] },
  snapshots: [{ id: 's1', takenAt: '2026-01-01T00:00:00.000Z', network: { people: [ana], ties: [] } }],
};

describe('shown names', () => {
  it('are the names while names show, the alias or the initials while they are private', () => {
    expect(shownName(ana, false)).toBe('Ana María Ruiz');
    expect(shownName(ana, true)).toBe('AMR');
    expect(shownName(bo, true)).toBe('The Boss');
    expect(shownPeople([ana, bo], true).map((p) => p.name)).toEqual(['AMR', 'The Boss']);
  });

  it('replace every name of a workbook, its snapshots included, and leave the rest', () => {
    const shown = shownWorkbook(workbook, true);
    expect(JSON.stringify(shown)).not.toMatch(/Ana María|Bo Lee/);
    expect(shown.network.ties).toEqual(workbook.network.ties);
    expect(shown.snapshots[0]!.network.people[0]!.name).toBe('AMR');
    expect(workbook.network.people[0]!.name).toBe('Ana María Ruiz'); // the workbook itself is untouched
    expect(shownWorkbook(workbook, false)).toBe(workbook);
  });
});
