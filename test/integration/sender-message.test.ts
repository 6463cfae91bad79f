// The sender's message (workflow.message) read from the sandbox's workflow answer, cleaned, and left out when blank.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../main/ipc/handler-table.js';
import { createMainHarness, type MainHarness } from '../support/main-harness.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { FIXTURES } from '../sandbox/seed.js';
import { addFault, resetSandbox } from '../support/sandbox-control.js';

let sandbox: Sandbox;
let harness: MainHarness;
let table: HandlerTable;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await resetSandbox(sandbox.url);
  harness = await createMainHarness(sandbox.url);
  table = harness.table;
  await harness.signIn();
});
afterEach(() => harness.dispose());

/** A workflow answer with `message` as the sender's message. */
const workflowWith = (message: unknown): string =>
  JSON.stringify({
    package_id: 101,
    package_name: 'Welcome pack',
    owner_name: 'Sender',
    package_status: 'PENDING',
    workflow: { workflow_type: 'SERIAL', message },
    documents: [],
    users: [],
  });

describe('the sender’s message', () => {
  it('comes with the package detail, word for word', async () => {
    const detail = await table.getPackage({ packageId: FIXTURES.welcomePack.packageId });
    expect(detail.senderMessage).toBe(FIXTURES.welcomePack.message);
  });

  it('loses control and bidi characters but keeps its line breaks', async () => {
    await addFault(sandbox.url, {
      method: 'GET',
      path: '/workflow$',
      status: 200,
      body: workflowWith('\u202eHello\u0007\r\n\tSign by Friday.\u2066'),
      times: 1,
    });
    const detail = await table.getPackage({ packageId: FIXTURES.welcomePack.packageId });
    expect(detail.senderMessage).toBe('Hello\n Sign by Friday.');
  });

  it('is left out when blank, missing or not text', async () => {
    for (const message of ['  \u200f ', null, { text: 'odd' }]) {
      await addFault(sandbox.url, { method: 'GET', path: '/workflow$', status: 200, body: workflowWith(message), times: 1 });
      const detail = await table.getPackage({ packageId: FIXTURES.welcomePack.packageId });
      expect(detail).not.toHaveProperty('senderMessage');
    }
  });
});
