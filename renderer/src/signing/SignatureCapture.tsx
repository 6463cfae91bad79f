// How the hand signature (or initials) is made: drawn, typed in a handwriting font, or the stored one.
import { useId, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import type { SignatureMethod } from '../../../shared/contract';
import { TextField } from '../components/TextField';
import { pngBase64 } from './data-url';
import { DrawPad } from './DrawPad';
import type { DrawPadHandle } from './DrawPad';
import { renderTypedSignature } from './typed-signature-canvas';

/** The ways offered, in the order shown. */
export type CaptureMode = 'draw' | 'type' | 'stored';

/** A captured signature: the method, and the base64 PNG unless it is the stored one. */
export interface CapturedSignature {
  method: SignatureMethod;
  image?: string;
}

/** What the dialog around it can ask. */
export interface SignatureCaptureHandle {
  /** The signature, or null after showing why there is none and focusing where to fix it (async: a typed one waits for its font). */
  read: () => Promise<CapturedSignature | null>;
}

/** Props of the capture. */
export interface SignatureCaptureProps {
  modes: readonly CaptureMode[];
  /** The group's legend, e.g. "Hand signature". */
  legend: string;
  /** What is made, in running text: "signature" or "initials". */
  noun: string;
  /** Label of the typing input, e.g. "Type your name". */
  typeLabel: string;
  /** What the typing input starts with, e.g. the signer's name from the workflow. */
  initialTyped?: string;
  /** A name typed elsewhere that the typing input shows until it is edited itself (the walk-up signer's full name). */
  followTyped?: string;
  ref?: Ref<SignatureCaptureHandle>;
}

const MODE_LABELS: Record<CaptureMode, string> = { draw: 'Draw', type: 'Type', stored: 'Use my stored signature' };
const METHODS: Record<CaptureMode, SignatureMethod> = { draw: 'drawn', type: 'typed', stored: 'stored' };

/** A radio group of ways to sign and the panel of the chosen one. */
export function SignatureCapture({ modes, legend, noun, typeLabel, initialTyped = '', followTyped, ref }: SignatureCaptureProps) {
  const id = useId();
  const [mode, setMode] = useState<CaptureMode>(modes[0] ?? 'draw');
  const [ownTyped, setTyped] = useState<string | null>(followTyped === undefined ? initialTyped : null);
  const typed = ownTyped ?? followTyped ?? '';
  const [drawnEmpty, setDrawnEmpty] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const padRef = useRef<DrawPadHandle>(null);
  const typedRef = useRef<HTMLInputElement>(null);
  const radiosRef = useRef<HTMLDivElement>(null);
  const errorId = `${id}-error`;
  const drawHintId = `${id}-draw-hint`;

  useImperativeHandle(ref, () => ({
    read: async () => {
      if (mode === 'stored') return { method: 'stored' };
      if (mode === 'type') {
        const image = await renderTypedSignature(typed);
        if (image === null) {
          setError(`Type your ${noun} first.`);
          typedRef.current?.focus();
          return null;
        }
        return { method: 'typed', image: pngBase64(image) };
      }
      if (padRef.current === null || padRef.current.isEmpty()) {
        setError(`Draw your ${noun} first, or choose Type.`);
        radiosRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
        return null;
      }
      return { method: METHODS.draw, image: pngBase64(padRef.current.toPng()) };
    },
  }));

  const choose = (next: CaptureMode): void => {
    setMode(next);
    setError(null);
  };

  return (
    <fieldset className="capture" aria-describedby={error === null ? undefined : errorId}>
      <legend className="field-label">{legend}</legend>
      <div ref={radiosRef} className="segmented">
        {modes.map((option) => (
          <label key={option} className="segmented-option">
            <input type="radio" name={`${id}-mode`} value={option} checked={mode === option} onChange={() => choose(option)} />
            <span>{MODE_LABELS[option]}</span>
          </label>
        ))}
      </div>
      {/* Every panel stays mounted, so a drawing survives a look at Type and back. */}
      <div className="capture-panel" hidden={mode !== 'draw'}>
        <DrawPad
          ref={padRef}
          label={`Drawing area for your ${noun}`}
          describedBy={drawHintId}
          onChange={(empty) => {
            setDrawnEmpty(empty);
            if (!empty) setError(null);
          }}
        />
        <div className="capture-row">
          <p id={drawHintId} className="field-hint">
            Draw with a mouse, pen or finger. Using the keyboard? Choose Type.
          </p>
          <button type="button" className="button button--ghost button--small" disabled={drawnEmpty} onClick={() => padRef.current?.clear()}>
            Clear
          </button>
        </div>
      </div>
      <div className="capture-panel" hidden={mode !== 'type'}>
        <TextField
          label={typeLabel}
          value={typed}
          inputRef={typedRef}
          autoComplete="off"
          spellCheck={false}
          maxLength={80}
          onValueChange={(value) => {
            setTyped(value);
            if (value.trim() !== '') setError(null);
          }}
        />
        <p className="typed-preview" aria-hidden="true">
          {typed.trim() === '' ? '\u00a0' : typed}
        </p>
      </div>
      <div className="capture-panel" hidden={mode !== 'stored'}>
        <p className="field-hint">The signature saved in your SigningHub profile is used.</p>
      </div>
      {error !== null && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
