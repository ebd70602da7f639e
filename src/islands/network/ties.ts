// Who knows whom: ties as unordered pairs, and one person's "knows…" list with a search. The list
// shows the people already marked, and others only when searched for, so it stays small at any size.
import type { Workbook } from '../../core/workbook.ts';
import { t } from '../strings.ts';

type Network = Workbook['network'];

const same = (tie: readonly [string, string], a: string, b: string) =>
  (tie[0] === a && tie[1] === b) || (tie[0] === b && tie[1] === a);

export const isTied = (network: Network, a: string, b: string) => network.ties.some((tie) => same(tie, a, b));

/** The network with the tie between a and b set (or removed). */
export function setTie(network: Network, a: string, b: string, tied: boolean): Network {
  const others = network.ties.filter((tie) => !same(tie, a, b));
  return { ...network, ties: tied && a !== b ? [...others, [a, b]] : others };
}

/** The ids of the people tied to `id`. */
export const tiesOf = (network: Network, id: string): Set<string> =>
  new Set(network.ties.flatMap(([a, b]) => (a === id ? [b] : b === id ? [a] : [])));

/** Most people a search lists: enough to find anyone by a few letters, small at any network size. */
const MAX_MATCHES = 30;

/** "Ana knows (3 people)": the list's heading; returns whom they know. */
export function renderKnowsTitle(
  root: HTMLElement,
  network: Network,
  id: string,
  shown: (id: string) => string,
): Set<string> {
  const tied = tiesOf(network, id);
  root.querySelector('[data-knows-title]')!.textContent = t('network.knowsTitle', {
    name: shown(id),
    n: tied.size,
  });
  return tied;
}

/** Fills a person's "knows…" list: the people marked, or those matching the search. */
export function renderKnows(
  root: HTMLElement,
  network: Network,
  id: string,
  shown: (id: string) => string,
): void {
  const tied = renderKnowsTitle(root, network, id, shown);
  const query = root.querySelector<HTMLInputElement>('[data-knows-search]')!.value.trim().toLocaleLowerCase();
  const people = network.people.filter((p) =>
    p.id === id ? false : query ? shown(p.id).toLocaleLowerCase().includes(query) : tied.has(p.id),
  );
  const items = people.slice(0, MAX_MATCHES).map((p) => {
    const li = document.createElement('li');
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: p.id });
    box.dataset.knows = p.id;
    box.checked = tied.has(p.id);
    label.append(box, ` ${shown(p.id)}`);
    li.append(label);
    return li;
  });
  if (query && items.length === 0)
    items.push(Object.assign(document.createElement('li'), { textContent: t('network.knowsNone') }));
  root.querySelector('[data-knows-list]')!.replaceChildren(...items);
}
