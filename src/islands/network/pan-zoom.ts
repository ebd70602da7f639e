// Zoom and pan for the live map, with pointer events (mouse, pen, touch: drag to pan, pinch to
// zoom, Ctrl+wheel) and buttons. The SVG is laid out at one CSS pixel per map unit and moved with a
// CSS transform, so a pointer maps back to map units with one scale and one offset.
import type { Box } from '../../core/map-layout.ts';

/** Below this width the map is above the people panel and not sticky (the stylesheet agrees). */
const WIDE = '(min-width: 64rem)';

export class PanZoom {
  private scale = 1;
  private fitScale = 1;
  private x = 0;
  private y = 0;
  /** True until the participant zooms or pans: a redraw then fits the map again. */
  private fitted = true;
  private view: Box = { x: 0, y: 0, width: 1, height: 1 };
  private circle: Box = this.view;
  /** The display width at which the map's smallest word is legible (the scene's legibleWidth). */
  private legibleWidth = 0;
  /** The frame the last fit was for: a redraw with the same frame keeps the fit without measuring. */
  private fittedFor = '';
  private svg: SVGSVGElement | undefined;
  private pointers = new Map<number, { x: number; y: number }>();
  private width = 0;

  private box: HTMLElement;

  constructor(box: HTMLElement) {
    this.box = box;
    box.addEventListener('pointerdown', (e) => this.down(e));
    box.addEventListener('pointermove', (e) => this.moved(e));
    for (const type of ['pointerup', 'pointercancel'] as const)
      box.addEventListener(type, (e) => this.pointers.delete(e.pointerId));
    box.addEventListener(
      'wheel',
      (e) => {
        if (!e.ctrlKey && !e.metaKey) return; // a plain wheel scrolls the page
        e.preventDefault();
        const at = this.local(e.clientX, e.clientY);
        this.zoom(e.deltaY < 0 ? 1.15 : 1 / 1.15, at.x, at.y);
      },
      { passive: false },
    );
    new ResizeObserver(() => {
      if (box.clientWidth !== this.width && this.fitted) this.fit();
    }).observe(box);
    addEventListener('resize', () => {
      if (this.fitted) this.fit();
    });
  }

  /**
   * Before a redraw changes the drawing: when the new drawing will need a fit, measures the room for
   * it now. Measured after, it would force the browser to lay the page out mid-redraw, the costliest
   * part at hundreds of people; the room does not depend on the drawing.
   */
  prepare(scene: { view: Box; circle: Box; legibleWidth: number }): void {
    if (this.fitted && frameOf(scene) !== this.fittedFor) this.room = this.measureRoom();
  }

  /** Takes the drawn SVG; keeps the participant's zoom unless the map was fitted. */
  attach(svg: SVGSVGElement, scene: { view: Box; circle: Box; legibleWidth: number }): void {
    this.svg = svg;
    const { view } = scene;
    this.view = view;
    this.circle = scene.circle;
    this.legibleWidth = scene.legibleWidth;
    svg.style.width = `${view.width}px`;
    svg.style.height = `${view.height}px`;
    // Most edits leave the map's frame as it was: the fit stands, and nothing is measured.
    const frame = frameOf(scene);
    if (this.fitted && frame !== this.fittedFor) this.fit();
    else this.apply();
    this.fittedFor = frame;
    this.room = undefined; // measured for this redraw only
  }

  /**
   * The map across the box's width with you in the middle, no taller than the room the window leaves,
   * so the whole circle and its role names stay in view (the legend scrolls below).
   */
  fit(): void {
    const { view, circle, box } = this;
    const { width, others, wide, windowHeight, textScale } = this.room ?? this.measureRoom();
    this.room = undefined;
    this.width = width;
    // Narrower, the person editor is a sheet over the lower half (global.css): the map fits above it.
    const most = wide ? windowHeight - others - 16 : windowHeight * 0.5;
    // Shrunk to the window's height only as far as every word stays legible; past that, it pans.
    // Legible grows with the page's text: large type (a projector) or the browser's own text size.
    const legible = (this.legibleWidth * textScale) / view.width;
    const s = Math.min(this.width / view.width, Math.max(most / circle.height, legible));
    const above = -view.y * s;
    const below = (view.y + view.height) * s;
    const height = Math.max(240, Math.min(most, 2 * Math.max(above, below)));
    box.style.height = `${Math.round(height)}px`;
    const content = view.height * s;
    const centred = height / 2 - above;
    // Centre you. A map shorter than the box never leaves it; a taller one (the legend below the
    // circle) may leave a band above the role names rather than push you off the middle.
    this.y = content <= height ? clamp(centred, 0, height - content) : Math.max(centred, height - content);
    this.x = this.width / 2 + view.x * s;
    this.scale = this.fitScale = s;
    this.fitted = true;
    this.fittedFor = '';
    this.apply();
  }

  private room:
    { width: number; others: number; wide: boolean; windowHeight: number; textScale: number } | undefined;

  private measureRoom() {
    const { box } = this;
    // On a wide screen the map's column stays in view: the box takes what its neighbours leave.
    const column = box.closest<HTMLElement>('.map-column');
    return {
      width: box.clientWidth,
      others: column ? column.offsetHeight - box.offsetHeight : 0,
      wide: matchMedia(WIDE).matches,
      windowHeight: window.innerHeight,
      // The page's text size against the 16 px the scene's legible width assumes.
      textScale: Math.max(1, parseFloat(getComputedStyle(document.documentElement).fontSize) / 16),
    };
  }

  /** Zooms by `factor` around a point of the box (its centre by default). */
  zoom(factor: number, at = this.box.clientWidth / 2, atY = this.box.clientHeight / 2): void {
    const next = clamp(this.scale * factor, this.fitScale * 0.5, this.fitScale * 8);
    this.x = at - ((at - this.x) * next) / this.scale;
    this.y = atY - ((atY - this.y) * next) / this.scale;
    this.scale = next;
    this.fitted = false;
    this.apply();
  }

  /** A point on the screen in map units. */
  toMap(clientX: number, clientY: number): { x: number; y: number } {
    const p = this.local(clientX, clientY);
    return { x: (p.x - this.x) / this.scale + this.view.x, y: (p.y - this.y) / this.scale + this.view.y };
  }

  private local(clientX: number, clientY: number) {
    const r = this.box.getBoundingClientRect();
    return { x: clientX - r.left - this.box.clientLeft, y: clientY - r.top - this.box.clientTop };
  }

  private apply(): void {
    if (this.svg) this.svg.style.transform = `translate(${this.x}px, ${this.y}px) scale(${this.scale})`;
  }

  private down(e: PointerEvent): void {
    if ((e.target as Element).closest('[data-person]')) return; // a person is dragged, not the map
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.box.setPointerCapture(e.pointerId);
  }

  private moved(e: PointerEvent): void {
    const before = this.pointers.get(e.pointerId);
    if (!before) return;
    const others = [...this.pointers].filter(([id]) => id !== e.pointerId).map(([, p]) => p);
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (others.length === 0) {
      this.x += e.clientX - before.x;
      this.y += e.clientY - before.y;
      this.fitted = false;
      this.apply();
    } else {
      // Pinch: the distance to the other finger scales, around the point between them.
      const other = others[0]!;
      const d0 = Math.hypot(before.x - other.x, before.y - other.y);
      const d1 = Math.hypot(e.clientX - other.x, e.clientY - other.y);
      const mid = this.local((e.clientX + other.x) / 2, (e.clientY + other.y) / 2);
      if (d0 > 0) this.zoom(d1 / d0, mid.x, mid.y);
    }
  }
}

/** What a fit depends on in a drawing: the same frame keeps the same fit. */
const frameOf = (scene: { view: Box; circle: Box; legibleWidth: number }) =>
  [
    scene.view.x,
    scene.view.y,
    scene.view.width,
    scene.view.height,
    scene.circle.height,
    scene.legibleWidth,
  ].join();

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
