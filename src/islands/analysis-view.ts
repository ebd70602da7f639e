// <mnk-findings>: what the map means, recomputed whenever the network changes; snapshots and exports.
// Numbers come from src/core/analysis, words from content/ui through t(); names are set as text only.
import { analyseWith, compareNetworks, type Analysis } from '../core/analysis/findings.ts';
import {
  findingsText,
  type FindingAction,
  type FindingLine,
  type FindingsContext,
} from '../render/findings-text.ts';
import { isPlanned } from '../core/person.ts';
import type { Workbook } from '../core/workbook.ts';
import { el } from './dom.ts';
import { downloadFile } from './download.ts';
import { findingsData } from './findings-data.ts';
import { cancelIdle, whenIdle } from './idle.ts';
import { session } from './session.ts';
import { shownName, shownWorkbook } from './network/privacy.ts';
import { t } from './strings.ts';

const list = (items: (string | Node)[]) => {
  const ul = el('ul');
  for (const item of items) {
    const li = el('li');
    li.append(item);
    ul.append(li);
  }
  return ul;
};
const link = (href: string, text: string) => el('a', text, { href });
const dataAttributes = (data: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v]));

/**
 * One finding as an element: its text, then its link or button; a gap or an explanation gets its
 * class. `control` draws what an action needs beyond a button (the people to link to a need).
 */
function lineNode(tag: 'p' | 'span', line: FindingLine, control: (line: FindingLine) => Node | null): Node {
  const node = el(tag, line.text, dataAttributes(line.data));
  if (line.link) node.append(link(line.link.url, line.link.text));
  if (line.gap) node.className = 'unmet';
  if (line.help) node.className = 'help';
  // A prompt answered on screen, and the controls that answer it, have nothing to offer on paper.
  if (line.screenOnly) node.classList.add('screen-only');
  const extra = line.action && control(line);
  if (extra) {
    const both = document.createDocumentFragment();
    both.append(node, extra);
    return both;
  }
  if (line.action)
    node.append(
      ' ',
      el('button', t(`analysis.action.${line.action}`), {
        type: 'button',
        class: 'screen-only',
        'data-answer': line.action,
      }),
    );
  return node;
}

/**
 * Saves an answer given in the findings (ties, links to needs) with the network. The map editor
 * keeps its own copy of the network and re-reads it on "replaced", so its next edit keeps the answer
 * instead of writing back the copy it had.
 */
function saveNetwork(network: Workbook['network']) {
  session.setNetwork(network);
  session.dispatchEvent(new Event('replaced'));
}

class FindingsView extends HTMLElement {
  private data!: FindingsContext;
  private frame = 0;

  connectedCallback() {
    this.data = findingsData()!; // its own element holds the data
    session.start();
    // After the frame that shows the edit (the map's redraw comes first), once the browser is idle.
    const refresh = () => {
      cancelIdle(this.frame);
      this.frame = whenIdle(() => this.render());
    };
    session.addEventListener('status', refresh);
    session.addEventListener('replaced', refresh);
    this.addEventListener('click', (e) => this.clicked(e));
    this.addEventListener('change', (e) => {
      const target = e.target as HTMLElement;
      if (target.matches('[data-link-need]')) this.linkNeed(target as HTMLInputElement);
      if (target.matches('[data-compare]')) this.renderComparison();
    });
    this.render();
  }

  private analysis(network: Workbook['network']): Analysis {
    return analyseWith(this.data, session.draft.answers, network);
  }

  /** The people a need can be linked to: a disclosure of tick boxes, one per current person. */
  private control = (line: FindingLine): Node | null => {
    if (line.action !== 'link-need' || !line.actionFor) return null;
    const need = line.actionFor;
    const details = el('details', undefined, { class: 'link-need screen-only', 'data-need': need });
    const fieldset = el('fieldset');
    fieldset.append(el('legend', t('analysis.action.link-need.help')));
    for (const p of session.draft.network.people.filter((q) => !isPlanned(q))) {
      const box = el('input', undefined, { type: 'checkbox', 'data-link-need': need, 'data-person': p.id });
      (box as HTMLInputElement).checked = (p.meets ?? []).includes(need);
      const label = el('label');
      label.append(box, shownName(p));
      fieldset.append(label);
    }
    details.append(el('summary', t('analysis.action.link-need')), fieldset);
    return details;
  };

  /** Links a person to a need or unlinks them (person.meets), as the tick box says. */
  private linkNeed(box: HTMLInputElement) {
    const { linkNeed: need, person: id } = box.dataset;
    const network = session.draft.network;
    const people = network.people.map((p) => {
      if (p.id !== id) return p;
      const meets = (p.meets ?? []).filter((n) => n !== need);
      if (box.checked) meets.push(need!);
      const { meets: _, ...rest } = p;
      return meets.length ? { ...rest, meets } : rest;
    });
    saveNetwork({ ...network, people });
  }

  private render() {
    const box = this.querySelector('[data-findings]')!;
    const network = session.draft.network;
    // With nobody on the map there is nothing to print: the field (and its hint) stays on screen.
    this.classList.toggle('screen-only', network.people.length === 0);
    if (network.people.length === 0) {
      box.replaceChildren(el('p', t('analysis.empty')));
      this.renderSnapshots();
      return;
    }
    const sections = findingsText(
      this.analysis(network),
      shownWorkbook(session.draft),
      this.data,
      t,
      document.documentElement.lang,
    );
    const parts: Node[] = [];
    for (const section of sections) {
      parts.push(el('h4', section.title));
      if (section.terms) {
        const dl = el('dl', undefined, { class: 'factor-findings' });
        for (const term of section.terms) {
          const dd = el('dd');
          dd.append(...term.lines.map((line) => lineNode('p', line, this.control)));
          dl.append(el('dt', term.term, dataAttributes(term.data)), dd);
        }
        parts.push(dl);
      } else if (section.list)
        parts.push(list(section.lines.map((line) => lineNode('span', line, this.control))));
      else parts.push(...section.lines.map((line) => lineNode('p', line, this.control)));
    }
    // A redraw keeps the open lists of people to link, and the focus on the same tick box.
    const open = [...box.querySelectorAll<HTMLElement>('details[data-need][open]')].map(
      (d) => d.dataset.need,
    );
    const ticked = (document.activeElement as HTMLElement | null)?.dataset ?? {};
    // A redraw replaces the answer's button: focus moves to the one that takes its place.
    const answering =
      document.activeElement?.matches('[data-answer]') && this.contains(document.activeElement);
    box.replaceChildren(...parts);
    if (answering) box.querySelector<HTMLElement>('[data-answer]')?.focus();
    for (const d of box.querySelectorAll<HTMLDetailsElement>('details[data-need]'))
      d.open = open.includes(d.dataset.need);
    if (ticked.linkNeed)
      box
        .querySelector<HTMLElement>(
          `[data-link-need="${CSS.escape(ticked.linkNeed)}"][data-person="${CSS.escape(ticked.person ?? '')}"]`,
        )
        ?.focus();
    this.renderSnapshots();
  }

  /** The two selects list every snapshot and "now"; by default the latest snapshot against now. */
  private renderSnapshots() {
    const snapshots = session.draft.snapshots;
    const options = [
      ...snapshots.map((s) => ({
        value: s.id,
        label: new Date(s.takenAt).toLocaleString(document.documentElement.lang, {
          dateStyle: 'medium',
          timeStyle: 'short',
        }),
      })),
      { value: 'now', label: t('snapshot.now') },
    ];
    for (const select of this.querySelectorAll<HTMLSelectElement>('[data-compare]')) {
      const previous = select.value;
      select.replaceChildren(...options.map((o) => el('option', o.label, { value: o.value })));
      const fallback = select.dataset.compare === 'from' ? (snapshots.at(-1)?.id ?? 'now') : 'now';
      // A new snapshot resets the choice to "latest snapshot against now"; otherwise the participant's choice stays.
      const changed = select.dataset.snapshots !== String(snapshots.length);
      select.dataset.snapshots = String(snapshots.length);
      select.value = !changed && options.some((o) => o.value === previous) ? previous : fallback;
    }
    this.renderComparison();
  }

  private renderComparison() {
    const box = this.querySelector('[data-comparison]')!;
    const snapshots = session.draft.snapshots;
    if (snapshots.length === 0) {
      box.replaceChildren(el('p', t('snapshot.none')));
      return;
    }
    const pickNetwork = (id: string) =>
      id === 'now'
        ? session.draft.network
        : (snapshots.find((s) => s.id === id)?.network ?? session.draft.network);
    const from = pickNetwork(this.querySelector<HTMLSelectElement>('[data-compare="from"]')!.value);
    const to = pickNetwork(this.querySelector<HTMLSelectElement>('[data-compare="to"]')!.value);
    const c = compareNetworks(from, to);
    const names = (ids: string[], network: Workbook['network']) =>
      t.list(
        ids.map((id) => {
          const p = network.people.find((q) => q.id === id);
          return p ? shownName(p) : id;
        }),
      ) || t('snapshot.nobody');
    const dl = el('dl', undefined, { class: 'comparison' });
    const rows: [string, string, string][] = [
      ['added', t('snapshot.added'), names(c.added, to)],
      ['lost', t('snapshot.lost'), names(c.lost, from)],
      ['closer', t('snapshot.closer'), names(c.closer, to)],
      ['farther', t('snapshot.farther'), names(c.farther, to)],
      ['roleChanged', t('snapshot.roleChanged'), names(c.roleChanged, to)],
    ];
    for (const [key, label, value] of rows)
      dl.append(el('dt', label), el('dd', value, { 'data-change': key }));
    const [before, after] = [this.analysis(from), this.analysis(to)];
    const typeName = (x: Analysis) => (x.type ? t(`analysis.typeName.${x.type.type}`) : '—');
    const missing = (x: Analysis) =>
      t.list(
        x.coverage
          .filter((r) => r.status === 'none')
          .map((r) => this.data.roles.find((q) => q.id === r.role)?.name ?? r.role),
      ) || t('snapshot.nobody');
    box.replaceChildren(
      dl,
      el('p', t('snapshot.typeChange', { before: typeName(before), after: typeName(after) })),
      el('p', t('snapshot.coverageChange', { before: missing(before), after: missing(after) })),
    );
  }

  /**
   * "None of these people know each other" is an answer about the people on the map now; taking it
   * back leaves the ties to be marked on the map.
   */
  private answerTies(answer: FindingAction) {
    const { noTiesAmong: _, ...network } = session.draft.network;
    const current = network.people.filter((p) => !isPlanned(p)).map((p) => p.id);
    saveNetwork(answer === 'none-know' ? { ...network, noTiesAmong: current } : network);
  }

  private clicked(e: Event) {
    const answer = (e.target as HTMLElement).closest<HTMLElement>('[data-answer]')?.dataset.answer;
    if (answer === 'none-know' || answer === 'some-know') return this.answerTies(answer);
    const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    const network = session.draft.network;
    // Network files carry the real names only while names are shown (the workbook file always does).
    const exported = shownWorkbook(session.draft).network;
    const file = t('export.fileName');
    switch (action) {
      case 'snapshot': {
        const takenAt = new Date().toISOString();
        const id = `s-${takenAt.replace(/\D/g, '').slice(0, 14)}-${session.draft.snapshots.length + 1}`;
        session.setSnapshots(
          [...session.draft.snapshots, { id, takenAt, network: structuredClone(network) }].slice(-100),
        );
        this.querySelector('[data-snapshot-status]')!.textContent = t('snapshot.taken', {
          date: new Date(takenAt).toLocaleString(document.documentElement.lang),
        });
        this.render();
        return;
      }
      // The exporters load only when asked for.
      case 'graphml':
        return void import('../render/network-export.ts').then((x) =>
          downloadFile(
            `${file}.graphml`,
            x.toGraphML(exported, x.exportWords(exported, t)),
            'application/graphml+xml',
          ),
        );
      case 'people-csv':
        return void import('../render/network-export.ts').then((x) =>
          downloadFile(`${file}-people.csv`, x.peopleCsv(exported, x.exportWords(exported, t)), 'text/csv'),
        );
      case 'ties-csv':
        return void import('../render/network-export.ts').then((x) =>
          downloadFile(`${file}-ties.csv`, x.tiesCsv(exported), 'text/csv'),
        );
    }
  }
}

customElements.define('mnk-findings', FindingsView);
