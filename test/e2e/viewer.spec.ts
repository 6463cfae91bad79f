// The document viewer: zoom by buttons, select and keys; page x of n with previous and next; thumbnails;
// the document switcher; typed form values drawn on the page.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { documentRegion, openPackage } from './document-helpers.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { FIXTURES, PAGE_SIZE } from '../sandbox/seed.js';

/** The drawn width of a page, in CSS pixels. */
async function widthOf(pageItem: Locator): Promise<number> {
  const box = await pageItem.boundingBox();
  if (box === null) throw new Error('the page is not on screen');
  return box.width;
}

test('zoom in, out and to fit, by buttons, the select and Ctrl with =, - and 0', async ({ page }) => {
  const { name, documentName } = FIXTURES.welcomePack;
  await openPackage(page, name);
  const region = documentRegion(page, documentName);
  const viewer = region.getByRole('group', { name: `View of ${documentName}` });
  const zoom = viewer.getByRole('combobox', { name: 'Zoom' });
  const first = region.locator('[data-page="1"]');
  const frameWidth = await region.locator('.pages-frame').evaluate((frame) => frame.clientWidth);
  await expect(zoom).toHaveValue('fit-width');
  await expect.poll(() => widthOf(first)).toBeCloseTo(Math.min(1280, frameWidth), -1);

  await zoom.selectOption('100');
  await expect.poll(() => widthOf(first)).toBeCloseTo(PAGE_SIZE.width, -1);
  await viewer.getByRole('button', { name: 'Zoom in' }).click();
  await expect(zoom).toHaveValue('125');
  await expect.poll(() => widthOf(first)).toBeCloseTo(PAGE_SIZE.width * 1.25, -1);
  await viewer.getByRole('button', { name: 'Zoom out' }).click();
  await viewer.getByRole('button', { name: 'Zoom out' }).click();
  await expect(zoom).toHaveValue('75');
  await expect.poll(() => widthOf(first)).toBeCloseTo(PAGE_SIZE.width * 0.75, -1);

  await page.keyboard.press('Control+=');
  await expect(zoom).toHaveValue('100');
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await expect(zoom).toHaveValue('50');
  await expect.poll(() => widthOf(first)).toBeCloseTo(PAGE_SIZE.width * 0.5, -1);
  // The smallest step: Zoom out has nowhere to go.
  await expect(viewer.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
  await page.keyboard.press('Control+0');
  await expect(zoom).toHaveValue('fit-width');
  await expect.poll(() => widthOf(first)).toBeCloseTo(Math.min(1280, frameWidth), -1);

  // Fit page: the whole page fits in the window's height.
  await zoom.selectOption('fit-page');
  const innerHeight = await page.evaluate(() => window.innerHeight);
  await expect.poll(async () => (await first.boundingBox())?.height ?? Infinity).toBeLessThan(innerHeight);
});

test('page x of n follows scrolling, previous and next page and the thumbnails move between pages', async ({ page }) => {
  const { name, documentName, pages } = FIXTURES.welcomePack;
  await openPackage(page, name);
  const region = documentRegion(page, documentName);
  const viewer = region.getByRole('group', { name: `View of ${documentName}` });
  const label = viewer.getByText(/^Page \d+ of \d+$/);
  await expect(label).toHaveText(`Page 1 of ${pages}`);
  await expect(viewer.getByRole('button', { name: 'Previous page' })).toBeDisabled();

  await viewer.getByRole('button', { name: 'Next page' }).click();
  await expect(label).toHaveText(`Page 2 of ${pages}`);
  await expect(viewer.getByRole('button', { name: 'Next page' })).toBeDisabled();
  const thumbnails = region.getByRole('navigation', { name: /thumbnails$/ });
  await expect(thumbnails.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  // The thumbnails load their own small images, lazily, once on screen.
  await expect(thumbnails.getByRole('button', { name: 'Page 1' }).locator('img')).toHaveCount(1);

  await viewer.getByRole('button', { name: 'Previous page' }).click();
  await expect(label).toHaveText(`Page 1 of ${pages}`);
  await thumbnails.getByRole('button', { name: 'Page 2' }).click();
  await expect(label).toHaveText(`Page 2 of ${pages}`);
  await expect(region.getByRole('img', { name: `Page 2 of ${pages}` })).toBeInViewport();

  // Scrolling by other means moves the indicator too.
  await region.getByRole('img', { name: `Page 1 of ${pages}` }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, -2000);
  await expect(label).toHaveText(`Page 1 of ${pages}`);
});

test('Error lab shows one of its eight documents at a time, chosen in the switcher', async ({ page }) => {
  const lab = FIXTURES.errorLab;
  await openPackage(page, lab.name);
  const switcher = page.getByRole('combobox', { name: 'Document' });
  await expect(switcher.getByRole('option')).toHaveCount(lab.documents.length);
  await expect(page.getByRole('region', { name: /\.pdf$/ })).toHaveCount(1);
  const third = lab.documents[2];
  if (third === undefined) throw new Error('Error lab needs three documents');
  await switcher.selectOption(String(third.documentId));
  await expect(documentRegion(page, third.documentName)).toBeVisible();
  await expect(page.getByRole('region', { name: /\.pdf$/ })).toHaveCount(1);
  await expect(documentRegion(page, third.documentName).getByRole('img', { name: 'Page 1 of 1' })).toBeVisible();
  // The switcher, the viewer's toolbar and the disclosures pass axe too.
  await expectNoSeriousA11yViolations(page);
});

test('typed values, ticks and choices are drawn on the page, and their marks say what they hold', async ({ page }) => {
  const form = FIXTURES.accountApplication;
  await openPackage(page, form.name);
  const region = documentRegion(page, form.documentName);
  const mark = (fieldName: string): Locator => region.locator(`[data-field-mark="${form.documentId}:${fieldName}"]`);

  await expect(mark(form.text.required)).not.toContainText('Alice Example');
  await region.getByRole('textbox', { name: form.text.required }).fill('Alice Example');
  await expect(mark(form.text.required)).toContainText('Alice Example');
  await expect(mark(form.text.required)).toHaveAccessibleName(`${form.text.required}, text field, to do, Alice Example`);
  // A saved value shows too, before any edit.
  await expect(mark(form.text.readOnly)).toContainText(form.readOnlyValue);

  await expect(mark(form.checkbox)).toHaveAccessibleName(`${form.checkbox}, checkbox, to do, not ticked`);
  await region.getByRole('checkbox', { name: form.checkbox }).check();
  await expect(mark(form.checkbox)).toContainText('✓');
  await expect(mark(form.checkbox)).toHaveAccessibleName(`${form.checkbox}, checkbox, to do, ticked`);

  await expect(mark(form.radio)).toHaveAccessibleName(`${form.radio}, radio buttons, to do, nothing chosen`);
  await region.getByRole('radio', { name: 'Savings' }).check();
  await expect(mark(form.radio)).toContainText('Savings');
  await expect(mark(form.radio)).toHaveAccessibleName(`${form.radio}, radio buttons, to do, Savings chosen`);
});

test('the document comes before the details and recipients, whose disclosures remember being closed', async ({ page }) => {
  const { name, documentName } = FIXTURES.welcomePack;
  await openPackage(page, name);
  const documentTop = (await documentRegion(page, documentName).boundingBox())?.y ?? Infinity;
  const details = page.locator('summary', { hasText: 'Details' });
  const recipients = page.locator('summary', { hasText: 'Recipients' });
  expect(documentTop).toBeLessThan((await details.boundingBox())?.y ?? -Infinity);
  await expect(page.getByRole('region', { name: 'Recipients' })).toBeVisible();

  await recipients.click();
  await expect(page.getByRole('region', { name: 'Recipients' })).toBeHidden();
  await page.getByRole('button', { name: 'Back to packages' }).click();
  await openPackage(page, FIXTURES.noOtp.name);
  await expect(page.locator('summary', { hasText: 'Recipients' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Recipients' })).toBeHidden();
  await expect(page.getByText('Owner', { exact: true })).toBeVisible();
  // The stored state names sections only.
  const stored = await page.evaluate(() => window.localStorage.getItem('desk-signer.package-view.open-sections'));
  expect(JSON.parse(stored ?? '{}')).toEqual({ details: true, recipients: false });
});
