// Site search (issue 17): the header's search box and the results page, as a citizen uses
// them. Fixed queries give the expected top results (a two-character fragment, Simplified
// on the Traditional pages and the reverse, English on /en/, pinyin); filters and paging
// through the address; the no-results view; the page without JavaScript (the server runs
// the search, so it finds the same); focus and the announced count; a search from the
// search page in place; axe in three languages and in elder mode; no sideways scroll at
// 320 px; homophones and misspelt words, with the note that says so. Published mailbox
// replies (live, searched by the server) as their own section. (The page without the
// mailbox, with the index's results and a notice: tests/prerender.rs.)
import { execFileSync } from 'node:child_process';
import { test, expect, pageReady, expectNoAxeViolations, expectNoSidewaysScrollAt320, MODES } from './helpers';
import type { Page } from '@playwright/test';
import { E2E_DATA } from '../../playwright.config';

const SERVER = process.env.PORTAL_SERVER ?? './target/release/portal-server';
/** The staff CLI on the test server's database. */
const admin = (...args: string[]) => execFileSync(SERVER, ['admin', '--data', E2E_DATA, '--by', 'e2e', ...args], { encoding: 'utf8' });

const resultLinks = (page: Page) => page.locator('.search-result').getByRole('heading', { level: 3 }).getByRole('link');

/** Opens a search by its address and waits for its results heading. */
async function search(page: Page, path: string) {
  await page.goto(path);
  await pageReady(page);
  await expect(page.locator('h2[data-search-query]')).toBeVisible();
}

test('the header search box runs a search; focus lands on the results and the count is a status', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  const box = page.getByRole('search', { name: '搜索本站' });
  await box.getByRole('searchbox', { name: '搜索本站' }).fill('口岸');
  await box.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%E5%8F%A3%E5%B2%B8$/);
  await pageReady(page);
  const heading = page.getByRole('heading', { level: 2, name: '“口岸”的搜索结果' });
  await expect(heading).toBeFocused();
  await expect(page.getByRole('status')).toHaveText(/^共找到 \d+ 条结果，第 1\/\d+ 页$/);
  // Each result is a heading link; the field keeps the query.
  expect(await resultLinks(page).count()).toBe(10);
  await expect(page.getByRole('searchbox', { name: '搜索词' })).toHaveValue('口岸');
});

test('a two-character fragment finds the words it is part of, names first', async ({ page }) => {
  await search(page, '/search?q=罗湖');
  await expect(resultLinks(page).first()).toHaveText('罗湖口岸');
  // The match is marked in titles and snippets (bold and underlined, not colour alone).
  await expect(page.locator('.search-result mark').first()).toHaveText('罗湖');
  await expect(page.locator('.search-result mark').first()).toHaveCSS('font-weight', '700');
  await search(page, '/search?q=年度报告');
  for (const link of (await resultLinks(page).all()).slice(0, 3)) {
    await expect(link).toHaveAttribute('href', /^\/disclosure\/(reports|catalogue)\//);
  }
  await search(page, '/search?q=通关');
  expect(await resultLinks(page).count()).toBeGreaterThan(0);
});

test('Simplified finds Traditional and the reverse', async ({ page }) => {
  // Simplified typed on the converted zh-HK pages.
  await search(page, '/zh-hk/search?q=罗湖');
  await expect(resultLinks(page).first()).toHaveText('羅湖口岸');
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/zh-hk/checkpoints/luohu');
  // Traditional typed on the Simplified pages.
  await search(page, '/search?q=年度報告');
  await expect(page.getByRole('heading', { level: 2, name: '“年度報告”的搜索结果' })).toBeVisible();
  await expect(resultLinks(page).first()).toHaveText(/年度报告/);
});

test('English on /en/, and the pinyin of a checkpoint name', async ({ page }) => {
  await search(page, '/en/search?q=annual%20report');
  await expect(page.getByRole('heading', { level: 2, name: 'Results for “annual report”' })).toBeVisible();
  await expect(resultLinks(page).first()).toHaveText(/annual report/i);
  await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/en\/disclosure\//);
  await search(page, '/search?q=shenzhenwan');
  await expect(resultLinks(page).first()).toHaveText('深圳湾口岸');
  await search(page, '/search?q=luohu');
  await expect(resultLinks(page).first()).toHaveText('罗湖口岸');
});

test('a wrong character of the same sound, and a misspelt word, still find the page; the page says so', async ({ page }) => {
  const note = '在完全相符的结果之后，也显示了读音相近或拼写相近的词的结果。';
  // 罗胡 for 罗湖: nothing matches exactly, the checkpoint's page by sound.
  await search(page, '/search?q=罗胡');
  expect((await resultLinks(page).allTextContents()).slice(0, 3)).toContain('罗湖口岸');
  await expect(page.getByText(note)).toBeVisible();
  // What sounds like the query is marked, as an exact match is.
  await expect(page.locator('.search-result mark').first()).toHaveText('罗湖');
  await search(page, '/search?q=年度报高');
  await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/disclosure\/(reports|catalogue)\//);
  await expect(page.getByText(note)).toBeVisible();
  // The exact query: the same page first, and no note.
  await search(page, '/search?q=罗湖');
  await expect(resultLinks(page).first()).toHaveText('罗湖口岸');
  await expect(page.getByText(note)).toHaveCount(0);
  // English: a missing letter; the note in English.
  await search(page, '/en/search?q=anual%20report');
  await expect(resultLinks(page).first()).toHaveText(/annual report/i);
  await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/en\/disclosure\//);
  await expect(page.getByText('Also showing, after the exact matches, results for words that sound or are spelt alike.')).toBeVisible();
  await search(page, '/en/search?q=annual%20report');
  await expect(page.getByText(/Also showing/)).toHaveCount(0);
  // A letter too many in a checkpoint's pinyin.
  await search(page, '/search?q=luohuu');
  await expect(resultLinks(page).first()).toHaveText('罗湖口岸');
});

test('section and year filters and paging are in the address; "all" undoes a filter', async ({ page }) => {
  await search(page, '/search?q=口岸');
  const total = Number(await page.locator('h2[data-search-query]').getAttribute('data-search-total'));
  expect(total).toBeGreaterThan(20);
  // A section by its link, in the app.
  const sections = page.getByRole('navigation', { name: '按栏目筛选' });
  const checkpoints = sections.getByRole('link', { name: /^口岸通关（\d+）$/ });
  const count = Number((await checkpoints.textContent())!.match(/（(\d+)）/)![1]);
  await checkpoints.click();
  await expect(page).toHaveURL(/section=checkpoints/);
  await expect(sections.getByRole('link', { name: /^口岸通关/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('status')).toHaveText(count > 10 ? new RegExp(`^共找到 ${count} 条结果`) : `共找到 ${count} 条结果`);
  for (const meta of await page.locator('.search-result__meta').all()) await expect(meta).toContainText('口岸通关');
  // All again (a reply published meanwhile by another test may add to the total).
  await sections.getByRole('link', { name: '全部' }).click();
  await expect(page).not.toHaveURL(/section=/);
  await expect(sections.getByRole('link', { name: '全部' })).toHaveAttribute('aria-current', 'page');
  expect(Number(await page.locator('h2[data-search-query]').getAttribute('data-search-total'))).toBeGreaterThanOrEqual(total);
  // A year, by address: every result dated that year.
  await search(page, '/search?q=口岸&year=2024');
  const dates = await page.locator('.search-result time').allTextContents();
  expect(dates.length).toBeGreaterThan(0);
  for (const d of dates) expect(d).toMatch(/^2024-/);
  await expect(page.getByRole('navigation', { name: '按年份筛选' }).getByRole('link', { name: /^2024（/ })).toHaveAttribute('aria-current', 'page');
  // Paging: page 2 shows other results, marked current.
  await search(page, '/search?q=口岸');
  const first = await resultLinks(page).allTextContents();
  await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: /2/ }).first().click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole('status')).toHaveText(/第 2\/\d+ 页/);
  const second = await resultLinks(page).allTextContents();
  expect(second.filter((t) => first.includes(t))).toEqual([]);
});

test('crafted filter values are ignored, not trusted', async ({ page }) => {
  await search(page, '/search?q=口岸&section=%3Cscript%3E&year=abc&page=-3');
  await expect(page.getByRole('status')).toHaveText(/^共找到 \d+ 条结果，第 1\//);
  await search(page, '/search?q=口岸&page=99999');
  await expect(page.getByRole('status')).toHaveText(/第 (\d+)\/\1 页/);
  await search(page, '/search?q=口岸&section=nosuchsection');
  await expect(page.getByText('没有找到与“口岸”相关的内容。')).toBeVisible();
});

test('nothing found: a clear message, the query kept, suggestions', async ({ page }) => {
  await search(page, '/search?q=zqxjv');
  await expect(page.getByRole('status')).toHaveText('共找到 0 条结果');
  await expect(page.getByText('没有找到与“zqxjv”相关的内容。')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: '搜索词' })).toHaveValue('zqxjv');
  await expect(page.getByRole('link', { name: '网站导航' }).last()).toHaveAttribute('href', '/sitemap');
  await expect(page.getByRole('link', { name: '公开目录' }).last()).toHaveAttribute('href', '/disclosure/catalogue');
});

test('a published mailbox reply is found under its own section and links to its place on the published list', async ({ page }) => {
  // A word no other test (or run) uses, in letters: a run of 7 digits would be masked.
  const word = `zq${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 8)}`;
  const title = `文锦渡口岸货车预约 ${word}`;
  const sent = await page.request.post('/api/letters', {
    data: {
      mailbox: 'enquiries', category: 'enquiry', title,
      body: `请问文锦渡口岸货车是否需要预约？我是李四，电话13900139000。${word}`,
      name: '李四', phone: '13900139000', email: '', publish: true, privacy: true, key: `e2e-search-replies-${word}`,
    },
  });
  expect(sent.status()).toBe(201);
  const { number } = await sent.json();
  // Not found before it is answered and published.
  await search(page, `/search?q=${word}`);
  await expect(page.getByRole('status')).toHaveText('共找到 0 条结果');
  admin('answer', number, '--reply', `李四您好：文锦渡口岸货车无需预约，${word}。`);
  admin('publish', number);

  await search(page, `/search?q=${word}`);
  await expect(page.getByRole('status')).toHaveText('共找到 1 条结果');
  const sections = page.getByRole('navigation', { name: '按栏目筛选' });
  await expect(sections.getByRole('link', { name: '来信答复（1）' })).toHaveAttribute('href', /[?&]section=mailbox-replies(&|$)/);
  const link = resultLinks(page).first();
  await expect(link).toHaveText(title);
  await expect(link).toHaveAttribute('href', new RegExp(`^/mailbox/replies(\\?page=\\d+)?#reply-${number}$`));
  const result = page.locator('.search-result').first();
  await expect(result.locator('.search-result__meta')).toContainText('来信答复');
  // Masked as published: the writer's name and phone are not shown.
  await expect(result).not.toContainText('13900139000');
  await expect(result).not.toContainText('李四');
  await expectNoAxeViolations(page);
  // Its section by the address; in English.
  await search(page, `/search?q=${word}&section=mailbox-replies`);
  await expect(sections.getByRole('link', { name: '来信答复（1）' })).toHaveAttribute('aria-current', 'page');
  await expect(resultLinks(page)).toHaveCount(1);
  await search(page, `/en/search?q=${word}`);
  await expect(page.getByRole('navigation', { name: 'Filter by section' }).getByRole('link', { name: 'Mailbox replies (1)' })).toBeVisible();
  // What is masked is not searchable.
  await search(page, '/search?q=13900139000');
  await expect(resultLinks(page).filter({ hasText: word })).toHaveCount(0);
  // The link opens the reply on the published list.
  await search(page, `/search?q=${word}`);
  await resultLinks(page).first().click();
  await expect(page).toHaveURL(new RegExp(`/mailbox/replies(\\?page=\\d+)?#reply-${number}$`));
  await expect(page.locator(`#reply-${number}`)).toHaveText(title);
  // Withdrawn: no longer found.
  admin('unpublish', number);
  await search(page, `/search?q=${word}`);
  await expect(page.getByRole('status')).toHaveText('共找到 0 条结果');
});

test('a search from the search page runs in place: one request for its page, nothing of the index, back steps through', async ({ page }) => {
  await page.goto('/search');
  await pageReady(page);
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname + new URL(r.url()).search));
  const field = page.getByRole('searchbox', { name: '搜索词' });
  await field.fill('深圳湾');
  await field.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: '“深圳湾”的搜索结果' })).toBeFocused();
  await expect(page).toHaveURL(/\/search\?q=%E6%B7%B1%E5%9C%B3%E6%B9%BE$/);
  await expect(page).toHaveTitle(/^“深圳湾”的搜索结果 - 站内搜索 - /);
  await expect(resultLinks(page).first()).toHaveText(/深圳湾/);
  // The count is said through the page's live region.
  await expect(page.locator('#portal-live')).toHaveText(/^共找到 \d+ 条结果/);
  expect(fetched.filter((p) => p.startsWith('/search?'))).toHaveLength(1);
  expect(fetched.filter((p) => p.startsWith('/content/') || p.startsWith('/api/'))).toEqual([]);
  // A second search, then back to the first.
  await field.fill('罗湖');
  await field.press('Enter');
  await expect(resultLinks(page).first()).toHaveText('罗湖口岸');
  await page.goBack();
  await expect(page).toHaveURL(/q=%E6%B7%B1%E5%9C%B3%E6%B9%BE$/);
  await expect(page.getByRole('heading', { level: 2, name: '“深圳湾”的搜索结果' })).toBeVisible();
  // A move within the page (to a fragment, as a skip link may make) is not a new search.
  const searches = fetched.filter((p) => p.startsWith('/search?')).length;
  await page.evaluate(() => { location.hash = 'main'; });
  await expect(page).toHaveURL(/#main$/);
  await page.waitForTimeout(500);
  expect(fetched.filter((p) => p.startsWith('/search?'))).toHaveLength(searches);
});

test('a dropped connection during a search in place says so; the query stays', async ({ page }) => {
  await page.goto('/search');
  await pageReady(page);
  await page.route(/\/search\?q=/, (route) => route.abort('connectionreset'));
  const field = page.getByRole('searchbox', { name: '搜索词' });
  await field.fill('口岸');
  await field.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: '暂时无法显示此内容' })).toBeFocused();
  await expect(page.getByRole('main')).toContainText('网络连接失败');
  await expect(field).toHaveValue('口岸');
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header form reaches the results page, with the results, filters and pages', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('search', { name: '搜索本站' });
    await box.getByRole('searchbox').fill('罗湖');
    await box.getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole('heading', { level: 2, name: '“罗湖”的搜索结果' })).toBeVisible();
    await expect(resultLinks(page).first()).toHaveText('罗湖口岸');
    await expect(page.getByRole('status')).toHaveText(/^共找到 \d+ 条结果/);
    await page.getByRole('navigation', { name: '按栏目筛选' }).getByRole('link', { name: /^口岸通关（/ }).click();
    await expect(page).toHaveURL(/section=checkpoints/);
    await expect(resultLinks(page).first()).toHaveText('罗湖口岸');
  });
});

test('phones: the header links to the search page', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/');
  await pageReady(page);
  await expect(page.getByRole('search', { name: '搜索本站' })).toBeHidden();
  await page.getByRole('banner').getByRole('link', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole('searchbox', { name: '搜索词' })).toBeVisible();
});

test('no sideways scroll at 320 px on results, in both modes', async ({ page }) => {
  await expectNoSidewaysScrollAt320(page, ['/search?q=口岸', '/en/search?q=annual%20report', '/search?q=zqxjv']);
});

for (const mode of ['standard', 'elder mode', 'yellow on black'] as const) {
  test(`axe: results, filters and the empty result in three languages (${mode})`, async ({ page }) => {
    // Seven pages, each with axe: more than the default 30 s on a busy machine.
    test.setTimeout(60_000);
    await MODES[mode](page);
    for (const path of ['/search?q=口岸', '/zh-hk/search?q=口岸', '/en/search?q=checkpoint', '/search?q=zqxjv', '/en/search', '/search?q=罗胡', '/en/search?q=chekpoint']) {
      await page.goto(path);
      await pageReady(page);
      if (path.includes('q=')) await expect(page.locator('h2[data-search-query]')).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}

test('nothing of search loads before a citizen searches, and the browser never fetches the index', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  for (const path of ['/', '/news', '/checkpoints/luohu', '/en/disclosure/reports']) {
    await page.goto(path);
    await pageReady(page);
  }
  // And a page reached by a link.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Checkpoints' }).click();
  await expect(page).toHaveURL(/\/en\/checkpoints$/);
  await pageReady(page);
  expect(fetched.filter((p) => p.startsWith('/content/search/') || p.includes('split_search_enhance_loader'))).toEqual([]);
  // The search page brings its island; the server searched.
  await page.goto('/search?q=口岸');
  await pageReady(page);
  await expect(page.locator('h2[data-search-query]')).toBeVisible();
  expect(fetched.some((p) => p.includes('split_search_enhance_loader'))).toBeTruthy();
  expect(fetched.filter((p) => p.startsWith('/content/search/'))).toEqual([]);
});

test('a double click on the search button runs one search and adds one history entry', async ({ page }) => {
  await page.goto('/search');
  await pageReady(page);
  const before = await page.evaluate(() => history.length);
  await page.getByRole('searchbox', { name: '搜索词' }).fill('口岸');
  await page.getByRole('main').getByRole('button', { name: '搜索', exact: true }).dblclick();
  await expect(page.getByRole('heading', { level: 2, name: '“口岸”的搜索结果' })).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL(/\/search$/);
});
