import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { launchBrowser, newOfficerPage, rethrowWithPageClues, screenshot, signIn } from './support/back-office-browser';
import { expectNoSeriousA11yViolations } from './support/accessibility';
import { newPlayer, requestPayment, waitForStatus } from './support/payments-client';

// The SLOs on the admin UI's Operations page, on the real stack: after a deposit, payments ops see a card per
// indicator with its state, and charts with data and the target line, refreshed every 10 s and for the window
// they choose.

const INDICATORS = ['depositEndToEnd', 'betAcceptance', 'payoutTime', 'approvalWait', 'outboxLag', 'consumerLag'];

describe('the SLOs on the Operations page', () => {
  let db: Db;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    db = createPool(process.env.DATABASE_URL ?? loadConfig().databaseUrl, 2);
    browser = await launchBrowser();
    ({ context, page } = await newOfficerPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await db?.end();
  });

  it('shows a card and a chart with its target per SLO, refreshes them, and switches windows', async () => {
    try {
      // A deposit, so that at least the deposit chart has a point in the window whatever the stack did before.
      const playerId = await newPlayer(db);
      const deposit = await requestPayment('deposits', playerId, { amountMinor: 5_000 });
      await waitForStatus(db, deposit.json.id as string, 'CREDITED', 60_000);

      await signIn(page, db, 'payments-ops-1');
      await page.getByRole('link', { name: 'Operations' }).click();
      const section = page.getByTestId('slo-section');
      await section.waitFor({ timeout: 15_000 });
      for (const id of INDICATORS) await page.getByTestId(`slo-${id}`).waitFor({ timeout: 20_000 });
      expect(await section.getByRole('alert').count()).toBe(0);

      const deposits = page.getByTestId('slo-depositEndToEnd');
      expect(['OK', 'AT_RISK', 'BREACHED']).toContain(await deposits.getAttribute('data-state'));
      expect(await page.getByTestId('slo-depositEndToEnd-value').textContent()).toMatch(/^\d+(\.\d+)? (ms|s|min|h)$/);
      expect(await deposits.textContent()).toContain('p95 ≤ 30 s');
      const chart = page.getByTestId('slo-chart-depositEndToEnd');
      expect(await chart.getAttribute('data-empty')).toBe('false');
      await chart.locator('.recharts-line-dots circle').first().waitFor();
      expect(await chart.locator('.recharts-reference-line').count()).toBe(1);

      // Kafka answers for the stack's consumers now, so that chart has its latest point too.
      expect(await page.getByTestId('slo-chart-consumerLag').getAttribute('data-empty')).toBe('false');
      expect(await page.getByTestId('slo-consumerLag-value').textContent()).toMatch(/^[\d,. ]+ msg$/);

      // Refreshed every 10 s: the time of the last update moves on by itself.
      const description = section.locator('p').first();
      const firstUpdate = await description.textContent();
      let latest = firstUpdate;
      for (const deadline = Date.now() + 25_000; latest === firstUpdate && Date.now() < deadline;) {
        await page.waitForTimeout(1_000);
        latest = await description.textContent();
      }
      expect(latest).not.toBe(firstUpdate);

      await page.getByText('15 min', { exact: true }).click();
      await section.getByText(/Over the last 15m, one point per 30 s/).waitFor({ timeout: 15_000 });
      await expectNoSeriousA11yViolations(page, 'operations with the SLOs');
      await screenshot(page, 'operations-slo');
    } catch (err) {
      await rethrowWithPageClues(page, 'operations-slo', err);
    }
  }, 180_000);
});
