// The live map as a workspace: draws the scene's SVG, makes each person focusable (the SVG has
// them in reading order: sector by sector, inner ring first), and turns pointer drags and arrow
// keys into moves (a ring in or out, another sector) through core/map-hit.ts. The SVG comes from
// render/map-svg.ts, patched in place (svg-patch.ts); this only adds attributes and an overlay (drop
// target, highlighted ties).
import { cellAt, cellPath, stepRing, stepSector, type Cell } from '../../core/map-hit.ts';
import type { MapLayout } from '../../core/map-layout.ts';
import type { MapScene } from '../../core/map-scene.ts';
import type { MapSvgParts } from '../../render/map-svg.ts';
import { PanZoom } from './pan-zoom.ts';
import { patchSvg } from './svg-patch.ts';

export interface MapHost {
  /** A person was picked (click, tap, Enter); `tie` when Shift was held; `byKey` with Enter or Space. */
  pick(id: string, tie: boolean, byKey: boolean): void;
  /** A person was dropped on, or moved by key to, a cell. */
  move(id: string, to: Cell): void;
  /** What a screen reader says for a person on the map. */
  label(id: string): string;
}

const SVG = 'http://www.w3.org/2000/svg';
/** How far a pointer travels before a press becomes a drag, in CSS pixels. */
const DRAG_START = 6;

export class MapView {
  readonly zoom: PanZoom;
  private layout: MapLayout | undefined;
  private scene: MapScene | undefined;
  private overlay: SVGGElement | undefined;
  private selected: string | undefined;
  private press: { id: string; x: number; y: number; pointer: number; dragging: boolean } | undefined;

  private canvas: HTMLElement;
  private host: MapHost;

  constructor(canvas: HTMLElement, host: MapHost) {
    this.canvas = canvas;
    this.host = host;
    this.zoom = new PanZoom(canvas);
    canvas.addEventListener('pointerdown', (e) => this.down(e));
    canvas.addEventListener('pointermove', (e) => this.dragged(e));
    canvas.addEventListener('pointerup', (e) => this.up(e));
    canvas.addEventListener('pointercancel', () => this.cancel());
    canvas.addEventListener('keydown', (e) => this.key(e));
    canvas.addEventListener('focusin', (e) => this.showTies(personOf(e.target)));
    canvas.addEventListener('focusout', () => this.showTies(this.selected));
  }

  draw(layout: MapLayout, scene: MapScene, svg: MapSvgParts): void {
    const focused = personOf(document.activeElement);
    this.layout = layout;
    this.scene = scene;
    this.zoom.prepare(scene);
    // Its people can be focused and picked, so the drawing is a group of them, not one image.
    const attributes = svg.attributes.map(
      ([name, value]) => [name, name === 'role' ? 'group' : value] as const,
    );
    const { root, changed } = patchSvg(this.canvas, attributes, svg.children, personOf);
    // The people come in map order (sector, then ring: map-draw.ts), which is the focus order.
    for (const g of changed) {
      const id = g instanceof SVGGElement ? g.dataset.person : undefined;
      if (id === undefined) continue;
      // A person patched in place has these already; each attribute set anew costs a style check.
      setIfChanged(g, 'tabindex', '0');
      // A named group (SVG's role for a named <g>), not a button: its name ("Ana Ruiz: Mentee,
      // close") says more than the drawn label, which may be shortened or initials.
      setIfChanged(g, 'role', 'group');
      setIfChanged(g, 'aria-label', this.host.label(id));
    }
    // The overlay (highlighted ties, drop target) lies just under the people.
    if (!this.overlay) {
      this.overlay = document.createElementNS(SVG, 'g');
      this.overlay.setAttribute('class', 'map-overlay');
    }
    const first = root.querySelector('g[data-person]');
    if (first && first.previousElementSibling !== this.overlay) first.before(this.overlay);
    this.zoom.attach(root, scene);
    this.mark(this.selected);
    if (focused && personOf(document.activeElement) !== focused)
      this.person(focused)?.focus({ preventScroll: true });
  }

  /** Shows who is selected, and their ties. */
  mark(id: string | undefined): void {
    this.selected = id;
    for (const g of this.canvas.querySelectorAll('g[data-person]'))
      g.classList.toggle('is-selected', (g as SVGGElement).dataset.person === id);
    this.showTies(personOf(document.activeElement) ?? id);
  }

  person(id: string): SVGGElement | null {
    return this.canvas.querySelector<SVGGElement>(`g[data-person="${CSS.escape(id)}"]`);
  }

  /** Rings one person (focused, else selected) and draws their ties over the map. */
  private showTies(id: string | undefined): void {
    if (!this.overlay || !this.scene) return;
    const tied = new Set<string>();
    const paths = this.scene.ties
      .filter((t) => id !== undefined && t.between.includes(id))
      .map((t) => {
        for (const other of t.between) if (other !== id) tied.add(other);
        // The tie's own path (straight, or curved around You), drawn again on top.
        const path = document.createElementNS(SVG, 'path');
        path.setAttribute('d', t.path.d);
        path.setAttribute('class', 'tie-highlight');
        return path;
      });
    // A ring around the person, drawn at a constant width on screen whatever the zoom.
    const at = this.scene.people.find((p) => p.id === id);
    const ring = document.createElementNS(SVG, 'circle');
    if (at) {
      ring.setAttribute('cx', String(at.x));
      ring.setAttribute('cy', String(at.y));
      ring.setAttribute('r', '24');
      ring.setAttribute('class', 'person-ring');
    }
    this.overlay.replaceChildren(...paths, ...(at ? [ring] : []), ...(this.target ? [this.target] : []));
    for (const g of this.canvas.querySelectorAll<SVGGElement>('g[data-person]'))
      g.classList.toggle('is-tied', tied.has(g.dataset.person!));
  }

  private target: SVGPathElement | undefined;

  private down(e: PointerEvent): void {
    const id = personOf(e.target);
    if (!id || e.button !== 0) return;
    this.press = { id, x: e.clientX, y: e.clientY, pointer: e.pointerId, dragging: false };
    this.canvas.setPointerCapture(e.pointerId);
  }

  private dragged(e: PointerEvent): void {
    const press = this.press;
    if (!press || e.pointerId !== press.pointer || !this.layout) return;
    if (!press.dragging && Math.hypot(e.clientX - press.x, e.clientY - press.y) < DRAG_START) return;
    press.dragging = true;
    const g = this.person(press.id);
    const at = this.layout.people.find((p) => p.id === press.id);
    if (!g || !at) return;
    // The person follows the pointer; the cell they would land in is outlined.
    const m = this.zoom.toMap(e.clientX, e.clientY);
    g.classList.add('is-dragged');
    g.setAttribute('transform', `translate(${m.x - at.x} ${m.y - at.y})`);
    const cell = cellAt(this.layout, m.x, m.y);
    if (!this.target) {
      this.target = document.createElementNS(SVG, 'path');
      this.target.setAttribute('class', 'drop-target');
      this.overlay?.append(this.target);
    }
    this.target.setAttribute('d', cell ? cellPath(this.layout, cell) : '');
  }

  private up(e: PointerEvent): void {
    const press = this.press;
    if (!press || e.pointerId !== press.pointer || !this.layout) return;
    this.press = undefined;
    if (!press.dragging) return this.host.pick(press.id, e.shiftKey, false);
    const m = this.zoom.toMap(e.clientX, e.clientY);
    const cell = cellAt(this.layout, m.x, m.y);
    const at = this.layout.people.find((p) => p.id === press.id);
    this.clearDrag(press.id);
    if (cell && at && (cell.ring !== at.ring || cell.sector !== at.sector)) this.host.move(press.id, cell);
  }

  private cancel(): void {
    if (this.press) this.clearDrag(this.press.id);
    this.press = undefined;
  }

  private clearDrag(id: string): void {
    this.target?.remove();
    this.target = undefined;
    const g = this.person(id);
    g?.removeAttribute('transform');
    g?.classList.remove('is-dragged');
  }

  private key(e: KeyboardEvent): void {
    const id = personOf(e.target);
    const at = id && this.layout?.people.find((p) => p.id === id);
    if (!id || !at || !this.layout || e.altKey || e.ctrlKey || e.metaKey) return;
    const sectors = this.layout.sectors.length;
    const to: Record<string, Cell> = {
      ArrowUp: { ring: stepRing(at.ring, -1), sector: at.sector },
      '+': { ring: stepRing(at.ring, -1), sector: at.sector },
      ArrowDown: { ring: stepRing(at.ring, 1), sector: at.sector },
      '-': { ring: stepRing(at.ring, 1), sector: at.sector },
      ArrowRight: { ring: at.ring, sector: stepSector(at.sector, 1, sectors) },
      ArrowLeft: { ring: at.ring, sector: stepSector(at.sector, -1, sectors) },
    };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.host.pick(id, e.shiftKey, true);
    } else if (to[e.key]) {
      e.preventDefault();
      this.host.move(id, to[e.key]!);
    }
  }
}

function setIfChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** The id of the person an event target belongs to on the map, if any. */
function personOf(target: EventTarget | null): string | undefined {
  return target instanceof Element
    ? (target.closest<SVGGElement>('g[data-person]')?.dataset.person ?? undefined)
    : undefined;
}
