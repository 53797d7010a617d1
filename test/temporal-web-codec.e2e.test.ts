import type { Browser, BrowserContext, Page } from 'playwright-core';
import { depositWorkflowId } from '../contracts/payments';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { connectTemporalClient, temporalWebLink } from '../platform/temporal';
import { apiUrl, launchBrowser, rethrowWithPageClues, screenshot, signIn } from './support/back-office-browser';
import { newPlayer, requestPayment, sagaResult } from './support/payments-client';

// Temporal Web on the stack's dev server, started with `--ui-codec-endpoint <api>/codec` (stack/temporal-server.ts):
// signed out, a deposit's input is ciphertext; once an engineer has signed in to the admin UI in the same browser,
// Temporal Web decodes it through the codec server with the staff session cookie.

const config = loadConfig();
/** A field only the decrypted deposit input has: no search attribute or other readable part of the page has it. */
const DECODED_ONLY = 'confirmationTimeoutMs';

/**
 * Temporal Web's Data Encoder settings as an engineer sets them once in that dialog ("use my browser setting", the
 * codec endpoint, "include cross-origin credentials"): the dev server's flag cannot turn credentials on.
 */
const dataEncoderSettings = (origin: string, endpoint: string) => `
  if (window.location.origin === ${JSON.stringify(origin)}) {
    window.localStorage.setItem('overrideRemoteCodecConfiguration', 'true');
    window.localStorage.setItem('endpoint', ${JSON.stringify(JSON.stringify(endpoint))});
    window.localStorage.setItem('includeCredentials', 'true');
  }`;

/** Waits until the page shows `text` somewhere (Temporal Web renders payloads in code blocks; its CSP bars eval). */
const pageShows = (page: Page, text: string) => page.getByText(text).first().waitFor({ timeout: 30_000 });

describe('Temporal Web with the codec server', () => {
  let db: Db;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let workflowId: string;
  let playerId: string;
  const codecAnswers: number[] = [];

  beforeAll(async () => {
    db = createPool(config.databaseUrl, 2);
    playerId = await newPlayer(db);
    const reply = await requestPayment('deposits', playerId, { amountMinor: 7_654 });
    expect(reply.status).toBe(202);
    workflowId = depositWorkflowId(reply.json.id as string);
    const temporal = await connectTemporalClient(config);
    try {
      await sagaResult(temporal, workflowId);
    } finally {
      await temporal.connection.close();
    }
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL: apiUrl() });
    await context.addInitScript({
      content: dataEncoderSettings(new URL(config.temporalWebUrl).origin, `${apiUrl()}/codec`),
    });
    page = await context.newPage();
    page.on('response', (response) => {
      if (response.url().endsWith('/codec/decode') && response.request().method() === 'POST') {
        codecAnswers.push(response.status());
      }
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await db?.end();
  });

  async function openWorkflow(): Promise<void> {
    await page.goto(temporalWebLink(config, workflowId));
    await page.getByText(workflowId).first().waitFor({ timeout: 30_000 });
  }

  it('shows ciphertext to a browser without a staff session: the codec server answers 401', async () => {
    try {
      const firstDecode = page.waitForResponse(
        (r) => r.url().endsWith('/codec/decode') && r.request().method() === 'POST',
      );
      await openWorkflow();
      expect((await firstDecode).status()).toBe(401);
      // Undecoded, Temporal Web shows the payload as stored: its metadata in base64, `binary/encrypted` among it.
      await pageShows(page, Buffer.from('binary/encrypted').toString('base64'));
      expect(codecAnswers.length).toBeGreaterThan(0);
      expect(codecAnswers.every((status) => status === 401)).toBe(true);
      expect(await page.locator('body').innerText()).not.toContain(DECODED_ONLY);
      await screenshot(page, 'temporal-web-ciphertext-signed-out');
    } catch (err) {
      await rethrowWithPageClues(page, 'temporal-web-ciphertext-signed-out', err);
    }
  });

  it("shows the decoded input once an engineer has signed in to the admin UI, with the session's cookie", async () => {
    try {
      await signIn(page, db, 'engineer-1');
      codecAnswers.length = 0;
      await openWorkflow();
      await pageShows(page, DECODED_ONLY);
      const text = await page.locator('body').innerText();
      expect(text).toContain(playerId);
      expect(text).toContain('7654');
      expect(codecAnswers).toContain(200);
      await screenshot(page, 'temporal-web-decoded-engineer');
    } catch (err) {
      await rethrowWithPageClues(page, 'temporal-web-decoded-engineer', err);
    }
  });
});
