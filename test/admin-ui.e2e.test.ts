import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const SCREENSHOTS = path.resolve(__dirname, '..', '.data', 'screenshots');

function apiUrl(): string {
  const url = process.env.API_URL;
  if (!url) throw new Error('API_URL is not set: the Jest global setup starts the stack and sets it');
  return url;
}

describe('admin UI', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-gpu',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows every dependency up and runs a stack probe through Temporal, Postgres and Kafka', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    try {
      await page.goto(apiUrl());
      await page.getByRole('heading', { name: 'Back office' }).waitFor();

      for (const dependency of ['postgres', 'temporal', 'kafka']) {
        await page.getByTestId(`health-${dependency}-status`).filter({ hasText: /^up$/ }).waitFor({ timeout: 15_000 });
      }

      await page.getByRole('button', { name: 'Run stack probe' }).click();
      // Wait for the workflow to close, whatever its outcome, so a failed probe fails here with its status.
      await page
        .getByTestId('probe-workflow-status')
        .filter({ hasNotText: /^RUNNING$/ })
        .waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('probe-status').textContent()).toBe('COMPLETED');
      expect(await page.getByTestId('probe-workflow-status').textContent()).toBe('COMPLETED');

      const roundTrip = (await page.getByTestId('probe-round-trip').textContent()) ?? '';
      expect(roundTrip).toMatch(/^\d+ ms$/);
      expect(Number.parseInt(roundTrip, 10)).toBeGreaterThanOrEqual(0);

      const temporalLink = page.getByRole('link', { name: 'Open in Temporal Web' });
      expect(await temporalLink.getAttribute('href')).toContain('/workflows/ops%3Aprobe%3Apr_');
      expect(await temporalLink.getAttribute('target')).toBe('_blank');

      await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-ui-probe.png'), fullPage: true });
    } catch (err) {
      // What the page showed is the quickest clue to which engine let the probe down.
      await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-ui-probe-failure.png'), fullPage: true });
      const alerts = await page.getByRole('alert').allTextContents();
      if (alerts.length > 0) (err as Error).message += `\nThe admin UI showed: ${alerts.join(' | ')}`;
      throw err;
    }
  });
});
