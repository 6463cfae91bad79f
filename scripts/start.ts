// `npm start`: build, start the bundled SigningHub sandbox, launch Electron on it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildApp } from './build-app.js';
import { startDevSandbox } from './dev-sandbox.js';
import { electronBinary } from './electron-binary.js';

const binary = electronBinary();
if (!binary) {
  console.error("Electron's binary is not installed (it could not be downloaded here); run `npm run preview` to use the same app in Chromium.");
  process.exit(1);
}

await buildApp();
const sandbox = await startDevSandbox();
const child = spawn(binary, [fileURLToPath(new URL('../app', import.meta.url))], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DESK_SIGNER_SERVER_URL: sandbox.url,
    DESK_SIGNER_CLIENT_ID: sandbox.clientId,
    DESK_SIGNER_CLIENT_SECRET: sandbox.clientSecret,
  },
});
const stop = () => child.kill();
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => {
  // Exit once the sandbox is down, whether or not it closed cleanly.
  void sandbox.close().finally(() => process.exit(code ?? 0));
});
