import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { demoStaff } from '../domain/admin/demo-staff';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { expectActionsInView, expectNoSeriousA11yViolations, waitForFocus } from './support/accessibility';
import {
  apiUrl,
  launchBrowser,
  newOfficerPage,
  recordCspViolations,
  rethrowWithPageClues,
  screenshot,
  signIn,
} from './support/back-office-browser';
import { bearer, newSubject, subjectTokenFor } from './support/player-tokens';

// The admin UI on the real stack: sign-in (with TOTP), the shell an administrator sees, the jurisdiction rules, the
// staff screen, the stack probe through Temporal, Postgres and Kafka on the Operations screen, and a compliance
// officer finding a player and revealing their personal data; each screen passes axe-core.

describe('admin UI', () => {
  let db: Db;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cspViolations: string[];

  beforeAll(async () => {
    db = createPool(process.env.DATABASE_URL ?? loadConfig().databaseUrl, 2);
    browser = await launchBrowser();
    ({ context, page } = await newOfficerPage(browser));
    cspViolations = await recordCspViolations(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await db?.end();
  });

  it('refuses a wrong password with a readable message, then signs an administrator in with TOTP', async () => {
    try {
      await page.goto('/');
      await page.getByRole('heading', { name: 'Back office' }).waitFor();
      await page.getByRole('textbox', { name: 'Username' }).fill('admin-1');
      await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'Wrong username or password.' }).waitFor();
      await expectNoSeriousA11yViolations(page, 'login');
      await screenshot(page, 'login');

      await signIn(page, db, 'admin-1');
      const staffCard = page.getByTestId('signed-in-staff');
      expect(await staffCard.textContent()).toContain('Adam Admin');
      expect(await staffCard.textContent()).toContain('Administrator');

      // An administrator manages staff and runs probes; they never see the money screens.
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        'Audit log',
        'Retention',
        'Jurisdiction rules',
        'Staff & roles',
        'Operations',
      ]);
    } catch (err) {
      await rethrowWithPageClues(page, 'login', err);
    }
  });

  it('shows the rules of each jurisdiction with their regulations, money as people read it', async () => {
    try {
      await page.getByRole('link', { name: 'Jurisdiction rules' }).click();
      await page.getByRole('heading', { name: 'Jurisdiction rules' }).waitFor();
      // Intl writes a no-break space between the currency code and the amount.
      const textOf = async (row: Locator) => ((await row.textContent()) ?? '').replace(/\s+/g, ' ');
      const gb = page.getByTestId('jurisdiction-rules-GB');
      await gb.waitFor({ timeout: 15_000 });
      expect(await textOf(gb.getByTestId('rule-reverse-withdrawals'))).toContain('Prohibited');
      expect(await textOf(gb.getByTestId('rule-stake-cap-SLOTS-18'))).toContain('GBP 2.00 per spin or game');
      expect(await textOf(gb.getByTestId('rule-vulnerability-check'))).toContain('From GBP 150.00 net deposits');

      await page.getByRole('tab', { name: 'Germany (DE)' }).click();
      const de = page.getByTestId('jurisdiction-rules-DE');
      await de.waitFor();
      expect(await textOf(de.getByTestId('rule-cooling-off'))).toContain('7 days');
      await expectNoSeriousA11yViolations(page, 'jurisdiction rules');
      await screenshot(page, 'jurisdictions', { fullPage: false });
    } catch (err) {
      await rethrowWithPageClues(page, 'jurisdictions', err);
    }
  });

  it('lists every demo user with their roles on the staff screen', async () => {
    try {
      await page.getByRole('link', { name: 'Staff & roles' }).click();
      await page.getByRole('heading', { name: 'Staff & roles' }).waitFor();
      for (const member of demoStaff) {
        const row = page.getByTestId(`staff-row-${member.username}`);
        await row.waitFor({ timeout: 15_000 });
        expect(await row.textContent()).toContain(member.displayName);
      }
      // Roles can be changed, but not one's own account disabled.
      const ownRow = page.getByTestId('staff-row-admin-1');
      expect(await ownRow.getByRole('button', { name: 'Change roles' }).count()).toBe(1);
      expect(await ownRow.getByRole('button', { name: 'Disable' }).count()).toBe(0);
      await expectNoSeriousA11yViolations(page, 'staff & roles');
      await expectActionsInView(page, page.getByRole('table', { name: 'Staff' }).getByRole('button'), 'staff & roles');

      // The roles dialog passes axe too, and Escape gives focus back to the button that opened it.
      const changeRoles = ownRow.getByRole('button', { name: 'Change roles' });
      await changeRoles.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await expectNoSeriousA11yViolations(page, 'roles dialog');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await waitForFocus(changeRoles);
      await screenshot(page, 'staff', { fullPage: false });
    } catch (err) {
      await rethrowWithPageClues(page, 'staff', err);
    }
  });

  it('shows every dependency up and runs a stack probe through Temporal, Postgres and Kafka', async () => {
    try {
      await page.getByRole('link', { name: 'Operations' }).click();
      await page.getByRole('heading', { name: 'Operations' }).waitFor();

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

      await expectNoSeriousA11yViolations(page, 'operations after a probe');
      await screenshot(page, 'operations-probe');
    } catch (err) {
      await rethrowWithPageClues(page, 'operations-probe', err);
    }
  });

  it('finds a player by family name, masked, and reveals their personal data to a compliance officer, audited', async () => {
    const tag = randomUUID().slice(0, 8);
    const registered = await fetch(`${apiUrl()}/player/v1/players`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(await subjectTokenFor(newSubject())) },
      body: JSON.stringify({
        brand: 'luckyspin',
        jurisdiction: 'GB',
        currency: 'GBP',
        dateOfBirth: '1990-03-08',
        givenName: 'Ada',
        familyName: `Lovelace-${tag}`,
        email: `ada.${tag}@example.org`,
      }),
    });
    expect(registered.status).toBe(201);
    const { playerId } = (await registered.json()) as { playerId: string };
    const officer = await newOfficerPage(browser);
    try {
      await signIn(officer.page, db, 'compliance-officer-1', '/players');
      await officer.page.getByRole('heading', { name: 'Players' }).waitFor();
      const search = officer.page.getByRole('textbox', { name: 'Name, email or player id' });
      await search.fill(`lovelace-${tag}`);
      await search.press('Enter');
      const row = officer.page.getByTestId(`player-row-${playerId}`);
      await row.waitFor({ timeout: 15_000 });
      expect(await row.textContent()).toContain('A*** L***');
      await expectNoSeriousA11yViolations(officer.page, 'players');
      await screenshot(officer.page, 'players', { fullPage: false });

      await row.getByRole('link').first().click();
      const name = officer.page.getByTestId('player-name');
      await name.filter({ hasText: 'A*** L***' }).waitFor({ timeout: 15_000 });
      await officer.page.getByRole('button', { name: 'Reveal (audited)' }).click();
      await name.filter({ hasText: `Ada Lovelace-${tag}` }).waitFor({ timeout: 15_000 });
      expect(await officer.page.getByTestId('player-date-of-birth').textContent()).toBe('1990-03-08');
      const { rows } = await db.query(
        `SELECT after FROM audit_log WHERE action = 'player.personal_data.read' AND entity_id = $1`,
        [playerId],
      );
      expect(rows).toEqual([{ after: { fields: ['dateOfBirth', 'givenName', 'familyName', 'email'] } }]);
      await expectNoSeriousA11yViolations(officer.page, 'player personal data');
      await screenshot(officer.page, 'player-personal-data', { fullPage: false });
    } catch (err) {
      await rethrowWithPageClues(officer.page, 'players', err);
    } finally {
      await officer.context.close();
    }
  });

  it('signs out and comes back to the login screen', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByTestId('login-notice').filter({ hasText: 'You are signed out.' }).waitFor();
    const session = await page.request.get('/api/auth/session');
    expect(session.status()).toBe(401);
  });

  it('ran every screen above within its strict Content-Security-Policy', () => {
    expect(cspViolations).toEqual([]);
  });

  it("shows the API's reference (Swagger UI) within its Content-Security-Policy", async () => {
    const reference = await context.newPage();
    const violations = await recordCspViolations(reference);
    try {
      await reference.goto('/api/docs');
      await reference.getByRole('heading', { name: /iGaming back office API/ }).waitFor();
      await reference.locator('.opblock-summary').first().click();
      await reference.locator('.opblock-body').first().waitFor();
      await screenshot(reference, 'api-reference');
      expect(violations).toEqual([]);
    } finally {
      await reference.close();
    }
  });
});
