import axe from 'axe-core';
import type { Locator, Page } from 'playwright-core';

/** The impacts that fail a screen: axe's "serious" and "critical" (WCAG A/AA failures that block or mislead). */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Rules that fail a screen whatever impact axe gives them, because the back office's own rules (issue 11) name
 * them: content outside landmarks, a page without a main landmark, empty table headers, and link or button names
 * that differ from their visible text (an experimental axe rule, switched on below).
 */
const ALWAYS_FAILING_RULES = new Set([
  'region',
  'landmark-one-main',
  'empty-table-header',
  'label-content-name-mismatch',
]);

/** The element properties the page functions below read (the Node-side tsconfig has no DOM library). */
interface PageElement {
  tagName: string;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  parentElement: PageElement | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { left: number; right: number };
}

/** The browser globals the page functions below use, read through `globalThis` inside the page. */
interface PageGlobals {
  axe?: typeof axe;
  innerWidth: number;
  document: { documentElement: PageElement; activeElement: unknown };
  getComputedStyle(element: PageElement): { overflowX: string };
}

/** One rule axe found broken, in the words a reader of a failed test needs. */
interface A11yViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA, and axe's best practices) on what the page shows now, and fails listing each
 * serious or critical violation (and those of ALWAYS_FAILING_RULES) with its rule, its help text and the offending
 * elements. Call it once the screen shows its data: a loader has little to check.
 */
export async function expectNoSeriousA11yViolations(page: Page, screenName: string): Promise<void> {
  // Injected once per document; the admin UI's client-side navigations keep it. Evaluated through the DevTools
  // protocol: the page's CSP (script-src 'self') refuses an inline <script>, as it must.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  // Let transitions (a modal fading in, a tooltip) settle, so colours are measured at rest.
  await page.waitForTimeout(300);
  const violations = await page.evaluate(async (): Promise<A11yViolation[]> => {
    const { axe: injected, document } = globalThis as unknown as Required<PageGlobals>;
    const result = await injected.run(document as never, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { 'label-content-name-mismatch': { enabled: true } },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  const failing = violations.filter(
    (v) => ALWAYS_FAILING_RULES.has(v.id) || (v.impact !== null && FAILING_IMPACTS.has(v.impact)),
  );
  if (failing.length === 0) return;
  const lines = failing.map(
    (v) =>
      `- ${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}\n    ` +
      `${v.targets.slice(0, 10).join('\n    ')}${v.targets.length > 10 ? `\n    … and ${v.targets.length - 10} more` : ''}`,
  );
  throw new Error(
    `${screenName}: ${failing.length} accessibility violation(s) axe rates serious or worse\n${lines.join('\n')}`,
  );
}

/**
 * Fails unless every element of `actions` lies inside the window horizontally and neither the page nor any
 * container around an action scrolls sideways: an officer at 1440×900 sees a row's decisions without scrolling.
 */
export async function expectActionsInView(page: Page, actions: Locator, screenName: string): Promise<void> {
  if ((await actions.count()) === 0) throw new Error(`${screenName}: no row actions to check`);
  const problems = await actions.evaluateAll((elements) => {
    const browser = globalThis as unknown as PageGlobals;
    const { document, innerWidth } = browser;
    const nodes = elements as unknown as PageElement[];
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > innerWidth) {
      found.push(`the page scrolls sideways: ${root.scrollWidth} px wide in a ${innerWidth} px window`);
    }
    const describe = (el: PageElement) => `"${(el.textContent || el.getAttribute('aria-label') || el.tagName).trim()}"`;
    for (const node of nodes) {
      const box = node.getBoundingClientRect();
      if (box.left < 0 || box.right > innerWidth) {
        found.push(`${describe(node)} lies at x ${Math.round(box.left)}–${Math.round(box.right)}, outside the window`);
      }
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        const overflowX = browser.getComputedStyle(el).overflowX;
        if (overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) {
          const frame = el.getBoundingClientRect();
          if (box.right > frame.right + 1 || box.left < frame.left - 1) {
            found.push(
              `${describe(node)} is scrolled out of its container (${el.scrollWidth} px in ${el.clientWidth})`,
            );
          }
        }
      }
    }
    return [...new Set(found)];
  });
  if (problems.length > 0)
    throw new Error(`${screenName} at ${page.viewportSize()?.width ?? '?'} px:\n- ${problems.join('\n- ')}`);
}

/** True when `control` has keyboard focus. */
export function isFocused(control: Locator): Promise<boolean> {
  return control.evaluate((el) => el === (globalThis as unknown as PageGlobals).document.activeElement);
}

/** Waits until `control` has keyboard focus (a closing dialog gives it back after its exit transition). */
export async function waitForFocus(control: Locator, timeoutMs = 5_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await isFocused(control));) {
    if (Date.now() > deadline) throw new Error(`focus did not return to ${control.toString()} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
