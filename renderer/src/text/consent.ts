// The consent statement shown before Sign: its words live here only, so the dialog and its tests say the same.

/** What the signer agrees to by pressing Sign (WCAG: plain and short; the Sign button is described by it). */
export const CONSENT_STATEMENT =
  'By selecting Sign, you agree that this electronic signature is the legal equivalent of your handwritten signature on this document.';
