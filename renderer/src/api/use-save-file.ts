// Saving a file: main asks where, writes it and reports progress; this hook starts a save, follows it
// by long-polling its progress, and offers Cancel and Open. The renderer only ever holds the save's id.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/contract';
import type { DownloadProgress, SaveTarget } from '../../../shared/evidence-contract';
import { signer } from './bridge';
import { toApiError } from './result';

/** Where a save stands, as the save bar shows it. */
export type SaveView =
  | { phase: 'idle' }
  /** Waiting for the server's first answer and the save dialog. */
  | { phase: 'starting'; what: string }
  | { phase: 'running' | 'done' | 'cancelled'; progress: DownloadProgress }
  | { phase: 'failed'; error: ApiError; fileName: string };

/** Runs one bridge call, turning a thrown error into a failed Result. */
async function call<T>(run: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>) {
  try {
    return await run();
  } catch (cause) {
    return { ok: false as const, error: toApiError(cause) };
  }
}

/** A save at a time: start it, follow it to its end, cancel it or open what it saved. */
export function useSaveFile() {
  const [view, setView] = useState<SaveView>({ phase: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const follow = useCallback(async (downloadId: string, fileName: string) => {
    let after: number | undefined;
    while (alive.current) {
      const result = await call(() => signer().getDownload(after === undefined ? { downloadId } : { downloadId, after }));
      if (!alive.current) return;
      if (!result.ok) {
        setView({ phase: 'failed', error: result.error, fileName });
        return;
      }
      const progress = result.value;
      if (progress.state === 'failed') {
        setView({ phase: 'failed', error: progress.error ?? { kind: 'server', message: 'The file was not saved.' }, fileName });
        return;
      }
      setView({ phase: progress.state, progress });
      if (progress.state !== 'running') return;
      after = progress.version;
    }
  }, []);

  const save = useCallback(
    async (target: SaveTarget, what: string) => {
      setView({ phase: 'starting', what });
      const result = await call(() => signer().startDownload(target));
      if (!alive.current) return;
      if (!result.ok) setView({ phase: 'failed', error: result.error, fileName: what });
      else if (result.value === null) setView({ phase: 'idle' });
      else await follow(result.value.downloadId, result.value.fileName);
    },
    [follow],
  );

  const cancel = useCallback(async () => {
    if (view.phase !== 'running') return;
    await call(() => signer().cancelDownload({ downloadId: view.progress.downloadId }));
  }, [view]);

  const open = useCallback(async () => {
    if (view.phase !== 'done') return;
    const { downloadId, fileName } = view.progress;
    const result = await call(() => signer().openDownload({ downloadId }));
    if (!result.ok && alive.current) setView({ phase: 'failed', error: result.error, fileName });
  }, [view]);

  return { view, save, cancel, open };
}
