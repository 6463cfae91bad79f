// A host for integration tests: the save dialog answers a file in a test folder (or a cancel), and
// openPath records what it was asked to open. Windows and idle time are not used by these tests.
import { basename, join } from 'node:path';
import type { Desktop, SaveFilter } from '../../main/desktop.js';

/** The desktop plus what the tests check and set. */
export interface FolderDesktop extends Desktop {
  /** Each save dialog's suggested name and filters. */
  asked: { suggested: string; filters: SaveFilter[] }[];
  opened: string[];
  /** When true, the next save dialog is cancelled. */
  cancelNext: boolean;
  /** How long the save dialog stays open, as a person takes to choose. */
  dialogMs: number;
}

/** A desktop whose save dialog always picks `<folder>/<suggested file name>`. */
export function folderDesktop(folder: string): FolderDesktop {
  const desktop: FolderDesktop = {
    asked: [],
    opened: [],
    cancelNext: false,
    dialogMs: 0,
    handOverWindows: { open: async () => undefined, close: async () => undefined },
    idleSeconds: () => 0,
    chooseSavePath: async (suggested, filters) => {
      desktop.asked.push({ suggested, filters });
      if (desktop.dialogMs > 0) await new Promise((resolve) => setTimeout(resolve, desktop.dialogMs));
      if (desktop.cancelNext) {
        desktop.cancelNext = false;
        return null;
      }
      return join(folder, basename(suggested));
    },
    openPath: async (path) => {
      desktop.opened.push(path);
      return '';
    },
    quit: () => undefined,
  };
  return desktop;
}
