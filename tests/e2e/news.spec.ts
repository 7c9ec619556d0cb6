// News and notices: paging and filters held in the URL, item pages by click and by deep
// link, unknown ids, printing, and the sample-content label.
import { test, expect, pageReady, expectNoAxeViolations } from './helpers';

/** The list of items on a list page (named after its section). */
const list = (page, name = /新闻动态|通知公告|News|Notices/) => page.getByRole('main').getByRole('list', { name });

test('paging by click and by direct URL', async ({ page }) => {
  await page.goto('/news');
  await pageReady(page);
  await expect(page.getByText(/^共 \d+ 条，第 1\/\d+ 页$/)).toBeVisible();
  const firstOnPage1 = await list(page).getByRole('link').first().textContent();
  const pager = page.getByRole('navigation', { name: '分页' });
  await expect(pager.getByRole('link', { name: '第 1 页' })).toHaveAttribute('aria-current', 'page');
  await pager.getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(/\/news\/list\/all\/all\/2$/);
  await expect(page.getByText(/第 2\/\d+ 页$/)).toBeVisible();
  await expect(list(page).getByRole('link').first()).not.toHaveText(firstOnPage1!);
  await expect(pager.getByRole('link', { name: '第 2 页' })).toHaveAttribute('aria-current', 'page');

  // A shared link to page 3 works on its own, with the section still marked in the menu.
  await page.goto('/news/list/all/all/3');
  await pageReady(page);
  await expect(page.getByText(/第 3\/\d+ 页$/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '新闻动态' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('category and year filters, in the app and as a plain form', async ({ page }) => {
  await page.goto('/notices');
  await pageReady(page);
  await page.getByLabel('类别').selectOption({ label: '政策法规' });
  await page.getByLabel('年份').selectOption('2024');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/\/notices\/list\/policy\/2024\/1$/);
  const items = list(page).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) {
    await expect(item).toContainText('政策法规');
    await expect(item.locator('time')).toHaveAttribute('datetime', /^2024-/);
  }
  await expect(page.getByLabel('类别')).toHaveValue('policy');
  await expect(page.getByLabel('年份')).toHaveValue('2024');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the filter form and paging still work', async ({ page }) => {
    await page.goto('/en/news');
    await page.getByLabel('Category').selectOption({ label: 'Statistics' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/\/en\/news\/list\/statistics\/all\/1$/);
    await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
    await expect(list(page).getByRole('listitem').first()).toContainText('Statistics');
  });
});

test('an item opens by click, with breadcrumbs, source, sample label and neighbours', async ({ page }) => {
  await page.goto('/notices');
  await pageReady(page);
  const first = list(page).getByRole('link').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  const h1 = page.getByRole('heading', { level: 1, name: title });
  await expect(h1).toBeVisible();
  const crumbs = page.getByRole('navigation', { name: '当前位置' });
  await expect(crumbs.getByRole('link', { name: '通知公告' })).toHaveAttribute('href', '/notices');
  await expect(crumbs.getByRole('listitem').last()).toHaveText(title);
  await expect(page.getByRole('main')).toContainText('来源');
  await expect(page.getByRole('main')).toContainText('示例内容');
  const neighbours = page.getByRole('navigation', { name: '相邻信息' });
  await neighbours.getByRole('link').last().click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title);
  await expect(page).toHaveURL(/\/notices\/\d{8}-\d{2}$/);
});

test('an item by deep link, with an attachment that states its type and size', async ({ page, request }) => {
  await page.goto('/news');
  await pageReady(page);
  await page.getByLabel('类别').selectOption({ label: '统计数据' });
  await page.getByRole('button', { name: '筛选' }).click();
  await list(page).getByRole('link').first().click();
  await pageReady(page);
  const url = page.url();
  await page.goto(url);
  await pageReady(page);
  const attachments = page.getByRole('region', { name: '附件' });
  await expect(attachments).toContainText(/\(CSV, [\d.]+ (B|KB)\)/);
  // In the link's own name, so that moving by link (Tab) hears the type and size too.
  await expect(attachments.getByRole('link', { name: /\(CSV, [\d.]+ (B|KB)\)$/ })).toHaveCount(1);
  const href = await attachments.getByRole('link').first().getAttribute('href');
  expect((await request.get(href!)).status()).toBe(200);
  await expectNoAxeViolations(page);
});

test('an unknown id shows the not-found page, in the app and from the server', async ({ page }) => {
  const response = await page.goto('/news/20991231-01');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '页面未找到' })).toBeVisible();
  await pageReady(page);
  // In the app: a notice id under /news is not a news item.
  await page.goto('/notices');
  await pageReady(page);
  const href = await list(page).getByRole('link').first().getAttribute('href');
  await page.evaluate((h) => {
    const a = document.createElement('a');
    a.href = h!.replace('/notices/', '/news/');
    a.textContent = 'wrong section';
    document.querySelector('main')!.append(a);
  }, href);
  await page.getByRole('link', { name: 'wrong section' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '页面未找到' })).toBeVisible();
});

test('printing an item leaves out the navigation', async ({ page }) => {
  await page.goto('/news/20180612-01');
  await pageReady(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '当前位置' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '相邻信息' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '选择语言' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
});

test('axe finds no violations on lists, filtered lists and items, in both languages', async ({ page }) => {
  for (const path of ['/news/list/statistics/2025/1', '/en/notices/list/all/all/2', '/notices/20150212-01', '/en/news/20180612-01']) {
    await page.goto(path);
    await pageReady(page);
    await expectNoAxeViolations(page);
  }
});
