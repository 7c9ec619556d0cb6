// Shared steps of the e2e tests: finding every route, and running axe the same way everywhere.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** WCAG 2.2 AA, as the portal promises (GB/T 37668 follows WCAG). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Waits until the page shows its one h1 and the app has hydrated it (links now navigate
 * in-app, buttons work), or, on the server's 404 document, decided to leave it as plain
 * HTML. Pages are prerendered, so the h1 alone comes before the app. */
export async function pageReady(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-app', /^(ready|static)$/);
}

/** The URL prefix of each language: zh-CN at the root, then 繁體 and English. */
export const LANGUAGES = { zhCN: '', zhHK: '/zh-hk', en: '/en' } as const;

/** A route's path in each language given (all three unless told). */
export function inLanguages(route: string, prefixes: string[] = Object.values(LANGUAGES)): string[] {
  return prefixes.map((prefix) => (prefix && route === '/' ? `${prefix}/` : `${prefix}${route}`));
}

/** Every route of the site, read from the generated site map (so new routes are covered). */
export async function allRoutes(page: Page): Promise<string[]> {
  await page.goto('/sitemap');
  await pageReady(page);
  const hrefs = await page
    .getByRole('list', { name: /网站导航|Site map/ })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(3);
  return hrefs;
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Playwright's `test`, with a page that fails the test on any panic or uncaught error in
 * the app. A Rust panic in release wasm aborts the whole app, so one must never pass silently.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && /panicked|RuntimeError|unreachable/.test(m.text())) errors.push(m.text());
    });
    await use(page);
    expect(errors, 'panics or uncaught errors in the page').toEqual([]);
  },
});
export { expect };
