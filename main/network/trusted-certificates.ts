// Which CAs the API client trusts: the operating system's and Node's own, plus the policy's extraCaFile,
// appended; the defaults are never replaced.
import { X509Certificate } from 'node:crypto';
import tls from 'node:tls';

/** Node 22.15+ (Electron's Node) reads the OS store; older Node has only its bundled list. */
type GetCaCertificates = (type: 'default' | 'system' | 'bundled') => string[];

/** What this Node offers: `getCACertificates` (22.15+) and always its bundled `rootCertificates`. */
export interface NodeTls {
  getCACertificates?: GetCaCertificates;
  rootCertificates: readonly string[];
}

/** The OS store plus Node's defaults as PEM where `tls.getCACertificates` exists; null on an older Node, whose default is `tls.rootCertificates`. */
export function systemCertificates(node: NodeTls = tls): string[] | null {
  if (!node.getCACertificates) return null;
  return [...new Set([...node.getCACertificates('default'), ...node.getCACertificates('system')])];
}

/** The PEM certificates in a file's text; throws, naming the file, when there are none or one is damaged. */
export function certificatesInPem(text: string, file: string): string[] {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new Error(`The extraCaFile ${file} holds no PEM certificate (-----BEGIN CERTIFICATE-----).`);
  for (const block of blocks) {
    try {
      new X509Certificate(block);
    } catch {
      throw new Error(`The extraCaFile ${file} holds a certificate that cannot be read.`);
    }
  }
  return blocks;
}

/**
 * Every CA the client trusts: the system's, then the extra file's, or undefined where that is just Node's
 * default. Throws a clear message when the file cannot be used.
 */
export function trustedCertificates(extraCaFile: string | null, readFile: (path: string) => string, node: NodeTls = tls): string[] | undefined {
  const system = systemCertificates(node);
  if (extraCaFile === null) return system ?? undefined;
  let text: string;
  try {
    text = readFile(extraCaFile);
  } catch {
    throw new Error(`The extraCaFile ${extraCaFile} cannot be read.`);
  }
  return [...(system ?? node.rootCertificates), ...certificatesInPem(text, extraCaFile)];
}
