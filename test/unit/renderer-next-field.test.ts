import { describe, expect, it } from 'vitest';
import type { FieldBox } from '../../shared/contract';
import { compareReadingOrder, fieldKey, nextField } from '../../renderer/src/document/next-field';
import type { PlacedField } from '../../renderer/src/document/next-field';
import { makeField } from './renderer-field-fixture';

const box = (x: number, y: number): FieldBox => ({ x, y, width: 10, height: 10, pageWidth: 800, pageHeight: 1100 });
const placed = (documentId: number, documentOrder: number, name: string, page: number, at: FieldBox | null, processed = false): PlacedField => ({
  documentId,
  documentOrder,
  field: makeField(name, 'digital_signature', { page, box: at, processed }),
});

describe('reading order', () => {
  it('goes by document order, page, top, then left; boxless fields last on their page', () => {
    const fields = [
      placed(2, 1, 'second-doc', 1, box(0, 0)),
      placed(1, 2, 'third-doc', 1, box(0, 0)),
      placed(2, 1, 'page2', 2, box(0, 0)),
      placed(2, 1, 'right', 1, box(400, 100)),
      placed(2, 1, 'left', 1, box(80, 100)),
      placed(2, 1, 'nobox', 1, null),
    ];
    expect([...fields].sort(compareReadingOrder).map((p) => p.field.name)).toEqual(['second-doc', 'left', 'right', 'nobox', 'page2', 'third-doc']);
  });
});

describe('nextField', () => {
  const fields = [placed(1, 1, 'a', 1, box(0, 0)), placed(1, 1, 'b', 1, box(0, 200), true), placed(1, 1, 'c', 2, box(0, 0)), placed(2, 2, 'd', 1, box(0, 0))];
  const open = (p: PlacedField) => !p.field.processed;
  const nextFieldKey = (list: readonly PlacedField[], from: string | null, wanted: (p: PlacedField) => boolean): string | null => {
    const found = nextField(list, from, wanted);
    return found === null ? null : fieldKey(found.documentId, found.field.name);
  };

  it('starts at the first wanted field when nothing is focused', () => {
    expect(nextFieldKey(fields, null, open)).toBe(fieldKey(1, 'a'));
  });
  it('skips unwanted fields and moves across documents', () => {
    expect(nextFieldKey(fields, fieldKey(1, 'a'), open)).toBe(fieldKey(1, 'c'));
    expect(nextFieldKey(fields, fieldKey(1, 'c'), open)).toBe(fieldKey(2, 'd'));
  });
  it('starts after a focused field that is not wanted itself', () => {
    expect(nextFieldKey(fields, fieldKey(1, 'b'), open)).toBe(fieldKey(1, 'c'));
  });
  it('wraps around, and comes back to the current field when it is the only one', () => {
    expect(nextFieldKey(fields, fieldKey(2, 'd'), open)).toBe(fieldKey(1, 'a'));
    expect(nextFieldKey([fields[0] as PlacedField], fieldKey(1, 'a'), open)).toBe(fieldKey(1, 'a'));
  });
  it('is null when nothing is wanted', () => {
    expect(nextFieldKey(fields, null, () => false)).toBeNull();
    expect(nextFieldKey([], null, open)).toBeNull();
  });
});
