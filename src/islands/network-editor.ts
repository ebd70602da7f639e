// <mnk-network>: add, edit, reorder and remove the people of the network (with undo), mark who
// knows whom, and redraw the map after every change. Names are only ever set as text.
import { layoutMap } from '../core/map-layout.ts';
import {
  closenessOf,
  isPlanned,
  newPersonId,
  PREFER_NOT_TO_SAY,
  type Closeness,
  type Status,
} from '../core/person.ts';
import { mapScene } from '../core/map-scene.ts';
import { renderMapSvg } from '../render/map-svg.ts';
import { mapWords } from '../render/map-words.ts';
import { MAX_PEOPLE, type Person, type Workbook } from '../core/workbook.ts';
import { session } from './session.ts';
import { t } from './strings.ts';
import { downloadFile } from './download.ts';
import { failsAs, failureText } from './failure.ts';

type Network = Workbook['network'];

class NetworkEditor extends HTMLElement {
  private roles: { id: string; name: string }[] = [];
  private network: Network = { people: [], ties: [] };
  private open = new Set<string>();
  private removed: { person: Person; index: number; ties: Network['ties'] } | undefined;
  private blankRow!: HTMLElement;

  connectedCallback() {
    this.roles = JSON.parse(this.dataset.roles ?? '[]');
    session.start();
    for (const el of this.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
    this.network = session.draft.network;
    this.renderAll();
    session.addEventListener('snapshots', () => this.renderMap());
    session.addEventListener('replaced', () => {
      this.network = session.draft.network;
      this.renderAll();
    });
    this.addEventListener('click', (e) => this.clicked(e));
    this.addEventListener('input', (e) => this.edited(e.target as HTMLElement));
    this.addEventListener('change', (e) => this.edited(e.target as HTMLElement));
    this.querySelector('#qa-name')!.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') {
        e.preventDefault();
        this.add();
      }
    });
  }

  private $<T extends Element = HTMLElement>(selector: string) {
    return this.querySelector<T & Element>(selector)!;
  }

  private save(network: Network) {
    this.network = network;
    session.setNetwork(network);
  }

  private add() {
    const name = this.$<HTMLInputElement>('#qa-name');
    const error = this.$('#qa-error');
    if (!name.value.trim()) {
      error.textContent = t('network.nameRequired');
      error.hidden = false;
      name.setAttribute('aria-invalid', 'true');
      name.focus();
      return;
    }
    if (this.network.people.length >= MAX_PEOPLE) {
      error.textContent = t('network.full', { max: MAX_PEOPLE });
      error.hidden = false;
      return;
    }
    error.hidden = true;
    name.removeAttribute('aria-invalid');
    const person: Person = {
      id: newPersonId(),
      name: name.value.trim().slice(0, 100),
      roles: [this.$<HTMLSelectElement>('#qa-role').value],
      closeness: this.$<HTMLSelectElement>('#qa-closeness').value as Closeness,
      status: 'current',
    };
    this.save({ ...this.network, people: [...this.network.people, person] });
    this.announce(t('network.added', { name: person.name }));
    name.value = '';
    name.focus(); // ready for the next person: a workshop adds many in a row
    this.renderAll();
  }

  private clicked(e: Event) {
    const button = (e.target as HTMLElement).closest<HTMLElement>('[data-action]');
    if (!button) return;
    const id = button.closest<HTMLElement>('[data-person]')?.dataset.person;
    const people = this.network.people;
    const index = people.findIndex((p) => p.id === id);
    switch (button.dataset.action) {
      case 'add-person':
        return this.add();
      case 'edit':
      case 'done': {
        if (!id) return;
        if (this.open.has(id)) this.open.delete(id);
        else this.open.add(id);
        this.renderList();
        this.$(`[data-person="${id}"] [data-action="edit"]`).focus();
        return;
      }
      case 'up':
      case 'down': {
        const to = index + (button.dataset.action === 'up' ? -1 : 1);
        if (index < 0 || to < 0 || to >= people.length) return;
        const next = [...people];
        [next[index], next[to]] = [next[to]!, next[index]!];
        this.save({ ...this.network, people: next });
        this.renderAll();
        // At the top or bottom this button is now disabled: focus must not be lost on it.
        const row = `[data-person="${id}"]`;
        const same = this.$<HTMLButtonElement>(`${row} [data-action="${button.dataset.action}"]`);
        (same.disabled
          ? this.$(`${row} [data-action="${button.dataset.action === 'up' ? 'down' : 'up'}"]`)
          : same
        ).focus();
        return;
      }
      case 'remove': {
        if (index < 0) return;
        const person = people[index]!;
        this.removed = { person, index, ties: this.network.ties.filter((tie) => tie.includes(person.id)) };
        this.save({
          people: people.filter((p) => p.id !== person.id),
          ties: this.network.ties.filter((tie) => !tie.includes(person.id)),
        });
        this.open.delete(person.id);
        this.renderAll();
        this.announce(t('network.removed', { name: person.name }), true);
        this.$('[data-action="undo"]').focus();
        return;
      }
      case 'undo': {
        if (!this.removed) return;
        const { person, index: at, ties } = this.removed;
        const next = [...people];
        next.splice(Math.min(at, next.length), 0, person);
        this.save({ people: next, ties: [...this.network.ties, ...ties] });
        this.removed = undefined;
        this.renderAll();
        this.announce(t('network.added', { name: person.name }));
        this.$(`[data-person="${person.id}"] [data-action="edit"]`).focus();
        return;
      }
      case 'export-svg':
      case 'export-png':
        return this.exportImage(button.dataset.action === 'export-png' ? 'png' : 'svg');
    }
  }

  /** Changes in a person's form, a tie box, the filter or the map options. */
  private edited(target: HTMLElement) {
    if (target.matches('[data-option]')) return this.renderMap();
    if (target.matches('[data-ties-filter]')) return this.filterTies((target as HTMLInputElement).value);
    if (target.matches('[data-tie]')) {
      const [a, b] = (target as HTMLInputElement).value.split(' ') as [string, string];
      const others = this.network.ties.filter(([x, y]) => !((x === a && y === b) || (x === b && y === a)));
      this.save({
        ...this.network,
        ties: (target as HTMLInputElement).checked ? [...others, [a, b]] : others,
      });
      this.syncTieBoxes(a, b, (target as HTMLInputElement).checked);
      return this.renderMap();
    }
    const item = target.closest<HTMLElement>('[data-person]');
    if (!item || !target.matches('[data-prop]')) return;
    const person = this.network.people.find((p) => p.id === item.dataset.person);
    if (!person) return;
    const updated = readPerson(item, person);
    if (!updated.name) return; // an emptied name is not saved; the old one stays until a new one is typed
    this.save({
      ...this.network,
      people: this.network.people.map((p) => (p.id === person.id ? updated : p)),
    });
    fillSummary(item, updated, this.roles);
    this.renderTable();
    this.renderMap();
    if (target.matches('[data-prop="name"]')) this.renderTies();
  }

  private announce(text: string, offerUndo = false) {
    this.$('[data-announce-text]').textContent = text;
    this.$('[data-action="undo"]').hidden = !offerUndo;
  }

  private renderAll() {
    this.renderList();
    this.renderTable();
    this.renderTies();
    this.renderMap();
  }

  private renderList() {
    const list = this.$('[data-people-list]');
    const template = this.$<HTMLTemplateElement>('[data-person-template]');
    const people = this.network.people;
    this.$('[data-count]').textContent = people.length ? t('network.count', { n: people.length }) : '';
    this.$('[data-empty]').hidden = people.length > 0;
    list.replaceChildren(
      ...people.map((person, i) => {
        const fragment = template.content.cloneNode(true) as DocumentFragment;
        const item = fragment.querySelector<HTMLElement>('[data-person]')!;
        item.dataset.person = person.id;
        for (const el of item.querySelectorAll('[id], [for]')) {
          for (const attr of ['id', 'for']) {
            const v = el.getAttribute(attr);
            if (v) el.setAttribute(attr, v.replace('__ID__', person.id));
          }
        }
        const isOpen = this.open.has(person.id);
        item.querySelector<HTMLElement>('.person-form')!.hidden = !isOpen;
        item.querySelector('[data-action="edit"]')!.setAttribute('aria-expanded', String(isOpen));
        item.querySelector<HTMLButtonElement>('[data-action="up"]')!.disabled = i === 0;
        item.querySelector<HTMLButtonElement>('[data-action="down"]')!.disabled = i === people.length - 1;
        // Each button says whom it acts on, for screen readers.
        for (const b of item.querySelectorAll('.person-actions button'))
          b.setAttribute('aria-label', `${b.textContent}: ${person.name}`);
        writePerson(item, person);
        fillSummary(item, person, this.roles);
        return item;
      }),
    );
  }

  private renderTable() {
    const cell = (text: string) => Object.assign(document.createElement('td'), { textContent: text });
    const roleName = (id: string) => this.roles.find((r) => r.id === id)?.name ?? id;
    const opt = (prefix: string, v: string | undefined) => (v ? t(`${prefix}.${v}`) : t('person.notSet'));
    const rows = this.network.people.map((p) => {
      const row = document.createElement('tr');
      const name = Object.assign(document.createElement('th'), { scope: 'row', textContent: p.name });
      row.append(
        name,
        cell(t.list(p.roles.map(roleName), 'unit')),
        cell(opt('person.closeness', closenessOf(p))),
        cell(opt('person.stage', p.stage)),
        cell(opt('person.source', p.source)),
        cell(opt('person.status', p.status ?? 'current')),
      );
      return row;
    });
    // Paper keeps a few empty rows to write more people in by hand (they never show on screen).
    const blank = this.$('[data-people-table] .blank-row') ?? this.blankRow;
    this.blankRow = blank;
    const blanks = Array.from(
      { length: Math.max(3, 12 - rows.length) },
      () => blank.cloneNode(true) as HTMLElement,
    );
    this.$('[data-people-table]').replaceChildren(...rows, ...blanks);
  }

  /** One group of checkboxes per person: "Ana knows: Bo, Chidi…". Each tie appears under both people. */
  private renderTies() {
    const people = this.network.people;
    const tied = new Set(this.network.ties.map(([a, b]) => [a, b].sort().join(' ')));
    this.$('[data-ties]').replaceChildren(
      ...people.map((p) => {
        const group = document.createElement('fieldset');
        group.className = 'tie-group';
        group.dataset.tieGroup = p.name.toLocaleLowerCase();
        const legend = document.createElement('legend');
        legend.textContent = t('network.knows', { name: p.name });
        group.append(legend);
        for (const q of people) {
          if (q.id === p.id) continue;
          const label = document.createElement('label');
          const box = Object.assign(document.createElement('input'), {
            type: 'checkbox',
            value: `${p.id} ${q.id}`,
          });
          box.dataset.tie = [p.id, q.id].sort().join(' ');
          box.checked = tied.has(box.dataset.tie);
          label.append(box, ` ${q.name}`);
          group.append(label);
        }
        return group;
      }),
    );
  }

  private syncTieBoxes(a: string, b: string, checked: boolean) {
    const key = [a, b].sort().join(' ');
    for (const box of this.querySelectorAll<HTMLInputElement>(`[data-tie="${key}"]`)) box.checked = checked;
  }

  private filterTies(text: string) {
    const q = text.trim().toLocaleLowerCase();
    for (const group of this.querySelectorAll<HTMLElement>('[data-tie-group]'))
      group.hidden = !!q && !group.dataset.tieGroup!.includes(q);
  }

  /** The live map: a pure layout and SVG string from src/core and src/render, escaped there. */
  renderMap() {
    const { layout, svg } = this.draw('live-map');
    this.$('[data-map-canvas]').innerHTML = svg;
    const unplaced = this.$('[data-unplaced]');
    const names = layout.unplaced.map((id) => this.network.people.find((p) => p.id === id)!.name);
    unplaced.hidden = names.length === 0;
    unplaced.textContent = names.length ? t('network.unplaced', { names: t.list(names) }) : '';
  }

  private draw(idPrefix: string) {
    const initialsOnly = this.$<HTMLInputElement>('[data-option="initials"]').checked;
    const showTies = this.$<HTMLInputElement>('[data-option="ties"]').checked;
    const latest = session.draft.snapshots.at(-1);
    const changes = this.$<HTMLInputElement>('[data-option="changes"]');
    changes.closest('label')!.hidden = !latest;
    const highlight =
      latest && changes.checked
        ? {
            ids: new Set(
              this.network.people
                .filter((p) => !latest.network.people.some((q) => q.id === p.id))
                .map((p) => p.id),
            ),
            label: t('map.newSinceSnapshot'),
          }
        : undefined;
    const layout = layoutMap(
      this.network.people,
      this.roles.map((r) => r.id),
      { initialsOnly },
    );
    const scene = mapScene(layout, this.network.people, this.words(), {
      ties: this.network.ties,
      showTies,
      ...(highlight && latest ? { highlight, snapshot: latest.network } : {}),
    });
    return { layout, scene, svg: renderMapSvg(scene, { idPrefix }) };
  }

  private words() {
    return mapWords(
      t,
      this.roles,
      this.network.people.map((p) => p.closeness),
    );
  }

  /** The SVG and PNG of the map as it is now (public: the benchmark times it). */
  async makeImages() {
    const { exportMapImages } = await failsAs('load-failed', import('./map-export.ts'));
    return exportMapImages(this.draw('export-map').scene);
  }

  /** The image export loads satori and the fonts only now, when asked for. */
  private async exportImage(kind: 'svg' | 'png') {
    const status = this.$('[data-export-status]');
    status.textContent = t('network.exporting');
    try {
      const images = await this.makeImages();
      const name = `${t('map.fileName')}.${kind}`;
      const blob = kind === 'png' ? images.png : images.svg;
      downloadFile(name, blob, kind === 'png' ? 'image/png' : 'image/svg+xml');
      status.textContent = t('network.exported');
    } catch (error) {
      status.textContent = t('network.exportFailed', { reason: failureText(t, error) });
    }
  }
}

/** Puts a person's attributes into their form. */
function writePerson(item: HTMLElement, p: Person) {
  const set = (prop: string, value: string) => {
    for (const el of item.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      `[data-prop="${prop}"]`,
    ))
      el.value = value;
  };
  set('name', p.name);
  set('role', p.roles[0] ?? '');
  set('closeness', closenessOf(p));
  set('stage', p.stage ?? '');
  set('source', p.source ?? '');
  set('status', p.status ?? 'current');
  set('since', p.since ? String(p.since) : '');
  set('notes', p.notes ?? '');
  item.querySelector('[data-editing]')!.textContent = t('network.editing', { name: p.name });
  for (const box of item.querySelectorAll<HTMLInputElement>('[data-prop="other-role"]'))
    box.checked = p.roles.slice(1).includes(box.value);
  for (const box of item.querySelectorAll<HTMLInputElement>('[data-prop="support"]'))
    box.checked = (p.supports ?? []).includes(box.value);
  for (const input of item.querySelectorAll<HTMLInputElement>('[data-prop="background"]')) {
    const v = p.background?.[input.dataset.attribute!] ?? '';
    input.value = v === PREFER_NOT_TO_SAY ? '' : v;
    input.disabled = v === PREFER_NOT_TO_SAY;
  }
  for (const box of item.querySelectorAll<HTMLInputElement>('[data-prop="prefer-not"]'))
    box.checked = p.background?.[box.dataset.attribute!] === PREFER_NOT_TO_SAY;
}

/** Reads a person's form back; unset values are left out rather than stored empty. */
function readPerson(item: HTMLElement, before: Person): Person {
  const value = (prop: string) => item.querySelector<HTMLInputElement>(`[data-prop="${prop}"]`)!.value.trim();
  const checked = (prop: string) =>
    [...item.querySelectorAll<HTMLInputElement>(`[data-prop="${prop}"]:checked`)].map((b) => b.value);
  const primary = value('role');
  const background: Record<string, string> = {};
  for (const input of item.querySelectorAll<HTMLInputElement>('[data-prop="background"]')) {
    const attribute = input.dataset.attribute!;
    const declined = item.querySelector<HTMLInputElement>(
      `[data-prop="prefer-not"][data-attribute="${attribute}"]`,
    )!.checked;
    input.disabled = declined;
    if (declined) background[attribute] = PREFER_NOT_TO_SAY;
    else if (input.value.trim()) background[attribute] = input.value.trim().slice(0, 100);
  }
  const since = Number.parseInt(value('since'), 10);
  const person: Person = {
    id: before.id,
    name: value('name').slice(0, 100),
    roles: [primary, ...checked('other-role').filter((r) => r !== primary)],
    closeness: value('closeness') as Closeness,
    status: value('status') as Status,
  };
  const stage = value('stage');
  const source = value('source');
  if (stage) person.stage = stage as Person['stage'] & string;
  if (source) person.source = source as Person['source'] & string;
  const supports = checked('support');
  if (supports.length) person.supports = supports;
  if (Object.keys(background).length) person.background = background;
  if (since >= 1900 && since <= 2200) person.since = since;
  const notes = value('notes');
  if (notes) person.notes = notes.slice(0, 2000);
  return person;
}

function fillSummary(item: HTMLElement, p: Person, roles: { id: string; name: string }[]) {
  item.querySelector('[data-name]')!.textContent = p.name;
  const parts = [
    roles.find((r) => r.id === p.roles[0])?.name ?? p.roles[0]!,
    t(`person.closeness.${closenessOf(p)}`),
  ];
  if (isPlanned(p)) parts.push(t('person.status.potential'));
  item.querySelector('[data-summary]')!.textContent = `— ${t.list(parts, 'unit')}`;
}

customElements.define('mnk-network', NetworkEditor);
