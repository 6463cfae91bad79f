// A drawing surface for a hand signature (mouse, pen or touch), backed by signature_pad.
import { useEffect, useImperativeHandle, useRef } from 'react';
import type { Ref } from 'react';
import SignaturePad from 'signature_pad';
import { recolourStrokes, scaleStrokes } from './pad-strokes';

/** What the owner of a DrawPad can do with it. */
export interface DrawPadHandle {
  isEmpty: () => boolean;
  /** The drawing as a PNG data URL (transparent background), always in the paper ink, whatever the screen shows. */
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

/** Used when the stylesheet gives no paper ink. */
const FALLBACK_INK = '#111827';

/** Media changes that change the ink on screen: forced colours on or off, and its light or dark palette. */
const SCHEME_QUERIES = ['(forced-colors: active)', '(prefers-color-scheme: dark)'];

/** The ink the signature is saved in: the stylesheet's paper ink (custom properties are never forced). */
function paperInk(canvas: HTMLCanvasElement): string {
  return getComputedStyle(canvas).getPropertyValue('--pad-ink').trim() || FALLBACK_INK;
}

/** The ink shown on screen: the paper ink, or in forced colours the canvas's text colour (the system's CanvasText). */
function screenInk(canvas: HTMLCanvasElement): string {
  if (!window.matchMedia('(forced-colors: active)').matches) return paperInk(canvas);
  return getComputedStyle(canvas).color || paperInk(canvas);
}

/** Redraws every stroke in `ink` and draws new ones in it. */
function paintInk(pad: SignaturePad, ink: string): void {
  pad.penColor = ink;
  const strokes = pad.toData();
  if (strokes.length > 0) pad.fromData(recolourStrokes(strokes, ink));
}

/** A canvas to draw on, as wide as its container; it keeps (and rescales) the drawing when resized or re-themed. */
export function DrawPad({ label, describedBy, onChange, ref }: DrawPadProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  useImperativeHandle(ref, () => ({
    isEmpty: () => padRef.current?.isEmpty() ?? true,
    toPng: () => {
      const pad = padRef.current;
      const canvas = canvasRef.current;
      if (pad === null || canvas === null) return '';
      const shown = pad.penColor;
      const paper = paperInk(canvas);
      if (shown === paper) return pad.toDataURL('image/png');
      // Forced colours may show light ink on black; the saved signature is dark ink, like any other.
      paintInk(pad, paper);
      const png = pad.toDataURL('image/png');
      paintInk(pad, shown);
      return png;
    },
    clear: () => {
      padRef.current?.clear();
      onChangeRef.current(true);
    },
  }));

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    const pad = new SignaturePad(canvas, { penColor: screenInk(canvas), minWidth: 0.8, maxWidth: 2.8 });
    const strokeEnded = (): void => onChangeRef.current(pad.isEmpty());
    pad.addEventListener('endStroke', strokeEnded);
    padRef.current = pad;
    let drawnWidth = 0;
    // The canvas gets its size only once the dialog is shown, and follows its container after: keep its bitmap
    // at the displayed size × DPR, and the drawing in proportion to the pad.
    const fit = (): void => {
      const width = canvas.offsetWidth;
      const height = canvas.offsetHeight;
      if (width === 0 || height === 0) return;
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      if (canvas.width === Math.round(width * ratio) && canvas.height === Math.round(height * ratio)) return;
      const strokes = drawnWidth > 0 ? scaleStrokes(pad.toData(), width / drawnWidth) : pad.toData();
      drawnWidth = width;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad.clear();
      if (strokes.length > 0) pad.fromData(strokes);
    };
    const observer = new ResizeObserver(fit);
    observer.observe(canvas);
    // Zooming changes the device pixel ratio without always changing the pad's CSS size.
    window.addEventListener('resize', fit);
    const rethemed = (): void => paintInk(pad, screenInk(canvas));
    const queries = SCHEME_QUERIES.map((query) => window.matchMedia(query));
    for (const query of queries) query.addEventListener('change', rethemed);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
      for (const query of queries) query.removeEventListener('change', rethemed);
      pad.removeEventListener('endStroke', strokeEnded);
      pad.off();
      padRef.current = null;
    };
  }, []);

  return <canvas ref={canvasRef} className="draw-pad" role="img" aria-label={label} aria-describedby={describedBy} />;
}
