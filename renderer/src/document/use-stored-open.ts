// Whether a collapsible section of the package view is open, remembered across packages and restarts.
import { useCallback, useState } from 'react';

/** The localStorage key holding the open state of the package view's sections (section names only, no personal data). */
export const SECTIONS_STORAGE_KEY = 'desk-signer.package-view.open-sections';

/** The stored open states by section name; anything unreadable counts as nothing stored. */
function readStored(): Record<string, boolean> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(SECTIONS_STORAGE_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}

/** The open state of section `name` (first time: `initial`) and a setter that also stores it. */
export function useStoredOpen(name: string, initial: boolean): [boolean, (open: boolean) => void] {
  const [open, setOpenState] = useState(() => {
    const stored = readStored()[name];
    return typeof stored === 'boolean' ? stored : initial;
  });
  const setOpen = useCallback(
    (next: boolean) => {
      setOpenState(next);
      try {
        window.localStorage.setItem(SECTIONS_STORAGE_KEY, JSON.stringify({ ...readStored(), [name]: next }));
      } catch {
        // Storage full or blocked: the section still opens and closes, it is only not remembered.
      }
    },
    [name],
  );
  return [open, setOpen];
}
