// Bad input never gives a blank page. Pages arrive with their content (prerendered, or
// rendered by the server for a search or a form post; a broken bundle never reaches them:
// the build refuses it, see tests/prerender_broken.rs), so what the browser still fetches
// is what its islands need: the mailbox's live data (the statistics, a look-up), and the
// next search's page when a search runs in place. A failed or broken answer then says so in the user's language,
// with the page's own heading and the way to get help; nothing typed is lost.
import { test, expect, pageReady } from './helpers';

for (const [what, fail] of [
  ['answering 500', (route: any) => route.fulfill({ status: 500, body: 'boom' })],
  ['a dropped connection', (route: any) => route.abort('connectionreset')],
  ['a malformed answer', (route: any) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": [' })],
] as const) {
  test(`the letter statistics and the look-up, the mailbox ${what}: the page says so; what was typed stays`, async ({ page }) => {
    await page.route('**/api/letters/**', fail);
    await page.goto('/en/mailbox/statistics');
    await pageReady(page);
    await expect(page.locator('.statistics__failed')).toContainText('0755-83394325');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/en/mailbox/lookup');
    await pageReady(page);
    await page.getByRole('textbox', { name: 'Letter number' }).fill('2026000001');
    await page.getByRole('textbox', { name: 'Query code' }).fill('AAAA-AAAA-AAAA');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page.locator('.letter-lookup__result')).toContainText('cannot be reached');
    await expect(page.getByRole('textbox', { name: 'Letter number' })).toHaveValue('2026000001');
  });
}

test('a search in place whose answer is a proxy error page says the content cannot be shown, in English', async ({ page }) => {
  await page.goto('/en/search');
  await pageReady(page);
  await page.route(/\/en\/search\?q=/, (route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad Gateway</h1>' }));
  const field = page.getByRole('searchbox', { name: 'Search for' });
  await field.fill('checkpoint');
  await field.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'This content cannot be shown right now' })).toBeFocused();
  await expect(page.getByRole('main')).toContainText('The connection failed');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(field).toHaveValue('checkpoint');
  // Once the server answers again, the search runs.
  await page.unroute(/\/en\/search\?q=/);
  await field.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Results for “checkpoint”' })).toBeFocused();
});
