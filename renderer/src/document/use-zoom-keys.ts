// Ctrl (Cmd) with =, - and 0 zoom the shown document, as in a browser.
import { useEffect, useRef } from 'react';
import type { Zoom } from './zoom';
import { zoomFromKey } from './zoom';

/** Listens for the zoom keys while mounted; `percent` is the zoom now, to step from. */
export function useZoomKeys(percent: number, onZoom: (zoom: Zoom) => void): void {
  const latest = useRef({ percent, onZoom });
  useEffect(() => {
    latest.current = { percent, onZoom };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || document.querySelector('dialog[open]') !== null) return;
      const zoom = zoomFromKey(event, latest.current.percent);
      if (zoom === null) return;
      event.preventDefault();
      latest.current.onZoom(zoom);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
