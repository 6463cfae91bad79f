// A labelled text input with its hint and inline error wired up for assistive technology.
import { useId } from 'react';
import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

/** Props of a TextField: the input's own attributes plus label, hint and error. */
export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  /** The visible label, which is also the input's accessible name. */
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** Help shown under the label. */
  hint?: string;
  /** An inline validation message; sets aria-invalid. */
  error?: string | null;
  /** Ids of more text that describes the input, e.g. the server's refusal shown beside it. */
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** A failed call about this field, shown under it (e.g. a refused password); sets aria-invalid. */
  alert?: ReactNode;
  /** The ids inside `alert` that describe the field. */
  alertIds?: string;
}

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function TextField({
  label,
  value,
  onValueChange,
  hint,
  error,
  describedBy: more,
  inputRef,
  alert,
  alertIds,
  className,
  ...inputProps
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasError = error !== undefined && error !== null;
  const hasAlert = alert !== undefined && alert !== null && alert !== false;
  const describedBy = [hint !== undefined ? hintId : null, hasError ? errorId : null, more ?? null, hasAlert ? (alertIds ?? null) : null]
    .filter((part) => part !== null && part !== '')
    .join(' ');

  return (
    <div className={`field${hasError ? ' field--invalid' : ''}${className === undefined ? '' : ` ${className}`}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input
        {...inputProps}
        id={id}
        ref={inputRef}
        className="input"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={hasError || hasAlert ? true : undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
      />
      {hasError && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {hasAlert && alert}
    </div>
  );
}
