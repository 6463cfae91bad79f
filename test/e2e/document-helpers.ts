// Helpers for the document view and its dialogs: open a package, draw a signature, read the sandbox's records.
import { expect, type Locator, type Page } from '@playwright/test';
import type { LogEntry } from '../support/sandbox-control.js';
import type { SigningRecord } from '../sandbox/signing-records.js';
import { packageButton } from './helpers.js';

/** Opens a package from the list and waits for its title; `search` first narrows the list to it (for rows below the fold). */
export async function openPackage(page: Page, name: string, options: { search?: boolean } = {}): Promise<void> {
  if (options.search) await page.getByRole('searchbox', { name: 'Search packages' }).fill(name);
  await packageButton(page, name).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** A document's region (named by the document). */
export function documentRegion(page: Page, documentName: string): Locator {
  return page.getByRole('region', { name: documentName });
}

/** The list item of one field in a document's field list. */
export function fieldItem(region: Locator, fieldName: string): Locator {
  return region.getByRole('listitem').filter({ has: region.page().getByText(fieldName, { exact: true }) });
}

/** The sign dialog. */
export function signDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: /^(Sign |In-person signature)/ });
}

/** Draws a short zig-zag on the first drawing area inside `scope`. */
export async function drawOn(page: Page, scope: Locator): Promise<void> {
  const canvas = scope.getByRole('img', { name: /^Drawing area/ });
  await expect(canvas).toBeVisible();
  const box = await canvas.boundingBox();
  if (box === null) throw new Error('the drawing area has no box');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let step = 1; step <= 8; step++) await page.mouse.move(box.x + 30 + step * 25, y + (step % 2 === 0 ? -20 : 20), { steps: 3 });
  await page.mouse.up();
}

/** The signing calls the sandbox recorded. */
export async function signatures(base: string): Promise<SigningRecord[]> {
  const response = await fetch(`${base}/_sandbox/signatures`);
  return (await response.json()) as SigningRecord[];
}

/** Changes how long a remote approval stays PENDING. */
export async function setApprovalDelay(base: string, ms: number): Promise<void> {
  const response = await fetch(`${base}/_sandbox/settings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ remoteApprovalDelayMs: ms }),
  });
  if (!response.ok) throw new Error(`settings answered ${response.status}`);
}

/** The logged requests other than GETs, as "METHOD path". */
export function writes(log: readonly LogEntry[]): string[] {
  return log.filter((entry) => entry.method !== 'GET').map((entry) => `${entry.method} ${entry.path}`);
}

/** A request header as one string. */
export function headerOf(entry: LogEntry | undefined, name: string): string | undefined {
  const value = entry?.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** Asserts that we are back on the package list. */
export async function expectPackageList(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Packages' })).toBeVisible();
}
