// Accessibility on every route, in every language: axe (WCAG 2.2 AA tags) with zero
// violations, and no horizontal scrolling on a 375 px phone.
import { test, expect, allRoutes, expectNoAxeViolations, pageReady, inLanguages, LANGUAGES } from './helpers';

const NOT_FOUND = '/this-page-does-not-exist';

// One test per language, so that the two workers share the routes (and each test's time
// grows with the site map, not three times as fast).
for (const [name, prefix] of Object.entries(LANGUAGES)) {
  test(`axe finds no WCAG 2.2 AA violations on any route (${name})`, async ({ page }) => {
    // Visits every route: allow for the count, not for slowness.
    test.setTimeout(180_000);
    const routes = [...(await allRoutes(page)), NOT_FOUND];
    for (const route of routes) {
      for (const path of inLanguages(route, [prefix])) {
        await page.goto(path);
        await pageReady(page);
        await expectNoAxeViolations(page);
      }
    }
  });
}

test('axe finds no violations on the error views', async ({ page }) => {
  // A search in place that gets no answer.
  await page.goto('/search');
  await pageReady(page);
  await page.route(/\/search\?q=/, (route) => route.abort('connectionreset'));
  await page.getByRole('searchbox', { name: '搜索词' }).fill('口岸');
  await page.getByRole('searchbox', { name: '搜索词' }).press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: '暂时无法显示此内容' })).toBeVisible();
  await expectNoAxeViolations(page);
  // The mailbox's live data unavailable.
  await page.route('**/api/letters/**', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('/mailbox/statistics');
  await pageReady(page);
  await expect(page.locator('.statistics__failed')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('no horizontal scroll at 375 px on any route', async ({ page }) => {
  // Visits every route: allow for the count, not for slowness.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 375, height: 740 });
  const routes = [...(await allRoutes(page)), NOT_FOUND];
  for (const route of routes) {
    for (const path of inLanguages(route)) {
      await page.goto(path);
      await pageReady(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  }
});
