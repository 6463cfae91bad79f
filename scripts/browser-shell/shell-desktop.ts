// The browser shell's Desktop, inside the host process: hand-over windows become browser contexts that the
// shell opens and closes, idle time is a clock tests drive, and the save dialog answers with a folder the
// test set. Electron's own Desktop is in main/index.ts.
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Desktop } from '../../main/desktop.js';
import type { DesktopRequest, ShellControl } from './shell-messages.js';

/** A Desktop driven by the shell, plus the entry point for the shell's control messages. */
export interface ShellDesktop {
  desktop: Desktop;
  /** Handles one control message from the shell. */
  control(message: ShellControl): void;
}

/** Builds the shell's Desktop: `send` carries a request to the shell, whose answer comes back through control(). */
export function createShellDesktop(send: (request: DesktopRequest, seq: number) => void, saveDir: string | undefined, quit: () => void): ShellDesktop {
  let lastInput = Date.now();
  let cancelNextSave = false;
  let nextSeq = 1;
  const waiting = new Map<number, () => void>();
  const ask = (request: DesktopRequest) =>
    new Promise<void>((resolve) => {
      const seq = nextSeq++;
      waiting.set(seq, resolve);
      send(request, seq);
    });
  const desktop: Desktop = {
    handOverWindows: {
      open: (id) => ask({ op: 'openHandOver', id }),
      close: (id) => ask({ op: 'closeHandOver', id }),
    },
    idleSeconds: () => Math.max(0, (Date.now() - lastInput) / 1000),
    chooseSavePath: (suggestedName) => {
      const cancelled = cancelNextSave || saveDir === undefined;
      cancelNextSave = false;
      // basename: a suggested name is never a way out of the folder the test chose.
      return Promise.resolve(cancelled ? null : freePath(saveDir, basename(suggestedName)));
    },
    openPath: async (path) => {
      await ask({ op: 'opened', path });
      return '';
    },
    quit: () => void ask({ op: 'quit' }).finally(quit),
  };
  return {
    desktop,
    control: (message) => {
      if ('desktopDone' in message) {
        waiting.get(message.desktopDone)?.();
        waiting.delete(message.desktopDone);
      } else if (message.control === 'activity') lastInput = Date.now();
      else if (message.control === 'setIdle') lastInput = Date.now() - message.seconds * 1000;
      else if (message.control === 'cancelNextSave') cancelNextSave = true;
    },
  };
}

/** Like a save dialog whose user never overwrites: "name (2).ext", "name (3).ext", … when the name is taken. */
function freePath(folder: string, name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = name;
  for (let n = 2; existsSync(join(folder, candidate)); n += 1) candidate = `${stem} (${n})${ext}`;
  return join(folder, candidate);
}
