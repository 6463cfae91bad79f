// A FieldInfo builder for the renderer's unit tests: every member filled, overrides on top.
import type { FieldInfo } from '../../shared/contract';
import type { FieldKind } from '../../shared/field-kinds';

/** A field of `kind` named `name`, unprocessed, shown and editable, for recipient 1 on page 1, without a box. */
export function makeField(name: string, kind: FieldKind, overrides: Partial<FieldInfo> = {}): FieldInfo {
  return {
    name,
    kind,
    order: 1,
    page: 1,
    type: 'ASSIGNED',
    processed: false,
    processedBy: '',
    otp: null,
    placeholder: '',
    box: null,
    value: null,
    required: false,
    readOnly: false,
    visible: true,
    maxLength: null,
    formatType: '',
    options: [],
    ...overrides,
  };
}
