// Every page reads before (and without) the wasm: prerendered HTML, then hydration that
// changes nothing visible, reuses the embedded data and leaves the page working.
import { test, expect, pageReady } from './helpers';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('home, a static page, the site map and the 404 page read fully; links work', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: '深圳市人民政府口岸办公室' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('4403000054');
    // A plain link is a plain page load.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '关于我们' }).click();
    await expect(page).toHaveURL(/\/about$/);
    await expect(page.getByRole('heading', { level: 1, name: '关于我们' })).toBeVisible();
    await expect(page.getByRole('table', { name: '办公地址和电话' })).toContainText('0755-83394325');
    await expect(page).toHaveTitle('关于我们 - 深圳市人民政府口岸办公室');

    await page.goto('/en/sitemap');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '/en/privacy');
    await main.getByRole('link', { name: 'Privacy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();

    const response = await page.goto('/en/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('each language prefix renders its language with the right <html lang>', async ({ page }) => {
    for (const [path, lang, heading] of [
      ['/', 'zh-CN', '深圳市人民政府口岸办公室'],
      ['/en/', 'en', "Port Office of the Shenzhen Municipal People's Government"],
      ['/en/about', 'en', 'About us'],
      ['/copyright', 'zh-CN', '版权保护'],
    ]) {
      await page.goto(path);
      await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    }
  });
});

test('a direct load makes no request for the data already in the page', async ({ page }) => {
  const contentRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/content/')) contentRequests.push(r.url());
  });
  for (const path of ['/', '/about', '/en/privacy', '/sitemap']) {
    await page.goto(path);
    await pageReady(page);
  }
  expect(contentRequests).toEqual([]);
});

test('a click on a link loads the prerendered page, which fetches no content either', async ({ page }) => {
  const contentRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/content/')) contentRequests.push(r.url());
  });
  await page.goto('/about');
  await pageReady(page);
  await page.evaluate(() => ((window as any).__samePage = true));
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '网站导航' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '网站导航' })).toBeVisible();
  expect(await page.evaluate(() => (window as any).__samePage)).toBeUndefined();
  await pageReady(page);
  expect(contentRequests).toEqual([]);
});

test('hydration changes nothing visible: the page before and after it looks the same', async ({ browser }) => {
  // Visits every route: allow for the count, not for slowness.
  test.setTimeout(180_000);
  for (const path of ['/', '/en/about', '/sitemap', '/nope']) {
    const before = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 900 } });
    const after = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const plain = await before.newPage();
    await plain.goto(path);
    await expect(plain.getByRole('heading', { level: 1 })).toBeVisible();
    const hydrated = await after.newPage();
    await hydrated.goto(path);
    await pageReady(hydrated);
    // The header's two app controls are offered only with scripts (and the toolbar only
    // once the app runs): leave them out of the comparison; they keep their place either way.
    const shot = (p: typeof plain) =>
      p.screenshot({ fullPage: true, mask: [p.locator('.toolbar-toggle'), p.locator('.care-toggle')] });
    const [a, b] = [await shot(plain), await shot(hydrated)];
    expect(Buffer.compare(a, b), `screenshots differ on ${path}`).toBe(0);
    await before.close();
    await after.close();
  }
});

test('the server answers clean URLs with and without a slash, and 404 for unknown paths', async ({ request }) => {
  for (const path of ['/', '/about', '/about/', '/en', '/en/', '/en/sitemap/']) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  const index = await request.get('/about/index.html', { maxRedirects: 0 });
  expect(index.status()).toBe(308);
  expect(index.headers()['location']).toBe('/about');
  expect((await request.get('/nope')).status()).toBe(404);
  expect((await request.get('/en/nope')).status()).toBe(404);
});

test('controls that need scripts are not offered without JavaScript; with it they are there at once', async ({ browser }) => {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const plain = await off.newPage();
  await plain.goto('/about');
  await expect(plain.getByRole('heading', { level: 1, name: '关于我们' })).toBeVisible();
  await expect(plain.getByRole('button', { name: '无障碍' })).toBeHidden();
  await expect(plain.getByRole('link', { name: '关怀版' })).toBeHidden();
  await off.close();
  // With scripts: the elder-mode link and the toolbar's button from the first paint, so that
  // hydration adds nothing to the accessibility tree (a11y_toolbar.css says why); a press
  // before the app runs opens the toolbar once it does.
  const on = await browser.newContext();
  const page = await on.newPage();
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/about');
  await expect(page.getByRole('link', { name: '关怀版' })).toBeVisible();
  const toggle = page.getByRole('button', { name: '无障碍' });
  await expect(toggle).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-app', /./);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-toolbar-pending', '1');
  release();
  await pageReady(page);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: '无障碍工具' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-toolbar-pending', /./);
  await on.close();
});
