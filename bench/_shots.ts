// Screenshots of the map page (not committed): 5, 30, 60 people at laptop, tablet and phone sizes.
import { launchChromium } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/static-server.ts';
const first = ['Ana','Bo','Chidi','Dana','Élodie','Farid','Grace','Hiro','Ines','Jamal','Kofi','Lena','Mateo','Nadia','Omar','Priya','Quinn','Rosa','Sven','Tariq'];
const last = ['Ruiz','Lee','Okafor','Cohen','Faure','Haddad','Hopper','Tanaka','Silva','Wright','Mensah','Novak','García','Rahman','Farouk','Sharma','Baker','Díaz','Berg','Aziz'];
const roles = ['developmental', 'skills', 'work-life', 'peer', 'mentee'];
const people = (n: number) => Array.from({ length: n }, (_, i) => ({
  id: `p${i}`, name: `${first[i % 20]} ${last[(i * 7) % 20]}`, roles: [roles[(i * 3) % 5]!],
  closeness: (['close','moderate','distant'] as const)[(i * 5) % 3], source: (['department','institution','external','personal'] as const)[i % 4],
  stage: (['above','same','below'] as const)[(i*2) % 3], status: i % 9 === 4 ? 'potential' : 'current' }));
const server = await serveStatic('dist');
const browser = await launchChromium();
const sizes = process.argv.slice(2).length ? process.argv.slice(2).map(Number) : [5, 30, 60];
for (const [w, h] of [[1280, 800], [768, 1024], [390, 844]]) for (const n of sizes) {
  const page = await browser.newPage({ viewport: { width: w!, height: h! } });
  await page.goto(`${server.url}/en/worksheets/network-map/`);
  await page.evaluate((ps) => { const now = new Date().toISOString();
    const ties = ps.slice(1).flatMap((p, i) => (i % 4 === 0 ? [[ps[i]!.id, p.id]] : []));
    localStorage.setItem('mnk:workbook', JSON.stringify({ revision: 1, workbook: { schemaVersion: 3, createdAt: now, updatedAt: now, answers: {}, network: { people: ps, ties }, snapshots: [] } })); }, people(n));
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll('[data-map-canvas] svg g[data-person]').length === n, n);
  await page.locator('[data-map-canvas]').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots/page-${w}x${h}-${n}.png` });
  // Legibility: the smallest name text on the live map, in CSS px.
  const px = await page.evaluate(() => Math.min(...[...document.querySelectorAll('[data-map-canvas] g[data-person] text')].map((t) => t.getBoundingClientRect().height)));
  console.log(`${w}x${h} ${n} people: smallest label box ${px.toFixed(1)} px`);
  await page.close();
}
await browser.close(); await server.close();
