import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { getLibrary } from '@/lib/content/current';
import { siteUrls } from '@/lib/routes';

/** The real content and every page of the site's route table, from the same loader as the site. */
export const library = getLibrary();
export const allPaths = siteUrls(library, (route) => route.kind === 'page');

/** Records console errors and failed or erroring requests while a page is used. */
export function watchProblems(page: Page, javaScriptEnabled = true): () => void {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // A navigation cancels what the previous page still had in flight; with
    // JavaScript off, Chromium refuses script preloads. Neither is a fault of the site.
    if (error === 'net::ERR_ABORTED') return;
    if (error === 'csp' && request.resourceType() === 'script' && !javaScriptEnabled) return;
    problems.push(`failed: ${request.url()} ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      problems.push(`${response.status()}: ${response.url()}`);
    }
  });
  return () => expect(problems).toEqual([]);
}

/** axe's violations of WCAG 2.1 A and AA and its best practices on the page as it is, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
