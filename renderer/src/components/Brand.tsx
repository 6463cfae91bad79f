/** The app's name with its mark, as the sign-in card and the header show it. */
export function Brand() {
  return (
    <p className="brand">
      <span className="brand-mark" aria-hidden="true" />
      Desk Signer
    </p>
  );
}
