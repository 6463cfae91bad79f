// A reason textarea with a live character count, for Decline (required) and Approve (optional).
import { useId } from 'react';
import type { Ref } from 'react';
import { REASON_MAX_LENGTH as MAX_REASON_LENGTH } from '../../../shared/input-limits';

/** Props of the reason field. */
export interface ReasonFieldProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  required?: boolean;
  error?: string | null;
  inputRef?: Ref<HTMLTextAreaElement>;
}

/** A labelled textarea capped at the reason limit; near the cap, the count is announced. */
export function ReasonField({ label, value, onValueChange, required = false, error = null, inputRef }: ReasonFieldProps) {
  const id = useId();
  const left = MAX_REASON_LENGTH - value.length;
  const describedBy = [`${id}-count`, error === null ? null : `${id}-error`].filter((part) => part !== null).join(' ');
  return (
    <div className={`field${error === null ? '' : ' field--invalid'}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        ref={inputRef}
        className="input textarea"
        rows={4}
        value={value}
        maxLength={MAX_REASON_LENGTH}
        required={required}
        aria-invalid={error === null ? undefined : true}
        aria-describedby={describedBy}
        onChange={(event) => onValueChange(event.target.value)}
      />
      <p id={`${id}-count`} className="field-hint char-count">
        {value.length} / {MAX_REASON_LENGTH} characters
      </p>
      {/* Announcing every keystroke would drown the typing out; only the last stretch is spoken. */}
      <p className="visually-hidden" aria-live="polite">
        {left <= 50 ? `${left} characters left` : ''}
      </p>
      {error !== null && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
