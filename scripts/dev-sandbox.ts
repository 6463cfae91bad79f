// The bundled SigningHub sandbox, started as its own program (what `npm run sandbox` runs). Product
// scripts start it this way and never import it: the sandbox belongs to the test tree.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../test/sandbox/cli.ts', import.meta.url));

/** What the sandbox reports once it listens: its URL, its API client and a demo signer. */
export interface SandboxReady {
  url: string;
  clientId: string;
  clientSecret: string;
  user: { email: string; password: string };
}

/** A running sandbox. */
export interface DevSandbox extends SandboxReady {
  close(): Promise<void>;
}

/** Starts the sandbox on a free port; its banner goes to this process's output. */
export async function startDevSandbox(): Promise<DevSandbox> {
  const child = fork(CLI, ['--port', '0'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<SandboxReady>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the sandbox exited with code ${code} before it was ready`)));
    child.once('message', (message: { sandboxReady?: SandboxReady }) =>
      message.sandboxReady ? resolve(message.sandboxReady) : reject(new Error('the sandbox did not report its address')),
    );
  });
  return {
    ...ready,
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
