// Words a server sent (an error's Message, a protected package's prompt, the server's name), shown safely:
// without control or bidi characters, capped, and marked as the server's. Placed inside the caller's paragraph.
import { useState } from 'react';
import { showServerText } from '../text/server-text';
import { copyText } from './copy-text';
import './server-text.css';

/** Props of a piece of server text. */
export interface ServerTextProps {
  text: string;
  /** The words that mark it as the server's, e.g. "From the server:". */
  label?: string;
  /** How many characters show; the full text is behind Copy details. */
  limit?: number;
}

/** The server's words after a label that says whose they are, with Copy details when they were cut. */
export function ServerText({ text, label = 'From the server:', limit }: ServerTextProps) {
  const shown = showServerText(text, limit);
  return (
    <>
      {/* The space stays inside the label: it sits on its own line, so it separates the words for screen readers only. */}
      <span className="server-text-source">{`${label} `}</span>
      {/* Isolated, so right-to-left words cannot reorder ours around them. */}
      <bdi className="server-text">{shown.text}</bdi>
      {shown.cut && <CopyDetails text={shown.full} />}
    </>
  );
}

/** A button that copies the full text, and says whether it did. */
function CopyDetails({ text }: { text: string }) {
  const [said, setSaid] = useState('');
  return (
    <span className="copy-details">
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => setSaid(copyText(text) ? 'Copied.' : 'The details could not be copied.')}
      >
        Copy details
      </button>
      <span role="status">{said}</span>
    </span>
  );
}
