// When a single-letter shortcut may fire: never while the user is typing into something.

/** The parts of an event target that decide whether a key press is typing. */
export interface KeyTarget {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

// Inputs that take no typed text, so a letter key there is free for a shortcut.
const NON_TEXT_INPUTS: ReadonlySet<string> = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True when a key press on `target` is text entry (text inputs, textareas, selects, editable content). */
export function isTextEntryTarget(target: KeyTarget | null): boolean {
  if (target === null) return false;
  if (target.isContentEditable === true) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
  return false;
}

/** The modifier state of a key press. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

/** True for a bare press of `letter` (either case), with no Ctrl, Meta or Alt and outside an IME composition. */
export function isBareLetter(press: KeyPress, letter: string): boolean {
  if (press.ctrlKey || press.metaKey || press.altKey || press.isComposing === true) return false;
  return press.key.toLowerCase() === letter.toLowerCase();
}
