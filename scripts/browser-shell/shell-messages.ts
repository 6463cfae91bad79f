// The messages between the browser shell and its host process, besides bridge calls and their answers.

/** What main's Desktop asks of the shell: it answers each with `{ desktopDone: seq }`. */
export type DesktopRequest = { op: 'openHandOver'; id: string } | { op: 'closeHandOver'; id: string } | { op: 'opened'; path: string } | { op: 'quit' };

/** What tests and pages tell the host: input happened, a driven idle time, cancel the next save, a request done, measure the heap. */
export type ShellControl =
  { control: 'activity' } | { control: 'setIdle'; seconds: number } | { control: 'cancelNextSave' } | { desktopDone: number } | { control: 'heapUsed' };

/** Set to `1` in the host's environment to run it with `--expose-gc`, so `heapUsed` can collect garbage first (benchmarks only). */
export const EXPOSE_GC_ENV = 'DESK_SIGNER_EXPOSE_GC';
