// Stands in for Electron's main process in the browser shell: the same config, composition and
// handler wrapper as main/index.ts, with Node IPC in place of ipcMain.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../main/config/app-config.js';
import { readLaunchOptions } from '../../main/config/launch-options.js';
import { composeApp } from '../../main/compose.js';
import type { Channel } from '../../main/ipc/contract.js';
import { serveHandlers, type ServedHandler } from '../../main/ipc/serve-handlers.js';
import type { SenderFacts } from '../../main/ipc/trusted-sender.js';
import { KEYCHAIN_SERVICE } from '../../main/session/credential-store.js';
import { KeytarStore } from '../../main/session/keytar-store.js';
import { SHELL_ORIGIN } from './shell-origin.js';

/** A call from the shell to this process. */
export interface HostRequest {
  id: number;
  channel: Channel;
  sender: SenderFacts;
  input: unknown;
}

const userData = process.env.DESK_SIGNER_USER_DATA;
if (!userData || !process.send) {
  console.error('host-process must be forked with DESK_SIGNER_USER_DATA set.');
  process.exit(2);
}

const { policy, defaults } = readLaunchOptions({
  argv: process.argv,
  env: process.env,
  isPackaged: false,
  platform: process.platform,
  readFile: (p) => readFileSync(p, 'utf8'),
  exists: existsSync,
});
const config = resolveConfig(policy, defaults, { keychainService: KEYCHAIN_SERVICE.dev, settingsPath: join(userData, 'settings.json') });
const table = await composeApp(config, {
  keychain: new KeytarStore(KEYCHAIN_SERVICE.dev),
  log: (line) => process.send?.({ log: line }),
});
const served = new Map<Channel, ServedHandler>();
serveHandlers(table, (channel, handler) => served.set(channel, handler), SHELL_ORIGIN);

process.on('message', (message: HostRequest) => {
  const handler = served.get(message.channel);
  const reply = handler
    ? handler(message.sender, message.input)
    : Promise.resolve({ ok: false, error: { kind: 'invalid_input', message: `Unknown method ${String(message.channel)}` } });
  void reply.then((result) => process.send?.({ id: message.id, result }));
});
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
