import { describe, expect, it } from 'vitest';
import { FieldStatusResponse, FieldsResponse, PackageList, SignResponse, WorkflowResponse } from '../../main/signinghub/schemas.js';
import { toFieldInfos, toPackageDetail, toPackageSummary } from '../../main/signinghub/mappers.js';
import { parseBody } from '../../main/signinghub/parse-body.js';
import { ApiFailure } from '../../main/signinghub/api-failure.js';
import type { FieldInfo } from '../../shared/contract.js';

const fieldsOf = (body: unknown): FieldInfo[] => toFieldInfos(parseBody(FieldsResponse, JSON.stringify(body), 200));
const byName = (fields: FieldInfo[]) => new Map(fields.map((f) => [f.name, f]));
const dims = (x: number, y: number, width: number, height: number) => ({ field: { x, y, width, height }, page: { width: 794, height: 1123 } });

describe('schemas and mappers', () => {
  it('reads a package list item with no dates at all', () => {
    const [item] = parseBody(PackageList, JSON.stringify([{ package_id: 9, package_name: 'Bare' }]), 200);
    expect(toPackageSummary(item!, 'UTC')).toMatchObject({ id: 9, name: 'Bare', modifiedOn: null, uploadedOn: null, unread: false });
  });

  it('reads a package list item tolerantly (bad dates become null, missing text becomes empty)', () => {
    const [item] = parseBody(
      PackageList,
      JSON.stringify([{ package_id: 7, package_name: 'Lease', unread: true, modified_on: 'garbage', uploaded_on: '2024-01-02 03:04:05' }]),
      200,
    );
    expect(toPackageSummary(item!, 'UTC')).toMatchObject({
      id: 7,
      name: 'Lease',
      unread: true,
      ownerName: '',
      modifiedOn: null,
      uploadedOn: '2024-01-02T03:04:05.000Z',
    });
  });

  it('reads zone-less package dates in the server time zone, and zoned ones as given', () => {
    const [item] = parseBody(
      PackageList,
      JSON.stringify([{ package_id: 8, uploaded_on: '2026-07-04T09:05:06.39', modified_on: '2026-07-04T09:05:06+0000' }]),
      200,
    );
    expect(toPackageSummary(item!, 'Europe/London')).toMatchObject({ uploadedOn: '2026-07-04T08:05:06.390Z', modifiedOn: '2026-07-04T09:05:06.000Z' });
  });

  it('keeps unknown workflow, role and process status values as text', () => {
    const body = parseBody(
      WorkflowResponse,
      JSON.stringify({
        package_id: 122,
        package_status: 'INPROGRESS',
        workflow: { workflow_type: 'SERIAL', workflow_status: 'SHARED' },
        documents: [{ document_id: 1221, document_pages: '3' }],
        users: [
          { order: 1, user_email: 'seal@example.com', role: 'ELECTRONIC_SEAL', process_status: 'UN_PROCESSED' },
          { order: 2, user_email: 'x@example.com', role: 'SIGNER', process_status: 'INVALID', signing_order: 2 },
          { order: 3, user_email: 'y@example.com', role: 'SIGNER', process_status: 'UN_PROCESSED', signing_order: 'soon' },
        ],
      }),
      200,
    );
    const detail = toPackageDetail(body);
    expect(detail.status).toBe('INPROGRESS');
    expect(detail.documents[0]?.pages).toBe(3);
    expect(detail.users.map((u) => [u.role, u.processStatus])).toEqual([
      ['ELECTRONIC_SEAL', 'UN_PROCESSED'],
      ['SIGNER', 'INVALID'],
      ['SIGNER', 'UN_PROCESSED'],
    ]);
    // A custom flow's step reaches the finish screen; an unreadable one is left out, not guessed.
    expect(detail.users.map((u) => u.signingOrder)).toEqual([undefined, 2, undefined]);
  });

  it('flattens fields by kind, folding v4 `signature` into digital_signature, with OTP defaults', () => {
    const fields = fieldsOf({
      signature: [{ field_name: 'sig-v4', page_no: 2, process_status: 'UN_PROCESSED', authentication: { enabled: true, sms_otp: { enabled: true } } }],
      in_person_signature: [{ field_name: 'ip', process_status: 'PROCESSED', placeholder: 'Customer' }],
      text: [{ field_name: 't1', value: 'x' }],
    });
    expect(fields.map((f) => [f.name, f.kind, f.processed])).toEqual([
      ['sig-v4', 'digital_signature', false],
      ['ip', 'in_person_signature', true],
      ['t1', 'text', false],
    ]);
    expect(fields[0]!.otp).toEqual({ enabled: true, totp: false, length: 6, retryDuration: 60, mobileNumber: '' });
    expect(fields[1]!.placeholder).toBe('Customer');
  });

  it('accepts every kind key, v3 and v4, and lists the read-only v4 kinds instead of dropping them', () => {
    const keys = [
      'digital_signature',
      'signature',
      'hand_signature',
      'electronic_signature',
      'in_person_signature',
      'initials',
      'text',
      'checkbox',
      'dropdown',
      'listbox',
      'qrcode',
      'attachment',
      'comment',
      'unique_identifier',
    ];
    const fields = fieldsOf(Object.fromEntries(keys.map((key) => [key, [{ field_name: `${key}-1` }]])));
    expect(fields.map((f) => [f.name, f.kind])).toEqual([
      ['digital_signature-1', 'digital_signature'],
      ['signature-1', 'digital_signature'],
      ['hand_signature-1', 'hand_signature'],
      ['electronic_signature-1', 'electronic_signature'],
      ['in_person_signature-1', 'in_person_signature'],
      ['initials-1', 'initials'],
      ['text-1', 'text'],
      ['checkbox-1', 'checkbox'],
      ['dropdown-1', 'dropdown'],
      ['listbox-1', 'listbox'],
      ['qrcode-1', 'qrcode'],
      ['attachment-1', 'attachment'],
      ['comment-1', 'comment'],
      ['unique_identifier-1', 'unique_identifier'],
    ]);
    for (const f of fields.filter((f) => ['qrcode', 'attachment', 'comment', 'unique_identifier'].includes(f.kind))) expect(f.value).toBeNull();
  });

  it('tells SMS codes from authenticator codes, and reads the code length', () => {
    const auth = (enabled: boolean, sms: boolean, totp: boolean, otp_length?: number) => ({
      enabled,
      sms_otp: { enabled: sms, otp_length },
      totp: { enabled: totp },
    });
    const fields = byName(
      fieldsOf({
        digital_signature: [
          { field_name: 'sms', authentication: auth(true, true, false, 9) },
          { field_name: 'totp', authentication: auth(true, false, true) },
          { field_name: 'switched-off', authentication: auth(false, true, false, 4) },
          { field_name: 'none' },
        ],
      }),
    );
    expect(fields.get('sms')?.otp).toMatchObject({ enabled: true, totp: false, length: 9 });
    expect(fields.get('totp')?.otp).toMatchObject({ enabled: false, totp: true });
    expect(fields.get('switched-off')?.otp).toMatchObject({ enabled: false, totp: false, length: 4 });
    expect(fields.get('none')?.otp).toBeNull();
  });

  it('makes one field per radio group: buttons as options, the checked one as value, boxes joined', () => {
    const fields = fieldsOf({
      radio: [
        {
          field_name: 'Current',
          radio_group_name: 'Account type',
          value: false,
          order: 2,
          page_no: 1,
          validation_rule: 'OPTIONAL',
          dimensions: dims(100, 200, 20, 20),
        },
        { field_name: 'Savings', radio_group_name: 'Account type', value: true, order: 3, page_no: 1, required: true, dimensions: dims(160, 190, 20, 20) },
        { field_name: 'Joint', radio_group_name: 'Account type', value: false, page_no: 2, dimensions: dims(0, 0, 900, 900) },
        { field_name: 'Paper statements', checked: true, process_status: 'PROCESSED', processed_by: 'bob@example.com', read_only: true },
      ],
    });
    expect(fields).toHaveLength(2);
    expect(fields[0]).toMatchObject({
      name: 'Account type',
      kind: 'radio',
      options: ['Current', 'Savings', 'Joint'],
      value: 'Savings',
      required: true,
      order: 2,
      page: 1,
      processed: false,
      readOnly: false,
      visible: true,
      box: { x: 100, y: 190, width: 80, height: 30, pageWidth: 794, pageHeight: 1123 },
    });
    // A button with no group is a group of its own; `checked` counts as chosen.
    expect(fields[1]).toMatchObject({
      name: 'Paper statements',
      options: ['Paper statements'],
      value: 'Paper statements',
      processed: true,
      processedBy: 'bob@example.com',
      readOnly: true,
      box: null,
    });
  });

  it('marks a radio group required when any button is, and leaves it unchosen when none is checked', () => {
    const [group] = fieldsOf({
      radio: [
        { field_name: 'A', radio_group_name: 'G' },
        { field_name: 'B', radio_group_name: 'G', validation_rule: 'mandatory' },
      ],
    });
    expect(group).toMatchObject({ name: 'G', value: '', required: true });
  });

  it('reads text fields: MANDATORY or required, read-only, hidden, and a DATE given with a time', () => {
    const fields = byName(
      fieldsOf({
        text: [
          { field_name: 'Full name', validation_rule: 'MANDATORY' },
          { field_name: 'Lower case rule', validation_rule: 'Mandatory' },
          { field_name: 'v4 required', required: true, validation_rule: 'OPTIONAL' },
          { field_name: 'Optional', validation_rule: 'OPTIONAL' },
          { field_name: 'Branch code', read_only: true, value: 'LDN-01' },
          { field_name: 'Internal reference', visible: false },
          { field_name: 'Date of birth', format_type: 'DATE', value: '1990-04-01 00:00:00 +00' },
          { field_name: 'Plain date', format_type: 'DATE', value: '1990-04-01' },
          { field_name: 'Not a date', format_type: 'TEXT', value: '1990-04-01 00:00:00 +00' },
        ],
      }),
    );
    expect(['Full name', 'Lower case rule', 'v4 required', 'Optional'].map((n) => fields.get(n)?.required)).toEqual([true, true, true, false]);
    expect(fields.get('Branch code')).toMatchObject({ readOnly: true, visible: true, value: 'LDN-01' });
    expect(fields.get('Internal reference')).toMatchObject({ readOnly: false, visible: false });
    expect(fields.get('Full name')).toMatchObject({ readOnly: false, visible: true });
    expect(fields.get('Date of birth')?.value).toBe('1990-04-01');
    expect(fields.get('Plain date')?.value).toBe('1990-04-01');
    expect(fields.get('Not a date')?.value).toBe('1990-04-01 00:00:00 +00');
  });

  it('reads dropdown and list box choices from `choices`, falling back to `options`, with a string value', () => {
    const fields = byName(
      fieldsOf({
        dropdown: [
          { field_name: 'Country', choices: ['United Kingdom', 'Ireland'], value: '' },
          { field_name: 'Legacy', options: ['A', 'B'], value: 'B' },
        ],
        listbox: [
          { field_name: 'Services', choices: ['Overdraft', 'Debit card'], value: 'Debit card' },
          { field_name: 'Listed', choices: ['One', 'Two'], value: ['Two', 'One'] },
          { field_name: 'Empty list', choices: ['One'], value: [] },
        ],
      }),
    );
    expect(fields.get('Country')).toMatchObject({ options: ['United Kingdom', 'Ireland'], value: '' });
    expect(fields.get('Legacy')).toMatchObject({ options: ['A', 'B'], value: 'B' });
    expect(fields.get('Services')).toMatchObject({ options: ['Overdraft', 'Debit card'], value: 'Debit card' });
    expect(fields.get('Listed')?.value).toBe('Two');
    expect(fields.get('Empty list')?.value).toBe('');
  });

  it('maps dimensions and form values, coercing odd shapes instead of failing', () => {
    const fields = byName(
      fieldsOf({
        text: [{ field_name: 'Amount', value: 42, required: true, max_length: 10, format_type: 'NUMBER', dimensions: dims(1, 2, 30, 10) }],
        checkbox: [{ field_name: 'Agree', value: 'true' }],
        dropdown: [{ field_name: 'Odd', value: { nested: true }, dimensions: 'garbage', max_length: -3, required: 'yes', visible: 'no' }],
        initials: [{ field_name: 'Init', value: 'x' }],
      }),
    );
    expect(fields.get('Amount')).toMatchObject({
      value: '42',
      required: true,
      maxLength: 10,
      formatType: 'NUMBER',
      box: { x: 1, y: 2, width: 30, height: 10, pageWidth: 794, pageHeight: 1123 },
    });
    expect(fields.get('Agree')?.value).toBe(true);
    expect(fields.get('Odd')).toMatchObject({ value: '', box: null, maxLength: null, required: false, visible: true });
    expect(fields.get('Init')?.value).toBeNull();
  });

  it('reads any Sign 2xx as signed unless it says PENDING', () => {
    expect(SignResponse.parse({ field_name: 'S', status: 'SIGNED', transaction_id: 77 })).toEqual({ status: 'SIGNED', transaction_id: '77' });
    expect(SignResponse.parse({ status: 'PENDING', transaction_id: 'tx' })).toEqual({ status: 'PENDING', transaction_id: 'tx' });
    for (const odd of [{ status: 'COMPLETED' }, { field_name: 'S' }, { status: null }, undefined, null, [], 'OK']) {
      expect(SignResponse.parse(odd)).toEqual({ status: 'SIGNED', transaction_id: '' });
    }
  });

  it('reads field status COMPLETED as SIGNED', () => {
    expect(FieldStatusResponse.parse({ status: 'COMPLETED' })).toEqual({ status: 'SIGNED' });
    expect(FieldStatusResponse.parse({ status: 'DECLINED' })).toEqual({ status: 'DECLINED' });
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
