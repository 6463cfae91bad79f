import { describe, expect, it } from 'vitest';
import { isBareLetter, isTextEntryTarget } from '../../renderer/src/document/keyboard-shortcut';

describe('isTextEntryTarget', () => {
  it('is true where typing goes into a field', () => {
    expect(isTextEntryTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextEntryTarget({ tagName: 'input' })).toBe(true);
    expect(isTextEntryTarget({ tagName: 'INPUT', type: 'password' })).toBe(true);
    expect(isTextEntryTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEntryTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTextEntryTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });
  it('is false on buttons, checkboxes, radios and plain elements', () => {
    expect(isTextEntryTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEntryTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEntryTarget({ tagName: 'INPUT', type: 'RADIO' })).toBe(false);
    expect(isTextEntryTarget({ tagName: 'H1' })).toBe(false);
    expect(isTextEntryTarget(null)).toBe(false);
  });
});

describe('isBareLetter', () => {
  const press = { ctrlKey: false, metaKey: false, altKey: false };
  it('matches the letter in either case without modifiers', () => {
    expect(isBareLetter({ ...press, key: 'n' }, 'n')).toBe(true);
    expect(isBareLetter({ ...press, key: 'N' }, 'n')).toBe(true);
    expect(isBareLetter({ ...press, key: 'm' }, 'n')).toBe(false);
  });
  it('ignores Ctrl, Meta, Alt and IME composition', () => {
    expect(isBareLetter({ ...press, key: 'n', ctrlKey: true }, 'n')).toBe(false);
    expect(isBareLetter({ ...press, key: 'n', metaKey: true }, 'n')).toBe(false);
    expect(isBareLetter({ ...press, key: 'n', altKey: true }, 'n')).toBe(false);
    expect(isBareLetter({ ...press, key: 'n', isComposing: true }, 'n')).toBe(false);
  });
});
