// Leaving a package once it moved on (finished, declined, approved or submitted): refresh the lists, say so, go back.
import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { PACKAGE_LIST_KEY, packageViewKey } from '../api/document-queries';
import { useDialogs } from '../dialogs/dialog-context';

/** Returns `leave(title, text)`: refreshes the package lists, and unless the view is gone already, says so and goes back. */
export function useLeavePackage(packageId: number, onBack: () => void): (title: string, text: string) => void {
  const queryClient = useQueryClient();
  const dialogs = useDialogs();
  // Finish and the actions answer after an await: by then the user may have left for another package.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  return (title, text) => {
    void queryClient.invalidateQueries({ queryKey: PACKAGE_LIST_KEY });
    // Marked stale only: a refetch now could text a protected package's code again.
    void queryClient.invalidateQueries({ queryKey: packageViewKey(packageId), refetchType: 'none' });
    // Gone meanwhile (back to the list, maybe into another package): going "back" now would close that one.
    if (!mounted.current) return;
    dialogs.showInfo(title, text);
    onBack();
  };
}
