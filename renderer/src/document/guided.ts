// Guided signing: where the one primary action goes next, and how much of my work is left.
import type { PlacedField } from './next-field';
import { isRequiredField } from './field-state';

/** The label of the primary action: Start before any field was visited, then Next field, then Finish. */
export type GuidedStep = 'start' | 'next' | 'finish';

/** My work in numbers: fields still needing me, of all the required fields that are mine. */
export interface WorkCount {
  left: number;
  total: number;
}

/** Counts my required fields (done or not) and those still `wanted`, over the whole package. */
export function workCount(fields: readonly PlacedField[], mine: ReadonlySet<number>, wanted: (field: PlacedField) => boolean): WorkCount {
  const ofMine = fields.filter((placed) => mine.has(placed.field.order) && !placed.field.readOnly && isRequiredField(placed.field));
  return { left: ofMine.filter(wanted).length, total: ofMine.length };
}

/** "2 of 5 left", or "All done" once nothing is left. */
export function workCountLabel(count: WorkCount): string {
  return count.left === 0 ? 'All done' : `${count.left} of ${count.total} left`;
}

/** Where Next field goes on from: the focused field, else the current one while its document is shown, else the shown document's start. */
export function nextFrom(focusedKey: string | null, currentKey: string | null, shownDocumentId: number | null): string | null {
  if (focusedKey !== null) return focusedKey;
  if (currentKey === null || shownDocumentId === null) return currentKey;
  return currentKey.startsWith(`${shownDocumentId}:`) ? currentKey : null;
}
