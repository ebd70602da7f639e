// One page of each kind the site builds, for the budgets (docs/architecture.md#budgets): the browser
// suite and `npm run bench` measure the same pages. The map worksheet is its own type: it loads the
// map editor and draws the map, which no other worksheet does.

export interface PageType {
  name: string;
  /** A page of this type, as a URL path. */
  path: string;
  /**
   * Up-front JavaScript it may load, gzip bytes (DESIGN.md: 0 on guidance pages, 25 KB elsewhere;
   * the home page only sets up the offline worker, so a first visit there keeps the kit offline).
   */
  jsBudget: number;
}

const KB = 1024;

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/en/', jsBudget: 1 * KB },
  { name: 'guides index', path: '/en/guides/', jsBudget: 0 },
  { name: 'guide', path: '/en/guides/mapping/', jsBudget: 0 },
  { name: 'worksheets index', path: '/en/worksheets/', jsBudget: 25 * KB },
  { name: 'worksheet', path: '/en/worksheets/know-yourself/', jsBudget: 25 * KB },
  { name: 'map worksheet', path: '/en/worksheets/network-map/', jsBudget: 25 * KB },
  { name: 'agenda', path: '/en/agendas/workshop-90/', jsBudget: 25 * KB },
  { name: 'presenter view', path: '/en/agendas/workshop-90/present/', jsBudget: 25 * KB },
  { name: 'presenter notes', path: '/en/agendas/workshop-90/notes/', jsBudget: 25 * KB },
  { name: 'cohort', path: '/en/cohort/', jsBudget: 25 * KB },
];
