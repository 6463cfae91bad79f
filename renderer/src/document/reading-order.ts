// The side list's order: the fields that block me first, then the rest, each in reading order on the page.
import type { FieldInfo } from '../../../shared/contract';
import { isInfoKind } from '../../../shared/field-kinds';
import { isMyOpenWork } from './field-state';

/** Reading order within a document: page, then top edge, then left edge; fields without a box go last on their page. */
export function comparePlacement(a: Pick<FieldInfo, 'page' | 'box'>, b: Pick<FieldInfo, 'page' | 'box'>): number {
  if (a.page !== b.page) return a.page - b.page;
  const ay = a.box?.y ?? Infinity;
  const by = b.box?.y ?? Infinity;
  if (ay !== by) return ay < by ? -1 : 1;
  const ax = a.box?.x ?? Infinity;
  const bx = b.box?.x ?? Infinity;
  if (ax !== bx) return ax < bx ? -1 : 1;
  return 0;
}

/** The list's sections: what I must still do, the other fields, and the kinds only shown (grouped apart, with their note). */
export interface ListSections {
  blocking: FieldInfo[];
  other: FieldInfo[];
  info: FieldInfo[];
}

/** Splits a document's shown fields into the list's sections, each in reading order (the sort is stable). */
export function listSections(fields: readonly FieldInfo[], mine: ReadonlySet<number>): ListSections {
  const ordered = [...fields].sort(comparePlacement);
  return {
    blocking: ordered.filter((field) => !isInfoKind(field.kind) && isMyOpenWork(field, mine)),
    other: ordered.filter((field) => !isInfoKind(field.kind) && !isMyOpenWork(field, mine)),
    info: ordered.filter((field) => isInfoKind(field.kind)),
  };
}
