// `npm start`: build, start the bundled SigningHub sandbox, launch Electron on it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildApp } from './build-app.js';
import { electronBinary } from '../test/e2e/launch-app.js';
import { startSandbox } from '../test/sandbox/server.js';
import { DEMO } from '../test/sandbox/seed.js';

const binary = electronBinary();
if (!binary) {
  console.error("Electron's binary is not installed (it could not be downloaded here); run `npm run preview` to use the same app in Chromium.");
  process.exit(1);
}

await buildApp();
const sandbox = await startSandbox({ port: 0 });
console.log(`SigningHub sandbox on ${sandbox.url} (sign in as ${DEMO.users.alice.email} / ${DEMO.users.alice.password})`);
const child = spawn(binary, [fileURLToPath(new URL('../app', import.meta.url))], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DESK_SIGNER_SERVER_URL: sandbox.url,
    DESK_SIGNER_CLIENT_ID: DEMO.clientId,
    DESK_SIGNER_CLIENT_SECRET: DEMO.clientSecret,
  },
});
const stop = () => child.kill();
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', async (code) => {
  await sandbox.close();
  process.exit(code ?? 0);
});
