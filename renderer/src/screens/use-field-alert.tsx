// One failed call shown beside the field it concerns, for the sign-in steps: which field, the alert's props for
// that field, and focus on the field once it shows, so a screen reader reads the field with its error.
import { useEffect, useId, useState } from 'react';
import type { ApiError } from '../../../shared/contract';
import { FieldAlert, fieldAlertIds } from '../dialogs/FieldAlert';
import { adviseError } from '../text/error-advice';
import type { ErrorScene } from '../text/error-advice';
import type { ReactNode } from 'react';

/** A field's alert props for TextField: the alert and the ids that describe the field. */
export interface FieldAlertSlot {
  alert?: ReactNode;
  alertIds?: string;
}

/** The alert state of a form. */
export interface FieldAlerts<F extends string> {
  /** The field whose alert shows, or null. */
  field: F | null;
  /** Shows a failure beside `field`; `retry` (offered as "Try again") only when repeating can do nothing twice. */
  show: (field: F, error: ApiError, retry?: () => void) => void;
  /** Removes the alert (the user edits the field or submits again). */
  clear: () => void;
  /** The alert for one field: empty unless that field's alert shows. */
  slot: (field: F) => FieldAlertSlot;
}

/** Holds one field alert; `focus` moves focus to a field once its alert shows, and again on Close. */
export function useFieldAlerts<F extends string>(scene: ErrorScene, focus: (field: F) => void): FieldAlerts<F> {
  const [failed, setFailed] = useState<{ field: F; error: ApiError; retry?: () => void; shown: number } | null>(null);
  const baseId = useId();

  // After the render that shows the alert, so aria-describedby already points at it when focus lands.
  useEffect(() => {
    if (failed !== null) focus(failed.field);
    // Only a new failure moves focus; `focus` is a fresh closure each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [failed?.shown]);

  const slot = (field: F): FieldAlertSlot => {
    if (failed === null || failed.field !== field) return {};
    const id = `${baseId}-${field}`;
    const { error, retry } = failed;
    return {
      alertIds: fieldAlertIds(id, error),
      alert: (
        <FieldAlert
          error={error}
          advice={adviseError(error, { scene, canRetry: retry !== undefined })}
          describedById={id}
          onRetry={() => {
            setFailed(null);
            retry?.();
          }}
          onDismiss={() => {
            setFailed(null);
            focus(field);
          }}
        />
      ),
    };
  };

  return {
    field: failed?.field ?? null,
    show: (field, error, retry) => setFailed((previous) => ({ field, error, retry, shown: (previous?.shown ?? 0) + 1 })),
    clear: () => setFailed(null),
    slot,
  };
}
