// Bad input never gives a blank page. Pages arrive prerendered with their content (a broken
// bundle never reaches them: the build refuses it, see tests/prerender_broken.rs), so what
// the browser still fetches is what its islands need: the search index, the mailbox's live
// data. A failed or broken file then shows the error view in the user's language, under
// the page's own heading, and "try again" works.
import { test, expect, pageReady } from './helpers';

const INDEX = '**/content/search/**';

test('a search index file answering 500 shows the error view; retry recovers once it answers 200', async ({ page }) => {
  let failing = true;
  await page.route(INDEX, (route) => (failing ? route.fulfill({ status: 500, body: 'boom' }) : route.continue()));
  await page.goto('/search?q=%E5%8F%A3%E5%B2%B8');
  await pageReady(page);
  const heading = page.getByRole('heading', { level: 2, name: '暂时无法显示此内容' });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('main')).toContainText('代码 500');
  // The page keeps its own heading, its form with the query, and the way to get help.
  await expect(page.getByRole('heading', { level: 1, name: '站内搜索' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: '搜索词' })).toHaveValue('口岸');
  await expect(page.getByRole('main')).toContainText('0755-83394325');

  failing = false;
  await page.getByRole('button', { name: '重新加载' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '“口岸”的搜索结果' })).toBeVisible();
});

test('a network failure says so in English on an English page, and retry searches again', async ({ page }) => {
  let failing = true;
  await page.route(INDEX, (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/en/search?q=checkpoint');
  await pageReady(page);
  await expect(page.getByRole('heading', { level: 2, name: 'This content cannot be shown right now' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('The connection failed');
  failing = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /checkpoint/ })).toBeVisible();
});

test('a malformed index file is refused with the error view, not a panic', async ({ page }) => {
  await page.route(INDEX, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema": 1, ' }));
  await page.goto('/search?q=%E5%8F%A3%E5%B2%B8');
  await pageReady(page);
  await expect(page.getByRole('heading', { level: 2, name: '暂时无法显示此内容' })).toBeVisible();
  await page.getByText('技术信息').click();
  await expect(page.locator('.error-view__details pre')).not.toBeEmpty();
});

test('while the index loads, the page says it is searching', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(INDEX, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/search?q=%E5%8F%A3%E5%B2%B8');
  await expect(page.getByText('正在搜索……')).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 2, name: '“口岸”的搜索结果' })).toBeVisible();
});
