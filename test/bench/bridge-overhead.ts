// A bridge call (renderer → main → got → sandbox) against a plain fetch of the same endpoint.
import { launchApp } from '../e2e/launch-app.js';
import { DEMO } from '../sandbox/seed.js';
import { median, report } from './stats.js';

/** Measures and prints median(bridge checkServer) / median(fetch /v3/about), interleaved, N each. */
export async function benchBridgeOverhead(n = 200): Promise<number> {
  const app = await launchApp({ shell: 'browser', clientId: DEMO.clientId, clientSecret: DEMO.clientSecret });
  try {
    // The app page's CSP forbids fetch, as it should; the plain fetch runs in a second page of the
    // same browser, opened on the sandbox's origin so the request is same-origin.
    const plain = await app.page.context().newPage();
    await plain.goto(`${app.serverUrl}/v3/about`);
    const timeBridge = () =>
      app.page.evaluate(async (url) => {
        const started = performance.now();
        const result = await (window as unknown as { signer: { checkServer(i: { serverUrl: string }): Promise<{ ok: boolean }> } }).signer.checkServer({
          serverUrl: url,
        });
        if (!result.ok) throw new Error('bridge call failed');
        return performance.now() - started;
      }, app.serverUrl);
    const timeFetch = () =>
      plain.evaluate(async (url) => {
        const started = performance.now();
        const response = await fetch(`${url}/v3/about`, { cache: 'no-store' });
        await response.json();
        return performance.now() - started;
      }, app.serverUrl);
    for (let i = 0; i < 20; i += 1) await Promise.all([timeBridge(), timeFetch()]); // warm-up
    const bridge: number[] = [];
    const fetched: number[] = [];
    for (let i = 0; i < n; i += 1) {
      bridge.push(await timeBridge());
      fetched.push(await timeFetch());
    }
    const ratio = median(bridge) / median(fetched);
    console.log(`bridge-overhead: median bridge ${median(bridge).toFixed(2)} ms, median fetch ${median(fetched).toFixed(2)} ms, n=${n} (${app.shell} shell)`);
    report('bridge-overhead', ratio, 'ratio');
    return ratio;
  } finally {
    await app.close();
  }
}
