// The package list's empty-state hint. Pure, so unit tests can pin it.
import type { PackageStatusFilter } from '../../../shared/contract';
import { statusFilterLabel } from '../text/format';

/** The hint under "No packages", naming the search or the filter that found nothing. */
export function emptyListHint(status: PackageStatusFilter, search: string): string {
  const term = search.trim();
  if (term !== '') return `No packages match “${term}”.`;
  if (status === 'ALL') return 'There are no packages in this account yet.';
  return `No ${statusFilterLabel(status).toLowerCase()} packages.`;
}
