import { describe, expect, it } from 'vitest';
import { layoutTypedSignature } from '../../renderer/src/signing/typed-signature';
import { pngBase64 } from '../../renderer/src/signing/data-url';

// A fake font: every character is 0.5 em wide.
const widthOf = (text: string) => (fontSize: number) => text.length * fontSize * 0.5;

describe('layoutTypedSignature', () => {
  it('uses the largest size the height allows when the text fits, centred', () => {
    const layout = layoutTypedSignature('Al', 600, 180, widthOf('Al'));
    expect(layout).toEqual({ fontSize: Math.floor((180 - 24) * 0.75), x: 300, y: 90 });
  });
  it('shrinks long text to the width', () => {
    const text = 'Alexandra Montgomery-Smythe';
    const layout = layoutTypedSignature(text, 600, 180, widthOf(text));
    expect(layout).not.toBeNull();
    expect(widthOf(text)(layout?.fontSize ?? 0)).toBeLessThanOrEqual(600 - 24);
    expect(layout?.fontSize).toBeLessThan(117);
  });
  it('never goes below the minimum size, and is null for blank text', () => {
    const text = 'x'.repeat(500);
    expect(layoutTypedSignature(text, 600, 180, widthOf(text))?.fontSize).toBe(10);
    expect(layoutTypedSignature('   ', 600, 180, widthOf('   '))).toBeNull();
  });
});

describe('pngBase64', () => {
  it('cuts the data URL prefix', () => {
    expect(pngBase64('data:image/png;base64,iVBORw0KGgo=')).toBe('iVBORw0KGgo=');
    expect(() => pngBase64('data:image/jpeg;base64,xyz')).toThrow();
  });
});
