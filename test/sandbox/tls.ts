// A private certificate authority made at run time, for `--tls` and the certificate tests: a CA that no
// system trusts, and server certificates it issues (optionally expired, or for another host).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/** A PEM key and certificate for a TLS server. */
export interface TlsPair {
  key: string;
  cert: string;
}

/** What a server certificate is issued for. */
export interface IssueOptions {
  /** Host names and IP addresses the certificate names (default 127.0.0.1 and localhost). */
  hosts?: string[];
  /** Already expired: valid for a day, a week ago. */
  expired?: boolean;
}

/** A private CA: its certificate (what `extraCaFile` would hold) and a way to issue server certificates. */
export interface PrivateCa {
  certPem: string;
  issue(options?: IssueOptions): TlsPair;
}

/** A fresh RSA key pair: made by Node's crypto (fast), handed to forge for the certificate. */
function keyPair(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey; pem: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(pem) as forge.pki.rsa.PrivateKey;
  return { privateKey: forgeKey, publicKey: forge.pki.rsa.setPublicKey(forgeKey.n, forgeKey.e), pem };
}

/** A certificate shell with a random serial and the given validity. */
function certificate(publicKey: forge.pki.PublicKey, from: Date, to: Date): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // A positive serial: the top bit clear.
  cert.serialNumber = `0${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = from;
  cert.validity.notAfter = to;
  return cert;
}

const DAY = 86_400_000;

/** Creates a CA whose name says it is a test CA; no system trusts it. */
export function createPrivateCa(name = 'Desk Signer Sandbox Test CA'): PrivateCa {
  const ca = keyPair();
  const caCert = certificate(ca.publicKey, new Date(Date.now() - DAY), new Date(Date.now() + 30 * DAY));
  const caName = [{ name: 'commonName', value: name }];
  caCert.setSubject(caName);
  caCert.setIssuer(caName);
  caCert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  caCert.sign(ca.privateKey, forge.md.sha256.create());
  return {
    certPem: forge.pki.certificateToPem(caCert),
    issue(options = {}) {
      const server = keyPair();
      const hosts = options.hosts ?? ['127.0.0.1', 'localhost'];
      const [from, to] = options.expired ? [Date.now() - 8 * DAY, Date.now() - 7 * DAY] : [Date.now() - DAY, Date.now() + 7 * DAY];
      const cert = certificate(server.publicKey, new Date(from), new Date(to));
      cert.setSubject([{ name: 'commonName', value: hosts[0] ?? 'localhost' }]);
      cert.setIssuer(caName);
      cert.setExtensions([
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: hosts.map((h) => (/^[\d.]+$/.test(h) ? { type: 7, ip: h } : { type: 2, value: h })) },
      ]);
      cert.sign(ca.privateKey, forge.md.sha256.create());
      return { key: server.pem, cert: forge.pki.certificateToPem(cert) };
    },
  };
}
