// A failed call shown beside the field it concerns (sign-in, login code) rather than in a modal: a non-modal alert
// dialog with a plain headline, the server's Message word for word, its status, and one next step.
import { forwardRef } from 'react';
import type { ApiError } from '../../../shared/contract';
import { MessageText } from './MessageText';
import type { ErrorAdvice } from '../text/error-advice';
import './field-alert.css';

/** Props of a field's alert. */
export interface FieldAlertProps {
  error: ApiError;
  advice: ErrorAdvice;
  /** The ids the field's aria-describedby points at, so the field is read with its error. */
  describedById: string;
  /** "Try again", when the advice offers it. */
  onRetry: () => void;
  /** "Close": the alert goes and focus returns to the field. */
  onDismiss: () => void;
}

/** The ids of an alert's headline, message and status (null when the error has no status). */
const partIds = (base: string, error: ApiError) => ({
  headlineId: `${base}-headline`,
  messageId: `${base}-message`,
  statusId: error.status === undefined ? null : `${base}-status`,
});

/** The element ids a field lists in aria-describedby for its alert: the headline, the message and the status. */
export function fieldAlertIds(describedById: string, error: ApiError): string {
  const { headlineId, messageId, statusId } = partIds(describedById, error);
  return [headlineId, messageId, statusId].filter((id) => id !== null).join(' ');
}

/** The alert beside a field; focusable, so a caller may move focus to it. */
export const FieldAlert = forwardRef<HTMLDivElement, FieldAlertProps>(function FieldAlert({ error, advice, describedById, onRetry, onDismiss }, ref) {
  const { headlineId, messageId, statusId } = partIds(describedById, error);
  const retry = advice.action === 'retry';
  return (
    <div
      ref={ref}
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={headlineId}
      aria-describedby={[messageId, statusId].filter((id) => id !== null).join(' ')}
      className="field-alert"
      tabIndex={-1}
    >
      <p id={headlineId} className="field-alert-headline">
        {advice.headline}
      </p>
      <p id={messageId} className="field-alert-message">
        <MessageText error={error} />
      </p>
      {statusId !== null && (
        <p id={statusId} className="field-alert-status">
          Status {error.status}
        </p>
      )}
      {advice.nextStep !== undefined && <p className="field-alert-note">{advice.nextStep}</p>}
      <div className="field-alert-actions">
        <button type="button" className="button button--secondary button--small" onClick={retry ? onRetry : onDismiss}>
          {advice.label}
        </button>
      </div>
    </div>
  );
});
