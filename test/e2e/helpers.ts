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

/**
 * Asserts a failed call shows beside `field`, not in a modal: a non-modal alert dialog named by its headline and
 * described by the server's Message, which is shown verbatim with the status; the field is invalid, described by it, and focused.
 */
export async function expectFieldAlert(page: Page, field: Locator, status: number, message: string): Promise<Locator> {
  const alert = page.getByRole('alertdialog');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('aria-modal', 'false');
  await expect(alert.getByText(message, { exact: true })).toBeVisible();
  await expect(alert).toContainText(`Status ${status}`);
  await expect(alert).toHaveAccessibleDescription(new RegExp(`${escapeRegExp(message)} Status ${status}$`));
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
  await expect(field).toBeFocused();
  return alert;
}

/** Escapes text for use inside a RegExp. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The item in a document's field list for one field. */
export function fieldRow(page: Page, documentName: string, fieldName: string): Locator {
  return page
    .getByRole('region', { name: documentName })
    .getByRole('listitem')
    .filter({ has: page.getByText(fieldName, { exact: true }) });
}
