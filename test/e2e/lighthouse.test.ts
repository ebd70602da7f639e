// Lighthouse (mobile) on every page type: accessibility, best practices and SEO must score 100
// (DESIGN.md budgets). These are not timings, so the suite holds them; the performance score depends
// on the machine's speed and is printed by `npm run bench` only. Runs offline (test/e2e/lighthouse-run.ts).
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runLighthouse, type Category, type LighthouseResult } from './lighthouse-run.ts';
import { PAGE_TYPES } from './page-types.ts';

const baseUrl = inject('baseUrl');
const CHECKED: Category[] = ['accessibility', 'best-practices', 'seo'];
let results: LighthouseResult[];

beforeAll(async () => {
  // One Chromium for every page, one page at a time (the machine has two cores).
  results = await runLighthouse(
    PAGE_TYPES.map((t) => baseUrl + t.path),
    CHECKED,
  );
});

describe('Lighthouse, mobile', () => {
  it.each(PAGE_TYPES.flatMap((t, i) => CHECKED.map((c) => [t.name, c, t.path, i] as const)))(
    '%s: %s 100',
    (_, category, path, i) => {
      const r = results[i]!;
      expect(r.scores[category], `${path} ${category}: ${r.failed[category].join('; ')}`).toBe(100);
    },
  );
});
