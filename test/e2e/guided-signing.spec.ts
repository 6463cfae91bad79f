// Guided signing: Start, then Next field through the signer's fields, with the count, focus, page and list in step.
import { expect, test } from './fixtures.js';
import { documentRegion, drawOn, fieldItem, openPackage } from './document-helpers.js';
import { expectFinishScreen } from './finish-screen.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { latestCode } from '../support/sandbox-control.js';

test('Start and Next field walk my fields in reading order to the finish screen, the count goes down, and page and list follow', async ({ app, page }) => {
  const flow = FIXTURES.keyboardFlow;
  await openPackage(page, flow.name);
  const region = documentRegion(page, 'Keyboard flow.pdf');
  const actions = page.getByRole('group', { name: 'Package actions' });
  const count = actions.getByRole('status');
  const pageLabel = region.getByRole('group', { name: /^View of/ }).getByText(/^Page \d+ of \d+$/);
  const focused = page.locator(':focus');

  // The document comes first: the action bar, then the pages; four fields of mine (a name, two initials, a signature).
  await expect(count).toHaveText('4 of 4 left');
  await expect(pageLabel).toHaveText('Page 1 of 2');
  await actions.getByRole('button', { name: 'Start' }).click();
  await expect(focused).toHaveAccessibleName(`${flow.textFieldName}, text field, to do`);
  await expect(region.locator(`[data-field-item="${flow.documentId}:${flow.textFieldName}"]`)).toHaveAttribute('aria-current', 'step');
  await expect(actions.getByRole('button', { name: 'Start' })).toHaveCount(0);

  // Filling the name in counts it as done.
  await page.keyboard.press('Enter');
  await region.getByRole('textbox', { name: flow.textFieldName }).fill('Alice Example');
  await expect(count).toHaveText('3 of 4 left');

  // Next field: the first initials, on page 1, highlighted in the list.
  await actions.getByRole('button', { name: 'Next field' }).click();
  await expect(focused).toHaveAccessibleName(`${flow.initials[0]}, initials, to do`);
  await expect(fieldItem(region, flow.initials[0])).toHaveAttribute('aria-current', 'step');
  await expect(pageLabel).toHaveText('Page 1 of 2');

  // Initials for this field only: the flow moves on by itself to the second initials, on page 2.
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Initial ${flow.initials[0]}` });
  await drawOn(page, dialog);
  await dialog.getByRole('button', { name: 'Add initials' }).click();
  await expect(dialog).toBeHidden();
  await expect(count).toHaveText('2 of 4 left');
  await expect(focused).toHaveAccessibleName(`${flow.initials[1]}, initials, to do`);
  await expect(pageLabel).toHaveText('Page 2 of 2');
  await expect(region.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await expect(fieldItem(region, flow.initials[1])).toHaveAttribute('aria-current', 'step');
  await expect(fieldItem(region, flow.initials[0])).not.toHaveAttribute('aria-current', 'step');

  // N does what Next field does: on to the signature.
  await page.keyboard.press('n');
  await expect(focused).toHaveAccessibleName(`${flow.fieldName}, digital signature, to do`);
  await expect(fieldItem(region, flow.fieldName)).toHaveAttribute('aria-current', 'step');
  await expect(count).toHaveText('2 of 4 left');

  // Sign it with the texted code and a typed signature: the walk goes back to the initials left on page 2.
  await page.keyboard.press('Enter');
  const sign = page.getByRole('dialog', { name: `Sign as ${DEMO.users.alice.name}` });
  let sms: string | undefined;
  await expect.poll(async () => (sms = (await latestCode(app.serverUrl, flow.fieldName))?.code)).toBeTruthy();
  await sign.getByRole('textbox', { name: 'One-time password' }).fill(sms ?? '');
  await sign.getByRole('radio', { name: 'Type' }).check();
  await sign.getByRole('textbox', { name: 'Type your name' }).fill('Alice Example');
  await sign.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(sign).toBeHidden();
  await expect(count).toHaveText('1 of 4 left');
  await expect(focused).toHaveAccessibleName(`${flow.initials[1]}, initials, to do`);

  // The last one: the package finishes by itself, and the finish screen says so.
  await page.keyboard.press('Enter');
  const last = page.getByRole('dialog', { name: `Initial ${flow.initials[1]}` });
  await drawOn(page, last);
  await last.getByRole('button', { name: 'Add initials' }).click();
  await expectFinishScreen(page, `You have signed “${flow.name}”`);
});

test('Next field crosses documents: the switcher shows the next document and its field gets focus', async ({ page }) => {
  const lab = FIXTURES.errorLab;
  await openPackage(page, lab.name);
  const [first, second] = lab.documents;
  if (first === undefined || second === undefined) throw new Error('Error lab needs two documents');
  const switcher = page.getByRole('combobox', { name: 'Document' });
  const actions = page.getByRole('group', { name: 'Package actions' });
  await expect(actions.getByRole('status')).toHaveText(`${lab.documents.length} of ${lab.documents.length} left`);
  await actions.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator(':focus')).toHaveAccessibleName(`${lab.fieldName}, digital signature, to do`);
  await expect(switcher).toHaveValue(String(first.documentId));
  // The first document holds nothing after its one field: Next field moves to the second document's.
  await actions.getByRole('button', { name: 'Next field' }).click();
  await expect(switcher).toHaveValue(String(second.documentId));
  await expect(documentRegion(page, second.documentName)).toBeVisible();
  await expect(documentRegion(page, first.documentName)).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAttribute('data-field-mark', `${second.documentId}:${lab.fieldName}`);
});
