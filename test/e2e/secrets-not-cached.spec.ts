// What the user types to sign or to open a package (codes, passwords, signature images) never enters the
// renderer's query or mutation cache: not while its dialog is open, not after it is done.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { ALICE, packageButton } from './helpers.js';
import { documentRegion, openPackage, signDialog } from './document-helpers.js';
import { expectFinishScreen } from './finish-screen.js';
import { FIXTURES } from '../sandbox/seed.js';
import { latestCode, outbox, requestLog } from '../support/sandbox-control.js';

/** Everything the app's QueryClient holds, as JSON: each query's key, data and error, and each mutation's variables and data. */
async function cacheContents(page: Page): Promise<{ json: string; mutations: number }> {
  return page.evaluate(() => {
    interface Fiber {
      child: Fiber | null;
      sibling: Fiber | null;
      memoizedProps: { client?: unknown } | null;
    }
    interface Client {
      getQueryCache(): { getAll(): { queryKey: unknown; state: { data: unknown; error: unknown } }[] };
      getMutationCache(): { getAll(): { state: { variables: unknown; data: unknown } }[] };
    }
    const root = document.getElementById('root') as (HTMLElement & Record<string, unknown>) | null;
    const key = Object.keys(root ?? {}).find((name) => name.startsWith('__reactContainer$'));
    if (root === null || key === undefined) throw new Error('no React root');
    // The QueryClientProvider's client, found by walking React's tree from its root.
    const stack: (Fiber | null)[] = [root[key] as Fiber];
    while (stack.length > 0) {
      const fiber = stack.pop();
      if (fiber === null || fiber === undefined) continue;
      const client = fiber.memoizedProps?.client as Client | undefined;
      if (client !== undefined && typeof client.getQueryCache === 'function') {
        const queries = client
          .getQueryCache()
          .getAll()
          .map((query) => ({ key: query.queryKey, data: query.state.data, error: String(query.state.error) }));
        const mutations = client
          .getMutationCache()
          .getAll()
          .map((mutation) => ({ variables: mutation.state.variables, data: mutation.state.data }));
        return { json: JSON.stringify({ queries, mutations }), mutations: mutations.length };
      }
      stack.push(fiber.child, fiber.sibling);
    }
    throw new Error('no QueryClientProvider in the tree');
  });
}

/** A code as a cached value would hold it: a JSON string (bare digits could turn up inside an id or a page image). */
const quoted = (code: string): string => JSON.stringify(code);

/** Asserts the cache holds none of `secrets`, and no mutation at all. */
async function expectNoneCached(page: Page, secrets: string[]): Promise<void> {
  const { json, mutations } = await cacheContents(page);
  // The real cache was read: start-up's own query is in it.
  expect(json.includes('"appInfo"'), 'the cache holds the app info').toBe(true);
  expect(mutations).toBe(0);
  for (const secret of secrets) expect(json.includes(secret), `the cache holds "${secret.slice(0, 12)}…"`).toBe(false);
}

test('passwords, codes and signature images stay out of the cache, while their dialogs are open and after', async ({ app, page }) => {
  // The sign-in password.
  await expectNoneCached(page, [ALICE.password]);

  // A protected package: a wrong password keeps the dialog open; then the right one opens it.
  const locked = FIXTURES.passwordProtected;
  await packageButton(page, locked.name).click();
  const passwordDialog = page.getByRole('dialog', { name: 'Enter the password to open this package' });
  await passwordDialog.getByLabel('Document password').fill('wrong-password-typed');
  await passwordDialog.getByRole('button', { name: 'Open' }).click();
  await expect(passwordDialog.getByRole('alert')).toContainText('Status 403');
  await expectNoneCached(page, ['wrong-password-typed']);
  await passwordDialog.getByLabel('Document password').fill(locked.password);
  await passwordDialog.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: locked.name })).toBeVisible();
  await expectNoneCached(page, [locked.password]);
  await page.getByRole('button', { name: 'Back to packages' }).click();

  // A package opened with a texted code.
  const otpLocked = FIXTURES.otpProtected;
  await packageButton(page, otpLocked.name).click();
  const codeDialog = page.getByRole('dialog', { name: 'Enter the code to open this package' });
  await codeDialog.getByRole('button', { name: 'Send code' }).click();
  let packageCode = '';
  await expect
    .poll(async () => (packageCode = (await outbox(app.serverUrl)).filter((sms) => sms.package_id === otpLocked.packageId).at(-1)?.code ?? ''))
    .not.toBe('');
  await codeDialog.getByRole('textbox', { name: 'One-time password' }).fill(packageCode);
  await codeDialog.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: otpLocked.name })).toBeVisible();
  await expectNoneCached(page, [quoted(packageCode)]);
  await page.getByRole('button', { name: 'Back to packages' }).click();

  // A signature: a wrong code keeps the sign dialog open with the typed signature in it; then the right code signs.
  const { documentName, fieldName } = FIXTURES.welcomePack;
  await openPackage(page, FIXTURES.welcomePack.name);
  await documentRegion(page, documentName).getByRole('button', { name: 'Send OTP' }).click();
  const dialog = signDialog(page);
  let fieldCode = '';
  await expect.poll(async () => (fieldCode = (await latestCode(app.serverUrl, fieldName))?.code ?? '')).not.toBe('');
  const wrong = fieldCode.replace(/^./, (digit) => String((Number(digit) + 1) % 10));
  await dialog.getByRole('radio', { name: 'Type' }).check();
  await dialog.getByRole('textbox', { name: 'Type your name' }).fill('Alice Example');
  await dialog.getByRole('textbox', { name: 'One-time password' }).fill(wrong);
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Status 403');
  const tried = (await requestLog(app.serverUrl)).filter((entry) => entry.path.endsWith('/sign')).at(-1);
  const image = String((tried?.body as Record<string, unknown> | undefined)?.['hand_signature_image'] ?? '');
  expect(image.length).toBeGreaterThan(100);
  await expectNoneCached(page, [quoted(wrong), image]);
  await dialog.getByRole('textbox', { name: 'One-time password' }).fill(fieldCode);
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expectFinishScreen(page, `You have signed “${FIXTURES.welcomePack.name}”`);
  await expectNoneCached(page, [quoted(wrong), quoted(fieldCode), image, locked.password, quoted(packageCode), ALICE.password]);
});
