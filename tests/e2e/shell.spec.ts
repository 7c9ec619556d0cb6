// The shell every page shares: language, navigation, breadcrumbs, deep links, 404, and
// what a keyboard or screen-reader user gets when moving between pages.
import { test, expect, pageReady } from './helpers';

test('home renders in Simplified Chinese', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '深圳市人民政府口岸办公室' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle(/深圳市人民政府口岸办公室/);
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '首页' })).toHaveAttribute('aria-current', 'page');
  // The footer carries the office's registration facts from site.json.
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('4403000054');
  await expect(footer).toContainText('粤ICP备19001328号');
  await expect(footer).toContainText('粤公网安备 44030402002824号');
  await expect(footer).toContainText('518026');
  await expect(footer.getByRole('link', { name: '0755-83394325' })).toBeVisible();
});

test('switching to English changes the text and <html lang>, and keeps the page', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1, name: '关于我们' })).toBeVisible();
  await page.getByRole('navigation', { name: '选择语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/about$/);
  await expect(page.getByRole('heading', { level: 1, name: 'About us' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  // And back.
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '关于我们' })).toBeVisible();
});

test('a deep link to a static page loads it directly, with breadcrumbs', async ({ page }) => {
  await page.goto('/en/privacy');
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
  await expect(page).toHaveTitle(/^Privacy - /);
  const crumbs = page.getByRole('navigation', { name: 'You are here' });
  await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/en/');
  await expect(crumbs.getByRole('listitem').last()).toHaveAttribute('aria-current', 'page');
  await expect(crumbs.getByRole('listitem').last()).toHaveText('Privacy');
  await expect(page.getByRole('heading', { level: 2, name: 'Your rights' })).toBeVisible();
});

test('an unknown path shows the 404 page in the path\'s language', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: '页面未找到' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
  await page.goto('/en/nothing-here');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the site map lists every route, and each one opens a real page', async ({ page }) => {
  // Visits every route: allow for the count, not for slowness.
  test.setTimeout(180_000);
  await page.goto('/sitemap');
  await pageReady(page);
  const main = page.getByRole('list', { name: '网站导航' });
  for (const name of ['首页', '新闻动态', '通知公告', '关于我们', '网站导航', '版权保护', '隐私声明', '无障碍声明']) {
    await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
  }
  const hrefs = await main.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) {
    await page.goto(href);
    await pageReady(page);
    await expect(page.getByRole('heading', { level: 1 }), href).not.toHaveText('页面未找到');
  }
});

test('moving between pages loads the new page with its title and current section', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  const load = page.waitForEvent('load');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '关于我们' }).click();
  // A page load, which a screen reader announces by the new document's title.
  await load;
  const h1 = page.getByRole('heading', { level: 1, name: '关于我们' });
  await expect(h1).toBeVisible();
  await expect(page).toHaveTitle('关于我们 - 深圳市人民政府口岸办公室');
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '关于我们' }),
  ).toHaveAttribute('aria-current', 'page');
  // Back in history is a route change too.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: '深圳市人民政府口岸办公室' })).toBeVisible();
});

test('a new page starts at the top after scrolling down the previous one', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 500 });
  await page.goto('/about');
  await pageReady(page);
  await page.getByRole('contentinfo').getByRole('link', { name: '隐私声明' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '隐私声明' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(200);
});

test('the skip link is the first tab stop and moves focus to main', async ({ page }) => {
  await page.goto('/about');
  await pageReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到主要内容' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('main and the h1 take focus only while focused: no tabindex left in the page', async ({ page }) => {
  // A tabindex left on them made Chromium expose them as clickable: Orca said
  // "About us heading level 1 clickable" on every page.
  await page.goto('/en/about');
  await pageReady(page);
  await expect(page.getByRole('main')).not.toHaveAttribute('tabindex', /.*/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('tabindex', /.*/);
  // The skip link still moves focus to main; leaving it takes the tabindex away again.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main')).not.toHaveAttribute('tabindex', /.*/);
  // A link loads the next page, whose reading starts at the top: the skip link is the first
  // stop, and nothing on it has a tabindex either.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'News' }).click();
  const h1 = page.getByRole('heading', { level: 1, name: 'News' });
  await expect(h1).toBeVisible();
  await pageReady(page);
  await expect(h1).not.toHaveAttribute('tabindex', /.*/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
});

test('a list item\'s date, category and sample label are separate words', async ({ page }) => {
  await page.goto('/en/news');
  await pageReady(page);
  const meta = page.getByRole('main').getByRole('list', { name: 'News' }).getByRole('listitem').first().locator('p');
  // textContent, as a screen reader's line reading gets it (no CSS gaps).
  expect(await meta.textContent()).toMatch(/^\d{4}-\d{2}-\d{2} [A-Za-z ]+ Sample content$/);
});
