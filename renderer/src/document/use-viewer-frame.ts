// The room the pages have: the width of their column and the height of the window under the sticky toolbar.
import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { ViewerFrame } from './zoom';

// The app header and the sticky viewer toolbar, which a fitted page must clear.
const CHROME_HEIGHT = 150;

/** Measures the frame element's width and the usable window height, following resizes. */
export function useViewerFrame(frameRef: RefObject<HTMLElement | null>): ViewerFrame {
  const [frame, setFrame] = useState<ViewerFrame>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = frameRef.current;
    if (element === null) return;
    const measure = (): void => {
      const next = { width: Math.round(element.clientWidth), height: Math.max(200, window.innerHeight - CHROME_HEIGHT) };
      setFrame((last) => (last.width === next.width && last.height === next.height ? last : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [frameRef]);
  return frame;
}
