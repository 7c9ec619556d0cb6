// Interaction (issue 12 items 4 and 5): online interviews, upcoming then past, each with its
// guests, time, pictures and a transcript in which every turn says who speaks; the
// knowledge base filtered by category by click and without JavaScript, each question at a
// stable anchor; the site map and sitemap.xml in every language; axe on every new route in
// every language, standard and in elder mode.
import { test, expect, pageReady, expectNoAxeViolations, inLanguages, expectNoAxeViolationsOnRoutes, expectNoSidewaysScrollAt320 } from './helpers';

const PAST = '/interviews/2026-liantang-cargo';
const UPCOMING = '/interviews/2026-holiday-travel';
const NEW_ROUTES = ['/interviews', PAST, UPCOMING, '/knowledge', '/knowledge/vehicles'];

test('the interviews are in the menu: upcoming first, then past ones, newest first', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '互动交流' }).click();
  await page.getByRole('main').getByRole('link', { name: '在线访谈' }).click();
  await expect(page).toHaveURL(/\/interviews$/);
  await expect(page.getByRole('heading', { level: 1, name: '在线访谈' })).toBeVisible();
  const main = page.getByRole('main');
  const upcoming = main.getByRole('region', { name: '访谈预告' });
  const past = main.getByRole('region', { name: '往期访谈' });
  // Upcoming: soonest first; past: newest first.
  await expect(upcoming.getByRole('heading', { level: 3 })).toHaveText(['元旦春节假期口岸通关服务保障', '智慧口岸建设进展']);
  await expect(past.getByRole('heading', { level: 3 })).toHaveText(['莲塘口岸货运通关便利措施', '旅客自助通关问答', '深圳口岸发展规划解读']);
  const [upBox, pastBox] = await Promise.all([upcoming.boundingBox(), past.boundingBox()]);
  expect(upBox!.y).toBeLessThan(pastBox!.y);
  await expect(upcoming.locator('time').first()).toHaveAttribute('datetime', '2026-12-18T15:00+08:00');
  await expect(upcoming.getByRole('listitem').first()).toContainText('即将举行');
  await expect(upcoming.getByRole('listitem').first()).toContainText('示例内容');
  await past.getByRole('link', { name: '莲塘口岸货运通关便利措施' }).click();
  await expect(page).toHaveURL(new RegExp(`${PAST}$`));
  await expect(page.getByRole('heading', { level: 1, name: '莲塘口岸货运通关便利措施' })).toBeVisible();
});

test('an interview page: guests, time, picture with its text, and a transcript heard by speaker', async ({ page }) => {
  await page.goto(PAST);
  await pageReady(page);
  const main = page.getByRole('main');
  await expect(main.getByText('示例内容').first()).toBeVisible();
  await expect(main.locator('time')).toHaveAttribute('datetime', '2026-10-22T14:30+08:00');
  await expect(main).toContainText('（北京时间）');
  const guests = main.getByRole('region', { name: '访谈嘉宾' });
  await expect(guests.getByRole('listitem')).toHaveCount(2);
  await expect(guests).toContainText('王磊');
  await expect(guests).toContainText('市口岸办口岸管理处处长');
  const picture = main.getByRole('img', { name: /口岸查验通道/ });
  await expect(picture).toBeVisible();
  // Really loaded (served from /images/, allowed by the CSP), not just its alt text shown.
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const transcript = main.getByRole('region', { name: '访谈实录' });
  // One heading per question, to jump between them.
  await expect(transcript.getByRole('heading', { level: 3 })).toHaveText(['第 1 问', '第 2 问', '第 3 问']);
  // Each turn: the speaker as the term, what they said as its definition.
  const terms = transcript.getByRole('term');
  await expect(terms.first()).toHaveText('提问： 主持人');
  await expect(terms.nth(1)).toHaveText('回答： 王磊 市口岸办口岸管理处处长');
  await expect(transcript.getByRole('definition').first()).toHaveText('请先介绍一下莲塘口岸货运通道目前的情况。');
  // The second question is answered by two guests, each named.
  const second = transcript.getByRole('listitem').nth(1);
  await expect(second.getByRole('term')).toHaveText(['提问： 网友“东部货车司机”', '回答： 赵静 莲塘口岸货运协调员', '回答： 王磊 市口岸办口岸管理处处长']);
  const crumbs = page.getByRole('navigation', { name: '当前位置' });
  await expect(crumbs.getByRole('link', { name: '在线访谈' })).toHaveAttribute('href', '/interviews');

  // In English: the interface in English, the Chinese words marked as Chinese.
  await page.goto(`/en${PAST}`);
  await pageReady(page);
  const en = page.getByRole('main').getByRole('region', { name: 'Transcript' });
  await expect(en.getByRole('heading', { level: 3 }).first()).toHaveText('Question 1');
  await expect(en.getByRole('term').nth(1)).toHaveText('Answered by 王磊 市口岸办口岸管理处处长');
  await expect(en.getByRole('term').nth(1).locator('[lang="zh-CN"]').first()).toHaveText('王磊');
  await expect(en.getByRole('definition').first()).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('main')).toContainText('(Beijing time, UTC+8)');
});

test('an upcoming interview says its transcript comes later', async ({ page }) => {
  await page.goto(UPCOMING);
  await pageReady(page);
  const transcript = page.getByRole('main').getByRole('region', { name: '访谈实录' });
  await expect(transcript).toContainText('访谈尚未举行');
  await expect(transcript.getByRole('term')).toHaveCount(0);
});

test('the knowledge base filters by category by click, and back to all', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '互动交流' }).click();
  await page.getByRole('main').getByRole('link', { name: '业务知识库' }).click();
  await expect(page).toHaveURL(/\/knowledge$/);
  const main = page.getByRole('main');
  for (const category of ['旅客通关', '车辆通关', '货物通关', '口岸开放时间', '证件办理']) {
    await expect(main.getByRole('heading', { level: 2, name: category })).toBeVisible();
  }
  const all = await main.getByRole('heading', { level: 3 }).count();
  expect(all).toBeGreaterThanOrEqual(20);
  await expect(main).toContainText(`共 ${all} 个问题`);
  const filter = main.getByRole('navigation', { name: '按类别查看' });
  await expect(filter.getByRole('link', { name: '全部类别' })).toHaveAttribute('aria-current', 'page');
  await filter.getByRole('link', { name: '车辆通关' }).click();
  await expect(page).toHaveURL(/\/knowledge\/vehicles$/);
  await expect(page.getByRole('heading', { level: 1, name: '业务知识库：车辆通关' })).toBeVisible();
  await expect(filter.getByRole('link', { name: '车辆通关' })).toHaveAttribute('aria-current', 'page');
  await expect(main.getByRole('heading', { level: 2, name: '旅客通关' })).toHaveCount(0);
  const vehicles = await main.getByRole('heading', { level: 3 }).count();
  expect(vehicles).toBeGreaterThan(0);
  expect(vehicles).toBeLessThan(all);
  await expect(main).toContainText(`共 ${vehicles} 个问题`);
  await filter.getByRole('link', { name: '全部类别' }).click();
  await expect(page).toHaveURL(/\/knowledge$/);
  await expect(main.getByRole('heading', { level: 3 })).toHaveCount(all);
});

test('each question has a stable anchor, and unknown addresses are not found', async ({ page }) => {
  await page.goto('/knowledge#q-hours-main');
  await pageReady(page);
  const question = page.locator('#q-hours-main');
  await expect(question).toHaveRole('heading');
  await expect(question).toHaveText('深圳主要旅检口岸几点开、几点关？');
  await expect(question).toBeInViewport();
  await page.goto('/knowledge/hours#q-hours-main');
  await expect(page.locator('#q-hours-main')).toBeVisible();
  for (const path of ['/knowledge/boats', '/interviews/no-such-interview', '/en/knowledge/boats']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the knowledge filter is a set of links to real pages, and interviews read in full', async ({ page }) => {
    await page.goto('/en/knowledge');
    const filter = page.getByRole('navigation', { name: 'Show a category' });
    await filter.getByRole('link', { name: 'Goods and freight' }).click();
    await expect(page).toHaveURL(/\/en\/knowledge\/cargo$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Knowledge base: Goods and freight' })).toBeVisible();
    await expect(filter.getByRole('link', { name: 'Goods and freight' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main').getByRole('heading', { level: 2, name: 'Vehicles' })).toHaveCount(0);
    await filter.getByRole('link', { name: 'All categories' }).click();
    await expect(page).toHaveURL(/\/en\/knowledge$/);
    await expect(page.getByRole('main').getByRole('heading', { level: 2, name: 'Vehicles' })).toBeVisible();

    // The address a form or another page may use: ?category= lands on the category's page.
    await page.goto('/knowledge?category=documents');
    await expect(page).toHaveURL(/\/knowledge\/documents$/);
    await expect(page.getByRole('heading', { level: 1, name: '业务知识库：证件办理' })).toBeVisible();

    await page.goto('/interviews');
    await page.getByRole('link', { name: '旅客自助通关问答' }).click();
    await expect(page).toHaveURL(/\/interviews\/2026-self-service$/);
    await expect(page.getByRole('region', { name: '访谈实录' }).getByRole('term').first()).toHaveText('提问： 主持人');
  });
});

test('the site map and sitemap.xml list the new pages, in every language', async ({ page }) => {
  for (const [prefix, names] of [
    ['', ['在线访谈', '业务知识库']],
    ['/zh-hk', ['在線訪談', '業務知識庫']],
    ['/en', ['Online interviews', 'Knowledge base']],
  ] as const) {
    await page.goto(`${prefix}/sitemap`);
    await pageReady(page);
    const map = page.getByRole('main');
    await expect(map.getByRole('link', { name: names[0], exact: true })).toHaveAttribute('href', `${prefix}/interviews`);
    await expect(map.getByRole('link', { name: names[1], exact: true })).toHaveAttribute('href', `${prefix}/knowledge`);
  }
  const xml = await (await page.request.get('/sitemap.xml')).text();
  for (const path of ['/interviews', `/en${PAST}`, `/zh-hk${UPCOMING}`, '/knowledge', '/en/knowledge/vehicles', '/zh-hk/knowledge/documents']) {
    expect(xml, path).toContain(`${path}</loc>`);
  }
});

test('no horizontal scroll at 320 px, in both modes', async ({ page }) => {
  test.setTimeout(120_000);
  await expectNoSidewaysScrollAt320(page, [...NEW_ROUTES, `/en${PAST}`]);
});

for (const mode of ['standard', 'elder mode'] as const) {
  test(`axe finds no violations on the interaction routes in every language (${mode})`, async ({ page }) => {
    test.setTimeout(180_000);
    await expectNoAxeViolationsOnRoutes(page, NEW_ROUTES, mode);
  });
}
