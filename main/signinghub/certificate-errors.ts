// A TLS certificate refusal is its own failure, never "could not reach": it names the problem and the fix.
import type { ApiError } from '../../shared/contract.js';

const FIX =
  'If your organisation inspects TLS traffic or runs its own certificate authority, your administrator can add that CA certificate with the extraCaFile policy.';

/** OpenSSL codes Node reports for a chain that ends at a CA this computer does not trust. */
const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
]);
const EXPIRED = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
const WRONG_HOST = new Set(['ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH']);

/** The failure for a certificate error code, or undefined when the code is not about the certificate. */
export function certificateFailure(code: string | undefined): ApiError | undefined {
  if (code === undefined) return undefined;
  if (UNTRUSTED.has(code)) {
    return {
      kind: 'network',
      code: 'certificate_untrusted',
      message: `The server’s certificate was issued by a certificate authority this computer does not trust, so Desk Signer did not connect. ${FIX}`,
    };
  }
  if (EXPIRED.has(code)) {
    return {
      kind: 'network',
      code: 'certificate_expired',
      message: `The server’s certificate has expired or is not yet valid, so Desk Signer did not connect. Check this computer’s date and time; otherwise the server’s certificate must be renewed. ${FIX}`,
    };
  }
  if (WRONG_HOST.has(code)) {
    return {
      kind: 'network',
      code: 'certificate_wrong_host',
      message: `The server’s certificate is for another host name than the server URL, so Desk Signer did not connect. Check the server URL. ${FIX}`,
    };
  }
  return undefined;
}

/** hpagent's words when the proxy answered CONNECT with anything but 200. */
export function proxyRefusal(message: string): ApiError | undefined {
  const status = /^Bad response: (\d{3})$/.exec(message)?.[1];
  if (status === undefined) return undefined;
  const why = status === '407' ? 'it needs a sign-in Desk Signer cannot give' : `it answered ${status}`;
  return {
    kind: 'network',
    code: 'proxy_refused',
    message: `The proxy server refused to connect Desk Signer to SigningHub: ${why}. Check the proxy settings.`,
  };
}
