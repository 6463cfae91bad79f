import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO } from '../sandbox/seed.js';

/** A demo user's credentials. */
export interface Credentials {
  email: string;
  password: string;
}

/** The demo signer most tests use. */
export const ALICE: Credentials = DEMO.users.alice;

/** Launch options that preconfigure the sandbox's API client, as an admin policy would. */
export const DEMO_CLIENT = { clientId: DEMO.clientId, clientSecret: DEMO.clientSecret } as const;

/** Fills the sign-in form and submits it. */
export async function submitSignIn(page: Page, user: Credentials, options: { remember?: boolean } = {}): Promise<void> {
  await page.getByRole('textbox', { name: 'Email' }).fill(user.email);
  // A password input has no textbox role, so it is found by its label.
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  const remember = page.getByRole('checkbox', { name: 'Remember me' });
  if (options.remember === false) await remember.uncheck();
  else await remember.check();
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in and waits for the package list. */
export async function signIn(page: Page, user: Credentials = ALICE, options: { remember?: boolean } = {}): Promise<void> {
  await submitSignIn(page, user, options);
  await expect(page.getByRole('table', { name: 'Packages' }).getByRole('button').first()).toBeVisible();
}

/** The button that opens a package, named by the package name. */
export function packageButton(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

/** The one open dialog (info or alert). */
export function openDialog(page: Page): Locator {
  return page.getByRole('dialog').or(page.getByRole('alertdialog'));
}

/** Asserts an error dialog shows `message` verbatim and the status, then closes it with Escape. */
export async function expectErrorDialog(page: Page, status: number, message: string): Promise<void> {
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(message, { exact: true })).toBeVisible();
  await expect(dialog).toContainText(String(status));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** The item in a document's field list for one field. */
export function fieldRow(page: Page, documentName: string, fieldName: string): Locator {
  return page
    .getByRole('region', { name: documentName })
    .getByRole('listitem')
    .filter({ has: page.getByText(fieldName, { exact: true }) });
}
