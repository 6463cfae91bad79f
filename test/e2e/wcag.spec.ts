// WCAG 2.2 AA by hand: reflow at 320 CSS px, text spacing, non-text contrast, forced colours and touch targets.
import { expect, test, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch-app.js';
import { DEMO_CLIENT, packageButton, signIn } from './helpers.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { documentRegion, drawOn, fieldItem, openPackage, signDialog } from './document-helpers.js';
import { addSheet, borderContrast, clippedContent, contrast, inkAndPaper, parseColour, TEXT_SPACING_CSS, truncatedDates } from './wcag-checks.js';
import { FIXTURES } from '../sandbox/seed.js';

/** 1280 CSS px at 400% zoom. */
const NARROW = { width: 320, height: 640 };
const WIDE = { width: 1280, height: 800 };

let app: LaunchedApp;
let page: Page;

test.beforeEach(async () => {
  app = await launchApp(DEMO_CLIENT);
  page = app.page;
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test.afterEach(async () => {
  await app.close();
});

/** Opens the sign dialog of the package without a code, drawing chosen. */
async function openSignDialog(): Promise<void> {
  await openPackage(page, FIXTURES.noOtp.name, { search: true });
  await fieldItem(documentRegion(page, 'Supplier agreement.pdf'), FIXTURES.noOtp.fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
  await signDialog(page).getByRole('radio', { name: 'Draw' }).check();
}

test('at 320 CSS px nothing needed is cut off: sign-in, the package list, a package and the sign dialog', async () => {
  await page.setViewportSize(NARROW);
  expect(await clippedContent(page), 'sign-in screen').toEqual([]);

  await signIn(page);
  expect(await clippedContent(page), 'package list').toEqual([]);
  // The table keeps its columns and scrolls sideways in a named frame that takes focus.
  const frame = page.getByRole('region', { name: 'Package table, scrolls sideways' });
  await expect(frame).toHaveAttribute('tabindex', '0');
  await frame.focus();
  // The arrow keys scroll it; the last column comes into view.
  for (let press = 0; press < 30; press++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await expect(page.getByRole('columnheader', { name: /Modified/ })).toBeInViewport({ ratio: 1 });
  await expectNoSeriousA11yViolations(page);

  await openPackage(page, FIXTURES.noOtp.name, { search: true });
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0);
  expect(await clippedContent(page), 'package view').toEqual([]);

  await fieldItem(documentRegion(page, 'Supplier agreement.pdf'), FIXTURES.noOtp.fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(signDialog(page)).toBeVisible();
  expect(await clippedContent(page), 'sign dialog').toEqual([]);
});

test('the list keeps its one Tab stop when wide: the sideways frame is no Tab stop unless it scrolls', async () => {
  await signIn(page);
  await expect(page.getByRole('region', { name: 'Package table, scrolls sideways' })).toHaveCount(0);
  await page.setViewportSize(NARROW);
  await expect(page.getByRole('region', { name: 'Package table, scrolls sideways' })).toBeVisible();
  await page.setViewportSize(WIDE);
  await expect(page.getByRole('region', { name: 'Package table, scrolls sideways' })).toHaveCount(0);
});

test('with the WCAG text-spacing overrides, dates keep their time, wide and at 320 CSS px', async () => {
  await signIn(page);
  await addSheet(page, TEXT_SPACING_CSS);
  await expect(page.locator('time').first()).toBeVisible();
  expect(await truncatedDates(page)).toEqual([]);
  await page.setViewportSize(NARROW);
  await expect(page.locator('time').first()).toBeAttached();
  expect(await truncatedDates(page)).toEqual([]);
  // The times are there, not just the dates.
  expect(await page.locator('time').first().textContent()).toMatch(/\d{1,2}:\d{2}/);
});

test('input, button and signature-pad borders reach 3:1 against their background, light and dark', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await borderContrast(page.getByRole('textbox', { name: 'Email' })), `${colorScheme}: input`).toBeGreaterThanOrEqual(3);
  }
  await signIn(page);
  await openSignDialog();
  const dialog = signDialog(page);
  const pad = dialog.getByRole('img', { name: /^Drawing area/ });
  const cancel = dialog.getByRole('button', { name: 'Cancel', exact: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await borderContrast(pad), `${colorScheme}: pad`).toBeGreaterThanOrEqual(3);
    expect(await borderContrast(cancel), `${colorScheme}: secondary button`).toBeGreaterThanOrEqual(3);
    // The focus ring against the dialog.
    const focus = await dialog.evaluate((element) => [
      getComputedStyle(element).backgroundColor,
      getComputedStyle(document.documentElement).getPropertyValue('--focus').trim(),
    ]);
    const ring = await page.evaluate((value) => {
      const probe = document.createElement('span');
      probe.style.color = value;
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    }, focus[1] ?? '');
    expect(contrast(parseColour(ring), parseColour(focus[0] ?? '')), `${colorScheme}: focus ring`).toBeGreaterThanOrEqual(3);
  }
});

test('forced colours, dark and light: the drawn ink stays visible (and is redrawn on a change), and so does the unread dot', async () => {
  await signIn(page);
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  const row = page
    .getByRole('row')
    .filter({ has: page.locator('.unread-dot') })
    .first();
  const dot = row.locator('.unread-dot');
  await expect(dot).toBeVisible();
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ forcedColors: 'active', colorScheme });
    const [dotColour, rowColour] = await dot.evaluate((element) => {
      let parent = element.parentElement;
      while (parent !== null && ['rgba(0, 0, 0, 0)', 'transparent'].includes(getComputedStyle(parent).backgroundColor)) parent = parent.parentElement;
      return [getComputedStyle(element).backgroundColor, getComputedStyle(parent ?? document.body).backgroundColor];
    });
    expect(contrast(parseColour(dotColour), parseColour(rowColour)), `${colorScheme}: unread dot`).toBeGreaterThanOrEqual(3);
  }

  // Field marks on the (white) page keep a border that shows on it.
  await openPackage(page, FIXTURES.noOtp.name, { search: true });
  // The page under the mark must have its image before its pixels can be read.
  const markedPage = page.locator('.page:has(.field-mark)').first();
  await expect(markedPage.locator('img.page-image')).toBeVisible();
  const mark = markedPage.locator('.field-mark').first();
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ forcedColors: 'active', colorScheme });
    // The paper is the page image (never recoloured): read its pixel just outside the mark's top-left corner.
    const [border, paper] = await mark.evaluate((element) => {
      const image = element.closest('.page')?.querySelector('img');
      if (!(image instanceof HTMLImageElement)) throw new Error('no page image');
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const box = image.getBoundingClientRect();
      const at = element.getBoundingClientRect();
      const x = Math.max(0, Math.round(((at.left - 4 - box.left) / box.width) * image.naturalWidth));
      const y = Math.max(0, Math.round(((at.top - 4 - box.top) / box.height) * image.naturalHeight));
      const [r, g, b] = context.getImageData(x, y, 1, 1).data;
      return [getComputedStyle(element).borderLeftColor, `rgb(${r}, ${g}, ${b})`];
    });
    expect(contrast(parseColour(border), parseColour(paper)), `${colorScheme}: field mark`).toBeGreaterThanOrEqual(3);
  }
  await page.getByRole('button', { name: 'Back to packages' }).click();

  // Drawn before the switch, then shown in forced colours: the strokes are redrawn in the system's text colour.
  await page.emulateMedia({ forcedColors: 'none', colorScheme: 'dark' });
  await openSignDialog();
  const pad = signDialog(page).getByRole('img', { name: /^Drawing area/ });
  await drawOn(page, signDialog(page));
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ forcedColors: 'active', colorScheme });
    await expect.poll(async () => contrast((await inkAndPaper(pad)).ink, (await inkAndPaper(pad)).paper), `${colorScheme}: ink`).toBeGreaterThanOrEqual(3);
  }
  // Drawn while forced colours are on.
  await signDialog(page)
    .getByRole('button', { name: /^Clear/ })
    .click();
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await drawOn(page, signDialog(page));
  const drawn = await inkAndPaper(pad);
  expect(drawn.inked).toBeGreaterThan(0);
  expect(contrast(drawn.ink, drawn.paper)).toBeGreaterThanOrEqual(3);
});

test('the signature pad follows its container: wider window, wider pad, taller in proportion, drawing kept', async () => {
  await signIn(page);
  await openSignDialog();
  const pad = signDialog(page).getByRole('img', { name: /^Drawing area/ });
  await drawOn(page, signDialog(page));
  const before = await pad.evaluate((canvas: HTMLCanvasElement) => ({ width: canvas.offsetWidth, height: canvas.offsetHeight }));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(() => pad.evaluate((canvas: HTMLCanvasElement) => canvas.offsetWidth)).toBeGreaterThan(before.width);
  const after = await pad.evaluate((canvas: HTMLCanvasElement) => ({
    width: canvas.offsetWidth,
    height: canvas.offsetHeight,
    backing: canvas.width,
    ratio: devicePixelRatio,
  }));
  expect(after.height).toBeGreaterThan(before.height);
  expect(after.backing).toBe(Math.round(after.width * after.ratio));
  expect((await inkAndPaper(pad)).inked).toBeGreaterThan(0);
});

test('with a coarse pointer, primary actions and list rows are at least 44 px; clicking a row (not its name) opens it', async () => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  const signInBox = await page.getByRole('button', { name: 'Sign in' }).boundingBox();
  expect(signInBox?.height).toBeGreaterThanOrEqual(44);
  await signIn(page);
  for (const row of await page
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .all()) {
    const box = await row.boundingBox();
    if (box !== null) expect(box.height).toBeGreaterThanOrEqual(44);
  }
  for (const name of ['Refresh', 'Sign out']) {
    const button = page.getByRole('button', { name, exact: true });
    if ((await button.count()) === 0) continue;
    const box = await button.boundingBox();
    expect(box?.height, name).toBeGreaterThanOrEqual(44);
    expect(box?.width, name).toBeGreaterThanOrEqual(44);
  }
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
  // Kiosk mode's hook (data-kiosk on <html>) gives the same sizes with a fine pointer.
  const signOut = page.getByRole('button', { name: 'Sign out', exact: true });
  expect((await signOut.boundingBox())?.height).toBeLessThan(44);
  await page.evaluate(() => document.documentElement.setAttribute('data-kiosk', ''));
  expect((await signOut.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  await page.evaluate(() => document.documentElement.removeAttribute('data-kiosk'));

  // A click on the row's date cell, away from the name, opens the package.
  const row = page.getByRole('row').filter({ has: packageButton(page, FIXTURES.welcomePack.name) });
  const date = await row.getByRole('cell').last().boundingBox();
  if (date === null) throw new Error('the date cell has no box');
  await page.mouse.click(date.x + date.width / 2, date.y + date.height / 2);
  await expect(page.getByRole('heading', { level: 1, name: FIXTURES.welcomePack.name })).toBeVisible();
});
