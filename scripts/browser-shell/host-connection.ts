import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Result } from '../../shared/contract.js';
import { NOT_SENT } from '../../shared/transport-failure.js';
import type { HostMessage, HostRequest } from './host-process.js';
import { EXPOSE_GC_ENV, type DesktopRequest, type ShellControl } from './shell-messages.js';

const HOST = fileURLToPath(new URL('./host-process.ts', import.meta.url));

const STOPPED: Result<never> = { ok: false, error: { kind: 'network', message: 'Desk Signer’s main process has stopped.' } };

/** A running host process. */
export interface HostConnection {
  /** Carries one call; always resolves, with an error result when the call could not be carried. */
  call(request: Omit<HostRequest, 'id'>): Promise<Result<unknown>>;
  /** Tells the host of input, a driven idle time or a cancelled save; dropped once the host has gone. */
  control(message: ShellControl): void;
  /** The host's JS heap in use after a forced GC, in bytes; null unless it was started with EXPOSE_GC_ENV set. */
  heapUsed(): Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Forks the host. Input travels as encoded text (see clone-codec.ts) and answers are plain data, so Node's
 * JSON serialization carries both. A send that fails or a host that exits answers every waiting call with
 * an error result, so none is left pending.
 */
export async function startHost(options: {
  env: NodeJS.ProcessEnv;
  args: string[];
  onLog?: (line: string) => void;
  /** Carries out what main's Desktop asks (open or close a hand-over window, open a file, quit). */
  onDesktop?: (request: DesktopRequest) => Promise<void>;
}): Promise<HostConnection> {
  const child = fork(HOST, options.args, {
    execArgv: ['--import', 'tsx', ...(options.env[EXPOSE_GC_ENV] === '1' ? ['--expose-gc'] : [])],
    env: options.env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (result: Result<unknown>) => void>();
  const answer = (id: number, result: Result<unknown>) => {
    waiting.get(id)?.(result);
    waiting.delete(id);
  };
  let nextId = 1;
  const heapWaiters: ((bytes: number | null) => void)[] = [];
  const control = (message: ShellControl) => {
    if (child.connected) child.send(message, () => undefined);
  };
  // Whatever happens to the request, main hears that it is done, so nothing waits for ever.
  const desktopDone = async (request: DesktopRequest, seq: number) => {
    await options.onDesktop?.(request).catch(() => undefined);
    control({ desktopDone: seq });
  };
  const gone = new Promise<void>((resolve) =>
    child.once('exit', () => {
      for (const id of [...waiting.keys()]) answer(id, STOPPED);
      for (const waiter of heapWaiters.splice(0)) waiter(null);
      resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The main-process twin exited with code ${code} before it was ready.`)));
    child.on('message', (message: HostMessage) => {
      if ('ready' in message) resolve();
      else if ('log' in message) options.onLog?.(message.log);
      else if ('desktop' in message) void desktopDone(message.desktop, message.seq);
      else if ('heapUsed' in message) heapWaiters.shift()?.(message.heapUsed);
      else answer(message.id, message.result as Result<unknown>);
    });
  });
  return {
    call: (request) =>
      new Promise((resolve) => {
        if (!child.connected) return resolve(STOPPED);
        const id = nextId++;
        waiting.set(id, resolve);
        try {
          child.send({ ...request, id }, (error) => {
            if (error) answer(id, child.connected ? { ok: false, error: NOT_SENT } : STOPPED);
          });
        } catch {
          answer(id, { ok: false, error: NOT_SENT });
        }
      }),
    control,
    heapUsed: () =>
      new Promise((resolve) => {
        if (!child.connected) return resolve(null);
        heapWaiters.push(resolve);
        control({ control: 'heapUsed' });
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.disconnect();
      await gone;
    },
  };
}
