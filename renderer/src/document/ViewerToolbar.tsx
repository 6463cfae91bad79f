// The viewer's toolbar: previous and next page with "Page x of n", and zoom (out, a choice of fits and steps, in).
import { useId } from 'react';
import type { Zoom } from './zoom';
import { ZOOM_STEPS, zoomInStep, zoomOutStep } from './zoom';

/** Props of the viewer toolbar. */
export interface ViewerToolbarProps {
  documentName: string;
  page: number;
  pages: number;
  onPage: (page: number) => void;
  zoom: Zoom;
  /** The zoom now as a percentage of the page's own size (also in the fit modes). */
  percent: number;
  onZoom: (zoom: Zoom) => void;
}

/** The select's value for a zoom. */
function zoomValue(zoom: Zoom): string {
  return zoom.mode === 'percent' ? String(zoom.percent) : zoom.mode;
}

/** The zoom a select value stands for. */
function zoomOf(value: string): Zoom {
  return value === 'fit-width' || value === 'fit-page' ? { mode: value } : { mode: 'percent', percent: Number(value) };
}

/** Page navigation and zoom for the shown document; the zoom keys are listed on the buttons. */
export function ViewerToolbar({ documentName, page, pages, onPage, zoom, percent, onZoom }: ViewerToolbarProps) {
  const id = useId();
  const steps = zoom.mode === 'percent' && !ZOOM_STEPS.includes(zoom.percent) ? [...ZOOM_STEPS, zoom.percent].sort((a, b) => a - b) : ZOOM_STEPS;
  return (
    <div className="viewer-toolbar" role="group" aria-label={`View of ${documentName}`}>
      <div className="viewer-pages">
        <button type="button" className="button button--secondary button--small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          <span aria-hidden="true">‹ </span>
          Previous page
        </button>
        <p className="viewer-page-label">
          Page {page} of {pages}
        </p>
        <button type="button" className="button button--secondary button--small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          Next page
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
      <div className="viewer-zoom">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-keyshortcuts="Control+-"
          disabled={percent <= (ZOOM_STEPS[0] as number)}
          onClick={() => onZoom({ mode: 'percent', percent: zoomOutStep(percent) })}
        >
          <span aria-hidden="true">−</span>
          <span className="visually-hidden">Zoom out</span>
        </button>
        <label className="visually-hidden" htmlFor={`${id}-zoom`}>
          Zoom
        </label>
        <select id={`${id}-zoom`} className="viewer-zoom-select" value={zoomValue(zoom)} onChange={(event) => onZoom(zoomOf(event.target.value))}>
          <option value="fit-width">{zoom.mode === 'fit-width' ? `Fit width (${percent}%)` : 'Fit width'}</option>
          <option value="fit-page">{zoom.mode === 'fit-page' ? `Fit page (${percent}%)` : 'Fit page'}</option>
          {steps.map((step) => (
            <option key={step} value={String(step)}>
              {step}%
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-keyshortcuts="Control+="
          disabled={percent >= (ZOOM_STEPS[ZOOM_STEPS.length - 1] as number)}
          onClick={() => onZoom({ mode: 'percent', percent: zoomInStep(percent) })}
        >
          <span aria-hidden="true">+</span>
          <span className="visually-hidden">Zoom in</span>
        </button>
      </div>
    </div>
  );
}
