// The page hydrates in parts, each in a task of its own (src/later.rs). These tests hold the
// parts back (the zero-delay timers the app sets once hydration has begun) to look at the
// page between its first part and the rest, then let them go.
import type { Page } from '@playwright/test';
import { test, expect, pageReady } from './helpers';

/** From the `portal:hydrate` mark on, zero-delay timers wait until `__releaseParts()`. */
async function holdParts(page: Page) {
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    let holding = false;
    const w = window as unknown as Record<string, unknown>;
    const realSetTimeout = window.setTimeout.bind(window);
    const realMark = performance.mark.bind(performance);
    performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
      if (name === 'portal:hydrate') holding = true;
      return realMark(name, options);
    }) as typeof performance.mark;
    w.setTimeout = (fn: (...a: unknown[]) => void, delay?: number, ...args: unknown[]) => {
      if (holding && !delay) {
        held.push(() => fn(...args));
        return 0;
      }
      return realSetTimeout(fn, delay, ...args);
    };
    w.__heldParts = () => held.length;
    w.__releaseParts = () => {
      holding = false;
      held.splice(0).forEach((run) => run());
    };
  });
}

const navLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name });

test('a link clicked while parts of the page wait to hydrate opens its page by a page load', async ({ page }) => {
  await holdParts(page);
  await page.goto('/');
  await page.waitForFunction(() => (window as unknown as { __heldParts: () => number }).__heldParts() > 0);
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
  await page.evaluate(() => ((window as unknown as Record<string, unknown>).__samePage = true));
  await navLink(page, '关于我们').click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole('heading', { level: 1, name: '关于我们' })).toBeVisible();
  // A new document: the router did not take the click.
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__samePage)).toBeUndefined();
});

test('once every part has hydrated, links navigate in the app again', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await holdParts(page);
  await page.goto('/');
  await page.waitForFunction(() => (window as unknown as { __heldParts: () => number }).__heldParts() > 0);
  await page.evaluate(() => (window as unknown as { __releaseParts: () => void }).__releaseParts());
  await pageReady(page);
  await page.evaluate(() => ((window as unknown as Record<string, unknown>).__samePage = true));
  await navLink(page, '关于我们').click();
  await expect(page.getByRole('heading', { level: 1, name: '关于我们' })).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__samePage)).toBe(true);
  expect(errors).toEqual([]);
});

test('a step in history while parts wait to hydrate reloads the page at its address', async ({ page }) => {
  await holdParts(page);
  await page.goto('/');
  await page.waitForFunction(() => (window as unknown as { __heldParts: () => number }).__heldParts() > 0);
  await page.evaluate(() => {
    (window as unknown as Record<string, unknown>).__samePage = true;
    history.pushState(null, '', '/about');
  });
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  // A new document at the address stepped to: the router did not take the step.
  await expect.poll(() => page.evaluate(() => (window as unknown as Record<string, unknown>).__samePage)).toBeUndefined();
  await expect(page.getByRole('heading', { level: 1, name: '深圳市人民政府口岸办公室' })).toBeVisible();
});
