// Brings an element's content up to a copy made afresh by the same code, changing only what differs.
// Replacing the content made the browser style and lay out every new element again; when the copy
// has the same elements in the same order (a person moved or renamed: only numbers and texts
// differ), setting the few attributes and texts that changed is much less work for it.

/**
 * Gives `old`'s content that of `fresh` (which it leaves as it was when their shapes match). Where
 * the elements differ in number, kind or order, `old` takes `fresh`'s content as it is.
 */
export function morphContent(old: Element, fresh: Element): void {
  const [was, now] = [old.childNodes, fresh.childNodes];
  const alike =
    was.length === now.length &&
    [...was].every(
      (node, i) =>
        node.nodeType === now[i]!.nodeType &&
        (!(node instanceof Element) || node.localName === (now[i] as Element).localName),
    );
  if (!alike) return old.replaceChildren(...now);
  now.forEach((node, i) => {
    const target = was[i]!;
    if (!(node instanceof Element)) {
      if (target.nodeValue !== node.nodeValue) target.nodeValue = node.nodeValue;
      return;
    }
    const el = target as Element;
    for (const name of el.getAttributeNames()) if (!node.hasAttribute(name)) el.removeAttribute(name);
    for (const { name, value } of node.attributes)
      if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    morphContent(el, node);
  });
}
