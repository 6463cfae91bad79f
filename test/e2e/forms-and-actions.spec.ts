// Form fields (validation, saving, failed saves), initials with apply-to-all, and the package actions:
// decline (reason + confirmation), approve (reviewer) and submit (editor).
import { expect, test } from './fixtures.js';
import { expectErrorDialog, packageButton } from './helpers.js';
import { documentRegion, drawOn, expectPackageList, fieldItem, openPackage, writes } from './document-helpers.js';
import { backFromFinish, expectFinishScreen } from './finish-screen.js';
import { FIXTURES } from '../sandbox/seed.js';
import { addFault, clearFaults, clearLog, requestLog } from '../support/sandbox-control.js';

test('form fields validate on blur and before saving, keep what was typed when a save fails, then save', async ({ app, page }) => {
  const form = FIXTURES.accountApplication;
  const { text } = form;
  await openPackage(page, form.name);
  const region = documentRegion(page, 'Account application.pdf');
  await clearLog(app.serverUrl);

  const fullName = region.getByRole('textbox', { name: text.required, exact: true });
  await fullName.focus();
  await page.keyboard.press('Tab');
  await expect(fullName).toHaveAttribute('aria-invalid', 'true');
  await expect(fullName).toHaveAccessibleDescription(/This field is required\./);
  await expect(region.getByRole('textbox', { name: text.maxLength10 })).toHaveAttribute('maxlength', '10');

  const email = region.getByRole('textbox', { name: text.email, exact: true });
  await email.fill('not-an-email');
  await email.blur();
  await expect(email).toHaveAccessibleDescription(/Enter an email address like name@example.com\./);
  const number = region.getByRole('textbox', { name: text.number });
  await number.fill('x');
  await number.blur();
  await expect(number).toHaveAccessibleDescription(/Enter a number/);
  const date = region.getByRole('textbox', { name: text.date });
  await date.fill('2024-02-30');
  await date.blur();
  await expect(date).toHaveAccessibleDescription(/Enter a date as YYYY-MM-DD/);

  // Saving reveals every message (required checkbox and radio too) and goes to the first problem; nothing is sent.
  await region.getByRole('button', { name: 'Save fields' }).click();
  await expect(region.getByRole('status').filter({ hasText: 'Complete the required form fields first.' })).toBeVisible();
  await expect(fullName).toBeFocused();
  await expect(region.getByRole('checkbox', { name: form.checkbox })).toHaveAccessibleDescription(/Tick this box to continue\./);
  await expect(region.getByRole('group', { name: form.radio })).toContainText('Choose an option.');
  // Signing is blocked meanwhile, and says why.
  await expect(fieldItem(region, form.fieldName).getByRole('button', { name: 'Sign', exact: true })).toHaveAccessibleDescription(
    /Complete the required form fields first/,
  );
  expect(writes(await requestLog(app.serverUrl))).toEqual([]);

  await fullName.fill('Alice Example');
  await email.fill('alice@example.com');
  await number.fill('2');
  await date.fill('1990-05-17');
  await region.getByRole('checkbox', { name: form.checkbox }).check();
  await region.getByRole('radio', { name: 'Savings' }).check();
  await region.getByRole('combobox', { name: form.dropdown }).selectOption('Ireland');
  await region.getByRole('listbox', { name: form.listbox }).selectOption('Online banking');
  await expect(fullName).not.toHaveAttribute('aria-invalid', 'true');
  await expect(region.getByRole('status').filter({ hasText: 'You have unsaved changes.' })).toBeVisible();

  // A failed save shows the server's error and loses nothing.
  await addFault(app.serverUrl, { method: 'PUT', path: '/fields$', status: 500, times: 1 });
  await region.getByRole('button', { name: 'Save fields' }).click();
  await expectErrorDialog(page, 500, 'An internal server error occurred while processing the request');
  await expect(fullName).toHaveValue('Alice Example');
  await expect(region.getByRole('listbox', { name: form.listbox })).toHaveValue('Online banking');
  await clearFaults(app.serverUrl);
  await clearLog(app.serverUrl);

  // A double click saves once: the second click neither reports a failure nor ends the busy state early.
  await addFault(app.serverUrl, { method: 'PUT', path: '/fields$', latencyMs: 1500, times: 1 });
  const save = region.getByRole('button', { name: 'Save fields' });
  await save.evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });
  await expect(save).toHaveAttribute('aria-busy', 'true');
  await expect(region.getByRole('status').filter({ hasText: 'not saved' })).toHaveCount(0);
  await expect(region.getByRole('status').filter({ hasText: 'Fields saved.' })).toBeVisible();
  const log = await requestLog(app.serverUrl);
  const put = log.filter((entry) => entry.method === 'PUT');
  expect(put).toHaveLength(1);
  // The documented Fill Form Fields body: auto_save, the chosen radio button with its group, string choices.
  expect(put[0]?.body).toEqual({
    auto_save: false,
    text: [
      { field_name: text.required, value: 'Alice Example' },
      { field_name: text.email, value: 'alice@example.com' },
      { field_name: text.number, value: '2' },
      { field_name: text.date, value: '1990-05-17' },
    ],
    checkbox: [{ field_name: form.checkbox, value: true }],
    radio: [{ field_name: 'Savings', value: true, radio_group_name: form.radio }],
    dropdown: [{ field_name: form.dropdown, value: 'Ireland' }],
    listbox: [{ field_name: form.listbox, value: 'Online banking' }],
  });
  await expect(fieldItem(region, text.required)).toContainText('Done');
  await expect(fullName).toHaveValue('Alice Example');
  await expect(fieldItem(region, form.fieldName).getByRole('button', { name: 'Sign', exact: true })).not.toHaveAttribute('aria-disabled', 'true');
});

test('initials: drawn once and applied to all my initials fields', async ({ app, page }) => {
  const form = FIXTURES.accountApplication;
  await openPackage(page, form.name);
  const region = documentRegion(page, 'Account application.pdf');
  await clearLog(app.serverUrl);
  const first = fieldItem(region, form.initials[0]);
  const trigger = first.getByRole('button', { name: 'Add initials' });
  await trigger.click();
  const dialog = page.getByRole('dialog', { name: `Initial ${form.initials[0]}` });
  await expect(dialog.getByRole('radio', { name: 'Draw' })).toBeChecked();
  // Escape cancels and focus goes back.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();

  await trigger.click();
  await drawOn(page, dialog);
  await dialog.getByRole('checkbox', { name: 'Apply to all initials fields' }).check();
  await dialog.getByRole('button', { name: 'Add initials' }).click();
  await expect(dialog).toBeHidden();
  await expect(first).toContainText('Done');
  await expect(fieldItem(region, form.initials[1])).toContainText('Done');
  const log = await requestLog(app.serverUrl);
  expect(writes(log)).toEqual([`POST /v3/packages/${form.packageId}/documents/${form.documentId}/initial`]);
  const body = log.find((entry) => entry.path.endsWith('/initial'))?.body as Record<string, unknown>;
  expect(body).toMatchObject({ field_name: form.initials[0], apply_to_all: true });
  expect(String(body['image'])).toMatch(/^iVBORw0KGgo/);
});

test('decline: a required reason with a live count, then a confirmation, then back to the list', async ({ app, page }) => {
  const { packageId, name } = FIXTURES.welcomePack;
  await openPackage(page, name);
  const toolbar = page.getByRole('group', { name: 'Package actions' });
  await expect(toolbar.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(toolbar.getByRole('button', { name: 'Submit' })).toHaveCount(0);
  await clearLog(app.serverUrl);
  const decline = toolbar.getByRole('button', { name: 'Decline' });
  await decline.click();

  const dialog = page.getByRole('dialog', { name: 'Decline package' });
  const reason = dialog.getByRole('textbox', { name: 'Reason for declining' });
  await expect(reason).toBeFocused();
  await expect(reason).toHaveAttribute('maxlength', '500');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(reason).toHaveAccessibleDescription(/Enter a reason for declining\./);
  await reason.fill('Wrong address');
  await expect(dialog).toContainText('13 / 500 characters');
  await dialog.getByRole('button', { name: 'Continue' }).click();

  const confirm = page.getByRole('alertdialog', { name: 'Decline this package?' });
  await expect(confirm).toContainText('Wrong address');
  await expect(confirm.getByRole('button', { name: 'Back' })).toBeFocused();
  // Back keeps the reason.
  await confirm.getByRole('button', { name: 'Back' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Reason for declining' })).toHaveValue('Wrong address');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await confirm.getByRole('button', { name: 'Decline package' }).click();

  await expectFinishScreen(page, `You declined “${name}”`);
  await expect(page.getByText('The sender has been told why.')).toBeVisible();
  await backFromFinish(page);
  // The package left the list: focus starts from the list's heading, not <body>.
  await expect(page.getByRole('heading', { level: 1, name: 'Packages' })).toBeFocused();
  await expect(packageButton(page, name)).toHaveCount(0);
  const log = await requestLog(app.serverUrl);
  expect(writes(log)).toEqual([`POST /v3/packages/${packageId}/decline`]);
  expect(log.find((entry) => entry.method === 'POST')?.body).toEqual({ reason: 'Wrong address' });
});

test('approve as a reviewer: an optional reason, the server’s error shown in the dialog, then success', async ({ app, page }) => {
  const { packageId, name } = FIXTURES.reviewer;
  await openPackage(page, name);
  const toolbar = page.getByRole('group', { name: 'Package actions' });
  await expect(toolbar.getByRole('button', { name: 'Decline' })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Submit' })).toHaveCount(0);
  await clearLog(app.serverUrl);
  await toolbar.getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve package' });
  await dialog.getByRole('textbox', { name: 'Reason (optional)' }).fill('Looks good');

  await addFault(app.serverUrl, {
    method: 'POST',
    path: '/approve$',
    status: 403,
    message: 'You are not authorized to perform the requested operation',
    times: 1,
  });
  await dialog.getByRole('button', { name: 'Approve' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert.getByText('You are not authorized to perform the requested operation', { exact: true })).toBeVisible();
  await expect(alert).toContainText('Status 403');
  await expect(dialog).toBeVisible();

  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expectFinishScreen(page, `You approved “${name}”`);
  await backFromFinish(page);
  const approvals = (await requestLog(app.serverUrl)).filter((entry) => entry.path === `/v3/packages/${packageId}/approve`);
  expect(approvals.map((entry) => [entry.status, entry.body])).toEqual([
    [403, { reason: 'Looks good' }],
    [200, { reason: 'Looks good' }],
  ]);
});

test('submit as an editor', async ({ app, page }) => {
  const { packageId, name } = FIXTURES.editor;
  await openPackage(page, name);
  const toolbar = page.getByRole('group', { name: 'Package actions' });
  await expect(toolbar.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(toolbar.getByRole('button', { name: 'Decline' })).toBeVisible();
  await clearLog(app.serverUrl);
  await toolbar.getByRole('button', { name: 'Submit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit package?' });
  await expect(dialog.getByRole('button', { name: 'Submit' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectFinishScreen(page, `You submitted “${name}”`);
  // From the focused heading, Tab reaches Back to packages.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expectPackageList(page);
  expect(writes(await requestLog(app.serverUrl))).toEqual([`POST /v3/packages/${packageId}/submit`]);
});
