// The page talks to main through the real built preload (app/dist/preload.cjs) in Electron and in the
// browser shell alike, and values reach main as Electron's IPC carries them.
import { expect, test } from '@playwright/test';
import { launchApp } from './launch-app.js';
import { DEMO_CLIENT, signIn } from './helpers.js';
import { CHANNELS } from '../../shared/contract.js';
import { NOT_SENT } from '../../shared/transport-failure.js';

test('the page runs the built preload: input IPC cannot copy is refused there, not dropped on the way', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    // Only main/preload.ts answers NOT_SENT: a stand-in that let the function fall out would have
    // sent { serverUrl: undefined } on to main, which names the missing server URL instead.
    const answers = await app.page.evaluate(async () => {
      const signer = (window as unknown as { signer: Record<string, (input?: unknown) => Promise<unknown>> }).signer;
      return [await signer.checkServer!({ serverUrl: () => 'https://x.example' }), await signer.requestPackageOtp!({ packageId: Symbol('1') })];
    });
    expect(answers).toEqual([
      { ok: false, error: NOT_SENT },
      { ok: false, error: NOT_SENT },
    ]);
  } finally {
    await app.close();
  }
});

test('malformed input from the page gets invalid_input on every channel, and signOut(NaN) does not sign out', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    await signIn(app.page);
    const refused = await app.page.evaluate(
      async (channels) => {
        const signer = (window as unknown as { signer: Record<string, (input?: unknown) => Promise<{ ok: boolean; error?: { kind: string } }>> }).signer;
        const circular: Record<string, unknown> = { packageId: 1 };
        circular.self = circular;
        const strange: [string, unknown][] = [
          ['NaN', NaN],
          ['-0', -0],
          ['Infinity', Infinity],
          ['BigInt', 10n],
          ['circular', circular],
          ['own __proto__', JSON.parse('{"__proto__":{"packageId":1},"packageId":1}')],
          ['Date', new Date(0)],
          ['Map', new Map([['packageId', 1]])],
          ['Set', new Set([1])],
          ['RegExp', /x/],
          ['Uint8Array', new Uint8Array(4)],
          ['array', [{ packageId: 1 }]],
          ['string', 'x'.repeat(5_000)],
          ['boolean', true],
          ['nested BigInt', { packageId: 1n }],
          ['nested NaN', { packageId: NaN, documentId: 1 }],
          ['unknown key', { packageId: 1, sneaky: true }],
          ['function', () => 1],
        ];
        const wrong: string[] = [];
        for (const channel of channels) {
          for (const [name, input] of strange) {
            const result = await signer[channel]!(input);
            if (result.ok || result.error?.kind !== 'invalid_input') wrong.push(`${channel}(${name}) -> ${JSON.stringify(result).slice(0, 80)}`);
          }
        }
        return wrong;
      },
      [...CHANNELS],
    );
    expect(refused).toEqual([]);
    // Still signed in: the session answers, and the package list is still on screen.
    expect(
      await app.page.evaluate(() => (window as unknown as { signer: { getSigningPreferences(): Promise<{ ok: boolean }> } }).signer.getSigningPreferences()),
    ).toMatchObject({ ok: true });
    await expect(app.page.getByRole('table', { name: 'Packages' })).toBeVisible();
  } finally {
    await app.close();
  }
});
