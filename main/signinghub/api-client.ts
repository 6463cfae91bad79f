import { HTTPError, type Got, type Method } from 'got';
import type { z } from 'zod';
import type { ApiVersion, PackageStatusFilter } from '../ipc/contract.js';
import { ApiFailure } from './api-failure.js';
import { toApiError } from './error-mapping.js';
import { parseBody } from './parse-body.js';
import { AboutResponse, FieldsResponse, PackageList, WorkflowResponse } from './schemas.js';

/** Where the client gets its bearer token, and a fresh one after a 401. */
export interface TokenSource {
  readonly accessToken: string;
  refreshAfter(stale: string): Promise<string>;
}

interface CallOptions<S extends z.ZodType | undefined> {
  json?: unknown;
  headers?: Record<string, string>;
  schema?: S;
}

type CallResult<S> = S extends z.ZodType ? { body: z.output<S>; headers: Record<string, string | string[] | undefined> } : { body: null; headers: Record<string, string | string[] | undefined> };

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
    try {
      const response = await this.http.get(`${this.version}/about`);
      return parseBody(AboutResponse, response.body, response.statusCode);
    } catch (error) {
      throw new ApiFailure(toApiError(error));
    }
  }

  /** One page of packages, with the total from `x-total-records`. */
  async listPackages(status: PackageStatusFilter, page: number, pageSize: number, search: string, folder: string) {
    const headers: Record<string, string> = {};
    if (search) headers['x-search-text'] = b64(search);
    if (folder) headers['x-folder'] = b64(folder);
    const { body, headers: responseHeaders } = await this.call('GET', `packages/${status}/${page}/${pageSize}`, { headers, schema: PackageList });
    const total = Number(responseHeaders['x-total-records']);
    return { items: body, total: Number.isFinite(total) && total >= 0 ? total : body.length };
  }

  /** A package's documents, recipients and workflow. */
  async workflow(packageId: number) {
    return (await this.call('GET', `packages/${packageId}/workflow`, { schema: WorkflowResponse })).body;
  }

  /** Marks a package read. */
  async open(packageId: number): Promise<void> {
    await this.call('GET', `packages/${packageId}/open`, {});
  }

  /** A document's fields, keyed by kind. */
  async fields(packageId: number, documentId: number) {
    return (await this.call('GET', `packages/${packageId}/documents/${documentId}/fields`, { schema: FieldsResponse })).body;
  }

  /** Asks SigningHub to send the field's signer an OTP by SMS. Never retried. */
  async requestOtp(packageId: number, documentId: number, fieldName: string): Promise<void> {
    await this.call('POST', `packages/${packageId}/documents/${documentId}/otp`, { json: { field_name: fieldName } });
  }

  /** `POST /v3/logout`. */
  async logout(): Promise<void> {
    await this.call('POST', 'logout', { json: { device_token: '' } });
  }

  /** Sends an authorised call; a 401 gets one shared refresh and one replay. */
  private async call<S extends z.ZodType | undefined>(method: Method, path: string, options: CallOptions<S>): Promise<CallResult<S>> {
    if (!this.tokens) throw new ApiFailure({ kind: 'unauthorized', message: 'Please sign in first.' });
    const send = (token: string) =>
      this.http(`${this.version}/${path}`, {
        method,
        headers: { ...options.headers, authorization: `Bearer ${token}` },
        ...(options.json === undefined ? {} : { json: options.json }),
      });
    let token = this.tokens.accessToken;
    let response;
    try {
      try {
        response = await send(token);
      } catch (error) {
        if (!(error instanceof HTTPError) || error.response.statusCode !== 401) throw error;
        // A 401 means the server did not act, so one replay is safe even for an OTP POST.
        token = await this.tokens.refreshAfter(token);
        response = await send(token);
      }
    } catch (error) {
      throw new ApiFailure(toApiError(error));
    }
    const body = options.schema ? parseBody(options.schema, response.body, response.statusCode) : null;
    return { body, headers: response.headers } as CallResult<S>;
  }
}
