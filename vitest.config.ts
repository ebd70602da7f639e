import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'],
          // Sized for a loaded 2-core machine (the build running beside the suite): a test fails on
          // what it checks, never on speed. Vitest's 5 s default failed the participant packet there.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // One Chromium at a time: the machine has two cores and the suite shares one built site.
          fileParallelism: false,
          // Several browser steps of up to 90 s each (see test/e2e/browser.ts) fit in one test.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // expect.poll waits for what a page does next (a save reaching another tab, a redraw): one
          // second by default, which a busy machine can miss. It returns as soon as it holds.
          expect: { poll: { timeout: 60_000, interval: 50 } },
        },
      },
    ],
  },
});
