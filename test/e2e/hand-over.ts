// Helpers for in-person signing: start a hand-over from the host's window, choose or skip the host PIN,
// sign in the walk-up signer's window, and unlock the host's screen again.
import { expect, type Locator, type Page } from '@playwright/test';
import type { LaunchedApp } from './launch-app.js';
import { documentRegion, fieldItem } from './document-helpers.js';

/** The PIN the host chooses in these tests. */
export const HOST_PIN = '2468';

/** The "Choose a host PIN" dialog. */
export function pinDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Choose a host PIN' });
}

/** Chooses `pin` in the open "Choose a host PIN" dialog. */
export async function choosePin(page: Page, pin: string = HOST_PIN): Promise<void> {
  const dialog = pinDialog(page);
  await dialog.getByLabel('Host PIN', { exact: true }).fill(pin);
  await dialog.getByLabel('Repeat the PIN').fill(pin);
  await dialog.getByRole('button', { name: 'Set PIN' }).click();
  await expect(dialog).toBeHidden();
}

/** Shows one document of a package with several (the viewer shows one at a time). */
export async function showDocument(page: Page, documentId: number): Promise<void> {
  await page.getByRole('combobox', { name: 'Document' }).selectOption(String(documentId));
}

/** Presses "Start in-person signing" on a field; answers the PIN dialog if it comes (PIN, or the password instead). */
export async function startInPerson(page: Page, documentName: string, fieldName: string, pin: string | 'password' | null = HOST_PIN): Promise<void> {
  await fieldItem(documentRegion(page, documentName), fieldName).getByRole('button', { name: 'Start in-person signing' }).click();
  if (pin !== null) {
    await expect(pinDialog(page)).toBeVisible();
    if (pin === 'password') await pinDialog(page).getByRole('button', { name: 'Use my password instead' }).click();
    else await choosePin(page, pin);
  }
  await expect(page.getByRole('heading', { name: 'In-person signing in progress' })).toBeVisible();
}

/** The walk-up signer's window, once it shows its field. */
export async function handOverPage(app: LaunchedApp, role: string): Promise<Page> {
  const hand = await app.handOver();
  await expect(hand.getByRole('heading', { name: `Sign as ${role}` })).toBeVisible();
  return hand;
}

/** The host's lock screen, with the line that says how the hand-over ended. */
export async function expectHandBack(page: Page, line: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Please hand the screen back' })).toBeVisible();
  await expect(page.getByText(line, { exact: true })).toBeVisible();
}

/** Unlocks the host's screen with the PIN. */
export async function unlockWithPin(page: Page, pin: string = HOST_PIN): Promise<void> {
  await page.getByLabel('Host PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Please hand the screen back' })).toBeHidden();
}

/** Waits until main has closed the hand-over window. */
export async function expectClosed(hand: Page): Promise<void> {
  await expect.poll(() => hand.isClosed()).toBe(true);
}
