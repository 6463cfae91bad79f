// The header's kiosk buttons: Export audit record (both modes), and in kiosk mode Lock screen and Quit Desk Signer.
import { useState } from 'react';
import { signer } from '../api/bridge';
import { useCommand } from '../api/use-command';
import { Spinner } from '../components/Spinner';
import { useKiosk } from './kiosk-context';

/** The buttons, with a status line saying where the audit record was saved. */
export function KioskHeaderActions() {
  const { kioskMode } = useKiosk();
  const [saved, setSaved] = useState('');
  const exportRecord = useCommand(() => signer().exportAuditRecord(), { errorTitle: 'Could not export the audit record' });
  const lock = useCommand(() => signer().lockHost(), { errorTitle: 'Could not lock the screen' });
  const quit = useCommand(() => signer().quitApp(), { errorTitle: 'Could not quit Desk Signer' });

  const runExport = async (): Promise<void> => {
    setSaved('');
    const result = await exportRecord.run(undefined);
    // Null value: the save was cancelled, which needs no words.
    if (result?.ok === true && result.value !== null) setSaved(`Audit record saved to ${result.value.path}`);
  };

  return (
    <>
      <span role="status" className="header-status">
        {saved}
      </span>
      <button
        type="button"
        className="button button--ghost button--small"
        disabled={exportRecord.pending}
        aria-busy={exportRecord.pending}
        onClick={() => void runExport()}
      >
        {exportRecord.pending && <Spinner />}
        Export audit record
      </button>
      {kioskMode && (
        <>
          <button type="button" className="button button--ghost button--small" disabled={lock.pending} onClick={() => void lock.run(undefined)}>
            Lock screen
          </button>
          <button type="button" className="button button--ghost button--small" disabled={quit.pending} onClick={() => void quit.run(undefined)}>
            Quit Desk Signer
          </button>
        </>
      )}
    </>
  );
}
