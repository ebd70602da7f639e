// Work that can wait for the browser to be idle, at the latest after `timeout` ms. Safari has no
// requestIdleCallback; there a short timer stands in for it.
const idle = typeof requestIdleCallback === 'function';

export function whenIdle(work: () => void, timeout = 500): number {
  return idle ? requestIdleCallback(work, { timeout }) : Number(setTimeout(work, 50));
}

export function cancelIdle(handle: number): void {
  if (idle) cancelIdleCallback(handle);
  else clearTimeout(handle);
}
