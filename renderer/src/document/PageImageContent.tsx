// What a page shows inside its frame: the image, why it could not be had (with Try again), or a skeleton while it loads.
import type { PageImageResult } from '../api/document-queries';

/** Props of a page's content. */
export interface PageImageContentProps {
  /** "Page 2 of 5": the image's alt text. */
  label: string;
  /** The image or its failure; undefined while loading. */
  data: PageImageResult | undefined;
  onRetry: () => void;
}

/** The page's image, its failure, or its loading skeleton. */
export function PageImageContent({ label, data, onRetry }: PageImageContentProps) {
  if (data?.ok === true) return <img className="page-image" src={data.image.dataUrl} alt={label} draggable={false} />;
  if (data?.ok === false) {
    return (
      <div className="page-error">
        <p className="state-title">{label} could not be shown</p>
        <p>{data.error.message}</p>
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="page-skeleton">
      <span className="visually-hidden">{label}, loading</span>
    </div>
  );
}
