import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, withPage, type PageOptions } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Playwright's default window, as these tests were written for. */
const PROFILE: PageOptions = { viewport: { width: 1280, height: 720 } };

/** A known network: five people from two sources, mostly close, two ties, and two needs chosen. */
async function seed(page: Page, locale = 'en') {
  await page.goto(`${baseUrl}/${locale}/worksheets/network-map/`);
  await page.evaluate(() => {
    const now = new Date().toISOString();
    const people = [
      {
        id: 'a',
        name: 'Ana Ruiz',
        roles: ['developmental'],
        closeness: 'close',
        source: 'department',
        stage: 'above',
        supports: ['coaching'],
        background: { gender: 'woman' },
      },
      {
        id: 'b',
        name: 'Bo Lee',
        roles: ['skills'],
        closeness: 'close',
        source: 'department',
        stage: 'above',
        background: { gender: 'man' },
      },
      {
        id: 'c',
        name: 'Chidi Okafor',
        roles: ['peer'],
        closeness: 'close',
        source: 'institution',
        stage: 'same',
        background: { gender: ':prefer-not-to-say' },
      },
      {
        id: 'd',
        name: 'Dana Cohen',
        roles: ['work-life'],
        closeness: 'distant',
        source: 'department',
        stage: 'same',
      },
      {
        id: 'e',
        name: 'Élodie Faure',
        roles: ['skills'],
        closeness: 'moderate',
        source: 'department',
        stage: 'above',
        background: { gender: 'woman' },
      },
    ];
    const workbook = {
      schemaVersion: 2,
      createdAt: now,
      updatedAt: now,
      answers: { 'know-yourself': { 'needs-now': ['career-advice', 'mentoring-others'] } },
      network: {
        people,
        ties: [
          ['a', 'b'],
          ['b', 'e'],
        ],
      },
      snapshots: [],
    };
    localStorage.setItem('mnk:workbook', JSON.stringify({ revision: 1, workbook }));
  });
  await page.reload();
  // The findings load when they near the screen or the page is idle: wait until they are drawn.
  await page.locator('[data-findings] h4').first().waitFor();
}

/** Changes the stored workbook's network as a test needs, then reloads and waits for the findings. */
async function changeNetwork(page: Page, change: { ties?: string[][]; add?: Record<string, unknown> }) {
  await page.evaluate((c) => {
    const stored = JSON.parse(localStorage.getItem('mnk:workbook')!);
    if (c.ties) stored.workbook.network.ties = c.ties;
    if (c.add) stored.workbook.network.people.push(c.add);
    localStorage.setItem('mnk:workbook', JSON.stringify(stored));
  }, change);
  await page.reload();
  await page.locator('[data-findings] h4').first().waitFor();
}

/** Waits until the workbook is saved, then reloads the page and waits for the findings. */
async function reloadWhenSaved(page: Page, locale: string) {
  await page
    .locator('[data-status]')
    .filter({ hasText: locale === 'en' ? 'Saved' : 'Guardado' })
    .waitFor();
  await page.reload();
  await page.locator('[data-findings] h4').first().waitFor();
}

describe('what the map means', () => {
  it('a known network shows the expected type, gaps, structure, needs and next steps', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
      await seed(page);
      const findings = page.locator('[data-findings]');
      expect(await findings.locator('[data-network-type]').getAttribute('data-network-type')).toBe(
        'traditional',
      );
      expect(await findings.textContent()).toContain(
        'Range: 1 of 3 social systems. Close ties: 60% of your people.',
      );
      expect(
        await findings
          .locator('[data-coverage]')
          .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.coverage)),
      ).toEqual(['developmental:ok', 'skills:ok', 'work-life:distant-only', 'peer:ok', 'mentee:none']);
      const text = await findings.textContent();
      // Department and institution are one workplace: one social system of three.
      expect(text).toContain('Your people come from 1 of 3 social systems: your own workplace (5).');
      expect(text).toContain(
        'Nobody yet from other institutions or your personal life: people from there would widen your network.',
      );
      expect(text).toContain('On your map: 5 current, 0 planned.');
      expect(text).toContain('Nobody yet who is earlier in their career.');
      expect(text).toContain(
        'Gender: 3 answers in 2 groups of 2. Blau index 0.44: 0 when everyone is alike, at most 0.5 with 2 groups. IQV 0.89',
      );
      expect(text).toContain('Race or ethnicity: not enough answers (0 of the 3 needed).');
      expect(text).toContain('Density 0.2');
      expect(text).toContain('Effective size 4.2');
      expect(text).toContain('Career advice and planning: perhaps Ana Ruiz, a guess from their role.');
      expect(await findings.locator('.unmet').textContent()).toMatch(/nobody yet/);
      expect(
        await findings
          .locator('[data-suggestion]')
          .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.suggestion)),
      ).toEqual([
        'missing-role',
        'distant-only',
        'narrow-sources',
        'missing-stage',
        'no-sponsor',
        'one-sided',
        'unmet-need',
      ]);
      // Each factor links to the guide that helps, and each next step to its worksheet.
      expect(await findings.locator('.factor-findings a').count()).toBe(5);
      // The first next step is finding a mentee, which meeting new people helps with.
      expect(await findings.locator('[data-suggestion] a').first().getAttribute('href')).toBe(
        '/en/worksheets/meeting-new-people/',
      );
      expect(trouble.consoleErrors).toEqual([]);
    });
  });

  it('speaks Spanish on the Spanish page', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await seed(page, 'es');
      const text = await page.locator('[data-findings]').textContent();
      expect(text).toContain('Tradicional');
      expect(text).toContain('Mentor de conciliación: solo personas lejanas.');
      expect(text).not.toMatch(/nobody|Range:/);
    });
  });

  it.each([
    ['en', 'None of these people know each other', 'Some of them do', 'Effective size 5 of 5'],
    ['es', 'Ninguna de estas personas se conoce', 'Algunas sí se conocen', 'Tamaño efectivo 5 de 5'],
  ])(
    '"none of these people know each other" is an answer that shows the measures (%s)',
    async (locale, none, some, measure) => {
      await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
        await seed(page, locale);
        // Without the two ties, the question is open until answered.
        await changeNetwork(page, { ties: [] });
        const findings = page.locator('[data-findings]');
        expect(await findings.locator('[data-measure]').count()).toBe(0);
        await findings.getByRole('button', { name: none }).click();
        await expect.poll(() => findings.locator('[data-measure]').count()).toBe(4);
        expect(await findings.textContent()).toContain(measure);
        // Focus stays on the answer, now the button that takes it back.
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(some);
        // The map's next edit keeps the answer (the map editor holds its own copy of the network).
        await page
          .locator('[data-people-list] li', { hasText: 'Dana Cohen' })
          .locator('.person-pick')
          .click();
        await page.locator('#pe-closeness').selectOption('close');
        await expect.poll(() => findings.textContent()).toMatch(locale === 'en' ? /Close: 4/ : /Cercanas: 4/);
        expect(await findings.locator('[data-measure]').count()).toBe(4);
        // The answer is kept in the workbook and survives a reload.
        await reloadWhenSaved(page, locale);
        expect(await findings.locator('[data-measure]').count()).toBe(4);
        await findings.getByRole('button', { name: some }).click();
        await expect.poll(() => findings.locator('[data-measure]').count()).toBe(0);
        expect(trouble.consoleErrors).toEqual([]);
      });
    },
  );

  it.each([
    ['en', 'On your map: 5 current, 1 planned.', 'Your plan closes: Find a mentee.'],
    ['es', 'En tu mapa: 5 actuales, 1 prevista.', 'Tu plan lo resuelve: Busca una persona mentorizada.'],
  ])(
    'a planned person: counted apart, and what the plan would change (%s)',
    async (locale, count, closes) => {
      await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
        await seed(page, locale);
        await changeNetwork(page, {
          add: {
            id: 'z',
            name: 'Zoe Planned',
            roles: ['mentee'],
            status: 'potential',
            source: 'external',
            stage: 'below',
          },
        });
        const findings = page.locator('[data-findings]');
        const text = await findings.textContent();
        expect(text).toContain(count);
        expect(text).toContain(closes);
        expect(await findings.locator('[data-open="planned"]').textContent()).toContain('Zoe Planned');
        expect(trouble.consoleErrors).toEqual([]);
      });
    },
  );

  it.each([
    ['en', 'Link people', 'Learning to mentor others: Chidi Okafor.'],
    ['es', 'Vincular personas', 'Aprender a mentorizar: Chidi Okafor.'],
  ])(
    'links a goal to the person who supports it, instead of a guess (%s)',
    async (locale, summary, linked) => {
      await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
        await seed(page, locale);
        const findings = page.locator('[data-findings]');
        const goal = findings.locator('details[data-need="mentoring-others"]');
        await goal.locator('summary', { hasText: summary }).click();
        await goal.getByLabel('Chidi Okafor').check();
        await expect
          .poll(() => findings.locator('[data-goal^="mentoring-others"]').getAttribute('data-goal'))
          .toBe('mentoring-others:linked');
        expect(await findings.locator('[data-goal^="mentoring-others"]').textContent()).toBe(linked);
        // The list stays open and the tick box keeps the focus through the redraw.
        expect(await goal.getAttribute('open')).not.toBeNull();
        expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.person)).toBe('c');
        await reloadWhenSaved(page, locale);
        expect(await findings.locator('[data-goal^="mentoring-others"]').getAttribute('data-goal')).toBe(
          'mentoring-others:linked',
        );
        expect(trouble.consoleErrors).toEqual([]);
      });
    },
  );

  it('takes a snapshot, then compares it with the changed network', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await seed(page);
      await page.getByRole('button', { name: 'Take a snapshot' }).click();
      expect(await page.locator('[data-snapshot-status]').textContent()).toMatch(/Snapshot of .* taken/);
      // Change the network: Dana comes closer, Bo leaves, a mentee arrives.
      await page.locator('[data-people-list] li', { hasText: 'Dana Cohen' }).locator('.person-pick').click();
      await page.locator('#pe-closeness').selectOption('close');
      await page.getByRole('button', { name: 'Remove: Bo Lee' }).click();
      await page.fill('#qa-name', 'Farid');
      await page.selectOption('#qa-role', 'mentee');
      await page.getByRole('button', { name: 'Add to my map' }).click();
      const comparison = page.locator('[data-comparison]');
      await expect.poll(() => comparison.locator('[data-change="added"]').textContent()).toBe('Farid');
      expect(await comparison.locator('[data-change="lost"]').textContent()).toBe('Bo Lee');
      expect(await comparison.locator('[data-change="closer"]').textContent()).toBe('Dana Cohen');
      expect(await comparison.locator('[data-change="farther"]').textContent()).toBe('nobody');
      expect(await comparison.textContent()).toContain('Roles with nobody: Mentee → nobody.');
      expect(await page.locator('[data-findings]').textContent()).toMatch(
        /Since the snapshot of .*: 1 added, 1 no longer there, 1 closer, 0 farther.* 67% of the people are the same as then/,
      );
      // The map can show what changed: the new person is ringed.
      await page.getByLabel('Show what changed since the last snapshot').check();
      expect(await page.locator('[data-map-canvas] circle[stroke="#7a2e8f"]').count()).toBe(2); // Farid, and the legend's sample
      // The snapshot is kept in the workbook, and survives a reload.
      await page.locator('[data-status]').filter({ hasText: 'Saved' }).waitFor();
      await page.reload();
      await expect.poll(() => page.locator('[data-compare="from"] option').count()).toBe(2);
    });
  });

  it('downloads GraphML that networkx reads, and CSV files', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await seed(page);
      const [graphml] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download GraphML' }).click(),
      ]);
      expect(graphml.suggestedFilename()).toBe('my-mentoring-network.graphml');
      const r = spawnSync(
        '/usr/bin/python3',
        [
          '-c',
          'import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges(), round(nx.effective_size(g)["ego"], 3))',
          await graphml.path(),
        ],
        { encoding: 'utf8' },
      );
      expect(r.stdout.trim()).toBe('6 7 4.2');
      const [people] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download people (CSV)' }).click(),
      ]);
      expect(people.suggestedFilename()).toBe('my-mentoring-network-people.csv');
    });
  });
});
