// Brings the live map's SVG up to a new drawing by changing only what changed. Replacing the whole
// drawing made the browser parse, style and lay out every element again after each edit (some 3,800
// at 500 people, most of them text); one move changes a few dozen. Each child element is known by the
// markup it was made from (render/map-svg.ts gives one string per element), so an element whose
// markup is unchanged is kept as it is, with what the page added to it (focus, tabindex, classes).

import { morphContent } from '../morph.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** The markup each element was made from. */
const madeFrom = new WeakMap<Element, string>();
/** The SVG roots the patch made. */
const roots = new WeakSet<SVGSVGElement>();

/** What the patch did: the elements it made or changed (the page adds its attributes to these only). */
export interface Patched {
  root: SVGSVGElement;
  changed: Element[];
}

/**
 * Makes `box`'s SVG have these attributes and children, in this order. Elements the patch did not
 * make (an overlay the page drew) stay, in the place they had relative to the patch's elements. An
 * element with an `identity` (a person's group) whose markup changed is changed in place, not
 * replaced, so that it keeps the focus and what the page added to it.
 */
export function patchSvg(
  box: HTMLElement,
  attributes: readonly (readonly [string, string])[],
  children: readonly string[],
  identity: (el: Element) => string | undefined = () => undefined,
): Patched {
  // The first patch replaces what the box held (the page's drawing for no one, from the server).
  let root = box.querySelector<SVGSVGElement>(':scope > svg');
  if (!root || !roots.has(root)) {
    root = document.createElementNS(SVG, 'svg');
    roots.add(root);
    box.replaceChildren(root);
  }
  for (const [name, value] of attributes)
    if (root.getAttribute(name) !== value) root.setAttribute(name, value);

  // Old elements by their markup; equal markup may repeat (two identical marks), hence lists.
  const spare = new Map<string, Element[]>();
  for (const el of root.children) {
    const markup = madeFrom.get(el);
    if (markup === undefined) continue;
    const same = spare.get(markup);
    if (same) same.push(el);
    else spare.set(markup, [el]);
  }
  const wanted = children.map((markup) => spare.get(markup)?.shift());
  const missing = children.filter((_, i) => !wanted[i]);
  const unused = new Set([...spare.values()].flat());
  const byIdentity = new Map<string, Element>();
  for (const el of unused) {
    const id = identity(el);
    if (id !== undefined) byIdentity.set(id, el);
  }
  // What is new is parsed in one go, in SVG's namespace (an <svg> element's innerHTML is SVG).
  const made = document.createElementNS(SVG, 'svg');
  made.innerHTML = missing.join('');
  const parsed = [...made.children];
  if (parsed.length !== missing.length) throw new Error('map markup is not one element per child');
  const fresh = parsed.map((el, i) => {
    const id = identity(el);
    const old = id === undefined ? undefined : byIdentity.get(id);
    const target = old ?? el;
    if (old) {
      // The same person drawn anew: their element takes the new attributes and content.
      byIdentity.delete(id!);
      unused.delete(old);
      for (const { name, value } of el.attributes)
        if (old.getAttribute(name) !== value) old.setAttribute(name, value);
      // Moved or renamed, a person has the same elements with other numbers and texts: they are set
      // in place, so the browser need not style and lay out new elements.
      morphContent(old, el);
    }
    madeFrom.set(target, missing[i]!);
    return target;
  });
  for (const el of unused) el.remove();

  // Into order, moving as little as possible: most kept elements are already where they belong.
  let next = 0;
  let cursor = ownFirst(root.firstElementChild);
  for (const kept of wanted) {
    const el = kept ?? fresh[next++]!;
    if (el === cursor) cursor = ownFirst(cursor.nextElementSibling);
    else place(root, el, cursor);
  }
  return { root, changed: fresh };
}

/** The first element from `el` on that the patch made (others are stepped over). */
function ownFirst(el: Element | null): Element | null {
  while (el && !madeFrom.has(el)) el = el.nextElementSibling;
  return el;
}

/** Puts `el` before `before` (at the end with none), keeping its focus where the browser can. */
function place(root: Element, el: Element, before: Element | null): void {
  // moveBefore (Chromium 133+) moves an element without taking it out, so focus stays on it.
  const move = (root as Element & { moveBefore?: (n: Node, c: Node | null) => void }).moveBefore;
  if (move && el.isConnected && el.parentNode === root) move.call(root, el, before);
  else root.insertBefore(el, before);
}
