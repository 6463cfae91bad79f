/** True when `npm test` started a private gnome-keyring, or the OS has its own keychain. */
export function keyringAvailable(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DESK_SIGNER_KEYRING);
}

/** Why keychain tests cannot run here, printed when they skip. */
export const KEYRING_SKIP_REASON =
  'skipped: no private Secret Service. Run the tests with `npm test`, which starts gnome-keyring inside dbus-run-session (apt-get install dbus gnome-keyring).';

/** A D-Bus address with nothing behind it: keytar then fails the way it does on a machine without a keyring. */
export const NO_BUS_ADDRESS = 'unix:path=/nonexistent/desk-signer-no-bus';
