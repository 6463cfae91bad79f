// "In-person signing in progress": the host's window while the walk-up signer signs in their own window.
import { useEffect, useRef } from 'react';

/** The host's screen while the walk-up signer signs in their own window. */
export function HandingOverScreen({ role }: { role: string | undefined }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const who = role?.trim() || 'The signer';
  return (
    <main className="kiosk-screen">
      <div className="kiosk-card">
        <h1 ref={headingRef} tabIndex={-1} className="kiosk-title">
          In-person signing in progress
        </h1>
        <p className="kiosk-status">{who} is signing in the signing window. This screen unlocks for you when they finish.</p>
      </div>
    </main>
  );
}
