// Elder-care mode (关怀版): the header switch, persistence, shared ?care=1 links, and the
// national figures on every route (all main text >= 18 px, line height >= 1.3, paragraph
// spacing >= 1.3 line heights, targets >= 60 px, text contrast >= 4.5:1 from computed colours,
// and axe), with no horizontal scroll at 320 px (400% zoom on a 1280 px screen).
import { test, expect, pageReady, allRoutes, expectNoAxeViolations, inLanguages, installColourTools, LANGUAGES } from './helpers';
import type { Page } from '@playwright/test';

async function expectElderFigures(page: Page, path: string) {
  const figures = await page.evaluate(() => {
    const { contrast, behind } = (window as any).__colour;
    const px = (v: string) => parseFloat(v);
    const shown = (el: Element) => (el as HTMLElement).offsetParent !== null && (el.textContent ?? '').trim() !== '';
    // Every block of main text on the page.
    const text = [...document.querySelectorAll('main p, main li, main dd, main td')].filter(shown);
    const sizes = text.map((el) => getComputedStyle(el));
    // Space after paragraphs, against the paragraph's line height.
    const gaps = [...document.querySelectorAll('main p + p')].filter(shown).map((p) => {
      const before = p.previousElementSibling!;
      const lineHeight = px(getComputedStyle(before).lineHeight);
      return (p.getBoundingClientRect().top - before.getBoundingClientRect().bottom) / lineHeight;
    });
    // Targets: navigation, language switch, header buttons, tiles, paging, footer links.
    const boxes = [
      ...document.querySelectorAll(
        '.primary-nav__list a, .language-switch a, .toolbar-toggle, .care-toggle--off, .home__quick a, .pagination__list a, .site-footer__links a, .breadcrumbs__list a',
      ),
    ]
      .map((a) => ({ name: (a.textContent ?? '').trim(), r: a.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0);
    // Contrast of every element that draws text itself, from computed colours.
    const textNodes = [...document.querySelectorAll('body *')].filter(
      (el) => [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '') && shown(el),
    );
    const contrasts = textNodes
      .filter((el) => !el.closest('.visually-hidden, [aria-hidden="true"]'))
      .map((el) => ({ name: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 16)}`, ratio: contrast(getComputedStyle(el).color, behind(el)) }));
    const lowest = contrasts.sort((x, y) => x.ratio - y.ratio)[0];
    const smallest = boxes.sort((x, y) => Math.min(x.r.width, x.r.height) - Math.min(y.r.width, y.r.height))[0];
    return {
      fontSize: Math.min(...sizes.map((s) => px(s.fontSize))),
      lineHeight: Math.min(...sizes.map((s) => px(s.lineHeight) / px(s.fontSize))),
      paragraphGap: gaps.length ? Math.min(...gaps) : null,
      smallestTarget: smallest ? Math.min(smallest.r.width, smallest.r.height) : 0,
      smallestTargetName: smallest?.name,
      lowestContrast: lowest?.ratio ?? 21,
      lowestContrastName: lowest?.name,
    };
  });
  expect(figures.fontSize, `${path}: main text size`).toBeGreaterThanOrEqual(18);
  expect(figures.lineHeight, `${path}: line height`).toBeGreaterThanOrEqual(1.3);
  if (figures.paragraphGap !== null) {
    expect(figures.paragraphGap, `${path}: space between paragraphs, in line heights`).toBeGreaterThanOrEqual(1.3);
  }
  expect(figures.smallestTarget, `${path}: smallest target (${figures.smallestTargetName})`).toBeGreaterThanOrEqual(60);
  expect(figures.lowestContrast, `${path}: lowest text contrast (${figures.lowestContrastName})`).toBeGreaterThanOrEqual(4.5);
}

test('the header switch turns elder mode on and off, and the choice survives a reload', async ({ page }) => {
  await installColourTools(page);
  await page.goto('/about');
  await pageReady(page);
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
  await page.getByRole('link', { name: '关怀版' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-care', '1');
  await expect(page.locator('[aria-live="polite"]')).toContainText('已切换到关怀版');
  // Only the switch that changes something is offered.
  await expect(page.getByRole('link', { name: '关怀版', exact: true })).toBeHidden();
  await expect(page.getByRole('link', { name: '返回标准版' })).toBeVisible();
  const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
  expect(after).toBeGreaterThan(before);
  await expectElderFigures(page, '/about');

  await page.reload();
  await pageReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-care', '1');
  await page.getByRole('link', { name: '返回标准版' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-care', '1');
  await expect(page.getByRole('link', { name: '关怀版', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '返回标准版' })).toBeHidden();
  await page.reload();
  await pageReady(page);
  await expect(page.locator('html')).not.toHaveAttribute('data-care', '1');
});

test('a shared ?care=1 link opens elder mode, and it stays on other pages', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/en/?care=1');
  await pageReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-care', '1');
  await expect(page.getByRole('link', { name: 'Back to standard version' })).toBeVisible();
  await page.goto('/en/news');
  await pageReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-care', '1');
  await context.close();
});

// One test per language, so that the two workers share the routes.
for (const [name, prefix] of Object.entries(LANGUAGES)) {
  test(`every route in elder mode meets the figures and axe (${name})`, async ({ page }) => {
    // Visits every route: allow for the count, not for slowness.
    test.setTimeout(180_000);
    await installColourTools(page);
    const routes = await allRoutes(page);
    await page.goto('/?care=1');
    for (const route of [...routes, '/news/20180612-01', '/notices/list/all/all/2']) {
      for (const path of inLanguages(route, [prefix])) {
        await page.goto(path);
        await pageReady(page);
        await expect(page.locator('html')).toHaveAttribute('data-care', '1');
        await expectElderFigures(page, path);
        await expectNoAxeViolations(page);
      }
    }
  });
}

test('the home page in elder mode has big tiles for the most used tasks', async ({ page }) => {
  await page.goto('/?care=1');
  await pageReady(page);
  const tiles = page.getByRole('region', { name: '常用服务' }).getByRole('link');
  expect(await tiles.count()).toBeGreaterThanOrEqual(4);
  for (const tile of await tiles.all()) {
    const box = (await tile.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(60);
    const size = await tile.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(30);
  }
});

test('no horizontal scroll at 320 px in either mode', async ({ page }) => {
  // Visits every route: allow for the count, not for slowness.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const routes = [...(await allRoutes(page)), '/news/20180612-01', '/en/notices/list/policy/all/1', '/zh-hk/', '/zh-hk/news/20180612-01'];
  for (const care of ['0', '1']) {
    await page.goto(`/?care=${care}`);
    for (const path of routes) {
      await page.goto(path);
      await pageReady(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path} (care=${care})`).toBeLessThanOrEqual(0);
    }
  }
});

test('the accessibility statement is linked from every footer and says how to report a barrier', async ({ page }) => {
  await page.goto('/en/news');
  await pageReady(page);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
  for (const heading of ['The standard we aim at', 'How we test', 'What we know falls short', 'How to tell us about a barrier']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('main')).toContainText('WCAG 2.2');
  await expect(page.getByRole('main')).toContainText('GB/T 37668');
  await expect(page.getByRole('main')).toContainText('0755-83394325');
});
