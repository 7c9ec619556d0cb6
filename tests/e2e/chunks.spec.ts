// The app's code comes in chunks, one per group of pages (src/pages/mod.rs, scripts/split-wasm):
// a chunk is fetched the first time one of its pages is shown, and only then; a chunk that
// fails to arrive gives the error view with a retry, never a panic or a blank page.
import { test, expect, pageReady } from './helpers';

test('a group of pages loads its code once, when one of them is first opened', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (file.endsWith('.wasm')) fetched.push(file);
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await pageReady(page);
  // The home page's own chunk came before hydration; the disclosure pages' did not.
  expect(fetched).toContain('split_page_home.wasm');
  expect(fetched).not.toContain('split_page_disclosure.wasm');

  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('link', { name: '信息公开', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '信息公开', exact: true })).toBeVisible();
  await nav.getByRole('link', { name: '首页', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await nav.getByRole('link', { name: '信息公开', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '信息公开', exact: true })).toBeVisible();
  expect(fetched.filter((f) => f === 'split_page_disclosure.wasm')).toHaveLength(1);
  expect(fetched.filter((f) => f === 'split_page_home.wasm')).toHaveLength(1);
  expect(errors).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
});

test('a chunk that fails to arrive shows the error view; retry loads the page', async ({ page }) => {
  let failing = true;
  await page.route('**/split_page_reports.wasm', (route) =>
    failing ? route.abort('internetdisconnected') : route.continue(),
  );
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/disclosure');
  await pageReady(page);
  await page.getByRole('main').getByRole('link', { name: '年度报告', exact: true }).click();
  const heading = page.getByRole('heading', { level: 1, name: '暂时无法显示此内容' });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('main')).toContainText('网络连接失败');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');

  failing = false;
  await page.getByRole('button', { name: '重新加载' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '年度报告' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a prerendered page whose chunk fails stays a working HTML page and says so', async ({ page }) => {
  await page.route('**/split_page_news.wasm', (route) => route.abort('internetdisconnected'));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/en/news');
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
  // Without its code the page is not hydrated (that would break it): it stays plain HTML,
  // the quiet notice says which features are off, and its links load pages as usual.
  await expect(page.locator('html')).toHaveAttribute('data-app', 'failed');
  await expect(page.locator('#app-notice')).toBeVisible();
  await page.getByRole('main').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});
