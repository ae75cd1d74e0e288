import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * axe-core in Lede's pages (issue #10). The npm package's own `axe.min.js`, evaluated through
 * Playwright: page.evaluate goes through the DevTools protocol, which the extension pages' CSP
 * (`script-src 'self'`) does not govern, so no copy of axe has to ship in the build.
 */

const AXE_SOURCE = readFileSync(join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');

/** What issue #10 forbids; moderate and minor ones are printed, not failed. */
const BLOCKING = new Set(['critical', 'serious']);
/** How many failing elements of a rule are printed: enough to find them, short enough to read. */
const TARGETS_SHOWN = 4;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** Every violation axe finds in the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // `axe` is the global the evaluated source defined; typed here, not imported into the page.
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } };
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact: impact ?? null,
      help,
      nodes: nodes.map((node) => ({ target: node.target.map(String), failureSummary: node.failureSummary ?? '' })),
    }));
  });
}

/** One readable block per rule: id, impact, count, then the first failing elements and why. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const shown = v.nodes.slice(0, TARGETS_SHOWN).map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`);
      const more = v.nodes.length > TARGETS_SHOWN ? [`    … and ${v.nodes.length - TARGETS_SHOWN} more`] : [];
      return [`  ${v.id} (${v.impact ?? 'no impact'}, ${v.nodes.length}): ${v.help}`, ...shown, ...more].join('\n');
    })
    .join('\n');
}

/**
 * Audits `page` and returns the report of its critical and serious violations: '' when there
 * are none, so `expect(await audit(page, 'the popup')).toBe('')` prints the report when it fails.
 * Every violation is logged under `label` (LEDE_AXE_LOG=1), so lesser ones are seen too.
 */
export async function audit(page: Page, label: string): Promise<string> {
  const violations = await axeViolations(page);
  if (process.env.LEDE_AXE_LOG && violations.length) console.log(`axe, ${label}:\n${formatViolations(violations)}`);
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  return blocking.length ? `${label}:\n${formatViolations(blocking)}` : '';
}

/** The page's `main` landmarks and its article images without an `alt` attribute. */
export function structure(page: Page): Promise<{ mains: number; imagesWithoutAlt: string[] }> {
  return page.evaluate(() => ({
    mains: document.querySelectorAll('main, [role=main]').length,
    imagesWithoutAlt: [...document.querySelectorAll('article img:not([alt])')].map((img) => img.getAttribute('src') ?? ''),
  }));
}
