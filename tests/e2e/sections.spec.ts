// A section that exists only as data: 政策解读 (`explainers`) was added to the demo bundle by
// editing public/content alone. It must get everything news and notices have: menu entry,
// list, filters, items, breadcrumbs, site map entry, pages without JavaScript, no axe
// violations. Also the server's answers around the list filter, and the CSP it sends.
import { test, expect, pageReady, expectNoAxeViolations } from './helpers';

const list = (page) => page.getByRole('main').getByRole('list', { name: /政策解读|Policy explainers/ });

test('the data-only section has a menu entry, a list, filters and items with breadcrumbs', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '政策解读' }).click();
  await expect(page).toHaveURL(/\/explainers$/);
  await expect(page.getByRole('heading', { level: 1, name: '政策解读' })).toBeVisible();
  await expect(list(page).getByRole('listitem')).toHaveCount(6);

  await page.getByLabel('类别').selectOption({ label: '口岸规划解读' });
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/\/explainers\/list\/explainer-planning\/all\/1$/);
  const items = list(page).getByRole('listitem');
  await expect(items).toHaveCount(2);
  for (const item of await items.all()) await expect(item).toContainText('口岸规划解读');
  // "All" in both selects is the unfiltered list's own address.
  await page.getByLabel('类别').selectOption('all');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/\/explainers$/);

  const first = list(page).getByRole('link').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const crumbs = page.getByRole('navigation', { name: '当前位置' });
  await expect(crumbs.getByRole('link', { name: '政策解读' })).toHaveAttribute('href', '/explainers');
  await expect(crumbs.getByRole('listitem').last()).toHaveText(title);
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '政策解读' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('the site map lists the section, in every language', async ({ page }) => {
  for (const [path, name, href] of [
    ['/sitemap', '政策解读', '/explainers'],
    ['/zh-hk/sitemap', '政策解讀', '/zh-hk/explainers'],
    ['/en/sitemap', 'Policy explainers', '/en/explainers'],
  ]) {
    await page.goto(path);
    await pageReady(page);
    await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
});

test('an item of one section is not found at another section\'s address', async ({ page }) => {
  await page.goto('/explainers/list/all/2022/1');
  await pageReady(page);
  const href = await list(page).getByRole('link').first().getAttribute('href');
  const response = await page.goto(href!.replace('/explainers/', '/news/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '页面未找到' })).toBeVisible();
});

test('axe finds no violations on the section\'s list, filtered list and item', async ({ page }) => {
  for (const path of ['/explainers', '/en/explainers/list/explainer-clearance/all/1', '/zh-hk/explainers/20220822-01']) {
    await page.goto(path);
    await pageReady(page);
    await expectNoAxeViolations(page);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the section reads and filters; "all" and "all" lands on the unfiltered list', async ({ page }) => {
    await page.goto('/en/explainers');
    await expect(page.getByRole('heading', { level: 1, name: 'Policy explainers' })).toBeVisible();
    await page.getByLabel('Category').selectOption({ label: 'Clearance rules explained' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/\/en\/explainers\/list\/explainer-clearance\/all\/1$/);
    await expect(list(page).getByRole('listitem').first()).toContainText('Clearance rules explained');
    await page.getByLabel('Category').selectOption('all');
    await page.getByLabel('Year').selectOption('all');
    const response = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Apply' }).click()]);
    expect(response[0]?.status()).toBe(200);
    await expect(page).toHaveURL(/\/en\/explainers$/);
    await list(page).getByRole('link').first().click();
    await expect(page.getByRole('navigation', { name: 'You are here' }).getByRole('link', { name: 'Policy explainers' })).toBeVisible();
  });

  test('a filter query on a page without a filter is ignored, not a 404', async ({ page }) => {
    for (const path of ['/about?year=2024', '/?year=2020&category=all', '/en/sitemap?category=policy']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });
});

test('every response carries a strict Content-Security-Policy', async ({ request }) => {
  for (const path of ['/', '/en/explainers', '/no-such-page', '/content/site.json', '/about/index.html']) {
    const response = await request.get(path, { maxRedirects: 0 });
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp, path).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain('unsafe-inline');
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
});
