// Bad input never gives a blank page. Pages arrive prerendered with their data, so the
// browser fetches content when the user moves to another page inside the app: a failed,
// broken or unknown-version file then shows the error view in the user's language, keeps
// the navigation, and "try again" works. (A broken bundle never reaches the prerendered
// pages: the build refuses it, see tests/prerender_broken.rs.)
import { test, expect, pageReady } from './helpers';

test('a page file answering 500 shows the error view; retry recovers once it answers 200', async ({ page }) => {
  let failing = true;
  await page.route('**/content/pages/about.json', (route) =>
    failing ? route.fulfill({ status: 500, body: 'boom' }) : route.continue(),
  );
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '关于我们' }).click();
  const heading = page.getByRole('heading', { level: 1, name: '暂时无法显示此内容' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByRole('main')).toContainText('代码 500');
  // The header, the navigation and the way to get help are still there.
  await expect(page.getByRole('banner')).toContainText('深圳市人民政府口岸办公室');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('0755-83394325');

  failing = false;
  await page.getByRole('button', { name: '重新加载' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '关于我们' })).toBeVisible();
});

test('malformed JSON shows the error view in English on an English page', async ({ page }) => {
  await page.route('**/content/pages/privacy.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema": 1, ' }),
  );
  await page.goto('/en/');
  await pageReady(page);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This content cannot be shown right now' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('content file is faulty');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('an unknown schema version is refused with the error view', async ({ page }) => {
  await page.route('**/content/pages/about.json', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.schema = 99;
    await route.fulfill({ response, json });
  });
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '关于我们' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '暂时无法显示此内容' })).toBeVisible();
  await page.getByText('技术信息').click();
  await expect(page.getByRole('main')).toContainText('unsupported schema 99');
});

test('a network failure on a page says so, and retry loads the page', async ({ page }) => {
  let failing = true;
  await page.route('**/content/pages/copyright.json', (route) =>
    failing ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('contentinfo').getByRole('link', { name: '版权保护' }).click();
  await expect(page.getByRole('main')).toContainText('网络连接失败');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  failing = false;
  await page.getByRole('button', { name: '重新加载' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '版权保护' })).toBeVisible();
});

test('while content loads, a status message says so', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/content/pages/about.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '关于我们' }).click();
  await expect(page.getByRole('status')).toHaveText('正在加载，请稍候…');
  release();
  await expect(page.getByRole('heading', { level: 1, name: '关于我们' })).toBeVisible();
});
