// The names and settings the findings need (roles, factors, needs, thresholds), which the page hands
// to its islands as JSON (components/worksheet/FindingsField.astro): read once per page, shared by
// the findings island and the summary line by the map.
import type { FindingsContext } from '../render/findings-text.ts';

let read: FindingsContext | null | undefined;

/** The findings' context on this page, or null on a page without the findings. */
export function findingsData(): FindingsContext | null {
  if (read === undefined) {
    const json = document.querySelector('[data-findings-data]')?.textContent;
    read = json ? (JSON.parse(json) as FindingsContext) : null;
  }
  return read;
}
