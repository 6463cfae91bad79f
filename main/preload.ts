// The narrow bridge: one named function per contract method, nothing else reaches the page. The main
// window gets `window.signer`; a hand-over window gets only `window.handOver` (main/window/window-role.ts).
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type Result } from '../shared/contract.js';
import { HAND_OVER_CHANNELS } from '../shared/hand-over-contract.js';
import { NOT_SENT } from '../shared/transport-failure.js';
import { isHandOverWindow } from './window/window-role.js';

/** One method: passes its single input to main as it is, and turns a failure to send into an error result. */
const method =
  (channel: string) =>
  async (input?: unknown): Promise<Result<unknown>> => {
    try {
      return (await ipcRenderer.invoke(channel, input)) as Result<unknown>;
    } catch {
      return { ok: false, error: NOT_SENT };
    }
  };

const bridge = (channels: readonly string[]) => Object.fromEntries(channels.map((channel) => [channel, method(channel)]));

// A sandboxed preload's process has argv, with main's additionalArguments at the end.
if (isHandOverWindow(process.argv)) contextBridge.exposeInMainWorld('handOver', bridge(HAND_OVER_CHANNELS));
else contextBridge.exposeInMainWorld('signer', bridge(CHANNELS));
