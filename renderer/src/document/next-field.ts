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

/**
 * The first wanted field after `fromKey` in reading order, wrapping around; null when none is wanted. From
 * nowhere, the search starts at the first field of `fromDocumentId` when given, so Start begins on the shown document.
 */
export function nextField(
  fields: readonly PlacedField[],
  fromKey: string | null,
  wanted: (field: PlacedField) => boolean,
  fromDocumentId: number | null = null,
): PlacedField | null {
  // Sort is stable, so fields at the same spot keep the server's order.
  const ordered = [...fields].sort(compareReadingOrder);
  let start = fromKey === null ? -1 : ordered.findIndex((placed) => fieldKey(placed.documentId, placed.field.name) === fromKey);
  if (fromKey === null && fromDocumentId !== null) {
    const first = ordered.findIndex((placed) => placed.documentId === fromDocumentId);
    if (first >= 0) start = first - 1;
  }
  for (let step = 1; step <= ordered.length; step++) {
    const candidate = ordered[(start + step + ordered.length) % ordered.length];
    if (candidate !== undefined && wanted(candidate)) return candidate;
  }
  return null;
}
