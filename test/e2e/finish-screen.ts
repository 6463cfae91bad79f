// The finish screen shown once the user's part of a package is done.
import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';
import { expectPackageList } from './document-helpers.js';

/** The finish screen's heading for a package the user signed. */
export function signedHeading(page: Page, packageName: string) {
  return page.getByRole('heading', { level: 1, name: `You have signed “${packageName}”` });
}

/** Asserts the finish screen says `heading` and has focused it, so it is announced. */
export async function expectFinishScreen(page: Page, heading: string): Promise<void> {
  const title = page.getByRole('heading', { level: 1, name: heading });
  await expect(title).toBeVisible();
  await expect(title).toBeFocused();
}

/** Leaves the finish screen with "Back to packages" and waits for the list. */
export async function backFromFinish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to packages' }).click();
  await expectPackageList(page);
}
