// Fields whose remote approval may still wait on the signer's phone. Kept with the user's data (not the package
// view), so leaving and reopening the package still knows; signing out forgets them.
import { useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { USER_DATA_KEY } from '../api/queries';

/** The field keys (see fieldKey) of one package whose approval may be pending, and how to change them. */
export interface PendingApprovals {
  keys: ReadonlySet<string>;
  add: (key: string) => void;
  remove: (key: string) => void;
}

const NONE: readonly string[] = [];

/** The pending approvals of one package. */
export function usePendingApprovals(packageId: number): PendingApprovals {
  const queryClient = useQueryClient();
  const queryKey = [...USER_DATA_KEY, 'pending-approvals', packageId] as const;
  // Local state held in the cache: nothing is fetched, and it stays until sign-out removes the user's data.
  const { data } = useQuery({ queryKey, queryFn: () => NONE, initialData: NONE, staleTime: Infinity, gcTime: Infinity });
  const keys = useMemo(() => new Set(data), [data]);
  const update = (change: (keys: readonly string[]) => readonly string[]): void => {
    queryClient.setQueryData<readonly string[]>(queryKey, (old) => change(old ?? NONE));
  };
  return {
    keys,
    add: (key) => update((old) => (old.includes(key) ? old : [...old, key])),
    remove: (key) => update((old) => old.filter((other) => other !== key)),
  };
}
