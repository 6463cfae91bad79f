// The settings screen's read: asked for each time the screen opens, since policy is read at start-up only but settings change.
import { queryOptions } from '@tanstack/react-query';
import { signer } from './bridge';
import { unwrap } from './result';

/** The settings rows, with the ones machine policy locks. */
export function settingsQuery() {
  return queryOptions({
    queryKey: ['settings'],
    queryFn: () => unwrap(() => signer().getSettings()),
    staleTime: 0,
    meta: { errorTitle: 'Could not read the settings' },
  });
}
