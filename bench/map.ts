// Map benchmarks: layout and SVG in Node, the redraw after one edit and the image export in Chromium.
import { layoutMap, type MapPerson } from '../src/core/map-layout.ts';
import { mapScene } from '../src/core/map-scene.ts';
import { renderMapSvg } from '../src/render/map-svg.ts';
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

/** In headless Chromium on the built map page: median ms of one edit's redraw, and of the image export, at 60 people. */
export async function browserTimings(
  dist: string,
): Promise<{ redraw: number; exportMs: number | null; exportError?: string }> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/worksheets/network-map/`);
    await page.evaluate((ps) => {
      const now = new Date().toISOString();
      const workbook = {
        schemaVersion: 3,
        createdAt: now,
        updatedAt: now,
        answers: {},
        network: { people: ps, ties: [] },
        snapshots: [],
      };
      localStorage.setItem('mnk:workbook', JSON.stringify({ revision: 1, workbook }));
    }, people(60));
    await page.reload();
    const redraw = await page.evaluate(() => {
      // One person's editor, open as a participant opens it from the list.
      document.querySelector<HTMLButtonElement>('[data-people-list] .person-pick')!.click();
      const select = document.querySelector<HTMLSelectElement>('[data-person] [data-prop="closeness"]')!;
      const times: number[] = [];
      for (let i = 0; i < 40; i++) {
        select.value = ['close', 'moderate', 'distant'][i % 3]!;
        const t0 = performance.now();
        select.dispatchEvent(new Event('change', { bubbles: true }));
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[20]!;
    });
    let exportMs: number | null = null;
    let exportError: string | undefined;
    try {
      exportMs = await page.evaluate(async () => {
        const editor = document.querySelector('mnk-network') as unknown as { makeImages(): Promise<unknown> };
        await editor.makeImages(); // the first run loads satori and the fonts
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          await editor.makeImages();
          times.push(performance.now() - t0);
        }
        return times.sort((a, b) => a - b)[2]!;
      });
    } catch (e) {
      exportError = e instanceof Error ? e.message.split('\n')[0] : String(e);
    }
    return { redraw, exportMs, ...(exportError ? { exportError } : {}) };
  } finally {
    await browser.close();
    await server.close();
  }
}
