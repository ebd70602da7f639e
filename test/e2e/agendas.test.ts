import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { launchChromium, withPage } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The text of the presenter's visible step. */
const visibleStep = (page: Page) => page.locator('[data-step]:visible');

describe('the agenda page', () => {
  it('turns a start time late in the evening into clock times that cross midnight, and counts copies', async () => {
    await withPage(browser, baseUrl, {}, async ({ page, trouble }) => {
      await page.goto(`${baseUrl}/en/agendas/workshop-60/`);
      const times = page.locator('.agenda-step time');
      expect(await times.allTextContents()).toEqual(['0:00', '0:05', '0:13', '0:25', '0:35', '0:47', '0:55']);
      await page.getByLabel('Start time').fill('23:30');
      await page.getByLabel('Participants').fill('10');
      await expect.poll(() => times.first().textContent()).toMatch(/^11:30\sPM$/);
      const texts = await times.allTextContents();
      expect(texts.map((s) => s.replace(/\s/g, ' '))).toEqual([
        '11:30 PM',
        '11:35 PM',
        '11:43 PM',
        '11:55 PM',
        '12:05 AM',
        '12:17 AM',
        '12:25 AM',
      ]);
      // The steps after midnight, and the end, say they fall on the next day; the others do not.
      const nextDay = await page
        .locator('.agenda-step [data-next-day]')
        .evaluateAll((els) => els.map((e) => !(e as HTMLElement).hidden));
      expect(nextDay).toEqual([false, false, false, false, true, true, true]);
      expect((await page.locator('.agenda-total time').textContent())?.replace(/\s/g, ' ')).toBe('12:30 AM');
      // One copy per participant and one for the facilitator.
      expect(await page.locator('[data-copies]').allTextContents()).toEqual(['11', '11']);
      // The address keeps the plan, and the presenter view is opened with the same start.
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ start: '23:30', group: '10' });
      expect(await page.getByRole('link', { name: 'Presenter view' }).getAttribute('href')).toBe(
        '/en/agendas/workshop-60/present/?start=23%3A30',
      );
      await page.reload();
      expect(await page.getByLabel('Start time').inputValue()).toBe('23:30');
      expect((await times.first().textContent())?.replace(/\s/g, ' ')).toBe('11:30 PM');
      expect(await axeViolations(page)).toEqual([]);
      expect(trouble.consoleErrors).toEqual([]);
    });
  });

  it('in Spanish, crosses noon on a 24-hour clock', async () => {
    await withPage(browser, baseUrl, {}, async ({ page }) => {
      await page.goto(`${baseUrl}/es/agendas/workshop-90/?start=11:50`);
      const times = page.locator('.agenda-step time');
      await expect.poll(() => times.first().textContent()).toBe('11:50');
      expect(await times.allTextContents()).toEqual([
        '11:50',
        '11:55',
        '12:05',
        '12:17',
        '12:27',
        '12:40',
        '12:55',
        '13:07',
        '13:15',
      ]);
      expect(await page.locator('.agenda-total time').textContent()).toBe('13:20');
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('prints the steps with their clock times and what to print, without the controls', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-print-'));
    try {
      await withPage(browser, baseUrl, {}, async ({ page }) => {
        await page.goto(`${baseUrl}/en/agendas/half-day/?start=09:00&group=12`);
        await expect.poll(() => page.locator('.agenda-step time').first().textContent()).toMatch(/^9:00/);
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.agenda-present').isVisible()).toBe(false);
        expect(await page.locator('[data-print]').isVisible()).toBe(false);
        expect(await page.locator('.site-nav').isVisible()).toBe(false);
        expect(await page.locator('.print-list').isVisible()).toBe(true);
        const pdf = join(dir, 'agenda.pdf');
        writeFileSync(pdf, await page.pdf({ format: 'A4' }));
        const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
          /\s+/g,
          ' ',
        );
        expect(text).toContain('Half-day workshop');
        expect(text).toMatch(/9:00 AM .*Welcome and purpose/);
        expect(text).toMatch(/12:20 PM .*Save and close/);
        expect(text).toContain('Total: 210 minutes');
        expect(text).toMatch(/What to print .*Know yourself/);
        // 12 participants and 2 facilitators: 14 copies of each worksheet.
        expect(text).toMatch(/Map your network[^]*?1 14/);
        expect(text).not.toContain('Presenter view');
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the presenter view', () => {
  it('moves by keyboard, and the notes window follows (and leads) over a BroadcastChannel', async () => {
    await withPage(
      browser,
      baseUrl,
      { viewport: { width: 1280, height: 720 } },
      async ({ page, context, trouble }) => {
        await page.goto(`${baseUrl}/en/agendas/workshop-60/present/`);
        const notes = await context.newPage();
        await notes.goto(`${baseUrl}/en/agendas/workshop-60/notes/?start=13:00`);

        expect(await visibleStep(page).locator('h2').textContent()).toBe('Welcome and purpose');
        expect(await page.locator('[data-countdown]').textContent()).toBe('5:00');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('PageDown');
        expect(await visibleStep(page).locator('h2').textContent()).toBe('List your people');
        expect(page.url()).toMatch(/#step-3$/);
        await expect.poll(() => visibleStep(notes).locator('h2').textContent()).toBe('List your people');
        // The notes window has the notes and the step's clock time; the projected one never has notes.
        expect(await visibleStep(notes).textContent()).toContain('Remind people that one person can appear');
        expect((await visibleStep(notes).locator('time').textContent())?.replace(/\s/g, ' ')).toBe('1:13 PM');
        expect(await page.locator('body').textContent()).not.toContain(
          'Remind people that one person can appear',
        );
        expect(await page.locator('[aria-current="step"]').getAttribute('data-progress')).toBe('2');
        expect(await page.locator('[data-progress][data-done]').count()).toBe(2);

        // The facilitator steps back from the notes window, by click; the projector follows.
        await notes.getByRole('button', { name: 'Previous' }).click();
        await expect.poll(() => visibleStep(page).locator('h2').textContent()).toBe('Why a network');
        // Moving back shows the step's timer full and paused; P starts it in both windows.
        expect(await page.locator('[data-countdown]').textContent()).toBe('8:00');
        await page.keyboard.press('p');
        await expect.poll(() => notes.locator('[data-toggle]').getAttribute('aria-pressed')).toBe('true');
        expect(await page.getByRole('button', { name: 'Pause the timer' }).isVisible()).toBe(true);

        // The projected step carries a QR code and short address of its page, from the page's own address.
        await page.keyboard.press('ArrowRight');
        const join = visibleStep(page).locator('figure');
        const host = new URL(baseUrl).host;
        expect(await join.locator('[data-address]').textContent()).toBe(`${host}/en/worksheets/network-map/`);
        await expect.poll(() => join.locator('svg path').count()).toBe(1);
        expect(await join.locator('svg').getAttribute('aria-label')).toBe(
          `QR code that opens ${host}/en/worksheets/network-map/`,
        );
        // A phone reads it: the drawn code, decoded by another library, is the page's full address.
        const image = await join.locator('svg').evaluate(async (svg) => {
          const img = new Image();
          img.src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = 400;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0, 400, 400);
          return Array.from(ctx.getImageData(0, 0, 400, 400).data);
        });
        expect(jsQR(Uint8ClampedArray.from(image), 400, 400)?.data).toBe(
          `${baseUrl}/en/worksheets/network-map/`,
        );

        // Once loaded it needs no network: offline, the next steps and their codes still show.
        // What the page itself fetches (its logo, its icon) may still be on its way on a busy machine.
        await page.waitForLoadState('networkidle');
        await context.setOffline(true);
        await page.keyboard.press('ArrowRight');
        expect(await visibleStep(page).locator('h2').textContent()).toBe('Place them on the map');
        expect(await visibleStep(page).locator('svg path').count()).toBe(1);
        await context.setOffline(false);

        expect(await axeViolations(page)).toEqual([]);
        expect(await axeViolations(notes)).toEqual([]);
        // Chromium may ask for the tab's icon again when the address changes (the step's #hash);
        // offline, that request fails. The page itself needs nothing more from the network.
        const icon = (r: string) =>
          r.includes('/brand/favicon.svg') && r.includes('ERR_INTERNET_DISCONNECTED');
        expect(trouble.failedRequests.filter((r) => !icon(r))).toEqual([]);
        expect(trouble.consoleErrors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
        expect(trouble.consoleErrors.length).toBe(trouble.failedRequests.filter(icon).length);
        expect(trouble.foreignRequests).toEqual([]);
      },
    );
  });

  it('gives a quiet visual cue, not a sound, when a step runs out of time', async () => {
    await withPage(browser, baseUrl, {}, async ({ page, context }) => {
      await context.clock.install();
      await page.goto(`${baseUrl}/es/agendas/workshop-60/present/`);
      await page.keyboard.press('p');
      expect(await page.locator('[data-timer]').getAttribute('data-time-up')).toBeNull();
      await context.clock.fastForward('05:01');
      await expect.poll(() => page.locator('[data-timer]').getAttribute('data-time-up')).toBe('');
      expect(await page.locator('[data-countdown]').textContent()).toBe('0:00');
      expect(await page.locator('[data-timeup]').textContent()).toBe('Se acabó el tiempo');
      expect(await page.locator('audio').count()).toBe(0);
    });
  });

  it('is readable from the back of a room: large type on a 1280 × 720 projector', async () => {
    await withPage(browser, baseUrl, { viewport: { width: 1280, height: 720 } }, async ({ page }) => {
      await page.goto(`${baseUrl}/en/agendas/workshop-90/present/#step-5`);
      const px = (selector: string) =>
        page.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const sizes = {
        title: await px('[data-step]:not([hidden]) h2'),
        activity: await px('[data-step]:not([hidden]) .presenter-do'),
        share: await px('[data-step]:not([hidden]) .presenter-share'),
        countdown: await px('[data-timer]'),
      };
      console.log('presenter type sizes at 1280 × 720 (CSS px):', sizes);
      expect(sizes.title).toBeGreaterThanOrEqual(48);
      expect(sizes.activity).toBeGreaterThanOrEqual(32);
      expect(sizes.share).toBeGreaterThanOrEqual(27);
      expect(sizes.countdown).toBeGreaterThanOrEqual(48);
      // Everything of the step, and the timer, fits on the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});
