// The package sender's message to the signer (workflow.message), marked as the sender's words. Used by the sign
// dialog, and ready for the package view.
import { ServerText } from '../components/ServerText';

/** Props of the sender's message. */
export interface SenderMessageProps {
  /** The message as PackageDetail carries it; nothing is shown when it is absent. */
  message: string | undefined;
}

/** A labelled note with the sender's words (cleaned and capped, with Copy details when cut). */
export function SenderMessage({ message }: SenderMessageProps) {
  if (message === undefined || message.trim() === '') return null;
  return (
    <section className="sender-message" aria-label="Message from the sender">
      <p className="sender-message-text">
        <ServerText text={message} label="Message from the sender:" />
      </p>
    </section>
  );
}
