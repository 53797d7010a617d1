import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoStaff } from '../domain/admin/demo-staff';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import {
  callWithSession,
  launchBrowser,
  newOfficerPage,
  rethrowWithPageClues,
  screenshot,
  sessionStaffId,
  signIn,
  totpFor,
} from './support/back-office-browser';
import { expectActionsInView, expectNoSeriousA11yViolations, isFocused } from './support/accessibility';
import { newPlayer, requestPayment, waitForStatus } from './support/payments-client';

// The "done when", in the browser on the real stack: a withdrawal above the four-eyes threshold is
// approved by a compliance officer (with a step-up code), cannot be approved twice by them, waits visibly for
// senior compliance, is approved by a senior officer, pays out through Temporal and the PSP simulator, and every
// step is in the audit log. A support agent sees the queue but no decision, and the API refuses them too. Every
// screen on the way passes axe-core, and the queue works from the keyboard at 1440×900.

const AMOUNT_MINOR = 600_000; // EUR 6,000.00: above WITHDRAWAL_FOUR_EYES_MIN_MINOR (500,000)
const PAYOUT_TIMEOUT_MS = 120_000;

/** Screens show staff by name: the display name of a demo user. */
const nameOf = (username: string) => demoStaff.find((member) => member.username === username)!.displayName;

jest.setTimeout(360_000);

describe('four-eyes withdrawal approval in the admin UI', () => {
  let db: Db;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let playerId: string;
  let paymentId: string;
  let officerA: Page;
  let senior: Page;
  let agent: Page;
  let current: Page | undefined;

  async function officer(username: string): Promise<Page> {
    const { context, page } = await newOfficerPage(browser);
    contexts.push(context);
    current = page;
    await signIn(page, db, username);
    return page;
  }

  const rowOf = (page: Page) => page.getByTestId(`queue-row-${paymentId}`);

  beforeAll(async () => {
    db = createPool(process.env.DATABASE_URL ?? loadConfig().databaseUrl, 3);
    browser = await launchBrowser();

    playerId = await newPlayer(db, { fundsMinor: 1_000_000 });
    const requested = await requestPayment('withdrawals', playerId, { amountMinor: AMOUNT_MINOR });
    expect(requested.status).toBe(202);
    paymentId = requested.json.id as string;
    await waitForStatus(db, paymentId, 'AWAITING_APPROVAL', 60_000);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await db?.end();
  });

  /** On failure, a screenshot and the alerts on screen say more than a timeout. */
  async function step(name: string, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (err) {
      if (current) await rethrowWithPageClues(current, name, err);
      throw err;
    }
  }

  it('the queue works from the keyboard: a closed dialog gives focus back, a hint goes when focus moves on', () =>
    step('queue-keyboard', async () => {
      officerA = await officer('compliance-officer-1');
      // Other suites leave withdrawals in the queue: find this one by its id, as an officer on the phone would.
      await officerA.goto(`/withdrawals?q=${paymentId}`);
      const row = rowOf(officerA);
      await row.waitFor({ timeout: 30_000 });

      const reject = row.getByRole('button', { name: 'Reject', exact: true });
      await reject.focus();
      await officerA.keyboard.press('Enter');
      const dialog = officerA.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Reason' }).waitFor();
      await officerA.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await isFocused(reject)).toBe(true);

      // From the row's first control, Tab reaches the withdrawal's id, whose hint shows the whole id ...
      await row.getByRole('button', { name: 'Show risk context' }).focus();
      await officerA.keyboard.press('Tab');
      // Found by address: its accessible name is the whole id, read in the pieces the cell shows.
      const withdrawalLink = row.locator(`a[href="/payments/${paymentId}"]`);
      expect(await isFocused(withdrawalLink)).toBe(true);
      const hint = officerA.getByRole('tooltip').filter({ hasText: paymentId });
      await hint.waitFor();
      // ... and the next Tab moves on to the player, taking the hint away.
      await officerA.keyboard.press('Tab');
      expect(await isFocused(row.locator(`a[href="/players/${playerId}"]`))).toBe(true);
      await hint.waitFor({ state: 'detached' });
      await officerA.getByRole('tooltip').filter({ hasText: playerId }).waitFor();
    }));

  it('officer A approves from the queue with a step-up code; the withdrawal then waits for senior compliance', () =>
    step('queue-officer-a', async () => {
      await officerA.goto(`/withdrawals?q=${paymentId}`);
      const row = rowOf(officerA);
      await row.waitFor({ timeout: 30_000 });
      expect(await row.getByTestId('approval-progress').textContent()).toBe(
        '0 of 2 approvals — awaiting a compliance officer',
      );

      await expectNoSeriousA11yViolations(officerA, 'withdrawal queue');
      await expectActionsInView(officerA, row.getByRole('button'), 'withdrawal queue');

      await row.getByRole('button', { name: 'Show risk context' }).click();
      await officerA.getByTestId('risk-panel').waitFor();
      await expectNoSeriousA11yViolations(officerA, 'withdrawal queue with the risk context open');
      await screenshot(officerA, 'withdrawal-queue');

      await row.getByRole('button', { name: 'Approve', exact: true }).click();
      const dialog = officerA.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Reason' }).fill('Source of funds matches the deposit history');
      await dialog.getByRole('textbox', { name: 'Authenticator code' }).fill(await totpFor(db, 'compliance-officer-1'));
      await expectNoSeriousA11yViolations(officerA, 'decision dialog');
      await screenshot(officerA, 'withdrawal-approve-modal');
      await dialog.getByRole('button', { name: 'Approve withdrawal' }).click();
      await dialog.waitFor({ state: 'detached', timeout: 30_000 });

      await row
        .getByTestId('approval-progress')
        .filter({ hasText: '1 of 2 approvals — awaiting senior compliance' })
        .waitFor({ timeout: 30_000 });
      await row.getByTestId('decided-by-me').waitFor();
      expect(await row.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);
      expect(await row.getByRole('button', { name: 'Reject', exact: true }).count()).toBe(0);
      await screenshot(officerA, 'withdrawal-queue-awaiting-senior');
    }));

  it('officer A cannot approve a second time: no button, and the API refuses it', () =>
    step('second-approval', async () => {
      // Only meaningful once officer A's approval went through the screen.
      const { rows } = await db.query<{ n: number }>(
        'SELECT count(*)::INT AS n FROM payment_decisions WHERE payment_id = $1',
        [paymentId],
      );
      expect(rows[0]?.n).toBe(1);
      const reply = await callWithSession(officerA, 'POST', `/api/payments/withdrawals/${paymentId}/approve`, {
        reason: 'approving twice',
        totp: await totpFor(db, 'compliance-officer-1'),
      });
      expect([403, 409]).toContain(reply.status);
      expect(reply.json.code).toBe('ALREADY_DECIDED');

      await officerA.goto(`/payments/${paymentId}`);
      await officerA.getByTestId('payment-status').filter({ hasText: 'AWAITING SECOND APPROVAL' }).waitFor();
      expect(await officerA.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);
    }));

  it('a support agent sees the queue without decisions, and the API answers 403', () =>
    step('cs-agent', async () => {
      agent = await officer('cs-agent-1');
      await agent.goto(`/withdrawals?q=${paymentId}`);
      const row = rowOf(agent);
      await row.waitFor({ timeout: 30_000 });
      expect(await row.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);
      expect(await row.getByRole('button', { name: 'Reject', exact: true }).count()).toBe(0);
      const nav = agent.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);

      const reply = await callWithSession(agent, 'POST', `/api/payments/withdrawals/${paymentId}/approve`, {
        reason: 'support agents do not approve money',
      });
      expect(reply.status).toBe(403);

      // Personal data stays masked for support.
      await agent.goto(`/players/${playerId}`);
      await agent.getByTestId('player-date-of-birth').filter({ hasText: '****-**-**' }).waitFor({ timeout: 15_000 });
    }));

  it('senior compliance approves; the payout completes and the payment detail shows PAID', () =>
    step('payment-detail', async () => {
      senior = await officer('senior-compliance-1');
      await senior.goto(`/withdrawals?q=${paymentId}`);
      const row = rowOf(senior);
      await row.waitFor({ timeout: 30_000 });
      expect(await row.getByTestId('approval-progress').textContent()).toBe(
        '1 of 2 approvals — awaiting senior compliance',
      );
      expect(await row.getByTestId('approved-by').textContent()).toBe(`Approved by ${nameOf('compliance-officer-1')}`);

      await row.getByRole('button', { name: 'Approve', exact: true }).click();
      const dialog = senior.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Reason' }).fill('Second approval: checked against the risk context');
      await dialog.getByRole('textbox', { name: 'Authenticator code' }).fill(await totpFor(db, 'senior-compliance-1'));
      await dialog.getByRole('button', { name: 'Approve withdrawal' }).click();
      await dialog.waitFor({ state: 'detached', timeout: 30_000 });
      // The queue refreshes every 15 s: allow a few refreshes on a busy machine.
      await row.waitFor({ state: 'detached', timeout: 60_000 });

      await senior.goto(`/payments/${paymentId}`);
      // The screen polls the API while the saga pays out through the PSP simulator.
      await senior.getByTestId('payment-status').and(senior.locator('[data-status="PAID"]')).waitFor({
        timeout: PAYOUT_TIMEOUT_MS,
      });
      await senior.getByTestId('workflow-status').and(senior.locator('[data-status="PAID"]')).waitFor();
      expect(await senior.getByTestId('decision-row').count()).toBe(2);
      const officers = await senior.getByTestId('decision-row').evaluateAll((rows) => rows.map((r) => r.textContent));
      expect(officers[0]).toContain(nameOf('compliance-officer-1'));
      expect(officers[1]).toContain(nameOf('senior-compliance-1'));
      expect(await senior.getByTestId('payment-timeline').textContent()).toContain(nameOf('senior-compliance-1'));
      const temporalLink = senior.getByRole('link', { name: 'Open in Temporal Web' });
      expect(await temporalLink.getAttribute('href')).toContain(encodeURIComponent(`payments:withdrawal:${paymentId}`));
      await expectNoSeriousA11yViolations(senior, 'payment detail');
      await screenshot(senior, 'payment-detail');
    }));

  it('shows the player 360 with balances, ledger history and workflows', () =>
    step('player-360', async () => {
      await senior.goto(`/players/${playerId}`);
      await senior.getByTestId('balance-cash').filter({ hasText: '4,000.00' }).waitFor({ timeout: 15_000 });
      // Personal data is masked for every role on the 360; reading it is an audited reveal (admin-ui.e2e.test.ts).
      expect(await senior.getByTestId('player-date-of-birth').textContent()).toContain('****-**-**');
      await senior.getByRole('table', { name: 'Ledger history' }).getByRole('row').nth(1).waitFor();
      await expectNoSeriousA11yViolations(senior, 'player 360');
      await screenshot(senior, 'player-360');
      await senior.getByRole('tab', { name: /Workflows/ }).click();
      await senior
        .getByRole('table', { name: 'Workflows' })
        .getByText(`payments:withdrawal:${paymentId}`)
        .waitFor({ timeout: 15_000 });
      await expectNoSeriousA11yViolations(senior, 'player 360, workflows');
    }));

  it('the payments list, the players screen and an unknown address pass axe; the list fits the window', () =>
    step('payments-list', async () => {
      await senior.goto(`/payments?playerId=${playerId}`);
      const paymentLink = senior.getByRole('table', { name: 'Payments' }).locator(`a[href="/payments/${paymentId}"]`);
      await paymentLink.waitFor({ timeout: 15_000 });
      await expectNoSeriousA11yViolations(senior, 'payments list');
      await expectActionsInView(
        senior,
        senior.getByRole('table', { name: 'Payments' }).getByRole('link'),
        'payments list',
      );

      await senior.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Players' }).click();
      await senior.getByRole('heading', { name: 'Players', exact: true }).waitFor();
      await expectNoSeriousA11yViolations(senior, 'players');

      await senior.goto('/no-such-screen');
      await senior.getByRole('heading', { name: 'Page not found' }).waitFor();
      await expectNoSeriousA11yViolations(senior, 'page not found');
    }));

  it('the audit log shows each step: both approvals, the refused second approval, and the support agent refused', () =>
    step('audit-log', async () => {
      await senior.goto(`/audit?entityId=${paymentId}`);
      const rows = senior.getByTestId('audit-row');
      await rows.first().waitFor({ timeout: 15_000 });
      const actions = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-action')));
      expect(actions.filter((a) => a === 'withdrawal.approve')).toHaveLength(2);
      expect(actions).toContain('withdrawal.approve.refused');
      const approvals = rows.and(senior.locator('[data-action="withdrawal.approve"]'));
      expect(await approvals.first().textContent()).toContain(nameOf('senior-compliance-1'));
      await expectNoSeriousA11yViolations(senior, 'audit log');
      await expectActionsInView(senior, rows.getByRole('button'), 'audit log');
      await screenshot(senior, 'audit-log');

      const agentId = await sessionStaffId(agent);
      await senior.goto(`/audit?actor=${agentId}&action=access.denied`);
      await rows.first().waitFor({ timeout: 15_000 });
      expect(await rows.count()).toBeGreaterThanOrEqual(1);
    }));
});
