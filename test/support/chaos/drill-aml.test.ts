import { policyFor } from '../../../domain/jurisdictions/registry';
import { applyDrillAmlEnvironment, DRILL_AML_CASE_SLA, playAmlPattern } from './drill-aml';
import type { DrillPlayer } from './drill-load';
import { seededRandom } from './drill-options';

// The AML part of the drill without a stack: the SLAs it gives the stack it brings up, and the deposits each money
// pattern sends (the amounts the starter rules are about: above, and just under, the jurisdiction's CDD threshold).

const player: DrillPlayer = { playerId: 'pl_drill_aml', jurisdiction: 'GB', veteran: false, sessionToken: 't' };
const threshold = policyFor('GB').cddThreshold.value.amountMinor;

async function amountsOf(pattern: 'LARGE_DEPOSIT' | 'STRUCTURING') {
  const sent: number[] = [];
  const played = await playAmlPattern(pattern, player, {
    send: async (_p, amountMinor) => {
      sent.push(amountMinor);
      return `dep_${sent.length}`;
    },
    random: seededRandom(7),
    pspSimulatorUrl: 'http://127.0.0.1:1',
  });
  return { sent, played };
}

it('gives a stack the drill brings up 20 s case SLAs, unless AML_CASE_SLA is set', () => {
  const env: NodeJS.ProcessEnv = {};
  applyDrillAmlEnvironment(env);
  expect(env.AML_CASE_SLA).toBe(DRILL_AML_CASE_SLA);
  const own: NodeJS.ProcessEnv = { AML_CASE_SLA: 'LOW=1h' };
  applyDrillAmlEnvironment(own);
  expect(own.AML_CASE_SLA).toBe('LOW=1h');
});

it('sends one deposit of twice the CDD threshold for a large deposit', async () => {
  const { sent, played } = await amountsOf('LARGE_DEPOSIT');
  expect(sent).toEqual([threshold * 2]);
  expect(played).toMatchObject({ pattern: 'LARGE_DEPOSIT', playerId: player.playerId, depositIds: ['dep_1'] });
});

it('structures three deposits each between 90 % and 99 % of the CDD threshold, in whole units', async () => {
  const { sent, played } = await amountsOf('STRUCTURING');
  expect(sent).toHaveLength(3);
  for (const amount of sent) {
    expect(amount).toBeLessThan(threshold);
    expect(amount).toBeGreaterThanOrEqual(Math.floor((threshold * 0.9) / 100) * 100);
    expect(amount % 100).toBe(0);
  }
  expect(played.depositIds).toEqual(['dep_1', 'dep_2', 'dep_3']);
});
