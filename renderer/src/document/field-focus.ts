// Moving focus to a field's elements, found by data attributes: its mark on the page, its list item, its input.

/** Data attribute names that tie elements to a field key (see next-field.ts fieldKey). */
export const FIELD_ATTRIBUTES = { mark: 'data-field-mark', item: 'data-field-item', input: 'data-form-input' } as const;

/** The element with `attribute` set to `key`, or null. */
function byKey(attribute: string, key: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(key)}"]`);
}

/** Scrolls an element to the middle of the view and focuses it. */
function reveal(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
  element.focus({ preventScroll: true });
}

/** Focuses a field's first control in the list (its input or action button), else the item itself. */
export function focusFieldItem(key: string): boolean {
  const item = byKey(FIELD_ATTRIBUTES.item, key);
  if (item === null) return false;
  const input = item.querySelector<HTMLElement>(`[${FIELD_ATTRIBUTES.input}]`);
  const control = input ?? item.querySelector<HTMLElement>('button:not([disabled]), input:not([disabled]), select:not([disabled])');
  reveal(control ?? item);
  return true;
}

/** Focuses a form field's input in the list. */
export function focusFormInput(key: string): boolean {
  const input = byKey(FIELD_ATTRIBUTES.input, key);
  if (input === null) return focusFieldItem(key);
  reveal(input);
  return true;
}

/** Focuses a field's mark on its page, or its list item when it has no mark. */
export function focusFieldMark(key: string): boolean {
  const mark = byKey(FIELD_ATTRIBUTES.mark, key);
  if (mark === null) return focusFieldItem(key);
  reveal(mark);
  return true;
}

/** The field key of the field element that has focus, or null. */
export function focusedFieldKey(): string | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return null;
  const owner = active.closest<HTMLElement>(`[${FIELD_ATTRIBUTES.mark}], [${FIELD_ATTRIBUTES.item}]`);
  return owner?.getAttribute(FIELD_ATTRIBUTES.mark) ?? owner?.getAttribute(FIELD_ATTRIBUTES.item) ?? null;
}
