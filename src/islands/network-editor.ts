// <mnk-network>: the map as the participant's workspace. Wires the parts in src/islands/network/:
// the live map (pick, drag, keys, zoom), quick add, the one person editor, the people list and
// table, who knows whom, the summary line and private names. Every change goes through `change`
// (saved, announced, undoable) or `save` (typing in the editor). Names are only ever set as text.
import { closenessOf } from '../core/person.ts';
import type { Cell } from '../core/map-hit.ts';
import { nameProblem, type Person, type Workbook } from '../core/workbook.ts';
import { cancelIdle, whenIdle } from './idle.ts';
import { session } from './session.ts';
import { t } from './strings.ts';
import { drawMap, exportImage, makeImages } from './network/map-draw.ts';
import { MapView, type MapHost } from './network/map-view.ts';
import { PeopleList, type Role } from './network/people-list.ts';
import { conflictAnchor, describePersonValue, readPerson, writePerson } from './network/person-editor.ts';
import { showConflictNotes, underKey } from './conflict-note.ts';
import { INITIALS_KEY, initialsOnly, setInitialsOnly, shownName } from './network/privacy.ts';
import { clearQuickAdd, readQuickAdd } from './network/quick-add.ts';
import { preference, setPreference } from './network/preferences.ts';
import { isTied, renderKnows, renderKnowsTitle, setTie } from './network/ties.ts';

type Network = Workbook['network'];

const LARGE_KEY = 'mnk:large-type';
/** What of a person the map draws (see core/map-scene.ts): a change elsewhere needs no redraw. */
const DRAWN = ['name', 'alias', 'roles', 'closeness', 'source', 'stage', 'status'] as const;

class NetworkEditor extends HTMLElement implements MapHost {
  private roles: Role[] = [];
  private network: Network = { people: [], ties: [] };
  private selected: string | undefined;
  private tieMode = false;
  private hide = false;
  private undoTo: { network: Network; focus?: string | undefined } | undefined;
  private list!: PeopleList;
  private map!: MapView;
  private frame = 0;
  private summaryIdle = 0;

  connectedCallback() {
    this.roles = JSON.parse(this.dataset.roles ?? '[]');
    session.start();
    this.network = session.draft.network;
    this.hide = initialsOnly();
    this.option('initials').checked = this.hide;
    const large = preference(LARGE_KEY) === '1';
    this.option('large').checked = large;
    document.documentElement.classList.toggle('large-type', large);
    this.list = new PeopleList(this, this.roles, (p) => shownName(p, this.hide));
    this.map = new MapView(this.$('[data-map-canvas]'), this);
    this.renderAll();
    session.addEventListener('snapshots', () => this.renderMap());
    session.addEventListener('replaced', () => {
      // The workbook changed under the last step (Delete all, an opened file, another tab's save):
      // undoing it now would bring back a network that is no longer the whole truth, so it is not offered.
      this.undoTo = undefined;
      this.$('[data-action="undo"]').hidden = true;
      this.network = session.draft.network;
      if (this.selected && !this.person(this.selected)) this.selected = undefined;
      this.renderAll();
      // The open editor follows what is stored now (another tab's save, merged field by field).
      const open = this.selected && this.person(this.selected);
      if (open) writePerson(this.$('[data-editor]'), open);
      this.showConflicts();
    });
    session.addEventListener('conflicts', () => this.showConflicts());
    window.addEventListener('storage', (e) => {
      if (e.key !== INITIALS_KEY && e.key !== null) return;
      this.hide = initialsOnly();
      this.option('initials').checked = this.hide;
      this.renderAll();
    });
    this.addEventListener('click', (e) => this.clicked(e));
    this.addEventListener('input', (e) => this.edited(e.target as HTMLElement));
    this.addEventListener('change', (e) => this.edited(e.target as HTMLElement));
    this.$('[data-editor]').addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') this.$('[data-editor] [data-action="done"]').click();
    });
    // A name typed in quick add but not added yet is kept like an answer, until it is added.
    const name = this.$<HTMLInputElement>('#qa-name');
    // What is typed already stays (and is kept); otherwise the name kept from before comes back.
    if (name.value) session.store.keepInput('quick-add-name', name.value);
    else name.value = session.store.input('quick-add-name');
    name.addEventListener('input', () => session.store.keepInput('quick-add-name', name.value));
    this.$('[data-quick-add]').addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key !== 'Enter') return;
      e.preventDefault();
      this.add();
    });
  }

  private $<T extends Element = HTMLElement>(selector: string) {
    return this.querySelector<T & Element>(selector)!;
  }

  private option(name: string) {
    return this.$<HTMLInputElement>(`[data-option="${name}"]`);
  }

  private person(id: string): Person | undefined {
    return this.network.people.find((p) => p.id === id);
  }

  private shown = (id: string) => {
    const p = this.person(id);
    return p ? shownName(p, this.hide) : id;
  };

  private roleName = (id: string | undefined) => this.roles.find((r) => r.id === id)?.name ?? id ?? '';

  /** Saves without an undo step (typing in the editor). */
  private save(network: Network) {
    this.network = network;
    session.setNetwork(network);
  }

  /** Saves a change that can be undone, and says what happened. */
  private change(network: Network, message: string, focus?: string) {
    this.undoTo = { network: this.network, focus };
    this.save(network);
    this.announce(message, true);
  }

  private announce(text: string, offerUndo = false) {
    this.$('[data-announce-text]').textContent = text;
    this.$('[data-action="undo"]').hidden = !offerUndo;
  }

  private add() {
    const row = this.$('[data-quick-add]');
    const person = readQuickAdd(row, this.network.people.length);
    if (!person) return;
    this.save({ ...this.network, people: [...this.network.people, person] });
    this.announce(t('network.added', { name: shownName(person, this.hide) }));
    clearQuickAdd(row);
    session.store.keepInput('quick-add-name', '');
    this.renderAll();
    // The map and the confirmation in view: on a phone the map is above the quick-add row.
    if (this.$('[data-map-canvas]').getBoundingClientRect().top < 0)
      this.$('.map-column').scrollIntoView({ block: 'start' });
  }

  // --- the map's host ---------------------------------------------------------------------------

  label(id: string): string {
    const p = this.person(id)!;
    return t('network.personOnMap', {
      name: this.shown(id),
      role: this.roleName(p.roles[0]),
      closeness: t(`person.closeness.${closenessOf(p)}`),
    });
  }

  pick(id: string, tie: boolean, byKey: boolean): void {
    if ((tie || this.tieMode) && this.selected && this.selected !== id)
      return this.toggleTie(this.selected, id);
    // A click keeps the focus on the map (arrow keys go on moving the person); Enter opens the editor.
    this.select(id, byKey && !this.tieMode);
    if (this.tieMode) this.announce(t('network.tieNext', { name: this.shown(id) }));
  }

  move(id: string, to: Cell): void {
    const p = this.person(id);
    const role = this.roles[to.sector]?.id;
    if (!p || !role) return;
    // The new sector is the new main role; the other roles stay as they were.
    const moved: Person = {
      ...p,
      closeness: to.ring,
      roles: [role, ...p.roles.slice(1).filter((r) => r !== role)],
    };
    this.change(
      { ...this.network, people: this.network.people.map((q) => (q.id === id ? moved : q)) },
      t('network.moved', {
        name: this.shown(id),
        closeness: t(`person.closeness.${to.ring}`),
        role: this.roleName(role),
      }),
      id,
    );
    this.list.update(moved, this.selected);
    if (this.selected === id) writePerson(this.$('[data-editor]'), moved);
    this.renderMap();
    this.renderSummary();
  }

  private toggleTie(a: string, b: string) {
    const tied = !isTied(this.network, a, b);
    const words = { a: this.shown(a), b: this.shown(b) };
    this.change(setTie(this.network, a, b, tied), t(tied ? 'network.tied' : 'network.untied', words), b);
    this.renderMap();
    this.renderEditor();
    this.renderSummary();
  }

  // --- selection and the editor -------------------------------------------------------------------

  /** Opens a person's editor (or closes it, with no one). `focus` moves the focus into it. */
  private select(id: string | undefined, focus = false) {
    this.selected = id;
    this.list.select(id);
    this.map.mark(id);
    this.renderEditor();
    if (!id) return;
    // On a phone the editor is a sheet over the lower part of the screen: the map goes to the top.
    if (getComputedStyle(this.$('[data-editor]')).position === 'fixed')
      this.$('[data-map-canvas]').scrollIntoView({ block: 'start' });
    else if (focus) this.$('[data-editor]').scrollIntoView({ block: 'nearest' });
    if (focus) this.$<HTMLInputElement>('#pe-name').focus({ preventScroll: true });
  }

  /** Both tabs' versions beside each field of the open person that both changed, with the choice. */
  private showConflicts() {
    const editor = this.$('[data-editor]');
    showConflictNotes(
      editor,
      underKey(`person/${this.selected ?? ''}/`),
      (field) => conflictAnchor(editor, field),
      (field) => describePersonValue(field, this.roleName, t),
    );
  }

  private renderEditor() {
    const editor = this.$('[data-editor]');
    const p = this.selected ? this.person(this.selected) : undefined;
    editor.hidden = !p;
    this.classList.toggle('is-editing', !!p);
    if (!p) return;
    if (editor.dataset.person !== p.id) {
      editor.dataset.person = p.id;
      writePerson(editor, p);
      this.$<HTMLInputElement>('[data-knows-search]').value = '';
      this.showConflicts();
    }
    this.$('[data-editing]').textContent = t('network.editing', { name: this.shown(p.id) });
    renderKnows(editor, this.network, p.id, this.shown);
  }

  private clicked(e: Event) {
    const button = (e.target as HTMLElement).closest<HTMLElement>('[data-action]');
    if (!button) return;
    const id = button.closest<HTMLElement>('[data-person]')?.dataset.person;
    switch (button.dataset.action) {
      case 'add-person':
        return this.add();
      case 'select':
        return id === this.selected ? this.select(undefined) : this.select(id, true);
      case 'done': {
        const was = this.selected;
        this.select(undefined);
        if (was) this.focusPerson(was);
        return;
      }
      case 'remove':
        return id && this.removePerson(id);
      case 'undo': {
        if (!this.undoTo) return;
        const { network, focus } = this.undoTo;
        this.undoTo = undefined;
        this.save(network);
        if (this.selected && !this.person(this.selected)) this.selected = undefined;
        this.renderAll();
        this.announce(t('network.undone'));
        if (focus && this.person(focus)) this.focusPerson(focus);
        return;
      }
      case 'tie-mode':
        this.tieMode = !this.tieMode;
        button.setAttribute('aria-pressed', String(this.tieMode));
        if (this.tieMode)
          this.announce(
            this.selected ? t('network.tieNext', { name: this.shown(this.selected) }) : t('network.tieFirst'),
          );
        return;
      case 'zoom-in':
        return this.map.zoom.zoom(1.25);
      case 'zoom-out':
        return this.map.zoom.zoom(1 / 1.25);
      case 'zoom-fit':
        return this.map.zoom.fit();
      case 'export-svg':
      case 'export-png':
        return exportImage(
          this.draw('export-map').scene,
          button.dataset.action === 'export-png' ? 'png' : 'svg',
          this.dataset.layoutWasm!,
          this.$('[data-export-status]'),
        );
    }
  }

  /** Back to a person on the map (or to quick add when they are not drawn). */
  private focusPerson(id: string) {
    const g = this.map.person(id);
    if (g) g.focus();
    else this.$<HTMLInputElement>('#qa-name').focus();
  }

  private removePerson(id: string) {
    const person = this.person(id);
    if (!person) return;
    const name = shownName(person, this.hide);
    this.change(
      {
        ...this.network,
        people: this.network.people.filter((p) => p.id !== id),
        ties: this.network.ties.filter((tie) => !tie.includes(id)),
      },
      t('network.removed', { name }),
      id,
    );
    if (this.selected === id) this.selected = undefined;
    this.renderAll();
    this.$('[data-action="undo"]').focus();
  }

  /** Changes in the editor, a "knows" box or search, or the map options. */
  private edited(target: HTMLElement) {
    if (target.matches('[data-option="initials"]')) {
      this.hide = (target as HTMLInputElement).checked;
      setInitialsOnly(this.hide);
      session.dispatchEvent(new Event('status')); // the findings below redraw with the shown names
      return this.renderAll();
    }
    if (target.matches('[data-option="large"]')) {
      const on = (target as HTMLInputElement).checked;
      setPreference(LARGE_KEY, on ? '1' : null);
      document.documentElement.classList.toggle('large-type', on);
      return this.map.zoom.fit();
    }
    if (target.matches('[data-option]')) return this.renderMap();
    if (target.matches('[data-knows-search]')) return this.renderEditor();
    if (target.matches('[data-knows]') && this.selected) {
      const box = target as HTMLInputElement;
      this.save(setTie(this.network, this.selected, box.value, box.checked));
      // The box stays where it is (unticked, it can be ticked again); only the count changes.
      renderKnowsTitle(this.$('[data-editor]'), this.network, this.selected, this.shown);
      return this.scheduleMap();
    }
    const editor = this.$('[data-editor]');
    if (!this.selected || !editor.contains(target) || !target.matches('[data-prop]')) return;
    const person = this.person(this.selected);
    if (!person) return;
    const updated = readPerson(editor, person);
    if (nameProblem(updated.name)) return; // a name with nothing readable is not saved; the old one stays
    this.save({
      ...this.network,
      people: this.network.people.map((p) => (p.id === person.id ? updated : p)),
    });
    this.list.update(updated, this.selected);
    this.$('[data-editing]').textContent = t('network.editing', { name: this.shown(updated.id) });
    // Notes, background, supports or a year change nothing drawn: the map stays as it is.
    if (DRAWN.some((k) => JSON.stringify(person[k]) !== JSON.stringify(updated[k]))) this.scheduleMap();
    else this.renderSummary();
  }

  private renderAll() {
    this.list.render(this.network.people, this.selected);
    this.renderEditor();
    this.renderMap();
    this.renderSummary();
  }

  /**
   * The summary line runs the analysis, loaded apart (it is shared with the findings below). Like
   * the findings, it follows once the browser is idle, after the frame that shows the edit.
   */
  private renderSummary() {
    cancelIdle(this.summaryIdle);
    this.summaryIdle = whenIdle(() => {
      const link = this.$<HTMLAnchorElement>('[data-map-summary]');
      void import('./network/summary.ts').then(({ renderSummary }) =>
        renderSummary(link, { ...session.draft, network: this.network }),
      );
    });
  }

  /** One redraw per frame, however many keystrokes arrive in it. */
  private scheduleMap() {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.renderMap();
      this.renderSummary();
    });
  }

  /** The live map: a pure layout and SVG string from src/core and src/render, escaped there. */
  renderMap() {
    cancelAnimationFrame(this.frame);
    const { layout, scene, svg } = this.draw('live-map');
    this.map.draw(layout, scene, svg);
    const unplaced = this.$('[data-unplaced]');
    const names = layout.unplaced.map(this.shown);
    unplaced.hidden = names.length === 0;
    unplaced.textContent = names.length ? t('network.unplaced', { names: t.list(names) }) : '';
  }

  private draw(idPrefix: string) {
    const latest = session.draft.snapshots.at(-1);
    const changes = this.option('changes');
    changes.closest('label')!.hidden = !latest;
    const since = changes.checked ? latest : undefined;
    return drawMap(
      this.network,
      { roles: this.roles, hide: this.hide, showTies: this.option('ties').checked, since },
      idPrefix,
    );
  }

  /** The SVG and PNG of the map as it is now (public: the benchmark times it). */
  makeImages() {
    return makeImages(this.draw('export-map').scene, this.dataset.layoutWasm!);
  }
}

customElements.define('mnk-network', NetworkEditor);
