// A MachineFacts made of recorded facts, for the OSes these tests cannot run on.
import { posix, win32 } from 'node:path';
import type { CommandResult, FileFacts, MachineFacts } from '../../main/config/policy-sources/machine-facts.js';

/** A recorded file: its text and, unless given, root-owned 0644 in a root-owned 0755 folder. */
export interface RecordedFile {
  text: string;
  uid?: number;
  mode?: number;
}

/** What a recorded machine holds: files by path, folder facts by path, and command answers by command line. */
export interface RecordedMachine {
  files?: Record<string, RecordedFile>;
  folders?: Record<string, Partial<FileFacts>>;
  /** Keyed by `command arg1 arg2 …`; anything not listed exits 1 with no output. */
  commands?: Record<string, CommandResult>;
}

/** Builds MachineFacts from recorded files, folders and command output; it records every command it is asked. */
export function recordedMachine(recorded: RecordedMachine): MachineFacts & { ran: string[] } {
  const files = recorded.files ?? {};
  const ran: string[] = [];
  const dirOf = (path: string) => (path.includes('\\') ? win32.dirname(path) : posix.dirname(path));
  const folderFacts = (path: string): FileFacts | null => {
    const known = recorded.folders?.[path];
    const parentOfFile = Object.keys(files).some((file) => dirOf(file) === path);
    if (!known && !parentOfFile) return null;
    return { uid: 0, mode: 0o755, isFile: false, isDirectory: true, ...known };
  };
  return {
    ran,
    stat(path) {
      const file = files[path];
      if (file) return { uid: file.uid ?? 0, mode: file.mode ?? 0o644, isFile: true, isDirectory: false };
      return folderFacts(path);
    },
    realpath: (path) => (files[path] || folderFacts(path) ? path : null),
    readFile(path) {
      const file = files[path];
      if (!file) throw new Error(`ENOENT: ${path}`);
      return file.text;
    },
    run(command, args) {
      const line = [command, ...args].join(' ');
      ran.push(line);
      return recorded.commands?.[line] ?? { status: 1, stdout: '' };
    },
  };
}
