// The proxy for API calls: the policy's `proxy`, else what the system says for the URL (Electron's
// session.resolveProxy, a PAC-style answer), through hpagent's CONNECT agents.
import { HttpProxyAgent, HttpsProxyAgent } from 'hpagent';

/** The agents got uses for one proxy. */
export interface ProxyAgentPair {
  http: HttpProxyAgent;
  https: HttpsProxyAgent;
}

/** The proxy URL for a request URL, or null to connect directly. */
export type ProxyChooser = (url: string) => Promise<string | null>;

/** The first proxy a PAC-style answer ("PROXY host:port; DIRECT") names that hpagent can use, or null for DIRECT. */
export function proxyFromPacAnswer(answer: string): string | null {
  for (const entry of answer.split(';')) {
    const [kind = '', hostPort] = entry.trim().split(/\s+/);
    const type = kind.toUpperCase();
    if (type === 'DIRECT') return null;
    if (hostPort && type === 'PROXY') return `http://${hostPort}`;
    if (hostPort && type === 'HTTPS') return `https://${hostPort}`;
    // SOCKS entries are skipped: hpagent speaks HTTP CONNECT only.
  }
  return null;
}

/** Chooses the proxy: the policy's for every request, else the system's answer for each URL, else none. */
export function proxyChooser(policyProxy: string | null, resolveProxy?: (url: string) => Promise<string>): ProxyChooser | null {
  if (policyProxy !== null) return () => Promise.resolve(policyProxy);
  if (!resolveProxy) return null;
  return async (url) => proxyFromPacAnswer(await resolveProxy(url));
}

/** Keeps one agent pair per proxy, so connections through it are reused. */
export class ProxyAgents {
  private readonly pairs = new Map<string, ProxyAgentPair>();

  /** The agents for a proxy URL. */
  for(proxy: string): ProxyAgentPair {
    let pair = this.pairs.get(proxy);
    if (!pair) {
      const options = { proxy, keepAlive: true, maxSockets: 16 };
      pair = { http: new HttpProxyAgent(options), https: new HttpsProxyAgent(options) };
      this.pairs.set(proxy, pair);
    }
    return pair;
  }
}
