// Loads an island's code when its element comes near the screen, or once the browser is idle,
// whichever is first (Astro's client:visible and client:idle together): parts below the fold
// then cost nothing before the page is shown and usable.
import { whenIdle } from './idle.ts';

export function whenNeeded(selector: string, load: () => Promise<unknown>): void {
  const element = document.querySelector(selector);
  if (!element) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    void load();
  };
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) start();
    },
    { rootMargin: '400px' },
  );
  observer.observe(element);
  whenIdle(start, 2000);
}
