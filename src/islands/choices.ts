// Fills the <datalist> of each text answer that offers choices (components/worksheet/Choices.astro)
// from the workbook: the people on the map, or the ticked needs. Words from content/ui (`choices.*`).
import { needChoices, peopleChoices, type Choice } from '../core/choices.ts';
import { session } from './session.ts';
import { t } from './strings.ts';

function choicesFor(list: HTMLDataListElement): Choice[] {
  if (list.dataset.choices === 'map-people') return peopleChoices(session.draft.network.people);
  const [sheet = '', field = ''] = (list.dataset.needsFrom ?? '').split(' ');
  const labels = JSON.parse(list.dataset.needs ?? '{}') as Record<string, string>;
  return needChoices(session.answers(sheet)[field], labels);
}

/** Fills every choice list inside `root` from what the workbook holds now. */
export function fillChoices(root: ParentNode): void {
  for (const list of root.querySelectorAll<HTMLDataListElement>('datalist[data-choices]'))
    list.replaceChildren(
      ...choicesFor(list).map((c) => {
        const option = document.createElement('option');
        option.value = c.value;
        option.label = t(`choices.${c.kind}`);
        return option;
      }),
    );
}
