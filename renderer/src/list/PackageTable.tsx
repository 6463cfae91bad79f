// The virtualized package table: ARIA table semantics over the rows in view, one Tab stop, arrow-key movement.
import { useCallback, useImperativeHandle, useLayoutEffect, useEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, ReactNode, Ref } from 'react';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { Range } from '@tanstack/react-virtual';
import type { PackageSummary } from '../../../shared/contract';
import { LIST_COLUMNS } from './columns';
import { LoaderRow, PackageRow } from './PackageRow';
import { LOAD_AHEAD_ROWS, OVERSCAN_ROWS, ROW_HEIGHT } from './row-metrics';
import { targetRow, withRow } from './row-keys';
import { SortHeader } from './SortHeader';
import type { ListSort, SortKey } from './sort';
import { useFillHeight } from './use-fill-height';
import { useSideScroll } from './use-side-scroll';
import { isNearEnd, rangeText, rowsPerPage, visibleRows } from './visible-range';

/** What the screen can ask of the table. */
export interface PackageTableHandle {
  /** Scrolls a package's row into the middle of the view and focuses its button; false when it is not loaded. */
  focusPackage(packageId: number): boolean;
}

/** Props of the package table. */
export interface PackageTableProps {
  ref?: Ref<PackageTableHandle>;
  /** Loaded packages, in display order. */
  rows: readonly PackageSummary[];
  /** Packages on the server (x-total-records). */
  total: number;
  /** Changes when the rows' identity or order does (filter, search, sort): the view returns to the top. */
  viewKey: string;
  /** The order the rows are in. */
  sort: ListSort;
  onSort: (key: SortKey) => void;
  /** Must be stable, or every row re-renders. */
  onOpen: (packageId: number) => void;
  /** True while pages after the loaded ones exist. */
  hasMore: boolean;
  /** True while the next page is on its way. */
  loadingMore: boolean;
  /** Asks for the next page; called while the rows in view are near the end of what is loaded. */
  onNearEnd: () => void;
  /** True while the rows shown are the previous list, kept as the new one loads. */
  busy: boolean;
  /** Shown after the range text: loading status and any Try again. */
  footer?: ReactNode;
}

/** A focus request, carried out once the target row is rendered. */
interface PendingFocus {
  packageId: number;
  block: ScrollLogicalPosition;
}

const rowSize = (): number => ROW_HEIGHT;

/** The row index a focused element belongs to, from its data attribute. */
function rowIndexOf(target: EventTarget): number | null {
  if (!(target instanceof HTMLElement) || target.dataset.rowIndex === undefined) return null;
  const index = Number(target.dataset.rowIndex);
  return Number.isInteger(index) ? index : null;
}

/** Renders only the rows in view (plus the focused one); the table still reports every row's count and index. */
export function PackageTable({ ref, rows, total, viewKey, sort, onSort, onOpen, hasMore, loadingMore, onNearEnd, busy, footer }: PackageTableProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const footerRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const sideways = useSideScroll(frameRef);
  const pendingFocus = useRef<PendingFocus | null>(null);
  const height = useFillHeight(scrollerRef, footerRef);
  // The Tab stop, by package; it belongs to one view, so a new filter or sort starts at the top.
  const [active, setActive] = useState<{ view: string; packageId: number } | null>(null);

  const indexById = useMemo(() => new Map(rows.map((pkg, index) => [pkg.id, index])), [rows]);
  const activeIndex = (active !== null && active.view === viewKey ? indexById.get(active.packageId) : undefined) ?? 0;

  const rangeExtractor = useCallback((range: Range) => withRow(defaultRangeExtractor(range), activeIndex), [activeIndex]);
  const getScrollElement = useCallback(() => scrollerRef.current, []);
  // The app does not run the React Compiler; rows are memoized by hand and get no virtualizer functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement,
    estimateSize: rowSize,
    overscan: OVERSCAN_ROWS,
    rangeExtractor,
    initialRect: { width: 0, height },
  });

  const viewportHeight = virtualizer.scrollRect?.height || height;
  const inView = visibleRows({ offset: virtualizer.scrollOffset ?? 0, height: viewportHeight, rowHeight: ROW_HEIGHT, count: rows.length });
  const nearEnd = inView !== null && isNearEnd(Math.max(inView.last, activeIndex), rows.length, LOAD_AHEAD_ROWS);

  useEffect(() => {
    if (hasMore && nearEnd) onNearEnd();
  }, [hasMore, nearEnd, onNearEnd]);

  // A new filter, search or sort shows its first rows.
  useEffect(() => {
    scrollerRef.current?.scrollTo({ top: 0 });
  }, [viewKey]);

  /** Makes a row the Tab stop and asks for its button to be focused once rendered. */
  const moveTo = useCallback(
    (index: number, block: ScrollLogicalPosition): boolean => {
      const pkg = rows[index];
      if (pkg === undefined) return false;
      pendingFocus.current = { packageId: pkg.id, block };
      setActive({ view: viewKey, packageId: pkg.id });
      return true;
    },
    [rows, viewKey],
  );

  useImperativeHandle(
    ref,
    () => ({
      focusPackage: (packageId) => {
        const index = indexById.get(packageId);
        return index !== undefined && moveTo(index, 'center');
      },
    }),
    [indexById, moveTo],
  );

  // After each commit: focus the requested row's button (the range extractor keeps it rendered), then scroll it into view.
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (pending === null) return;
    const button = scrollerRef.current?.querySelector<HTMLElement>(`button[data-package-id="${pending.packageId}"]`);
    if (button == null) return;
    pendingFocus.current = null;
    button.focus({ preventScroll: true });
    button.closest('[role="row"]')?.scrollIntoView({ block: pending.block });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const current = rowIndexOf(event.target);
    if (current === null) return;
    const target = targetRow(event.key, { current, count: rows.length, pageRows: rowsPerPage(viewportHeight, ROW_HEIGHT) });
    if (target === null) return;
    event.preventDefault();
    moveTo(target, 'nearest');
    // At the last loaded row, a move down asks for more even before the view changes.
    if (target === rows.length - 1 && hasMore) onNearEnd();
  };

  // A click or Tab into the list makes that row the Tab stop.
  const onFocus = (event: FocusEvent<HTMLDivElement>): void => {
    const index = rowIndexOf(event.target);
    const pkg = index === null ? undefined : rows[index];
    if (pkg !== undefined && index !== activeIndex) setActive({ view: viewKey, packageId: pkg.id });
  };

  return (
    <div className="list">
      {/* Narrow windows and high zoom (WCAG 1.4.10): the columns stay, and this frame scrolls sideways as a named Tab stop. */}
      <div
        ref={frameRef}
        className="list-frame"
        role={sideways ? 'region' : undefined}
        aria-label={sideways ? 'Package table, scrolls sideways' : undefined}
        tabIndex={sideways ? 0 : undefined}
      >
        <div role="table" aria-labelledby="packages-heading" aria-rowcount={Math.max(total, rows.length) + 1} aria-busy={busy} className="list-table">
          <div role="rowgroup" className="list-head">
            <div role="row" aria-rowindex={1} className="list-row list-row--head">
              {LIST_COLUMNS.map((column) => (
                <SortHeader key={column.key} column={column.key} label={column.label} sort={sort} onSort={onSort} />
              ))}
            </div>
          </div>
          <div role="rowgroup" ref={scrollerRef} className="list-scroller" style={{ height }} onKeyDown={onKeyDown} onFocus={onFocus}>
            <div role="presentation" className="list-sizer" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((item) => {
                const pkg = rows[item.index];
                return pkg === undefined ? (
                  <LoaderRow key="loader" index={item.index} loading={loadingMore} />
                ) : (
                  <PackageRow key={pkg.id} pkg={pkg} index={item.index} tabbable={item.index === activeIndex} onOpen={onOpen} />
                );
              })}
            </div>
          </div>
        </div>
      </div>
      <div ref={footerRef} className="list-footer">
        <p className="pager-range">{rangeText(inView, total)}</p>
        {footer}
      </div>
    </div>
  );
}
