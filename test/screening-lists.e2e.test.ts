import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { expectNoSeriousA11yViolations, waitForFocus } from './support/accessibility';
import { launchBrowser, newOfficerPage, rethrowWithPageClues, screenshot, signIn } from './support/back-office-browser';

// The sanctions and PEP lists page on the real stack, as a compliance officer uses it: the current lists (the stack
// loads the default fictional ones), the imports, what an import changed, and the import dialog; each passes axe-core.

describe('sanctions and PEP lists page', () => {
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

  it('shows each current list, the imports and what an import changed', async () => {
    try {
      await signIn(page, db, 'compliance-officer-1');
      await page.getByRole('link', { name: 'Sanctions and PEP lists' }).click();
      await page.getByRole('heading', { name: 'Sanctions and PEP lists' }).waitFor();
      for (const list of ['US OFAC SDN list', 'UK OFSI consolidated list', 'Politically exposed persons']) {
        await page.getByRole('region', { name: list }).or(page.getByLabel(list).first()).first().waitFor();
      }
      const imports = page.getByRole('region', { name: 'Imports' });
      await imports.getByRole('button', { name: 'What changed' }).first().click();
      const changes = page.getByRole('region', { name: 'What this import changed' });
      await changes.getByRole('row').nth(1).waitFor();
      await expectNoSeriousA11yViolations(page, 'screening-lists');
      await screenshot(page, 'screening-lists', { fullPage: true });
    } catch (err) {
      await rethrowWithPageClues(page, 'screening-lists', err);
    }
  });

  it('opens the import dialog with the files of each format, and Escape closes it', async () => {
    try {
      const open = page.getByRole('button', { name: 'Import a list' });
      await open.click();
      const dialog = page.getByRole('dialog', { name: 'Import a sanctions or PEP list' });
      await dialog.waitFor();
      for (const file of ['sdn.csv (the entries)', 'alt.csv (the aliases)', 'add.csv (the addresses)']) {
        await dialog.getByText(file).waitFor();
      }
      await expectNoSeriousA11yViolations(page, 'screening-list-import');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await waitForFocus(open);
    } catch (err) {
      await rethrowWithPageClues(page, 'screening-list-import', err);
    }
  });
});
