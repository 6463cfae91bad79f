// The walk-up signer's code: Send OTP, then the code box with its resend countdown (SMS), or the code box alone
// (authenticator). Shown from the start when the field asks for a code, or once the server demands one on Sign.
import { useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import type { HandOverInfo } from '../../../shared/hand-over-contract';
import { handOver } from '../api/bridge';
import type { CommandFailure } from '../api/command';
import { useCommand } from '../api/use-command';
import { CodeField } from '../codes/CodeField';
import { checkCode } from '../codes/code-check';
import { RESENT_CODE_NOTE } from '../codes/countdown';
import { MAYBE_SENT_NOTE, otpSendOutcome } from '../codes/otp-send';
import { useSecondsLeft } from '../codes/use-seconds-left';
import { Spinner } from '../components/Spinner';
import { InlineError } from '../dialogs/InlineError';
import { DEMANDED_NOTE, SEND_FIRST, codeLabel, codeLine, handOverCodeLength } from './hand-over-text';
import type { HandOverCode } from './hand-over-text';

/** What the form around it can ask. */
export interface CodeEntryHandle {
  /** The code to send (undefined when none is asked for), or null after showing why not and focusing where to fix it. */
  read: () => string | undefined | null;
  /** The server demanded a code the field did not announce: text it and ask for it. */
  demand: () => Promise<void>;
  /** Shows the server's refusal of the code beside the box; false when no code box shows (the form shows it). */
  refuse: (failure: CommandFailure) => boolean;
}

/** Props of the code entry. */
export interface HandOverCodeEntryProps {
  info: Pick<HandOverInfo, 'code' | 'codeLength' | 'retryDuration' | 'mobileNumber'>;
  /** Disables the buttons while a sign is in flight. */
  busy: boolean;
  ref?: Ref<CodeEntryHandle>;
}

/** The code part of the hand-over form; nothing while no code is asked for. */
export function HandOverCodeEntry({ info, busy, ref }: HandOverCodeEntryProps) {
  const problemId = `${useId()}-problem`;
  const [entry, setEntry] = useState<HandOverCode>(info.code);
  const [sentAt, setSentAt] = useState<number | null>(null);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<CommandFailure | null>(null);
  const [notice, setNotice] = useState('');
  const codeRef = useRef<HTMLInputElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  const send = useCommand(() => handOver().sendHandOverCode(), { errorTitle: 'Could not send OTP', failures: 'inline' });
  const sms = entry === 'sms';
  const left = useSecondsLeft(sentAt ?? 0, info.retryDuration, sms && sentAt !== null);
  const showsBox = entry === 'totp' || (sms && sentAt !== null);

  // After each send the code box (new after the first) takes focus, once it is in the page.
  useEffect(() => {
    if (sentAt !== null) codeRef.current?.focus();
  }, [sentAt]);

  /** Texts the code; the box shows once it is (or may be) sent. Resolves to how it went, null when nothing went out. */
  const sendCode = async (again: boolean): Promise<'sent' | 'maybe' | null> => {
    setFailure(null);
    setNotice('');
    const result = await send.run(undefined);
    if (result === null) return null;
    const sent = otpSendOutcome(result);
    if (sent.status === 'refused') {
      setFailure({ ok: false, error: sent.error });
      return null;
    }
    setSentAt(Date.now());
    setValue('');
    setProblem(null);
    setNotice(sent.status === 'maybe' ? MAYBE_SENT_NOTE : again ? RESENT_CODE_NOTE : '');
    return sent.status;
  };

  useImperativeHandle(ref, () => ({
    read: () => {
      if (entry === 'none') return undefined;
      if (!showsBox) {
        setProblem(SEND_FIRST);
        sendRef.current?.focus();
        return null;
      }
      const found = checkCode(
        value,
        handOverCodeLength(entry, info.codeLength),
        entry === 'totp' ? 'Enter the code from your authenticator app.' : 'Enter the code from the SMS.',
      );
      setProblem(found);
      if (found !== null) {
        codeRef.current?.focus();
        return null;
      }
      return value.trim();
    },
    demand: async () => {
      setEntry('sms');
      const sent = await sendCode(false);
      if (sent !== null) setNotice(sent === 'maybe' ? `${DEMANDED_NOTE} ${MAYBE_SENT_NOTE}` : DEMANDED_NOTE);
    },
    refuse: (refusal) => {
      if (!showsBox) return false;
      setFailure(refusal);
      codeRef.current?.focus();
      codeRef.current?.select();
      return true;
    },
  }));

  if (entry === 'none') return null;
  const refusal = failure === null ? undefined : <InlineError error={failure.error} note={failure.note} />;
  return (
    <div className="hand-over-code">
      <p className="field-hint">{codeLine(entry, info.mobileNumber, sentAt !== null)}</p>
      {showsBox ? (
        <CodeField
          label={codeLabel(entry)}
          value={value}
          inputRef={codeRef}
          maxLength={handOverCodeLength(entry, info.codeLength).max}
          error={problem}
          onValueChange={(text) => {
            setValue(text);
            if (text.trim() !== '') setProblem(null);
          }}
          resend={sms ? { left, pending: send.pending, disabled: busy, onResend: () => void sendCode(true) } : undefined}
          refusal={refusal}
        />
      ) : (
        <div className="field">
          <button
            ref={sendRef}
            type="button"
            className="button button--secondary"
            disabled={busy || send.pending}
            aria-busy={send.pending}
            aria-describedby={problem === null ? undefined : problemId}
            onClick={() => void sendCode(false)}
          >
            {send.pending && <Spinner />}
            Send OTP
          </button>
          {problem !== null && (
            <p id={problemId} className="field-error">
              {problem}
            </p>
          )}
          {refusal}
        </div>
      )}
      <p role="status" className="dialog-note">
        {notice}
      </p>
    </div>
  );
}
