import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Browser, Frame, Page } from 'playwright-core';
import { ROOT } from './paths';

/** Where browser tests leave their screenshots, to look at after a run (ignored by git). */
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

export const DESKTOP = { width: 1280, height: 900 };
/** The narrowest phone the pages are made for. */
export const PHONE = { width: 360, height: 780 };

/** A fresh browser context (its own cookies), signed in through the sign-in page. */
export async function signedInPage(browser: Browser, baseUrl: string, email: string, password: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/home$/);
  return page;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** Each check's page and outcome, one JSON line each, to read after a run (test-output/axe-results.jsonl). */
export const AXE_RESULTS = join(ROOT, 'test-output', 'axe-results.jsonl');

/** axe-core's serious and critical WCAG 2.x A/AA violations on the page as it stands. */
export function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return seriousViolationsOf(page, page);
}

/** The same, for the document in one frame of a page (a page shown inside another site's iframe). */
export function seriousViolationsInFrame(frame: Frame): Promise<AxeViolation[]> {
  return seriousViolationsOf(frame, frame.page());
}

async function seriousViolationsOf(target: Page | Frame, page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol, which the pages' CSP (script-src 'self') does not govern.
  await target.evaluate(AXE_SOURCE);
  const { violations, passes }: { violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[]; passes: number } = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: any[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return { violations: result.violations, passes: result.passes.length };
  });
  mkdirSync(dirname(AXE_RESULTS), { recursive: true });
  const path = new URL(target.url()).pathname;
  appendFileSync(AXE_RESULTS, `${JSON.stringify({ path, width: page.viewportSize()?.width, passes, violations: violations.map(({ id, impact }) => ({ id, impact })) })}\n`);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.length }));
}

/** Whether the page scrolls sideways (it should not, even at 360 px). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
