import type { SeededRandom } from './drill-options';

export const drillPsps = ['cardpay', 'instantbank', 'paywallet'] as const;

/** One outage window the drill opened at a PSP. */
export interface OutageWindow {
  psp: string;
  fromSec: number;
  toSec: number;
}

async function control(simulatorUrl: string, method: string, route: string, body?: unknown) {
  const response = await fetch(`${simulatorUrl}/control${route}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`PSP simulator ${method} /control${route}: ${response.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/**
 * The PSPs' weather during a drill, through the simulator's control API: a latency that keeps calls in flight
 * long enough for kills to land mid-payout, and outage windows opened one PSP at a time. `restore` puts back the
 * settings each PSP had when the drill started.
 */
export function createPspWeather(deps: { simulatorUrl: string; random: SeededRandom; startedAt: number }) {
  const saved = new Map<string, Record<string, unknown>>();
  const windows: OutageWindow[] = [];
  const now = () => (Date.now() - deps.startedAt) / 1000;

  return {
    windows,
    async prepare(latencyMs: number): Promise<void> {
      for (const psp of drillPsps) {
        saved.set(psp, await control(deps.simulatorUrl, 'GET', `/${psp}`));
        await control(deps.simulatorUrl, 'PUT', `/${psp}`, { latencyMs });
      }
    },
    /** Opens an outage window of a few seconds at one PSP, chosen by the seed. */
    async openOutage(): Promise<OutageWindow> {
      const psp = deps.random.pick(drillPsps);
      const seconds = deps.random.int(5, 12);
      const from = new Date();
      const to = new Date(from.getTime() + seconds * 1000);
      await control(deps.simulatorUrl, 'PUT', `/${psp}`, {
        outageWindows: [{ from: from.toISOString(), to: to.toISOString() }],
      });
      const window = { psp, fromSec: Math.round(now() * 10) / 10, toSec: Math.round((now() + seconds) * 10) / 10 };
      windows.push(window);
      return window;
    },
    /** True while a window the drill opened is open. */
    outageOpen: () => windows.some((w) => w.toSec > now()),
    async restore(): Promise<void> {
      for (const [psp, settings] of saved) {
        const { latencyMs, timeoutHoldMs, webhookDelayMs, pendingRate, declineRates, outageWindows } = settings;
        const body = { latencyMs, timeoutHoldMs, webhookDelayMs, pendingRate, declineRates, outageWindows };
        await control(deps.simulatorUrl, 'PUT', `/${psp}`, body).catch(() =>
          control(deps.simulatorUrl, 'PUT', `/${psp}`, { latencyMs, outageWindows: [] }),
        );
      }
    },
  };
}
