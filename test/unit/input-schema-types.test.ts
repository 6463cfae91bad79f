// INPUT_SCHEMAS is typed per channel against the contract: a schema that lets through something its
// handler does not expect does not compile. The @ts-expect-error lines fail `npm run typecheck` the day
// such a schema would be accepted; the runtime lines show each one really would let bad input through.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { InputSchemas } from '../../main/ipc/input-schemas.js';

describe('INPUT_SCHEMAS types', () => {
  it('does not compile a schema that accepts more than the contract allows', () => {
    // @ts-expect-error a package id given as text is not the number the handler expects
    const textId: InputSchemas['getPackage'] = z.object({ packageId: z.union([z.number(), z.string()]) });
    // @ts-expect-error a field kind outside the form kinds
    const anyKind: InputSchemas['saveFormFields'] = z.object({
      packageId: z.number(),
      documentId: z.number(),
      values: z.array(z.object({ fieldName: z.string(), kind: z.string(), value: z.string() })),
    });
    // @ts-expect-error a channel that takes no input given an object
    const someInput: InputSchemas['signOut'] = z.object({});
    // @ts-expect-error a required field made optional
    const noReason: InputSchemas['declinePackage'] = z.object({ packageId: z.number(), reason: z.string().optional() });
    expect(textId.safeParse({ packageId: '7' }).success).toBe(true);
    expect(anyKind.safeParse({ packageId: 1, documentId: 2, values: [{ fieldName: 'f', kind: 'signature', value: 'x' }] }).success).toBe(true);
    expect(someInput.safeParse({}).success).toBe(true);
    expect(noReason.safeParse({ packageId: 1 }).success).toBe(true);
  });
});
