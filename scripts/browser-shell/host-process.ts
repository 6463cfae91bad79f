// Stands in for Electron's main process in the browser shell: the same boot as main/index.ts, with
// Node IPC in place of ipcMain. Input arrives as the page's encoded structured clone and is decoded here,
// so main gets NaN, BigInt, circular and `__proto__`-keyed input as sent.
import { boot, keychainFor, readConfig } from '../../main/boot.js';
import type { ServedHandler } from '../../main/ipc/serve-handlers.js';
import type { SenderFacts } from '../../main/ipc/trusted-sender.js';
import type { Channel } from '../../shared/contract.js';
import { decodeClone } from './clone-codec.js';
import { createShellDesktop } from './shell-desktop.js';
import type { DesktopRequest, ShellControl } from './shell-messages.js';
import { SHELL_ORIGIN } from './shell-origin.js';

/** A call from the shell to this process. */
export interface HostRequest {
  id: number;
  channel: Channel;
  sender: SenderFacts;
  /** The input as encodeClone wrote it. */
  encodedInput: string;
}

/** What this process sends the shell: ready once, a log line, the answer to a call, a Desktop request, or its heap. */
export type HostMessage =
  { ready: true } | { log: string } | { id: number; result: unknown } | { desktop: DesktopRequest; seq: number } | { heapUsed: number | null };

const userDataDir = process.env.DESK_SIGNER_USER_DATA;
if (!userDataDir || !process.send) {
  console.error('host-process must be forked with an IPC channel and DESK_SIGNER_USER_DATA set.');
  process.exit(2);
}
const send = (message: HostMessage) => process.send?.(message);

const served = new Map<string, ServedHandler>();
const shell = createShellDesktop(
  (desktop, seq) => send({ desktop, seq }),
  process.env.DESK_SIGNER_SAVE_DIR,
  () => process.exit(0),
);
const config = readConfig({ argv: process.argv, env: process.env, isPackaged: false, platform: process.platform, userDataDir });
await boot(config, keychainFor(false), {
  register: (channel, handler) => served.set(channel, handler),
  origin: SHELL_ORIGIN,
  log: (line) => send({ log: line }),
  desktop: shell.desktop,
});

process.on('message', (message: HostRequest | ShellControl) => {
  if ('control' in message && message.control === 'heapUsed') return send({ heapUsed: heapAfterGc() });
  if (!('channel' in message)) return shell.control(message);
  const handler = served.get(message.channel);
  // ipcRenderer.invoke on a channel with no handler rejects; the preload turns that into an error result.
  const reply = handler
    ? handler(message.sender, decodeClone(message.encodedInput))
    : Promise.resolve({ ok: false, error: { kind: 'invalid_input', message: `Unknown method ${String(message.channel)}` } });
  void reply.then((result) => send({ id: message.id, result }));
});
/** The JS heap in use after a full collection; null unless the host runs with --expose-gc (a figure without GC would mislead). */
function heapAfterGc(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  return process.memoryUsage().heapUsed;
}
process.on('disconnect', () => process.exit(0));
send({ ready: true });
