// Pages are prerendered HTML; only their islands run in the browser (src/browser.rs): the
// header's on every page, and a page's own (search, the mailbox's forms and live data, the
// checkpoints' clock), whose code is a chunk loaded with that page only (`#[island(lazy)]`,
// scripts/split-wasm). The islands take their text from the table of the page's language
// (src/i18n.rs). Whatever fails to arrive, the page stays working HTML and says so.
import { test, expect, pageReady } from './helpers';

/** The files a page fetches, by name. */
function fetchedFiles(page: import('@playwright/test').Page) {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname.split('/').pop() ?? ''));
  return fetched;
}

test('the header islands run on every page, with the text of its language, and a link is a page load', async ({ page }) => {
  const fetched = fetchedFiles(page);
  await page.goto('/en/about');
  await pageReady(page);
  expect(fetched.filter((f) => /^texts-/.test(f))).toEqual([expect.stringMatching(/^texts-en-[0-9a-f]{16}\.json$/)]);
  // The toolbar works, in English (its panel is built in the browser from the table).
  await page.getByRole('button', { name: 'Accessibility' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Accessibility tools' })).toBeVisible();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text', '115');
  await expect(page.locator('#portal-live')).toHaveText(/115%/);
  // A link loads the next page (no app carries over), whose islands start again.
  await page.evaluate(() => ((window as any).__stay = 1));
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'News', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
  expect(await page.evaluate(() => (window as any).__stay)).toBeUndefined();
  await pageReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-text', '115');
});

test("a page's own island loads its code with that page only", async ({ page }) => {
  const fetched = fetchedFiles(page);
  await page.goto('/');
  await pageReady(page);
  const home = fetched.filter((f) => f.endsWith('.wasm'));
  await page.goto('/search?q=%E5%8F%A3%E5%B2%B8');
  await pageReady(page);
  await expect(page.getByRole('heading', { level: 2, name: '“口岸”的搜索结果' })).toBeVisible();
  const search = fetched.filter((f) => f.endsWith('.wasm')).slice(home.length);
  // The search page fetched code the home page did not need.
  expect(search.filter((f) => !home.includes(f)).length).toBeGreaterThan(0);
});

for (const [what, pattern] of [
  ['the table of messages', '**/texts-*.json'],
  ['the main wasm module', '**/portal-*_bg.wasm'],
] as const) {
  test(`a page whose ${what} fails to arrive stays working HTML and says so`, async ({ page }) => {
    await page.route(pattern, (route) => route.abort('internetdisconnected'));
    await page.goto('/en/news');
    await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-app', 'failed');
    await expect(page.locator('#app-notice')).toBeVisible();
    // Its links still load pages, and elder mode's switch is still a link.
    await page.getByRole('main').getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test("a page whose own island's code fails to arrive still works as HTML: the letter form posts to the server", async ({ page }) => {
  await page.route('**/split_letter_form_enhance_loader_*.wasm', (route) => route.abort('internetdisconnected'));
  await page.goto('/en/mailbox/enquiries');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'failed');
  // The notice says what happened (not that the browser cannot run it), with a retry.
  const notice = page.locator('#app-notice');
  await expect(notice.getByText(/did not load/)).toBeVisible();
  await expect(notice.getByText(/cannot run/)).toBeHidden();
  await expect(notice.getByRole('link', { name: 'Load the page again' })).toHaveAttribute('href', '');
  // The form is the server's: sent without the island, it comes back with the errors.
  await page.getByRole('textbox', { name: 'Title' }).fill('abc');
  await page.getByRole('button', { name: 'Send letter' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'There is a problem' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('abc');
});
