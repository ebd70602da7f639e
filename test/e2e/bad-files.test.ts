// Opening bad workbook files: every kind is refused with a message in the page's language that names
// the place and the rule, nothing is asked, and the stored workbook stays byte for byte as it was.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, withPage } from './browser.ts';
import { BAD_FILES } from './bad-workbooks.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const KEPT = { en: 'Your current answers were not changed.', es: 'Tus respuestas actuales no han cambiado.' };

describe('bad workbook files', () => {
  it('are at least 50 kinds', () => {
    expect(BAD_FILES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(BAD_FILES.map((f) => f.kind)).size).toBe(BAD_FILES.length);
  });

  for (const locale of ['en', 'es'] as const)
    it(`are each refused in ${locale}, naming the place and the rule, and change nothing stored`, async () => {
      await withPage(browser, baseUrl, { recordDialogs: true }, async ({ page, trouble }) => {
        await page.goto(`${baseUrl}/${locale}/worksheets/know-yourself/`);
        await page.fill('#f-top-need', 'Feedback on writing');
        await page
          .locator('[data-status]')
          .filter({ hasText: /Saved|Guardado/ })
          .waitFor();
        const before = await page.evaluate(() => localStorage.getItem('mnk:workbook'));
        expect(before).toContain('Feedback on writing');

        const refused: string[] = [];
        for (const [i, file] of BAD_FILES.entries()) {
          const name = `bad-${String(i + 1).padStart(2, '0')}.json`;
          await page.setInputFiles('[data-action="open"]', {
            name,
            mimeType: 'application/json',
            buffer: Buffer.from(file.bytes),
          });
          const notice = page.locator('[data-notice-text]').filter({ hasText: name });
          await notice.waitFor();
          const text = (await notice.textContent()) ?? '';
          const want = file[locale];
          // Collected, not thrown at once: one run shows every kind that falls short.
          if (!text.includes(want.place) || !text.includes(want.rule) || !text.includes(KEPT[locale]))
            refused.push(`${file.kind}: ${text}`);
          if (/Invalid input|[{}]/.test(text)) refused.push(`${file.kind} (raw words): ${text}`);
        }
        expect(refused).toEqual([]);
        expect(trouble.dialogs).toEqual([]); // nothing was offered to replace
        expect(await page.evaluate(() => localStorage.getItem('mnk:workbook'))).toBe(before);
        expect(await page.inputValue('#f-top-need')).toBe('Feedback on writing');
        expect(trouble.consoleErrors).toEqual([]);
      });
    });
});
