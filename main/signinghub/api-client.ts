import { HTTPError, type Got, type Method, type Response } from 'got';
import type { z } from 'zod';
import type { ApiVersion, PackageStatusFilter } from '../../shared/contract.js';
import type { FormFieldKind } from '../../shared/field-kinds.js';
import { ApiFailure } from './api-failure.js';
import { mapFailure, toApiFailure } from './error-mapping.js';
import { parseBody } from './parse-body.js';
import { openDownloadStream, type OpenDownload } from './download-stream.js';
import { LogList, VerificationList } from './evidence-schemas.js';
import { AboutResponse, FieldStatusResponse, FieldsResponse, PackageList, SignResponse, WorkflowResponse } from './schemas.js';

/** Where the client gets its bearer token, and a fresh one after a 401. */
export interface TokenSource {
  readonly accessToken: string;
  refreshAfter(stale: string): Promise<string>;
}

interface CallOptions<S extends z.ZodType | undefined> {
  json?: unknown;
  headers?: Record<string, string>;
  schema?: S;
  /** For a GET with side effects (open texts a code to a protected package's signer). */
  noRetry?: true;
}

type ResponseHeaders = Record<string, string | string[] | undefined>;
type CallResult<S> = S extends z.ZodType ? { body: z.output<S>; headers: ResponseHeaders } : { body: null; headers: ResponseHeaders };

/** What unlocks a protected document: `x-otp` or `x-password`. */
export interface DocumentAccess {
  otp?: string;
  password?: string;
}

/** The Sign Document body, in SigningHub's field names. */
export interface SignBody {
  field_name: string;
  hand_signature_image?: string;
  signing_reason?: string;
  signing_location?: string;
  contact_information?: string;
  user_name?: string;
}

/** One entry of a Fill Form Fields list; a radio entry names the chosen button and its group. */
export interface FormFieldEntry {
  field_name: string;
  value: string | boolean;
  radio_group_name?: string;
}

/** The Fill Form Fields body: `auto_save` and one list per kind that changed. */
export type FormFieldsBody = { auto_save: boolean } & Partial<Record<FormFieldKind, FormFieldEntry[]>>;

/** True when a value can travel in an HTTP header (Latin-1 without control characters). */
export const isHeaderSafe = (value: string): boolean => /^[\t\x20-\x7e\x80-\xff]*$/.test(value);

const accessHeaders = (access: DocumentAccess | undefined): Record<string, string> => ({
  ...(access?.otp ? { 'x-otp': access.otp } : {}),
  // A password a header cannot carry relies on the unlock call instead.
  ...(access?.password && isHeaderSafe(access.password) ? { 'x-password': access.password } : {}),
});

const b64 = (value: string): string => Buffer.from(value, 'utf8').toString('base64');

/** The SigningHub resource calls (everything except the token endpoints). */
export class SigningHubApi {
  constructor(
    private readonly http: Got,
    private readonly version: ApiVersion,
    private readonly tokens: TokenSource | null,
  ) {}

  /** `GET /v3/about`: needs no token, so it checks a server before sign-in. */
  async about(): Promise<z.output<typeof AboutResponse>> {
    const response = await mapFailure(this.http.get(`${this.version}/about`));
    return parseBody(AboutResponse, response.body, response.statusCode);
  }

  /** One page of packages, with the total from `x-total-records`. */
  async listPackages(status: PackageStatusFilter, page: number, pageSize: number, search: string) {
    const headers: Record<string, string> = {};
    if (search) headers['x-search-text'] = b64(search);
    const { body, headers: responseHeaders } = await this.call('GET', `packages/${status}/${page}/${pageSize}`, { headers, schema: PackageList });
    const header = responseHeaders['x-total-records'];
    const total = typeof header === 'string' && header.trim() !== '' ? Number(header) : NaN;
    if (Number.isFinite(total) && total >= 0) return { items: body, total };
    // No usable total: count what is known, plus one while pages come back full, so paging goes on.
    const known = (page - 1) * pageSize + body.length;
    return { items: body, total: body.length === pageSize ? known + 1 : known };
  }

  /** A package's documents, recipients and workflow. */
  async workflow(packageId: number) {
    return (await this.call('GET', `packages/${packageId}/workflow`, { schema: WorkflowResponse })).body;
  }

  /** Marks a package read; a protected document needs its code or password here. */
  async open(packageId: number, access?: DocumentAccess): Promise<void> {
    // Never retried: a server may text a code when an OTP-protected package is opened without one.
    await this.call('GET', `packages/${packageId}/open`, { headers: accessHeaders(access), noRetry: true });
  }

  /** "Open Document via OTP (Generate)": texts the recipient at `order` the package's opening code. Never retried. */
  async requestPackageOtp(packageId: number, order: number): Promise<void> {
    await this.call('POST', `packages/${packageId}/workflow/${order}/authentication/otp`, {});
  }

  /** "Open Document via Password": unlocks the package for this user; the password may hold any characters. */
  async unlockWithPassword(packageId: number, order: number, password: string): Promise<void> {
    await this.call('POST', `packages/${packageId}/workflow/${order}/authentication/password`, { json: { password } });
  }

  /** One page as PNG bytes, with the size the server actually rendered. */
  async pageImage(packageId: number, documentId: number, page: number, width: number, height: number, access?: DocumentAccess) {
    const path = `packages/${packageId}/documents/${documentId}/images/${page}/${width}x${height}`;
    const response = await this.send('GET', path, { headers: { ...accessHeaders(access), accept: 'image/png' } }, 'buffer');
    const size = (name: string, fallback: number) => {
      const value = Number(response.headers[name]);
      return Number.isFinite(value) && value > 0 ? value : fallback;
    };
    const body = response.body as Buffer;
    if (body.length < 8 || body.readUInt32BE(0) !== 0x89504e47) {
      throw new ApiFailure({ kind: 'invalid_response', status: response.statusCode, message: 'The server sent a page image that is not a PNG.' });
    }
    return { png: body, width: size('x-page-width', width), height: size('x-page-height', height) };
  }

  /** Signs a field; the OTP travels only in the `x-otp` header. Never retried. Any 2xx but PENDING is signed. */
  async sign(packageId: number, documentId: number, body: SignBody, otp?: string) {
    const headers: Record<string, string> = otp ? { 'x-otp': otp } : {};
    const response = await this.send('POST', `packages/${packageId}/documents/${documentId}/sign`, { json: body, headers }, 'text');
    // 204, an empty body or one that is not JSON still says the signature was made.
    let json: unknown;
    try {
      json = JSON.parse(response.body as string);
    } catch {
      json = undefined;
    }
    return SignResponse.parse(json);
  }

  /** The state of a remote-approval signature. */
  async fieldStatus(packageId: number, documentId: number, fieldName: string) {
    return (
      await this.call('POST', `packages/${packageId}/documents/${documentId}/field/status`, { json: { field_name: fieldName }, schema: FieldStatusResponse })
    ).body;
  }

  /** Fills an initials field, or all of the signer's initials fields. */
  async initial(packageId: number, documentId: number, fieldName: string, image: string, applyToAll: boolean): Promise<void> {
    await this.call('POST', `packages/${packageId}/documents/${documentId}/initial`, { json: { field_name: fieldName, image, apply_to_all: applyToAll } });
  }

  /** Saves form field values. */
  async fillFields(packageId: number, documentId: number, body: FormFieldsBody): Promise<void> {
    await this.call('PUT', `packages/${packageId}/documents/${documentId}/fields`, { json: body });
  }

  /** Declines, approves, submits or finishes a package. */
  async packageAction(packageId: number, action: 'decline' | 'approve' | 'submit' | 'finish', body?: { reason: string }): Promise<void> {
    await this.call('POST', `packages/${packageId}/${action}`, body ? { json: body } : {});
  }

  /** A document's fields on every page, keyed by kind (not every server has this form). */
  async fields(packageId: number, documentId: number) {
    return (await this.call('GET', `packages/${packageId}/documents/${documentId}/fields`, { schema: FieldsResponse })).body;
  }

  /** A document's fields on one page, keyed by kind: the documented form. */
  async fieldsOnPage(packageId: number, documentId: number, page: number) {
    return (await this.call('GET', `packages/${packageId}/documents/${documentId}/fields/${page}`, { schema: FieldsResponse })).body;
  }

  /** Asks SigningHub to send the field's signer an OTP by SMS. Never retried. */
  async requestOtp(packageId: number, documentId: number, fieldName: string): Promise<void> {
    await this.call('POST', `packages/${packageId}/documents/${documentId}/otp`, { json: { field_name: fieldName } });
  }

  /** Every signature on a document, as the server verifies it (`x-base64: false`: no certificate bytes). */
  async verification(packageId: number, documentId: number) {
    const path = `packages/${packageId}/documents/${documentId}/verification`;
    return (await this.call('GET', path, { headers: { 'x-base64': 'false' }, schema: VerificationList })).body;
  }

  /** One page of the package's history: v4 pages it (total from `x-total-records`); v3 answers all of it, paged here. */
  async packageLog(packageId: number, page: number, pageSize: number) {
    if (this.version === 'v3') {
      const all = (await this.call('GET', `packages/${packageId}/log`, { schema: LogList })).body;
      return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length };
    }
    const { body, headers } = await this.call('GET', `packages/${packageId}/log/${page}/${pageSize}`, { schema: LogList });
    const total = Number(headers['x-total-records']);
    return { items: body, total: Number.isSafeInteger(total) && total >= 0 ? total : (page - 1) * pageSize + body.length };
  }

  /**
   * Opens a file download (`packages/...` path under the version) and resolves once its headers arrive.
   * A 401 before any byte gets one refresh and one replay; nothing is retried once the file has begun.
   */
  async download(path: string, access?: DocumentAccess): Promise<OpenDownload> {
    const tokens = this.tokens;
    if (!tokens) throw new ApiFailure({ kind: 'unauthorized', message: 'Please sign in first.' });
    const open = (token: string) => openDownloadStream(this.http, `${this.version}/${path}`, { ...accessHeaders(access), authorization: `Bearer ${token}` });
    const token = tokens.accessToken;
    try {
      return await open(token);
    } catch (error) {
      if (!(error instanceof ApiFailure) || error.error.status !== 401) throw error;
    }
    return open(await tokens.refreshAfter(token));
  }

  /** `POST /v3/logout`. */
  async logout(): Promise<void> {
    await this.call('POST', 'logout', { json: { device_token: '' } });
  }

  /** Sends an authorised JSON call and validates the body against its schema. */
  private async call<S extends z.ZodType | undefined>(method: Method, path: string, options: CallOptions<S>): Promise<CallResult<S>> {
    const response = await this.send(method, path, options, 'text');
    const body = options.schema ? parseBody(options.schema, response.body as string, response.statusCode) : null;
    return { body, headers: response.headers } as CallResult<S>;
  }

  /** Sends an authorised request; a 401 gets one shared refresh and one replay. */
  private async send(method: Method, path: string, options: CallOptions<z.ZodType | undefined>, responseType: 'text' | 'buffer') {
    const tokens = this.tokens;
    if (!tokens) throw new ApiFailure({ kind: 'unauthorized', message: 'Please sign in first.' });
    // got cannot infer the body type from a runtime responseType; callers pick text or buffer.
    const attempt = (token: string) =>
      this.http(`${this.version}/${path}`, {
        method,
        responseType,
        headers: { ...options.headers, authorization: `Bearer ${token}` },
        ...(options.json === undefined ? {} : { json: options.json }),
        ...(options.noRetry ? { retry: { limit: 0 } } : {}),
      }) as unknown as Promise<Response<string | Buffer>>;
    const token = tokens.accessToken;
    try {
      return await attempt(token);
    } catch (error) {
      if (!(error instanceof HTTPError) || error.response.statusCode !== 401) throw toApiFailure(error);
    }
    // A 401 means the server did not act, so one replay is safe even for a POST. The refresh throws its own ApiFailure.
    const fresh = await tokens.refreshAfter(token);
    return mapFailure(attempt(fresh));
  }
}
