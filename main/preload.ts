// The narrow bridge: one named function per contract method, nothing else reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type Channel, type Result, type SignerApi } from '../shared/contract.js';
import { NOT_SENT } from '../shared/transport-failure.js';

/** One method: passes its single input to main as it is, and turns a failure to send into an error result. */
const method =
  (channel: Channel) =>
  async (input?: unknown): Promise<Result<unknown>> => {
    try {
      return (await ipcRenderer.invoke(channel, input)) as Result<unknown>;
    } catch {
      return { ok: false, error: NOT_SENT };
    }
  };

const signer = Object.fromEntries(CHANNELS.map((channel) => [channel, method(channel)])) as SignerApi;

contextBridge.exposeInMainWorld('signer', signer);
