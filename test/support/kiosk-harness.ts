// Main composed against the sandbox with a test desktop and a manual clock, called through the same
// checked entry points a transport registers: the host as the main window, a signer as a hand-over window.
import { PNG } from 'pngjs';
import type { Policy } from '../../main/config/app-config.js';
import { serveHandlers, type ServedChannel, type ServedHandler } from '../../main/ipc/serve-handlers.js';
import { APP_ORIGIN, type SenderFacts } from '../../main/ipc/trusted-sender.js';
import type { Channel, InputOf, OutputOf, Result } from '../../shared/contract.js';
import type { HandOverChannel, HandOverContract } from '../../shared/hand-over-contract.js';
import { createMainHarness, type MainHarness } from './main-harness.js';
import { ManualClock } from './manual-clock.js';
import { TestDesktop } from './test-desktop.js';

/** The main window's top frame. */
export const HOST_WINDOW: SenderFacts = { url: `${APP_ORIGIN}/index.html`, isTopFrame: true, fromMainWindow: true };

/** A composed main with its desktop and clock, and calls as each window makes them. */
export interface KioskHarness extends MainHarness {
  desktop: TestDesktop;
  clock: ManualClock;
  /** A host-window call, as its Result. */
  host<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  /** A hand-over window's call (the live window's unless `id` is given), as its Result. */
  signer<C extends HandOverChannel>(channel: C, input: HandOverContract[C]['input'], id?: string): Promise<Result<HandOverContract[C]['output']>>;
}

/** Composes main with a test desktop and manual clock and signs in as the demo host. */
export async function createKioskHarness(serverUrl: string, policy: Policy = {}): Promise<KioskHarness> {
  const desktop = new TestDesktop();
  const clock = new ManualClock();
  const harness = await createMainHarness(serverUrl, undefined, { desktop, clock, policy });
  const served = new Map<ServedChannel, ServedHandler>();
  serveHandlers(harness.table, harness.table.handOver, (channel, handler) => served.set(channel, handler));
  const call = (channel: ServedChannel, sender: SenderFacts, input: unknown) => served.get(channel)!(sender, input);
  return {
    ...harness,
    desktop,
    clock,
    host: (channel, input) => call(channel, HOST_WINDOW, input) as never,
    signer: (channel, input, id) => call(channel, { ...HOST_WINDOW, fromMainWindow: false, handOverId: id ?? desktop.liveId }, input) as never,
  };
}

/** A small real PNG whose bytes carry `seed`, so a test can look for this one picture. */
export function signaturePng(seed: number): string {
  const png = new PNG({ width: 8, height: 4 });
  png.data.fill(seed % 256);
  return PNG.sync.write(png).toString('base64');
}

/** The value of an ok Result; throws with the error otherwise. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}
