// The one line by the map: how many people, the network's type (or too few yet) and how many gaps,
// linking down to the findings. Computed with the same analysis as the findings below the map.
import { analyseWith } from '../../core/analysis/findings.ts';
import type { Workbook } from '../../core/workbook.ts';
import { findingsData } from '../findings-data.ts';
import { t } from '../strings.ts';

export function renderSummary(link: HTMLAnchorElement, workbook: Workbook): void {
  const data = findingsData();
  // The link goes to the heading of the section that holds the findings, whatever a fork calls it.
  const heading = document.querySelector('mnk-findings')?.closest('section')?.querySelector('h2[id]');
  const { people } = workbook.network;
  // Only the link hides: its line keeps its height, so the map beside it does not jump.
  link.hidden = !data || !heading || people.length === 0;
  if (link.hidden || !data || !heading) return;
  link.href = `#${heading.id}`;
  const analysis = analyseWith(data, workbook.answers, workbook.network);
  link.textContent = t('network.summary', {
    // Counted as the findings count: who supports you now, and who is planned.
    people: t('network.summary.people', { n: analysis.people, planned: analysis.planned.length }),
    type: analysis.type ? t(`network.summary.type.${analysis.type.type}`) : t('network.summary.few'),
    gaps: t('network.summary.gaps', { n: analysis.suggestions.length }),
  });
}
