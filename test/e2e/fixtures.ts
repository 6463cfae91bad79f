import { test as base, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch-app.js';
import { DEMO_CLIENT, signIn } from './helpers.js';

/** Playwright's test with `app` (launched, Alice signed in, closed after the test) and its `page`. */
export const test = base.extend<{ app: LaunchedApp; page: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  app: async ({}, use) => {
    const app = await launchApp(DEMO_CLIENT);
    try {
      await signIn(app.page);
      await use(app);
    } finally {
      await app.close();
    }
  },
  // Replaces Playwright's own page: the app brings its browser (Electron or the shell's Chromium).
  page: async ({ app }, use) => {
    await use(app.page);
  },
});

export { expect } from '@playwright/test';
