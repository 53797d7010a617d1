import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { demoStaff, DEMO_PASSWORD } from '../../domain/admin/demo-staff';
import type { Queryable } from '../../platform/db';
import { assertConformsToOpenApi } from './openapi-conformance';
import { freshTotpCode } from './staff-login';

/** Screenshots of the key screens, kept as test artifacts (git-ignored). */
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'screenshots');

/** The stack the Jest global setup brought up. */
export function apiUrl(): string {
  const url = process.env.API_URL;
  if (!url) throw new Error('API_URL is not set: the Jest global setup starts the stack and sets it');
  return url;
}

/** Debian's Chromium, headless, without the background traffic a CI sandbox has no use for. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
}

/** A separate browser profile (its own cookies, so its own session) in the 1440×900 window the screens are made for. */
export async function newOfficerPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL: apiUrl() });
  return { context, page: await context.newPage() };
}

/**
 * Collects what the browser refuses under the page's Content-Security-Policy from the next navigation on (Chromium
 * reports each refusal on the console; the page's `securitypolicyviolation` events add what was refused and where),
 * so a test can hold a screen to its CSP (api/security-headers.ts).
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // A script of the page's own (this file compiles without the DOM's types): it runs before the page's scripts.
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => console.error(
    'Content Security Policy refused ' + e.effectiveDirective + ': ' + (e.sample || e.blockedURI) + ' at ' +
      e.sourceFile + ':' + e.lineNumber));`);
  return violations;
}

/** Saves a screenshot under test-artifacts/screenshots/: the whole page, or only the window for long lists. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? true });
}

/** Rethrows `err` with what the page showed (a screenshot, the alerts on screen): on failure, the quickest clue. */
export async function rethrowWithPageClues(page: Page, name: string, err: unknown): Promise<never> {
  await screenshot(page, `${name}-failure`).catch(() => undefined);
  const alerts = await page
    .getByRole('alert')
    .allTextContents()
    .catch(() => []);
  if (alerts.length > 0) (err as Error).message += `\nThe admin UI showed: ${alerts.join(' | ')}`;
  throw err;
}

async function staffIdOf(db: Queryable, username: string): Promise<string> {
  const { rows } = await db.query<{ staffId: string }>(
    'SELECT staff_id AS "staffId" FROM staff_users WHERE username = $1',
    [username],
  );
  if (!rows[0]) throw new Error(`demo user ${username} is not seeded: the stack seeds them at start`);
  return rows[0].staffId;
}

/** A TOTP code (otpauth: SHA-1, 6 digits, 30 s) for a demo user that the API has not seen yet (codes are single-use). */
export async function totpFor(db: Queryable, username: string): Promise<string> {
  const member = demoStaff.find((m) => m.username === username);
  if (!member?.totpSecret) throw new Error(`demo user ${username} has no TOTP secret`);
  return freshTotpCode(db, await staffIdOf(db, username), member.totpSecret);
}

/**
 * Signs in through the login screen as a demo user: username and password, then the authenticator code when the
 * API asks for one. Retries the code when a parallel test spent it a moment earlier.
 */
export async function signIn(page: Page, db: Queryable, username: string, landingPath = '/'): Promise<void> {
  await page.goto(landingPath);
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const signedIn = page.getByTestId('signed-in-staff');
  const codeField = page.getByRole('textbox', { name: 'Authenticator code' });
  await signedIn.or(codeField).first().waitFor({ timeout: 15_000 });
  for (let attempt = 1; !(await signedIn.isVisible()); attempt += 1) {
    await codeField.fill(await totpFor(db, username));
    await page.getByRole('button', { name: 'Verify' }).click();
    const refused = page.getByRole('alert').filter({ hasText: /authenticator code is not valid/i });
    await signedIn.or(refused).first().waitFor({ timeout: 15_000 });
    if (await signedIn.isVisible()) break;
    if (attempt >= 4) throw new Error(`signing in as ${username}: ${await refused.textContent()}`);
  }
}

/** What the API answered to a call made with the browser's own session (cookie and CSRF token). */
export interface SessionReply {
  status: number;
  json: Record<string, unknown>;
}

/**
 * Calls the API with the page's session, as a script in that officer's browser could: the session's CSRF token
 * included. The answer is checked against the OpenAPI document (see openapi-conformance.ts).
 */
export async function callWithSession(page: Page, method: 'GET' | 'POST', apiPath: string, body?: unknown) {
  const session = await page.request.get('/api/auth/session');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.fetch(apiPath, {
    method,
    headers: { 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assertConformsToOpenApi({
    method,
    url: apiPath,
    status: response.status(),
    contentType: response.headers()['content-type'] ?? '',
    text,
  });
  return { status: response.status(), json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** The staff id of the page's signed-in staff member. */
export async function sessionStaffId(page: Page): Promise<string> {
  const session = await page.request.get('/api/auth/session');
  return ((await session.json()) as { staff: { staffId: string } }).staff.staffId;
}
