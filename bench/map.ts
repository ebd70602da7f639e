// Map benchmarks: layout and SVG in Node, the redraw after one edit and the image export in Chromium.
import { layoutMap, type MapPerson } from '../src/core/map-layout.ts';
import { mapScene } from '../src/core/map-scene.ts';
import { renderMapSvg } from '../src/render/map-svg.ts';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/static-server.ts';
import { MAP_ROLES as ROLES, MAP_WORDS as words } from '../test/unit/map-fixtures.ts';

const NAMES = [
  'Ana Ruiz',
  'Bo Lee',
  'Chidi Okafor',
  'Dana Cohen',
  'Élodie Faure',
  'Γιώργος Π.',
  'Иван Петров',
  '李小龍',
  'محمد علي',
  'अनीता शर्मा',
];

export function people(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `${NAMES[i % NAMES.length]} ${i}`,
    roles: [ROLES[(i * 7) % 5]!],
    closeness: (['close', 'moderate', 'distant'] as const)[(i * 5) % 3],
    source: (['department', 'institution', 'external', 'personal'] as const)[i % 4],
    stage: (['above', 'same', 'below'] as const)[i % 3],
    status: i % 7 ? ('current' as const) : ('potential' as const),
  }));
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median milliseconds of layout + SVG for n people in Node. */
export function layoutAndSvg(n: number, runs = 50): number {
  const ps = people(n);
  const ties = ps.slice(1).map((p, i) => [ps[i]!.id, p.id] as [string, string]);
  const times: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const t0 = performance.now();
    renderMapSvg(mapScene(layoutMap(ps as MapPerson[], ROLES), ps, words, { ties, showTies: true }));
    if (i >= 5) times.push(performance.now() - t0); // the first runs warm up the JIT
  }
  return median(times);
}

/** What a participant waits for on the map page with n people, in headless Chromium. */
export interface MapPageTiming {
  people: number;
  /** From navigation to the map drawn with everyone on it and its editor ready, ms. */
  loadMs: number;
  /**
   * One edit (a person moved a ring by keyboard), median ms: the page's work to show it, that is the
   * key's handler plus the next frame's script, style, layout and paint, without the wait for that
   * frame to start (the display's, not the page's).
   */
  redrawMs: number;
  /** The same edit from the key press to the next painted frame, wait for the frame included. */
  latencyMs: number;
  /** The work for a key the map ignores: what the measure itself counts with nothing to do. */
  idleMs: number;
  /** Elements on the page once it is ready. */
  domNodes: number;
}

/** A fresh tab on the map page with a workbook of n people (and a tie for every third person) stored. */
async function openMapPage(browser: Browser, url: string, n: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}/en/worksheets/network-map/`);
  await page.evaluate((ps) => {
    const now = new Date().toISOString();
    const ties = ps.slice(1).flatMap((p, i) => (i % 3 === 0 ? [[ps[i]!.id, p.id]] : []));
    const workbook = {
      schemaVersion: 3,
      createdAt: now,
      updatedAt: now,
      answers: {},
      network: { people: ps, ties },
      snapshots: [],
    };
    localStorage.setItem('mnk:workbook', JSON.stringify({ revision: 1, workbook }));
  }, people(n));
  return page;
}

/**
 * In headless Chromium on the built map page, at each size: load to a ready map, one edit's redraw
 * (its work, and its latency to the next painted frame), and the page's element count.
 */
export async function mapPageTimings(
  dist: string,
  sizes: readonly number[],
  chromiumArgs: readonly string[] = [],
): Promise<MapPageTiming[]> {
  const server = await serveStatic(dist);
  const browser = await launchChromium(chromiumArgs);
  try {
    const out: MapPageTiming[] = [];
    for (const n of sizes) {
      const page = await openMapPage(browser, server.url, n);
      await page.reload();
      const loadMs = await page.evaluate(
        (n) =>
          new Promise<number>((resolve) => {
            const ready = () =>
              document.querySelectorAll('[data-map-canvas] svg g[data-person][tabindex]').length === n;
            const check = () => (ready() ? resolve(performance.now()) : requestAnimationFrame(check));
            check();
          }),
        n,
      );
      const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      const timeKey = (key: string | undefined) =>
        page.evaluate(async (key) => {
          const id = document.querySelector<SVGGElement>('[data-map-canvas] g[data-person]')!.dataset.person!;
          // The next frame: when it starts (its animation frame callbacks) and when it is painted (a
          // task queued from it runs after its style, layout and paint). Asked before the key is
          // pressed, so that work the page defers to that frame comes after its start and counts.
          const nextFrame = () =>
            new Promise<{ start: number; painted: number }>((resolve) =>
              requestAnimationFrame(() => {
                const start = performance.now();
                setTimeout(() => resolve({ start, painted: performance.now() }), 0);
              }),
            );
          const work: number[] = [];
          const latency: number[] = [];
          for (let i = 0; i < 21; i++) {
            const g = document.querySelector<SVGGElement>(`[data-map-canvas] g[data-person="${id}"]`)!;
            g.focus();
            await nextFrame();
            const frame = nextFrame();
            const t0 = performance.now();
            const pressed = key ?? (i % 2 ? 'ArrowUp' : 'ArrowDown');
            g.dispatchEvent(new KeyboardEvent('keydown', { key: pressed, bubbles: true }));
            const handled = performance.now();
            const { start, painted } = await frame;
            work.push(handled - t0 + (painted - start));
            latency.push(painted - t0);
          }
          const median = (xs: number[]) => xs.sort((a, b) => a - b)[10]!;
          return { work: median(work), latency: median(latency) };
        }, key);
      const redraw = await timeKey(undefined);
      const idle = await timeKey('F13');
      const [redrawMs, latencyMs, idleMs] = [redraw.work, redraw.latency, idle.work];
      out.push({ people: n, loadMs, redrawMs, latencyMs, idleMs, domNodes });
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The map image export (SVG + PNG) at 60 people: the first click (loads satori and fonts), then repeats. */
export async function exportTimings(
  dist: string,
): Promise<{ firstMs: number; repeatMs: number } | { error: string }> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await openMapPage(browser, server.url, 60);
    await page.reload();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-map-canvas] svg g[data-person][tabindex]').length === 60,
    );
    return await page.evaluate(async () => {
      const editor = document.querySelector('mnk-network') as unknown as { makeImages(): Promise<unknown> };
      let t0 = performance.now();
      await editor.makeImages();
      const firstMs = performance.now() - t0;
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        t0 = performance.now();
        await editor.makeImages();
        times.push(performance.now() - t0);
      }
      return { firstMs, repeatMs: times.sort((a, b) => a - b)[2]! };
    });
  } catch (e) {
    return { error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  } finally {
    await browser.close();
    await server.close();
  }
}
