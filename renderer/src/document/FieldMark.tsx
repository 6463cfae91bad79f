// A field drawn on its page: a button that acts on the field, coloured by its state, showing its typed value or mark,
// and on a signed signature whether the server verified it.
import type { FieldInfo } from '../../../shared/contract';
import { isFormKind } from '../../../shared/field-kinds';
import { FIELD_ATTRIBUTES } from './field-focus';
import { fieldLabel, fieldState } from './field-state';
import { FieldStateIcon } from './FieldStateIcon';
import { currentFormValue } from './form-draft';
import { markValue } from './mark-value';
import { fieldKey } from './next-field';
import { usePackageWork } from './package-work-context';
import { percentRect } from './page-geometry';
import { signatureCheckText, useSignatureCheck } from './use-signature-check';

/** The mark of one field; form fields show the draft's value, else the saved one. */
export function FieldMark({ documentId, field }: { documentId: number; field: FieldInfo }) {
  const work = usePackageWork();
  const check = useSignatureCheck(documentId, field);
  const rect = field.box === null ? null : percentRect(field.box);
  if (rect === null) return null;
  const state = fieldState(field, work.mine);
  const key = fieldKey(documentId, field.name);
  const value = isFormKind(field.kind) ? markValue(field, currentFormValue(field, work.drafts.of(documentId).values)) : null;
  const label =
    fieldLabel(field, state) +
    (value !== null && value.spoken !== '' ? `, ${value.spoken}` : '') +
    (check ? `, ${signatureCheckText(check).toLowerCase()}` : '');
  const current = work.currentKey === key;
  return (
    <button
      type="button"
      className={`field-mark field-mark--${state}${value !== null && value.shown !== '' ? ' field-mark--filled' : ''}${current ? ' field-mark--current' : ''}`}
      style={{ left: `${rect.left}%`, top: `${rect.top}%`, width: `${rect.width}%`, height: `${rect.height}%` }}
      aria-label={label}
      // The visible name is drawn by CSS from data-name: the label already says it, and the list holds the text.
      data-name={field.name}
      {...{ [FIELD_ATTRIBUTES.mark]: key }}
      onClick={(event) => work.act(documentId, field, 'mark', event.currentTarget)}
    >
      <FieldStateIcon state={state} />
      {check && (
        <span className={`field-mark-verify field-verify--${check.valid ? 'valid' : 'invalid'}`} aria-hidden="true">
          {check.valid ? '✓ Valid' : '✗ Invalid'}
        </span>
      )}
      {value !== null && value.shown !== '' && (
        <span className="field-mark-value" aria-hidden="true">
          {value.shown}
        </span>
      )}
    </button>
  );
}
