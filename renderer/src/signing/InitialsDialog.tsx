// The initials dialog: draw or type initials, optionally for every initials field of mine in the document.
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiError, FieldInfo, InputOf } from '../../../shared/contract';
import { signer } from '../api/bridge';
import { useCommand } from '../api/use-command';
import { InlineError } from '../dialogs/InlineError';
import { Modal } from '../dialogs/Modal';
import { SignatureCapture } from './SignatureCapture';
import type { SignatureCaptureHandle } from './SignatureCapture';
import { FormActions } from '../dialogs/FormActions';

/** Props of the initials dialog. */
export interface InitialsDialogProps {
  packageId: number;
  documentId: number;
  field: FieldInfo;
  returnFocus: () => HTMLElement | null;
  onDone: (appliedToAll: boolean) => void;
  onCancel: () => void;
}

/** Fills one initials field, or all of mine in the document. */
export function InitialsDialog({ packageId, documentId, field, returnFocus, onDone, onCancel }: InitialsDialogProps) {
  const id = useId();
  const [applyToAll, setApplyToAll] = useState(false);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const captureRef = useRef<SignatureCaptureHandle>(null);
  // A command, not a cached mutation: the initials image is never kept once sent.
  const fill = useCommand((input: InputOf<'fillInitials'>) => signer().fillInitials(input), { errorTitle: 'Could not add initials', failures: 'inline' });

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const captured = (await captureRef.current?.read()) ?? null;
    if (captured?.image === undefined) return;
    setServerError(null);
    const result = await fill.run({ packageId, documentId, fieldName: field.name, image: captured.image, applyToAll });
    if (result === null) return;
    if (result.ok) onDone(applyToAll);
    else setServerError(result.error);
  };

  return (
    <Modal
      title={`Initial ${field.name}`}
      describedBy={`${id}-intro`}
      returnFocus={returnFocus}
      busy={fill.pending}
      onCancel={onCancel}
      className="modal--wide"
    >
      <form className="modal-form" noValidate onSubmit={(event) => void submit(event)}>
        <p id={`${id}-intro`} className="dialog-message">
          Draw or type your initials for field {field.name}.
        </p>
        <SignatureCapture ref={captureRef} modes={['draw', 'type']} legend="Your initials" noun="initials" typeLabel="Type your initials" />
        <label className="checkbox">
          <input type="checkbox" checked={applyToAll} onChange={(event) => setApplyToAll(event.target.checked)} />
          Apply to all initials fields
        </label>
        <InlineError error={serverError} />
        <FormActions busy={fill.pending} submitLabel="Add initials" onCancel={onCancel} />
      </form>
    </Modal>
  );
}
