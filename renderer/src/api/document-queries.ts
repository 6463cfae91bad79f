// Queries of the document view: the package (which may be protected), page images and signing preferences.
import { queryOptions } from '@tanstack/react-query';
import type { ApiError, PackageDetail, PageImage, Result, SigningPreferences } from '../../../shared/contract';
import { signer } from './bridge';
import { USER_DATA_KEY } from './queries';
import { loadInline } from './inline-result';
import { BridgeError, toApiError } from './result';

/** The package list's key prefix: what a finished, declined, approved or submitted package makes stale. */
export const PACKAGE_LIST_KEY = ['packages'] as const;

/** An opened package, or the second factor it asks for first. */
export type PackageView =
  | { status: 'open'; detail: PackageDetail; /** Set when a code or password opened it: refetching would ask again. */ unlocked: boolean }
  | { status: 'locked'; need: 'otp' | 'password'; message: string };

/** The key of a package's view; the prefix of everything else about it. */
export function packageViewKey(packageId: number) {
  return [...USER_DATA_KEY, 'package', packageId, 'view'] as const;
}

/** Which second factor a failed getPackage asks for, or null when it failed some other way. */
export function lockOf(error: ApiError): 'otp' | 'password' | null {
  if (error.code === 'otp_required') return 'otp';
  if (error.code === 'password_required') return 'password';
  return null;
}

/** A package's documents and recipients; a protected package comes back locked instead of failing. */
export function packageViewQuery(packageId: number) {
  return queryOptions({
    queryKey: packageViewKey(packageId),
    queryFn: async (): Promise<PackageView> => {
      let result: Result<PackageDetail>;
      try {
        result = await signer().getPackage({ packageId });
      } catch (cause) {
        throw new BridgeError(toApiError(cause));
      }
      if (result.ok) return { status: 'open', detail: result.value, unlocked: false };
      const need = lockOf(result.error);
      if (need !== null) return { status: 'locked', need, message: result.error.message };
      throw new BridgeError(result.error);
    },
    meta: { errorTitle: 'Could not open the package' },
  });
}

/** A page image, or why it could not be had (shown on the page itself, not in a dialog). */
export type PageImageResult = { ok: true; image: PageImage } | { ok: false; error: ApiError };

/** Identifies one page image at one size. */
export interface PageImageParams {
  packageId: number;
  documentId: number;
  page: number;
  width: number;
  height: number;
}

/** The key prefix of a document's page images, to refresh them once a field on them changed. */
export function pageImagesKey(packageId: number, documentId: number) {
  return [...USER_DATA_KEY, 'page-image', packageId, documentId] as const;
}

/** One page rendered at a size; an ended session still goes to the app's error dialog. */
export function pageImageQuery(params: PageImageParams) {
  const { packageId, documentId, page, width, height } = params;
  return queryOptions({
    queryKey: [...pageImagesKey(packageId, documentId), page, `${width}x${height}`],
    queryFn: async (): Promise<PageImageResult> => {
      const loaded = await loadInline(() => signer().getPageImage(params));
      return loaded.ok ? { ok: true, image: loaded.value } : loaded;
    },
    // A page's pixels change only when a field on it is signed, and that refreshes them explicitly. A failure is
    // never kept: it is stale at once, so the page asks again whenever it is shown again (reopening the package).
    staleTime: (query) => (query.state.data?.ok === false ? 0 : Infinity),
    gcTime: 5 * 60_000,
    meta: { errorTitle: 'Could not load a page' },
  });
}

/** No remembered details: the sign dialog starts empty. */
export const NO_PREFERENCES: SigningPreferences = { reason: '', location: '', contact: '' };

/** The reason, location and contact remembered from the last signature; empty when there are none or they cannot be read. */
export function signingPreferencesQuery() {
  return queryOptions({
    queryKey: [...USER_DATA_KEY, 'signing-preferences'],
    queryFn: async (): Promise<SigningPreferences> => {
      const result = await signer().getSigningPreferences();
      if (result.ok) return result.value;
      if (result.error.sessionEnded === true) throw new BridgeError(result.error);
      // Only a convenience: the dialog works without it, so no error dialog.
      return NO_PREFERENCES;
    },
    meta: { errorTitle: 'Could not read your signing details' },
  });
}
