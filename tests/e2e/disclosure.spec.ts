// Government information disclosure (issue 11): the disclosure home in the menu with its
// entry points, the guide, the catalogue's filters by click and as a plain form without
// JavaScript, a repealed entry that says so at the top, an entry that points at a notice,
// breadcrumbs, the site map in every language, 320 px without sideways scrolling, and axe
// on every new route in every language, in elder mode and in the yellow-on-black scheme.
import { test, expect, pageReady, expectNoAxeViolations, inLanguages, expectNoAxeViolationsOnRoutes, expectNoSidewaysScrollAt320 } from './helpers';

/** The catalogue's list of entries. */
const entries = (page, name = /公开目录|公開目錄|Disclosure catalogue/) => page.getByRole('main').getByRole('list', { name });

/** A repealed entry (replaced by 2022-00004) and one that points at a notice. */
const REPEALED = '/disclosure/catalogue/2019-00003';
const POINTS_AT_NOTICE = '/disclosure/catalogue/2023-00004';
const NEW_ROUTES = [
  '/disclosure',
  '/disclosure/guide',
  '/disclosure/catalogue',
  '/disclosure/catalogue/list/policy/all/repealed/1',
  REPEALED,
  POINTS_AT_NOTICE,
];

test('the disclosure home is in the menu and leads to the guide and the catalogue', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '信息公开' }).click();
  await expect(page).toHaveURL(/\/disclosure$/);
  await expect(page.getByRole('heading', { level: 1, name: '信息公开' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name: '依申请公开' })).toBeVisible();
  await expect(main).toContainText('20个工作日');
  await expect(main.getByRole('heading', { level: 2, name: '公开工作机构' })).toBeVisible();
  await expect(main.getByRole('link', { name: '0755-83394325' })).toHaveAttribute('href', 'tel:0755-83394325');
  // Every entry point leads to a page that exists: no dead link.
  for (const link of await main.getByRole('link').all()) {
    const href = await link.getAttribute('href');
    if (href?.startsWith('/')) expect((await page.request.get(href)).status(), href).toBe(200);
  }
  await main.getByRole('link', { name: '公开指南', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '政府信息公开指南' })).toBeVisible();
  for (const heading of ['主动公开', '依申请公开']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('table', { name: '政府信息公开工作机构' })).toBeVisible();
  const crumbs = page.getByRole('navigation', { name: '当前位置' });
  await expect(crumbs.getByRole('link', { name: '信息公开' })).toHaveAttribute('href', '/disclosure');
});

test('catalogue filters by click: category, year and validity', async ({ page }) => {
  await page.goto('/disclosure/catalogue');
  await pageReady(page);
  await expect(entries(page).getByRole('listitem')).toHaveCount(20);
  await page.getByLabel('类别').selectOption({ label: '政策法规' });
  await page.getByLabel('效力').selectOption({ label: '已废止' });
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/\/disclosure\/catalogue\/list\/policy\/all\/repealed\/1$/);
  const items = entries(page).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) await expect(item).toContainText('已废止');
  await expect(page.getByLabel('类别')).toHaveValue('policy');
  await expect(page.getByLabel('效力')).toHaveValue('repealed');

  // The year, then a category of the tree beside the list (a parent includes its children).
  await page.getByLabel('效力').selectOption('all');
  await page.getByLabel('类别').selectOption('all');
  await page.getByLabel('年份').selectOption('2024');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/\/disclosure\/catalogue\/list\/all\/2024\/all\/1$/);
  for (const item of await entries(page).getByRole('listitem').all()) {
    await expect(item.locator('time')).toHaveAttribute('datetime', /^2024-/);
  }
  await page.getByRole('navigation', { name: '目录分类' }).getByRole('link', { name: '资金信息' }).click();
  await expect(page).toHaveURL(/\/disclosure\/catalogue\/list\/funds\/2024\/all\/1$/);
  await expect(entries(page).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('navigation', { name: '目录分类' }).getByRole('link', { name: '资金信息' })).toHaveAttribute('aria-current', 'page');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the catalogue filter form, paging and entries still work', async ({ page }) => {
    await page.goto('/en/disclosure/catalogue');
    await page.getByLabel('Category').selectOption({ label: 'Policies and rules' });
    await page.getByLabel('Validity').selectOption({ label: 'Repealed' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/\/en\/disclosure\/catalogue\/list\/policy\/all\/repealed\/1$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Disclosure catalogue' })).toBeVisible();
    await expect(entries(page).getByRole('listitem').first()).toContainText('Repealed');
    await page.goto('/disclosure/catalogue');
    await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(/\/disclosure\/catalogue\/list\/all\/all\/all\/2$/);
    await entries(page).getByRole('link').first().click();
    await expect(page.getByText('索引号').first()).toBeVisible();
  });
});

test('a repealed entry says so at the top, with the document that replaces it', async ({ page }) => {
  await page.goto(REPEALED);
  await pageReady(page);
  const h1 = page.getByRole('heading', { level: 1 });
  const notice = page.getByRole('note');
  await expect(notice.getByRole('heading', { level: 2 })).toHaveText('本文件已于 2022-06-30 废止，不再有效');
  // Right under the heading: before the facts and the text.
  const [h1Box, noticeBox, metaBox] = await Promise.all([h1.boundingBox(), notice.boundingBox(), page.locator('.entry-meta').boundingBox()]);
  expect(noticeBox!.y).toBeGreaterThan(h1Box!.y);
  expect(noticeBox!.y).toBeLessThan(metaBox!.y);
  const main = page.getByRole('main');
  await expect(main).toContainText('11440300K00000000X/2019-00003');
  await expect(main).toContainText('深口岸办规〔2019〕1号');
  const crumbs = page.getByRole('navigation', { name: '当前位置' });
  await expect(crumbs.getByRole('link', { name: '信息公开' })).toHaveAttribute('href', '/disclosure');
  await expect(crumbs.getByRole('link', { name: '公开目录' })).toHaveAttribute('href', '/disclosure/catalogue');
  // The replacing document is current and lists what it replaces.
  await notice.getByRole('link').click();
  await expect(page).toHaveURL(/\/disclosure\/catalogue\/2022-00004$/);
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.getByRole('region', { name: '本文件取代的文件' }).getByRole('link')).toHaveAttribute('href', REPEALED);

  await page.goto(`/en${REPEALED}`);
  await pageReady(page);
  await expect(page.getByRole('note')).toContainText('This document was repealed on 2022-06-30');
});

test('an entry that points at a notice links to it instead of repeating it', async ({ page }) => {
  await page.goto(POINTS_AT_NOTICE);
  await pageReady(page);
  const link = page.getByRole('main').getByRole('link', { name: /恢复通关/ });
  await expect(link).toHaveAttribute('href', '/notices/20230203-01');
  await link.click();
  await expect(page).toHaveURL(/\/notices\/20230203-01$/);
});

test('an unknown entry or filter value is not found', async ({ page }) => {
  for (const path of ['/disclosure/catalogue/2099-00001', '/disclosure/catalogue/list/gossip/all/all/1', '/disclosure/catalogue/list/all/all/void/1']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test('the site map lists the disclosure pages, in every language', async ({ page }) => {
  for (const [path, names] of [
    ['/sitemap', ['信息公开', '公开指南', '公开目录']],
    ['/zh-hk/sitemap', ['信息公開', '公開指南', '公開目錄']],
    ['/en/sitemap', ['Disclosure', 'Disclosure guide', 'Disclosure catalogue']],
  ] as const) {
    await page.goto(path);
    await pageReady(page);
    const prefix = path.replace('/sitemap', '');
    for (const [name, href] of names.map((n, i) => [n, ['/disclosure', '/disclosure/guide', '/disclosure/catalogue'][i]])) {
      await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toHaveAttribute('href', `${prefix}${href}`);
    }
  }
  const xml = await (await page.request.get('/sitemap.xml')).text();
  for (const path of ['/disclosure', '/en/disclosure/guide', '/zh-hk/disclosure/catalogue', `/en${REPEALED}`]) {
    expect(xml, path).toContain(`${path}</loc>`);
  }
});

test('no horizontal scroll at 320 px, in both modes', async ({ page }) => {
  test.setTimeout(120_000);
  await expectNoSidewaysScrollAt320(page, [...NEW_ROUTES, '/en/disclosure/catalogue', `/zh-hk${REPEALED}`]);
});

for (const mode of ['standard', 'elder mode', 'yellow on black'] as const) {
  test(`axe finds no violations on the disclosure routes in every language (${mode})`, async ({ page }) => {
    test.setTimeout(180_000);
    await expectNoAxeViolationsOnRoutes(page, NEW_ROUTES, mode);
  });
}
