// A small progress spinner; decorative, since the surrounding text or aria-busy says what is happening.

/** A spinning ring, hidden from assistive technology. */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}
