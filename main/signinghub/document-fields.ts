import { ApiFailure } from './api-failure.js';
import type { SigningHubApi } from './api-client.js';
import { mapLimited } from './map-limited.js';
import { FIELD_LIST_KEYS, type FieldsResponse } from './schemas.js';

/**
 * Page reads in flight at once for one document: a long document read page by page would otherwise send every
 * page at the same moment. Six, as a browser opens to one host; one document's pages are read in ⌈pages / 6⌉
 * round trips.
 */
export const FIELD_PAGE_READS = 6;

/** Statuses by which a server says it has no all-pages fields call (ASP.NET's "No HTTP resource was found"). */
const NO_SUCH_ROUTE = [404, 405];

/** How a document's fields are read, and what to tell the caller about the server's form. */
export interface FieldsReadOptions {
  /** True when this server is known to answer only the per-page form. */
  paged: boolean;
  /** The document's page count, asked only when reading page by page. */
  pageCount: () => Promise<number>;
  /** Called with the form that worked, so later documents go straight to it. */
  learned: (paged: boolean) => void;
}

/**
 * A document's fields: `GET .../fields` for every page at once, or, where the server answers that with
 * 404 or 405, `GET .../fields/{page_no}` for each page, merged.
 */
export async function readDocumentFields(api: SigningHubApi, packageId: number, documentId: number, options: FieldsReadOptions): Promise<FieldsResponse> {
  if (!options.paged) {
    try {
      const all = await api.fields(packageId, documentId);
      options.learned(false);
      return all;
    } catch (error) {
      if (!(error instanceof ApiFailure) || !NO_SUCH_ROUTE.includes(error.error.status ?? 0)) throw error;
    }
  }
  const pages = Math.max(1, await options.pageCount());
  const pageNumbers = Array.from({ length: pages }, (_, i) => i + 1);
  const perPage = await mapLimited(pageNumbers, FIELD_PAGE_READS, (page) => api.fieldsOnPage(packageId, documentId, page));
  // Learned only once the per-page form has worked: a 404 for a missing document says nothing about the server.
  options.learned(true);
  return mergeFields(perPage);
}

/** Joins per-page answers into one, kind by kind, in page order. */
export function mergeFields(pages: FieldsResponse[]): FieldsResponse {
  return Object.fromEntries(FIELD_LIST_KEYS.map((key) => [key, pages.flatMap((page) => page[key])])) as FieldsResponse;
}
