import { spawn } from 'node:child_process';
import path from 'node:path';
import type { DrillSummary } from './support/chaos/game-day-drill';

// The game-day drill (`npm run chaos`) in short: once as it must pass, and once with a guarantee broken on purpose
// (the payout idempotency key), which it must catch. Each runs the CLI exactly as an SRE would, against the stack
// the global setup brought up, and reads the summary from its last line. A drill waits for another engineer's drill
// on the same stack to finish first, which can make this file take longer than its ~3 minutes.
const ROOT = path.resolve(__dirname, '..');

interface DrillRun {
  code: number | null;
  output: string;
  summary: DrillSummary;
}

function runDrill(args: string[]): Promise<DrillRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'chaos.ts'), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = output.trim().split('\n').pop() ?? '';
      try {
        resolve({ code, output, summary: JSON.parse(last) as DrillSummary });
      } catch {
        reject(new Error(`the drill printed no summary line (exit ${code}):\n${output.slice(-4000)}`));
      }
    });
  });
}

/** The report, for a failing assertion's message. */
const reportOf = (run: DrillRun) => run.output.slice(run.output.indexOf('── Game-day drill report'));

describe('game-day chaos drill', () => {
  it('keeps every invariant while workers, the relay and the consumer are killed under load', async () => {
    // No PSP outage windows here: routing ranks PSPs by their health over 15 minutes, and the tests that run
    // after this one expect the default routes. `npm run chaos` opens them.
    const run = await runDrill([
      '--duration',
      '55',
      '--kill-every',
      '5',
      '--players',
      '16',
      '--rate',
      '5',
      '--psp-outages',
      'off',
    ]);

    // The report is what is compared, so a failure prints it whole: which check broke, and on what.
    expect(reportOf(run)).toContain('✔ No violations: every invariant held.');
    expect(run.summary.violations).toBe(0);
    expect(run.code).toBe(0);
    expect(run.summary.kills).toBeGreaterThanOrEqual(6);
    expect(run.summary.operations).toBeGreaterThan(100);
    expect(run.summary.workflows.notAtRest).toBe(0);
  }, 360_000);

  it('holds Temporal down for an outage window: bets go on, deposits are refused in time, everything recovers', async () => {
    const run = await runDrill([
      '--duration',
      '45',
      '--outage-seconds',
      '12',
      '--targets',
      'temporal',
      '--players',
      '8',
      '--rate',
      '4',
      '--mix',
      'bet=50,deposit=25,withdrawal=15,probe=10',
      '--psp-outages',
      'off',
    ]);

    expect({ violations: run.summary.violations, report: reportOf(run) }).toMatchObject({ violations: 0 });
    expect(run.summary.outages).toHaveLength(1);
    const [outage] = run.summary.outages;
    expect(outage).toMatchObject({ engine: 'temporal', unansweredPastBound: 0 });
    expect(outage!.downSec).toBeGreaterThanOrEqual(12);
    expect(outage!.answeringAfterSec).not.toBeNull();
    expect(outage!.sent.bet).toBeGreaterThan(0);
    // Every bet answered for what it asked: accepted, or refused by the player's RG limit or time-out (4xx).
    expect((outage!.succeeded.bet ?? 0) + (outage!.refused.bet ?? 0)).toBe(outage!.sent.bet);
    expect(outage!.succeeded.bet).toBeGreaterThan(0);
    expect(outage!.answered503.deposit).toBeGreaterThan(0);
    expect(run.summary.workflows.notAtRest).toBe(0);
  }, 360_000);

  it('reports violations when the payout idempotency key is disabled by fault injection', async () => {
    const run = await runDrill([
      '--duration',
      '35',
      '--kill-every',
      '5',
      '--players',
      '8',
      '--rate',
      '3',
      '--targets',
      'payments-worker',
      '--mix',
      'withdrawal=60,deposit=10,bet=30',
      '--psp-latency-ms',
      '1500',
      '--psp-outages',
      'off',
      '--fault',
      'no-payout-idempotency',
      '--settle-timeout',
      '60',
    ]);

    expect(run.code).toBe(1);
    expect(run.summary.fault).toBe('no-payout-idempotency');
    expect(run.summary.violations).toBeGreaterThan(0);
    // A payout retried after its worker died went out under a new key and was paid twice: the check must say so.
    const paidTwice = run.summary.violationsByCheck['withdrawal paid at most once at the PSPs'] ?? 0;
    expect({ paidTwice: paidTwice > 0, report: reportOf(run) }).toMatchObject({ paidTwice: true });
  }, 360_000);
});
