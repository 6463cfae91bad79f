import { describe, expect, it } from 'vitest';
import { mergeFields } from '../../main/signinghub/document-fields.js';
import { FieldsResponse } from '../../main/signinghub/schemas.js';

describe('mergeFields', () => {
  it('joins per-page answers kind by kind, in page order', () => {
    const page1 = FieldsResponse.parse({ text: [{ field_name: 'A', page_no: 1 }], radio: [{ field_name: 'Current', radio_group_name: 'Type', page_no: 1 }] });
    const page2 = FieldsResponse.parse({ text: [{ field_name: 'B', page_no: 2 }], signature: [{ field_name: 'Signature-1', page_no: 2 }] });
    const merged = mergeFields([page1, page2]);
    expect(merged.text.map((f) => f.field_name)).toEqual(['A', 'B']);
    expect(merged.radio.map((f) => f.field_name)).toEqual(['Current']);
    expect(merged.signature.map((f) => f.field_name)).toEqual(['Signature-1']);
    expect(merged.checkbox).toEqual([]);
    expect(mergeFields([])).toEqual(FieldsResponse.parse({}));
  });
});
