import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { expectNoSeriousA11yViolations, waitForFocus } from './support/accessibility';
import {
  launchBrowser,
  newOfficerPage,
  rethrowWithPageClues,
  screenshot,
  sessionStaffId,
  signIn,
} from './support/back-office-browser';
import { api, newPlayer } from './support/payments-client';
import { playerAuthorization } from './support/player-tokens';
import { loginAs, type StaffLogin } from './support/staff-login';

// The RG screens on the real stack, as an RG officer uses them (issue 16 item 7): a player whose limits the player
// set through the player API and whose marketing an officer suppressed through the back-office API; the RG panel
// of the player 360 shows them; the officer applies a deposit block and lifts it, with reasons, both audited; the
// officer queue lists an intervention that a strong indicator started, and its page shows the timeline. Every
// screen and dialog passes axe-core.

describe('RG screens', () => {
  let db: Db;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let agent: StaffLogin;
  let playerId: string;
  let harmedPlayerId: string;

  beforeAll(async () => {
    db = createPool(process.env.DATABASE_URL ?? loadConfig().databaseUrl, 2);
    agent = await loginAs(db, 'rg-ui-agent', ['cs_agent']);
    const officerApi = await loginAs(db, 'rg-ui-officer', ['rg_officer']);

    playerId = await newPlayer(db);
    const player = await playerAuthorization(playerId, db);
    // A first limit applies at once; raising it waits the GB cooling-off of 24 hours: a pending increase.
    const set = await api('PUT', '/player/v1/rg/limits/DEPOSIT/DAY', { amount: 10_000 }, player);
    expect(set.status).toBe(200);
    const raise = await api('PUT', '/player/v1/rg/limits/DEPOSIT/DAY', { amount: 50_000, reason: 'payday' }, player);
    expect(raise.json).toMatchObject({ outcome: 'PENDING' });
    const suppressed = await api(
      'POST',
      `/api/players/${playerId}/rg/restrictions`,
      { kind: 'MARKETING_SUPPRESSION', reason: 'Asked on the phone for no offers' },
      officerApi.headers,
    );
    expect(suppressed.status).toBe(201);

    // The player says they cannot stop: a strong indicator starts their first intervention at level 3.
    harmedPlayerId = await newPlayer(db);
    const contact = await api(
      'POST',
      `/api/players/${harmedPlayerId}/rg/interactions`,
      {
        kind: 'CUSTOMER_CONTACT_ABOUT_GAMBLING',
        note: 'Says they cannot stop playing at night',
        strongIndicator: true,
      },
      agent.headers,
    );
    expect(contact.status).toBe(201);

    browser = await launchBrowser();
    ({ context, page } = await newOfficerPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await db?.end();
  });

  it('shows a player’s RG panel: restrictions in force, limits with the pending increase, the harm score', async () => {
    try {
      await signIn(page, db, 'rg-officer-1', `/players/${playerId}`);
      const panel = page.getByTestId('rg-panel');
      await panel.waitFor({ timeout: 15_000 });
      const inForce = panel.getByTestId('rg-restrictions-in-force');
      await inForce.getByText('Marketing suppression').waitFor({ timeout: 15_000 });
      await expectNoSeriousA11yViolations(page, 'player RG panel');

      await panel.getByRole('tab', { name: 'Limits' }).click();
      const limits = panel.getByRole('table', { name: 'Limits in force' });
      await limits.getByRole('row').filter({ hasText: 'Deposit limit' }).waitFor({ timeout: 15_000 });
      expect((await limits.textContent())?.replace(/\s+/g, ' ')).toContain('100.00');
      const pending = panel.getByRole('table', { name: 'Pending limit increases' });
      await pending.waitFor();
      expect(await pending.getByTestId('effective-countdown').textContent()).toMatch(/^in (23h|1d)/);
      await expectNoSeriousA11yViolations(page, 'player RG limits');
      await screenshot(page, 'rg-player-limits');

      for (const tab of [
        'Exclusions & schemes',
        'Harm score',
        'Interventions',
        'Interactions',
        'Vulnerability checks',
      ]) {
        await panel.getByRole('tab', { name: tab }).click();
        await panel.getByRole('tabpanel').waitFor();
        await expectNoSeriousA11yViolations(page, `player RG ${tab}`);
      }
    } catch (err) {
      await rethrowWithPageClues(page, 'rg-player-panel', err);
    }
  });

  it('applies a deposit block and lifts it, with reasons, audited; focus returns to the opener', async () => {
    try {
      const panel = page.getByTestId('rg-panel');
      await panel.getByRole('tab', { name: 'Restrictions' }).click();
      const apply = panel.getByRole('button', { name: 'Apply a restriction' });
      await apply.click();
      const dialog = page.getByRole('dialog', { name: 'Apply a restriction' });
      await dialog.waitFor();
      await dialog.getByRole('textbox', { name: 'Reason' }).fill('Deposits at 3 a.m. every night this week');
      await expectNoSeriousA11yViolations(page, 'apply a restriction dialog');
      await dialog.getByRole('button', { name: 'Apply' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await waitForFocus(apply);
      const inForce = panel.getByTestId('rg-restrictions-in-force');
      await inForce.getByText('Deposit block').waitFor({ timeout: 15_000 });
      const row = panel.getByRole('row').filter({ hasText: 'Deposits at 3 a.m.' });
      expect(await row.textContent()).toContain('Robin Responsible (you)');
      await screenshot(page, 'rg-player-panel');

      const lift = row.getByRole('button', { name: 'Lift the deposit block' });
      await lift.click();
      const liftDialog = page.getByRole('dialog', { name: 'Lift the deposit block' });
      await liftDialog.getByRole('textbox', { name: 'Reason' }).fill('Spoke to the player; pattern explained');
      await liftDialog.getByRole('button', { name: 'Lift' }).click();
      await liftDialog.waitFor({ state: 'hidden' });
      await inForce.getByText('Deposit block').waitFor({ state: 'detached', timeout: 15_000 });
      expect(await inForce.textContent()).toContain('Marketing suppression');

      const staffId = await sessionStaffId(page);
      const { rows } = await db.query<{ action: string; reason: string }>(
        `SELECT action, reason FROM audit_log
          WHERE action LIKE 'rg.restriction.%' AND actor = $1 AND after->>'playerId' = $2
          ORDER BY audit_id`,
        [staffId, playerId],
      );
      expect(rows).toEqual([
        { action: 'rg.restriction.apply', reason: 'Deposits at 3 a.m. every night this week' },
        { action: 'rg.restriction.lift', reason: 'Spoke to the player; pattern explained' },
      ]);
    } catch (err) {
      await rethrowWithPageClues(page, 'rg-restriction-actions', err);
    }
  });

  it('lists the intervention in the officer queue and opens it with its timeline', async () => {
    try {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'RG interventions' }).click();
      await page.getByRole('heading', { name: 'RG interventions' }).waitFor();
      const queue = page.getByRole('table', { name: 'Open RG interventions' });
      const row = queue.getByRole('row').filter({ hasText: harmedPlayerId });
      // The monitor reads the contact from Kafka and starts the workflow: a few seconds on the stack.
      for (let attempt = 0; !(await row.isVisible()); attempt += 1) {
        if (attempt > 60) throw new Error(`no intervention for ${harmedPlayerId} in the queue`);
        await page.waitForTimeout(1_000);
        await page.reload();
        await queue.waitFor();
      }
      expect(await row.textContent()).toContain('Level 3');
      await expectNoSeriousA11yViolations(page, 'RG intervention queue');
      await screenshot(page, 'rg-intervention-queue', { fullPage: false });

      await row.getByRole('link', { name: 'Intervention 1' }).click();
      await page.getByRole('heading', { name: 'Intervention 1' }).waitFor();
      // In the timeline (the markers table beside it may say the same of each marker).
      await page
        .getByRole('region', { name: 'Timeline' })
        .getByText('harm score 100 reached level 3')
        .waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Take it' }).click();
      await page.getByText('claimed by the officer').waitFor({ timeout: 15_000 });
      expect(await page.getByRole('button', { name: 'Take it' }).count()).toBe(0);
      await expectNoSeriousA11yViolations(page, 'RG intervention');
      await screenshot(page, 'rg-intervention');
    } catch (err) {
      await rethrowWithPageClues(page, 'rg-intervention', err);
    }
  });

  it('shows a customer-support agent the panel without the officer’s restriction actions', async () => {
    const asAgent = await newOfficerPage(browser);
    try {
      await signIn(asAgent.page, db, 'cs-agent-1', `/players/${playerId}`);
      const panel = asAgent.page.getByTestId('rg-panel');
      await panel
        .getByTestId('rg-restrictions-in-force')
        .getByText('Marketing suppression')
        .waitFor({ timeout: 15_000 });
      expect(await panel.getByRole('button', { name: 'Apply a restriction' }).count()).toBe(0);
      await panel.getByRole('tab', { name: 'Exclusions & schemes' }).click();
      await panel.getByRole('button', { name: 'Start a time-out or self-exclusion' }).waitFor();
    } catch (err) {
      await rethrowWithPageClues(asAgent.page, 'rg-agent-panel', err);
    } finally {
      await asAgent.context.close();
    }
  });
});
