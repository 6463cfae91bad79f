// A one-time code input with, for texted codes, the Resend button and its countdown beside it.
import { useId } from 'react';
import type { ReactNode, Ref } from 'react';
import { Spinner } from '../components/Spinner';
import { TextField } from '../components/TextField';
import { resendLabel } from './countdown';
import './code-field.css';

/** The Resend button's state. */
export interface ResendControl {
  /** Whole seconds until a resend is allowed. */
  left: number;
  pending: boolean;
  /** Disabled for another reason, e.g. a sign in flight. */
  disabled: boolean;
  onResend: () => void;
}

/** Props of the code input. */
export interface CodeFieldProps {
  label: string;
  hint?: string;
  value: string;
  error: string | null;
  inputRef: Ref<HTMLInputElement>;
  maxLength?: number;
  onValueChange: (value: string) => void;
  /** Omitted for codes that cannot be resent (an authenticator app's). */
  resend?: ResendControl;
  /** The server's refusal of the code (wrong or expired), shown beside the input and describing it. */
  refusal?: ReactNode;
}

/** A labelled code input (one-time-code autocomplete, numeric keyboard) and its Resend button. */
export function CodeField({ label, hint, value, error, inputRef, maxLength, onValueChange, resend, refusal }: CodeFieldProps) {
  const refusalId = `${useId()}-refusal`;
  return (
    <div className="otp-entry">
      <TextField
        label={label}
        hint={hint}
        value={value}
        inputRef={inputRef}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={maxLength}
        spellCheck={false}
        error={error}
        describedBy={refusal === undefined ? undefined : refusalId}
        onValueChange={onValueChange}
      />
      {resend !== undefined && (
        <button
          type="button"
          className="button button--secondary resend-button"
          disabled={resend.left > 0 || resend.pending || resend.disabled}
          aria-busy={resend.pending}
          onClick={resend.onResend}
        >
          {resend.pending && <Spinner />}
          {resendLabel(resend.left)}
        </button>
      )}
      {refusal !== undefined && (
        <div id={refusalId} className="otp-refusal">
          {refusal}
        </div>
      )}
    </div>
  );
}
