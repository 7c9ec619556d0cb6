// 繁體 (zh-HK): the Traditional Chinese interface and content, the switcher "简 | 繁 | EN",
// the remembered choice, and which language a visitor to `/` gets from their browser.
import { test, expect, pageReady } from './helpers';

test('the switcher offers 简 | 繁 | EN, each named in its own language', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  const links = page.getByRole('navigation', { name: '选择语言' }).getByRole('link');
  await expect(links).toHaveText(['简', '繁', 'EN']);
  await expect(links.nth(1)).toHaveAccessibleName('繁體中文');
  await expect(links.nth(1)).toHaveAttribute('lang', 'zh-HK');
  await expect(links.nth(0)).toHaveAttribute('aria-current', 'true');
});

test('繁 shows the same page in Traditional characters, interface and content', async ({ page }) => {
  await page.goto('/news/20180612-01');
  await pageReady(page);
  const simplified = await page.getByRole('heading', { level: 1 }).innerText();
  await page.getByRole('link', { name: '繁體中文' }).click();
  await expect(page).toHaveURL(/\/zh-hk\/news\/20180612-01$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK');
  // Interface strings from locales/zh-HK.
  await expect(page.getByRole('navigation', { name: '主導覽' }).getByRole('link', { name: '新聞動態' })).toBeVisible();
  await expect(page.getByRole('link', { name: '跳到主要內容' })).toBeAttached();
  // Content converted at build time: not the simplified title, but as long, and Chinese.
  const heading = page.getByRole('heading', { level: 1 });
  const traditional = await heading.innerText();
  expect(traditional).not.toBe(simplified);
  expect([...traditional].length).toBe([...simplified].length);
  await expect(page.getByRole('contentinfo')).toContainText('深圳市人民政府口岸辦公室');
  await expect(page).toHaveTitle(/口岸辦公室/);
});

test('a prerendered zh-HK page reads in Traditional before the app loads', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/zh-hk/about');
  await expect(page.getByRole('heading', { level: 1, name: '關於我們' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK');
  await context.close();
});

test('the chosen language is remembered for the next visit to the home page', async ({ page }) => {
  await page.goto('/about');
  await pageReady(page);
  await page.getByRole('link', { name: '繁體中文' }).click();
  await expect(page).toHaveURL(/\/zh-hk\/about$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh-hk\/$/);
  await expect(page.getByRole('heading', { level: 1, name: '深圳市人民政府口岸辦公室' })).toBeVisible();
  // Choosing 简 again is remembered too.
  await pageReady(page);
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

for (const [locale, expected] of [
  ['zh-TW', '/zh-hk/'],
  ['zh-HK', '/zh-hk/'],
  ['zh-MO', '/zh-hk/'],
  ['zh-Hant', '/zh-hk/'],
  ['zh-SG', '/'],
  ['zh-Hans', '/'],
  ['en-GB', '/en/'],
] as const) {
  test(`a first visit to / with a ${locale} browser lands on ${expected}`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe(expected);
    await pageReady(page);
    // Only the home page follows the browser: a shared link keeps its language.
    await page.goto('/about');
    await expect(page).toHaveURL(/\/about$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await context.close();
  });
}

test('an unknown /zh-hk/ address gets the 404 page in Traditional characters', async ({ page }) => {
  const response = await page.goto('/zh-hk/no-such-page');
  expect(response?.status()).toBe(404);
  await pageReady(page);
  await expect(page.getByRole('heading', { level: 1, name: '頁面未找到' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK');
  await expect(page.getByRole('link', { name: '返回首頁' })).toHaveAttribute('href', '/zh-hk/');
});

// The islands carry no interface text: each page fetches its language's table of messages
// (`texts-<tag>-<hash>.json`, src/i18n.rs), which the browser then keeps.
test('each page fetches the messages of its own language, and the islands speak it', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (file.startsWith('texts-')) fetched.push(file);
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/about');
  await pageReady(page);
  expect(fetched).toEqual([expect.stringMatching(/^texts-zh-CN-[0-9a-f]{16}\.json$/)]);

  await page.goto('/en/about');
  await pageReady(page);
  expect(fetched).toHaveLength(2);
  expect(fetched[1]).toMatch(/^texts-en-[0-9a-f]{16}\.json$/);
  await page.getByRole('button', { name: 'Accessibility' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Accessibility tools' })).toBeVisible();

  await page.goto('/zh-hk/about');
  await pageReady(page);
  expect(fetched[2]).toMatch(/^texts-zh-HK-[0-9a-f]{16}\.json$/);
  expect(errors).toEqual([]);
});

test('an English page whose interface text fails to arrive stays a working HTML page', async ({ page }) => {
  await page.route('**/texts-en-*.json', (route) => route.abort('internetdisconnected'));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/en/about');
  await expect(page.getByRole('heading', { level: 1, name: 'About us' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'failed');
  await expect(page.locator('#app-notice')).toBeVisible();
  // Its links load pages as usual, in English.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'News', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
  expect(errors).toEqual([]);
});
