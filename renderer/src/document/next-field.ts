// "Next field": fields in reading order (document, page, top to bottom, left to right) and the next one to visit.
import type { FieldInfo } from '../../../shared/contract';
import { comparePlacement } from './reading-order';

/** A field with the document it sits in, so fields of several documents can be ordered together. */
export interface PlacedField {
  documentId: number;
  /** The document's position in the package. */
  documentOrder: number;
  field: FieldInfo;
}

/** A key naming one field in the package, used in data attributes to find its elements. */
export function fieldKey(documentId: number, fieldName: string): string {
  return `${documentId}:${fieldName}`;
}

/** Reading order: document, then page, top edge and left edge; fields without a box go last on their page. */
export function compareReadingOrder(a: PlacedField, b: PlacedField): number {
  if (a.documentOrder !== b.documentOrder) return a.documentOrder - b.documentOrder;
  if (a.documentId !== b.documentId) return a.documentId - b.documentId;
  return comparePlacement(a.field, b.field);
}

/** The key of the first wanted field after `currentKey` in reading order, wrapping around; null when none is wanted. */
export function nextFieldKey(fields: readonly PlacedField[], currentKey: string | null, wanted: (field: PlacedField) => boolean): string | null {
  // Sort is stable, so fields at the same spot keep the server's order.
  const ordered = [...fields].sort(compareReadingOrder);
  const keys = ordered.map((placed) => fieldKey(placed.documentId, placed.field.name));
  const start = currentKey === null ? -1 : keys.indexOf(currentKey);
  for (let step = 1; step <= ordered.length; step++) {
    const index = (start + step + ordered.length) % ordered.length;
    const candidate = ordered[index];
    if (candidate !== undefined && wanted(candidate)) return keys[index] ?? null;
  }
  return null;
}
