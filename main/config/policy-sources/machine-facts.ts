// What the policy readers ask of the machine. Tests pass real temp files or recorded command output.
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync, statSync } from 'node:fs';

/** Owner and mode of a file or folder, as stat reports them. */
export interface FileFacts {
  uid: number;
  /** Permission bits (e.g. 0o644). */
  mode: number;
  isFile: boolean;
  isDirectory: boolean;
}

/** A finished command: its exit status and standard output. */
export interface CommandResult {
  status: number;
  stdout: string;
}

/** The machine as the policy readers see it. */
export interface MachineFacts {
  /** Stat of the path (links followed), or null when it does not exist. */
  stat(path: string): FileFacts | null;
  /** The path with every link resolved, or null when it does not exist. */
  realpath(path: string): string | null;
  /** The file's text; throws when it cannot be read. */
  readFile(path: string): string;
  /** Runs a program without a shell and returns its status and output; never throws for a non-zero exit. */
  run(command: string, args: readonly string[]): CommandResult;
}

/** Reads the real machine: fs for files, child processes for `reg`, `plutil` and PowerShell. */
export function nodeMachineFacts(): MachineFacts {
  return {
    stat(path) {
      try {
        const s = statSync(path);
        return { uid: s.uid, mode: s.mode & 0o7777, isFile: s.isFile(), isDirectory: s.isDirectory() };
      } catch {
        return null;
      }
    },
    realpath(path) {
      try {
        return realpathSync(path);
      } catch {
        return null;
      }
    },
    readFile: (path) => readFileSync(path, 'utf8'),
    run(command, args) {
      try {
        const stdout = execFileSync(command, args, { encoding: 'utf8', windowsHide: true, timeout: 15_000, stdio: ['ignore', 'pipe', 'pipe'] });
        return { status: 0, stdout };
      } catch (error) {
        const failed = error as { status?: number | null; stdout?: string };
        return { status: failed.status ?? 1, stdout: failed.stdout ?? '' };
      }
    },
  };
}
