// The one rule for a server URL, used by the sign-in form (inline, before anything is sent) and by main
// (which has the final say). Pure: the platform's URL parser does the IDNA work on both sides, and
// what the parsers disagree on (spaces, malformed "xn--" labels, port 0) is checked here by hand.
import { mixedScripts } from './host-scripts.js';
// Default import: the package is CommonJS, whose named exports Node's ESM loader cannot see.
import punycode from 'punycode/punycode.js';

/** The longest server URL accepted. */
export const SERVER_URL_MAX_LENGTH = 2_048;

const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);
// Host names are letters, digits and inner hyphens (underscores occur on intranets); IDNs are already "xn--" here.
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
// The dots that IDNA treats as label separators.
const DOTS = /[.\u3002\uff0e\uff61]/;
const MALFORMED_ACE = 'The server name has a part starting with “xn--” that is not valid Punycode. Check the address.';
const HOST_CHARACTERS = 'The server name can hold only letters, digits, hyphens and dots.';

/** The outcome of checking a server URL: the URL to use and its host, or a plain message. */
export type ServerUrlCheck =
  | {
      ok: true;
      /** Origin and path, without a trailing slash. */
      url: string;
      /** The host as sent: ASCII, with "xn--" labels for international names. */
      host: string;
      /** The same host with its "xn--" labels decoded. */
      unicodeHost: string;
      /** True when the host is not plain ASCII (it has "xn--" labels). */
      international: boolean;
    }
  | { ok: false; message: string };

/** True for the hosts on which plain http:// is allowed: this computer (localhost, any 127.x.x.x, [::1]). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

const refuse = (message: string): ServerUrlCheck => ({ ok: false, message });

/** Decodes the part of a label after "xn--"; null when it is not valid Punycode. */
export function decodePunycodeLabel(encoded: string): string | null {
  try {
    return punycode.decode(encoded);
  } catch {
    return null;
  }
}

/** Checks a typed server URL: https:// (http:// only on this computer), a well-formed host in one script, no extras. */
export function checkServerUrl(input: string): ServerUrlCheck {
  const text = input.trim();
  if (text === '') return refuse('Enter the server URL.');
  if (text.length > SERVER_URL_MAX_LENGTH) return refuse(`The server URL can be at most ${SERVER_URL_MAX_LENGTH.toLocaleString('en-US')} characters.`);
  if (/\s/.test(text)) return refuse('Remove the spaces from the server URL.');
  if (INVISIBLE.test(text)) return refuse('Remove the invisible characters from the server URL.');
  // Checked before parsing: Node refuses these and Chromium lets them through, so both sides say the same.
  const typedLabels = typedHostLabels(text);
  if (typedLabels.some((label) => label.includes('%'))) return refuse(HOST_CHARACTERS);
  if (typedLabels.some((label) => /^xn--/i.test(label) && !isValidAceLabel(label.toLowerCase()))) return refuse(MALFORMED_ACE);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse('Enter a full URL, such as https://api.signinghub.com.');
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
    return refuse('Use https://. Plain http:// is allowed only for this computer, such as http://127.0.0.1.');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('The URL must start with https://.');
  if (url.username !== '' || url.password !== '') return refuse('Leave the user name and password out of the URL.');
  if (url.search !== '' || url.hash !== '') return refuse('Leave the query (?…) and fragment (#…) out of the URL.');
  if (url.port === '0') return refuse('Port 0 cannot be used. Leave the port out, or use the one your administrator gave you.');
  const host = url.hostname;
  const hostProblem = checkHost(host);
  if (hostProblem !== null) return refuse(hostProblem);
  const labels = host.startsWith('[') ? [host] : host.split('.');
  const unicodeLabels = labels.map((label) => (label.startsWith('xn--') ? (decodePunycodeLabel(label.slice(4)) ?? label) : label));
  for (const label of unicodeLabels) {
    const scripts = mixedScripts(label);
    if (scripts !== null) return refuse(`The server name mixes ${listed(scripts)} letters in one part, as look-alike addresses do. Check the address.`);
  }
  return {
    ok: true,
    url: `${url.origin}${url.pathname}`.replace(/\/+$/, ''),
    host,
    unicodeHost: unicodeLabels.join('.'),
    international: labels.some((label) => label.startsWith('xn--')),
  };
}

/** The Punycode form of a URL's host when it is not plain ASCII, for showing beside the field; else null. */
export function punycodeHostOf(input: string): string | null {
  try {
    const host = new URL(input.trim()).hostname;
    return host.split('.').some((label) => label.startsWith('xn--')) ? host : null;
  } catch {
    return null;
  }
}

/** Problems with a parsed host's shape, or null; IP literals are left to the URL parser. */
function checkHost(host: string): string | null {
  if (host.startsWith('[') || IPV4.test(host)) return null;
  if (host.length > MAX_HOST_LENGTH) return 'The server name is too long.';
  if (host.endsWith('.')) return 'Leave out the dot at the end of the server name.';
  for (const label of host.split('.')) {
    if (label === '') return 'The server name has an empty part between two dots.';
    if (label.length > MAX_LABEL_LENGTH) return `A part of the server name is longer than ${MAX_LABEL_LENGTH} characters.`;
    if (!LABEL.test(label)) return HOST_CHARACTERS;
    if (label.startsWith('xn--') && !isValidAceLabel(label)) return MALFORMED_ACE;
  }
  return null;
}

/** True when an "xn--" label decodes to a name that the URL parser encodes back to the same label. */
function isValidAceLabel(label: string): boolean {
  const decoded = decodePunycodeLabel(label.slice(4));
  if (decoded === null || decoded === '' || !/\P{ASCII}/u.test(decoded)) return false;
  try {
    return new URL(`https://${decoded}/`).hostname === label;
  } catch {
    return false;
  }
}

/** The labels of the host as typed (before the parser maps it), or none when there is no "scheme://host". */
function typedHostLabels(text: string): string[] {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(text)?.[1];
  if (authority === undefined) return [];
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  if (hostAndPort.startsWith('[')) return [];
  return hostAndPort.replace(/:\d*$/, '').split(DOTS);
}

/** "A", "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
