// The client's schemas and mappers against the recorded SigningHub examples (test/fixtures/signinghub/).
// The sandbox is checked against the same files, so client, sandbox and examples cannot drift apart.
import { describe, expect, it } from 'vitest';
import { serverCode, serverMessage } from '../../main/signinghub/error-mapping.js';
import { toFieldInfos, toPackageDetail, toPackageSummary } from '../../main/signinghub/mappers.js';
import { toFormFieldsBody } from '../../main/signinghub/form-fields-body.js';
import { toHistoryEntries, toVerifications } from '../../main/signinghub/evidence-mappers.js';
import { LogList, VerificationList } from '../../main/signinghub/evidence-schemas.js';
import { exampleFiles, readExample, type Example } from '../support/recorded-examples.js';
import {
  AboutResponse,
  FieldsResponse,
  FieldStatusResponse,
  PackageList,
  SignResponse,
  TokenResponse,
  WorkflowResponse,
} from '../../main/signinghub/schemas.js';

/** An error example: SigningHub's Message (or OAuth's description) and machine key, as the app shows them. */
const error = (message: string, code?: string) => (body: unknown) => {
  expect(serverMessage(body)).toBe(message);
  expect(serverCode(body)).toBe(code);
};

/** A 2xx with no body: nothing for the client to parse. */
const empty = (body: unknown) => expect(body).toBeNull();

const CHECKS: Record<string, (body: unknown, example: Example) => void> = {
  'about-200.json': (body) => expect(AboutResponse.parse(body)).toEqual({ installation_name: 'SigningHub', version: '7.7.9', build: '7.7.9.1234' }),
  'authenticate-200.json': (body) =>
    expect(TokenResponse.parse(body)).toMatchObject({ token_type: 'bearer', expires_in: 86399, refresh_token: expect.any(String) }),
  'authenticate-400-invalid-grant.json': (body) => expect(serverCode(body)).toBe('invalid_grant'),
  'error-400-validation.json': error('Model state validation failed.'),
  'error-401-authorization-denied.json': error('Request authorization denied'),
  'error-403-invalid-credentials.json': error('You have entered incorrect authentication credentials - try again', 'invalid_credentials'),
  'error-403-otp-required.json': error('One time password is required', 'otp_required'),
  'open-403-otp-required.json': error('One time password is required', 'otp_required'),
  'open-403-password-required.json': error('Password authentication is required', 'password_required'),
  'error-404-fields-all-pages.json': (body) => expect(serverMessage(body)).toMatch(/^No HTTP resource was found that matches the request URI/),
  'package-password-unlock-200.json': (body) => expect(serverMessage(body)).toBe('access to the document is granted'),
  'packages-list-200.json': (body) => {
    const [item] = PackageList.parse(body).map((p) => toPackageSummary(p, 'UTC'));
    expect(item).toMatchObject({
      id: 20150112,
      name: 'Service contract',
      status: 'PENDING',
      unread: true,
      nextSigner: 'Sam Signer',
      modifiedOn: '2015-01-12T11:20:45.000Z',
    });
  },
  'workflow-200.json': (body) => {
    const detail = toPackageDetail(WorkflowResponse.parse(body));
    expect(detail.documents).toEqual([{ id: 301, name: 'Service contract.pdf', type: 'PDF', order: 1, pages: 3, width: 827, height: 1169 }]);
    // Real values the app has no word for are kept as text, never a parse failure.
    expect(detail.users.map((u) => [u.role, u.processStatus])).toEqual([
      ['SIGNER', 'UN_PROCESSED'],
      ['ELECTRONIC_SEAL', 'INVALID'],
    ]);
  },
  'fields-v3-200.json': (body) => {
    const fields = toFieldInfos(FieldsResponse.parse(body));
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get('Signature-1')).toMatchObject({ kind: 'digital_signature', otp: { enabled: true, totp: false, length: 6, retryDuration: 60 } });
    expect(byName.get('Hand-Signature-1')).toMatchObject({ kind: 'hand_signature', otp: null });
    expect(byName.get('Electronic-1')?.otp).toMatchObject({ enabled: false, totp: false });
    // v3 marks required only with validation_rule; a DATE value with a time is the date.
    expect(byName.get('Full name')).toMatchObject({ kind: 'text', required: true, readOnly: false, visible: true });
    expect(byName.get('Start date')).toMatchObject({ value: '2015-02-01', required: false });
    expect(byName.get('Billing')).toMatchObject({ kind: 'radio', options: ['Monthly', 'Yearly'], value: '', required: true });
    expect(byName.has('Monthly')).toBe(false);
    expect(byName.get('Country')).toMatchObject({ kind: 'dropdown', options: ['Belgium', 'Ireland', 'Portugal'], value: '' });
    expect(byName.get('Services')).toMatchObject({ kind: 'listbox', options: ['Payroll', 'Pensions', 'Travel'], value: '' });
    expect(byName.get('I agree')).toMatchObject({ kind: 'checkbox', value: false, required: true });
  },
  'fields-v4-200.json': (body) => {
    const fields = toFieldInfos(FieldsResponse.parse(body));
    // v4's `signature` is v3's digital_signature; its own kinds are listed, never dropped.
    expect(fields.find((f) => f.name === 'Signature-1')?.kind).toBe('digital_signature');
    expect(fields.filter((f) => ['qrcode', 'attachment', 'comment', 'unique_identifier'].includes(f.kind)).map((f) => [f.kind, f.name])).toEqual([
      ['qrcode', 'QR-Code-1'],
      ['attachment', 'Attachment-1'],
      ['comment', 'Comment 17'],
      ['unique_identifier', 'Document-ID'],
    ]);
    expect(fields.find((f) => f.name === 'Country')?.required).toBe(false);
  },
  'fields-page-200.json': (body) => {
    const fields = toFieldInfos(FieldsResponse.parse(body));
    expect(fields.find((f) => f.kind === 'radio')).toMatchObject({ name: 'Billing', options: ['Monthly', 'Yearly'] });
  },
  'fill-fields-request.json': (_body, example) => {
    const sent = toFormFieldsBody([
      { fieldName: 'Full name', kind: 'text', value: 'Alice Example' },
      { fieldName: 'Account type', kind: 'radio', value: 'Savings' },
      { fieldName: 'Agree terms', kind: 'checkbox', value: true },
      { fieldName: 'Country', kind: 'dropdown', value: 'Ireland' },
      { fieldName: 'Services', kind: 'listbox', value: 'Online banking' },
    ]);
    expect(sent).toEqual(example.requestBody);
  },
  'sign-200-signed.json': (body) => expect(SignResponse.parse(body)).toMatchObject({ status: 'SIGNED', transaction_id: expect.any(String) }),
  'sign-200-pending.json': (body) => expect(SignResponse.parse(body).status).toBe('PENDING'),
  // An empty answer is a completed signature.
  'sign-200-empty.json': (body) => expect(SignResponse.parse(body).status).toBe('SIGNED'),
  'field-status-200.json': (body) => expect(FieldStatusResponse.parse(body)).toEqual({ status: 'SIGNED' }),
  'verification-v4-200.json': (body) =>
    expect(toVerifications(VerificationList.parse(body), 'Europe/London')).toEqual([
      expect.objectContaining({ fieldName: 'Signature-1', signerName: 'Sam Signer', valid: true, signingTime: '2015-01-12T11:20:45.000Z', page: 1, ltv: true }),
    ]),
  'package-log-v4-200.json': (body) =>
    expect(toHistoryEntries(LogList.parse(body), 'UTC')).toEqual([
      {
        at: '2015-01-12T11:12:13.000Z',
        who: 'Olivia Owner',
        email: 'olivia.owner@example.com',
        action: 'DOCUMENT_UPLOADED',
        information: 'Service contract.pdf',
      },
    ]),
  'decline-200.json': empty,
  'field-otp-200.json': empty,
  'finish-200.json': empty,
  'initials-200.json': empty,
  'logout-200.json': empty,
  'open-200.json': empty,
  'package-otp-generate-200.json': empty,
  'revoke-token-200.json': empty,
};

describe('recorded SigningHub examples', () => {
  const files = exampleFiles();

  it('every example names its source and has a check here', () => {
    for (const file of files) expect(readExample(file).source, file).toMatch(/\S/);
    expect(files).toEqual(Object.keys(CHECKS).sort());
  });

  it.each(files)('%s parses and maps as the app expects', (file) => {
    const example = readExample(file);
    CHECKS[file]?.(example.body, example);
  });
});
