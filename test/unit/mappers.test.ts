import { describe, expect, it } from 'vitest';
import { FieldsResponse, PackageList } from '../../main/signinghub/schemas.js';
import { toFieldInfos, toPackageSummary } from '../../main/signinghub/mappers.js';
import { parseBody } from '../../main/signinghub/parse-body.js';
import { ApiFailure } from '../../main/signinghub/api-failure.js';

describe('schemas and mappers', () => {
  it('reads a package list item with no dates at all', () => {
    const [item] = parseBody(PackageList, JSON.stringify([{ package_id: 9, package_name: 'Bare' }]), 200);
    expect(toPackageSummary(item!)).toMatchObject({ id: 9, name: 'Bare', modifiedOn: null, uploadedOn: null, unread: false });
  });

  it('reads a package list item tolerantly (bad dates become null, missing text becomes empty)', () => {
    const [item] = parseBody(PackageList, JSON.stringify([{ package_id: 7, package_name: 'Lease', unread: true, modified_on: 'garbage', uploaded_on: '2024-01-02 03:04:05' }]), 200);
    expect(toPackageSummary(item!)).toMatchObject({ id: 7, name: 'Lease', unread: true, ownerName: '', modifiedOn: null, uploadedOn: '2024-01-02T03:04:05.000Z' });
  });

  it('flattens fields by kind, folding v4 `signature` into digital_signature, with OTP defaults', () => {
    const body = parseBody(FieldsResponse, JSON.stringify({
      signature: [{ field_name: 'sig-v4', page_no: 2, process_status: 'UN_PROCESSED', authentication: { enabled: true, sms_otp: { enabled: true } } }],
      in_person_signature: [{ field_name: 'ip', process_status: 'PROCESSED', placeholder: 'Customer' }],
      text: [{ field_name: 't1', value: 'x' }],
    }), 200);
    const fields = toFieldInfos(body);
    expect(fields.map((f) => [f.name, f.kind, f.processed])).toEqual([
      ['sig-v4', 'digital_signature', false],
      ['ip', 'in_person_signature', true],
      ['t1', 'text', false],
    ]);
    expect(fields[0]!.otp).toEqual({ enabled: true, length: 6, retryDuration: 60, mobileNumber: '' });
    expect(fields[1]!.placeholder).toBe('Customer');
  });

  it('maps dimensions and form values, coercing odd shapes instead of failing', () => {
    const body = parseBody(FieldsResponse, JSON.stringify({
      text: [{ field_name: 'Amount', value: 42, required: true, max_length: 10, format_type: 'NUMBER', dimensions: { field: { x: 1, y: 2, width: 30, height: 10 }, page: { width: 794, height: 1123 } } }],
      checkbox: [{ field_name: 'Agree', value: 'true' }],
      listbox: [{ field_name: 'Pick', value: 'One', options: ['One', 'Two'] }],
      dropdown: [{ field_name: 'Odd', value: { nested: true }, dimensions: 'garbage', max_length: -3 }],
      initials: [{ field_name: 'Init', value: 'x' }],
    }), 200);
    const byName = new Map(toFieldInfos(body).map((f) => [f.name, f]));
    expect(byName.get('Amount')).toMatchObject({ value: '42', required: true, maxLength: 10, formatType: 'NUMBER', box: { x: 1, y: 2, width: 30, height: 10, pageWidth: 794, pageHeight: 1123 } });
    expect(byName.get('Agree')?.value).toBe(true);
    expect(byName.get('Pick')).toMatchObject({ value: ['One'], options: ['One', 'Two'] });
    expect(byName.get('Odd')).toMatchObject({ value: '', box: null, maxLength: null });
    expect(byName.get('Init')?.value).toBeNull();
  });

  it('turns malformed JSON and wrong shapes into invalid_response', () => {
    for (const body of ['{not json', '{"package_id": 1}', '[{"package_id": "abc"}]']) {
      try {
        parseBody(PackageList, body, 200);
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(ApiFailure);
        expect((error as ApiFailure).error.kind).toBe('invalid_response');
      }
    }
  });
});
