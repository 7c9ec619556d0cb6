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

/**
 * Installs `window.__colour` in every page the test opens: WCAG contrast of two computed
 * colours, and the colour behind an element (the first opaque background among its
 * ancestors, white if none). Call before the first `goto`.
 */
export async function installColourTools(page: Page) {
  await page.addInitScript(() => {
    const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (c: string) => {
      const [r, g, b] = parse(c)
        .slice(0, 3)
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    (window as any).__colour = {
      contrast(a: string, b: string) {
        const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      },
      behind(el: Element) {
        for (let p: Element | null = el; p; p = p.parentElement) {
          const bg = getComputedStyle(p).backgroundColor;
          const alpha = parse(bg)[3];
          if (bg !== 'transparent' && (alpha === undefined || alpha > 0.9)) return bg;
        }
        return 'rgb(255, 255, 255)';
      },
    };
  });
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
 * the app, and on any Content-Security-Policy violation. A Rust panic in release wasm aborts
 * the whole app, so one must never pass silently; the server sends a strict CSP on every
 * response (no inline script or style attribute), so every test runs with it enforced and
 * anything it blocks is a defect, not a warning.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && /panicked|RuntimeError|unreachable|Content Security Policy/.test(m.text())) errors.push(m.text());
    });
    // The event also reports violations the console does not (e.g. in report-only cases).
    await page.exposeFunction('__cspViolation', (what: string) => errors.push(`CSP violation: ${what}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as any).__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    await use(page);
    expect(errors, 'panics, uncaught errors or CSP violations in the page').toEqual([]);
  },
});
export { expect };

/** The display modes new routes are checked in, each set up on the page before the visits. */
export const MODES = {
  standard: async (_page: Page) => {},
  'elder mode': async (page: Page) => {
    await page.goto('/?care=1');
  },
  'yellow on black': async (page: Page) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('portal.scheme', 'black'));
  },
} as const;
export type Mode = keyof typeof MODES;

/** Opens every route in every language in `mode` (checking the mode held) and runs axe. */
export async function expectNoAxeViolationsOnRoutes(page: Page, routes: string[], mode: Mode) {
  await MODES[mode](page);
  for (const route of routes) {
    for (const path of inLanguages(route)) {
      await page.goto(path);
      await pageReady(page);
      if (mode === 'elder mode') await expect(page.locator('html')).toHaveAttribute('data-care', '1');
      if (mode === 'yellow on black') await expect(page.locator('html')).toHaveAttribute('data-scheme', 'black');
      await expectNoAxeViolations(page);
    }
  }
}

/** No horizontal scroll on a 320 px screen on each path, with elder mode off and on. */
export async function expectNoSidewaysScrollAt320(page: Page, paths: string[]) {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const care of ['0', '1']) {
    await page.goto(`/?care=${care}`);
    for (const path of paths) {
      await page.goto(path);
      await pageReady(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path} (care=${care})`).toBeLessThanOrEqual(0);
    }
  }
}
