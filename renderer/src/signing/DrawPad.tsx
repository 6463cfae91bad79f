// A drawing surface for a hand signature (mouse, pen or touch), backed by signature_pad.
import { useEffect, useImperativeHandle, useRef } from 'react';
import type { Ref } from 'react';
import SignaturePad from 'signature_pad';

/** What the owner of a DrawPad can do with it. */
export interface DrawPadHandle {
  isEmpty: () => boolean;
  /** The drawing as a PNG data URL (transparent background). */
  toPng: () => string;
  clear: () => void;
}

/** Props of a DrawPad. */
export interface DrawPadProps {
  /** Names the canvas for assistive technology, e.g. "Signature drawing area". */
  label: string;
  /** Id of the instructions under it. */
  describedBy?: string;
  /** Called after each stroke and on clear, with whether anything is drawn. */
  onChange: (empty: boolean) => void;
  ref?: Ref<DrawPadHandle>;
}

/** A canvas to draw on; it keeps the drawing when the dialog is resized. */
export function DrawPad({ label, describedBy, onChange, ref }: DrawPadProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  useImperativeHandle(ref, () => ({
    isEmpty: () => padRef.current?.isEmpty() ?? true,
    toPng: () => padRef.current?.toDataURL('image/png') ?? '',
    clear: () => {
      padRef.current?.clear();
      onChangeRef.current(true);
    },
  }));

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    const pad = new SignaturePad(canvas, { penColor: '#111827', minWidth: 0.8, maxWidth: 2.8 });
    const strokeEnded = (): void => onChangeRef.current(pad.isEmpty());
    pad.addEventListener('endStroke', strokeEnded);
    padRef.current = pad;
    // The canvas gets its size only once the dialog is shown; keep its bitmap at the displayed size × DPR.
    const fit = (): void => {
      const width = canvas.offsetWidth;
      const height = canvas.offsetHeight;
      if (width === 0 || height === 0) return;
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      if (canvas.width === Math.round(width * ratio) && canvas.height === Math.round(height * ratio)) return;
      const strokes = pad.toData();
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad.clear();
      if (strokes.length > 0) pad.fromData(strokes);
    };
    const observer = new ResizeObserver(fit);
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      pad.removeEventListener('endStroke', strokeEnded);
      pad.off();
      padRef.current = null;
    };
  }, []);

  return <canvas ref={canvasRef} className="draw-pad" role="img" aria-label={label} aria-describedby={describedBy} />;
}
