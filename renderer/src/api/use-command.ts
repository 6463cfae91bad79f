// A command the user starts (send a code, sign, save, finish): one run at a time, with one in-flight state.
// A sign or an SMS must never go out twice, so a second press while it runs does nothing.
import { useRef, useState } from 'react';
import type { Result } from '../../../shared/contract';
import { settleCommand } from './command';
import type { CommandOptions, CommandResult } from './command';
import { useReportFailure } from './failure-report';

/** A command and whether it is running. */
export interface Command<I, O> {
  /**
   * Runs the call unless this command is already running. Resolves to its Result, or to null when nothing is
   * left to do: the command was already running (nothing was sent), or an inline command's session ended (reported).
   */
  run: (input: I) => Promise<CommandResult<O> | null>;
  /** True from the start of a run to its end: disables the controls that start it. */
  pending: boolean;
}

/** Wraps a call (which may chain several bridge calls) as a command; its failures go where `options` says. */
export function useCommand<I, O>(call: (input: I) => Promise<Result<O> | CommandResult<O>>, options: CommandOptions): Command<I, O> {
  const report = useReportFailure();
  const [pending, setPending] = useState(false);
  // The state shows on the next render; the ref stops a second press that lands before it.
  const running = useRef(false);
  const run = async (input: I): Promise<CommandResult<O> | null> => {
    if (running.current) return null;
    running.current = true;
    setPending(true);
    try {
      return await settleCommand(call, input, options, report);
    } finally {
      running.current = false;
      setPending(false);
    }
  };
  return { run, pending };
}
