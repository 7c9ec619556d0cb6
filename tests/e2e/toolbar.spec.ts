// The accessibility toolbar: opened and used by keyboard alone; each function and each
// shortcut changes what it should (attributes and computed styles) and is announced in the
// page's language; choices persist; nothing it does breaks the Content-Security-Policy
// (no style attributes, no data: images: the `test` of helpers.ts fails on any violation);
// axe passes on every route in a high-contrast scheme.
import { test, expect, pageReady, allRoutes, expectNoAxeViolations, inLanguages, installColourTools } from './helpers';
import type { Page } from '@playwright/test';

const rootFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test('opens by keyboard, changes text size in steps up to 200%, and closes with Esc', async ({ page }) => {
  await page.goto('/about');
  await pageReady(page);
  const toggle = page.getByRole('button', { name: '无障碍' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: '无障碍工具' });
  await expect(panel).toBeFocused();

  const larger = panel.getByRole('button', { name: '放大文字' });
  const sizes: number[] = [await rootFontSize(page)];
  for (let i = 0; i < 6; i++) {
    await larger.click();
    sizes.push(await rootFontSize(page));
  }
  expect(sizes).toEqual([16, 18.4, 20.8, 24, 28, 32, 32]);
  await expect(page.locator('html')).toHaveAttribute('data-text', '200');
  await expect(panel).toContainText('文字大小：200%');
  await panel.getByRole('button', { name: '缩小文字' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text', '175');

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('colour schemes, line spacing and reset; the choice survives a reload without a flash', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('button', { name: '无障碍' }).click();
  const panel = page.getByRole('region', { name: '无障碍工具' });
  await panel.getByRole('radio', { name: '黑底黄字' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'black');
  const colours = () =>
    page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return [s.backgroundColor, getComputedStyle(document.querySelector('main p')!).color];
    });
  expect(await colours()).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 0)']);
  // The current section in the menu stays readable (it is drawn in the brand colour).
  const current = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' });
  await expect(current).toHaveCSS('color', 'rgb(255, 255, 0)');
  await panel.getByRole('radio', { name: '蓝底黄字' }).check();
  expect(await colours()).toEqual(['rgb(0, 0, 170)', 'rgb(255, 255, 0)']);

  await panel.getByRole('checkbox', { name: '加大行距' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-spacing', 'wide');
  await expect(page.locator('[aria-live="polite"]')).toHaveText('加大行距 已开启');
  const ratio = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('main p')!);
    return parseFloat(s.lineHeight) / parseFloat(s.fontSize);
  });
  expect(ratio).toBeCloseTo(2, 1);

  // Applied before first paint on the next page: the attribute is there before the app runs.
  await page.goto('/about');
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-scheme'))).toBe('blue');
  await pageReady(page);
  await page.getByRole('button', { name: '无障碍' }).click();
  await expect(page.getByRole('radio', { name: '蓝底黄字' })).toBeChecked();
  await page.getByRole('button', { name: '全部恢复默认' }).click();
  for (const attr of ['data-scheme', 'data-spacing', 'data-text']) {
    await expect(page.locator('html')).not.toHaveAttribute(attr, /.+/);
  }
  await page.reload();
  await pageReady(page);
  await expect(page.locator('html')).not.toHaveAttribute('data-scheme', /.+/);
});

test('line spacing is announced like every other choice, in the page\'s language', async ({ page }) => {
  for (const [path, open, tools, spacing, on, off] of [
    ['/en/about', 'Accessibility', 'Accessibility tools', 'Wider line spacing', 'Wider line spacing on', 'Wider line spacing off'],
    ['/zh-hk/about', '無障礙', '無障礙工具', '加大行距', '加大行距 已開啓', '加大行距 已關閉'],
  ]) {
    await page.goto(path);
    await pageReady(page);
    await page.getByRole('button', { name: open, exact: true }).click();
    const checkbox = page.getByRole('region', { name: tools }).getByRole('checkbox', { name: spacing });
    const live = page.locator('[aria-live="polite"]');
    await checkbox.check();
    await expect(page.locator('html')).toHaveAttribute('data-spacing', 'wide');
    await expect(live).toHaveText(on);
    await checkbox.uncheck();
    await expect(page.locator('html')).not.toHaveAttribute('data-spacing', /.+/);
    await expect(live).toHaveText(off);
  }
});

test('the Alt shortcuts work without opening the toolbar', async ({ page }) => {
  await page.goto('/en/privacy');
  await pageReady(page);
  const html = page.locator('html');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(html).toHaveAttribute('data-text', '115');
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(html).toHaveAttribute('data-text', '115');
  await page.keyboard.press('Alt+Backquote');
  await expect(html).toHaveAttribute('data-scheme', 'white');
  await expect(page.locator('[aria-live="polite"]')).toHaveText('Colours: Black on white');
  await page.keyboard.press('Alt+KeyR');
  await expect(html).not.toHaveAttribute('data-scheme', /.+/);
  await expect(html).not.toHaveAttribute('data-text', /.+/);
  await page.keyboard.press('Alt+Shift+Slash');
  await expect(page.getByRole('heading', { level: 3, name: 'Keyboard shortcuts' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Accessibility tools' })).toContainText('Alt + R');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Accessibility tools' })).toBeHidden();
});

test('axe finds no violations on any route in the yellow-on-black scheme, or with the toolbar open', async ({ page }) => {
  test.setTimeout(180_000);
  const routes = await allRoutes(page);
  await page.evaluate(() => localStorage.setItem('portal.scheme', 'black'));
  for (const route of [...routes, '/news/20180612-01']) {
    for (const path of inLanguages(route)) {
      await page.goto(path);
      await pageReady(page);
      await expect(page.locator('html')).toHaveAttribute('data-scheme', 'black');
      await expectNoAxeViolations(page);
    }
  }
  await page.getByRole('button', { name: 'Accessibility' }).click();
  await expect(page.getByRole('region', { name: 'Accessibility tools' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('large pointer, reading guide and text only, by shortcut and by the panel', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  const html = page.locator('html');

  await page.keyboard.press('Alt+KeyM');
  await expect(html).toHaveAttribute('data-pointer', 'large');
  // The pointer is an image file of the site (the CSP allows images from 'self' only, so a
  // data: URL would be refused), and the server has it.
  const cursor = await page.evaluate(() => getComputedStyle(document.querySelector('main')!).cursor);
  const image = /url\("?([^")]+)"?\)/.exec(cursor)?.[1] ?? '';
  expect(new URL(image, page.url()).pathname).toBe('/cursor-large.svg');
  const served = await page.request.get(image);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toContain('image/svg+xml');

  await page.keyboard.press('Alt+KeyC');
  await expect(html).toHaveAttribute('data-guide', 'on');
  await page.mouse.move(300, 240);
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body, '::before').top))
    .toBe('240px');
  expect(await page.evaluate(() => getComputedStyle(document.body, '::after').left)).toBe('300px');

  await page.keyboard.press('Alt+KeyT');
  await expect(html).toHaveAttribute('data-textonly', 'on');
  await expect(page.getByRole('banner').locator('img')).toBeHidden();
  await expect(page.getByRole('banner')).toHaveCSS('background-color', 'rgb(255, 255, 255)');

  // The panel shows the same state, and its checkbox turns text only off again.
  await page.getByRole('button', { name: '无障碍' }).click();
  const panel = page.getByRole('region', { name: '无障碍工具' });
  await expect(panel.getByRole('checkbox', { name: '大鼠标' })).toBeChecked();
  await panel.getByRole('checkbox', { name: '纯文本' }).uncheck();
  await expect(html).not.toHaveAttribute('data-textonly', /.+/);
  await page.keyboard.press('Alt+KeyR');
  await expect(html).not.toHaveAttribute('data-pointer', /.+/);
  await expect(html).not.toHaveAttribute('data-guide', /.+/);
});

// Writing <html>'s whole style attribute would be blocked by the CSP (the fixture fails the
// test on the violation) and would wipe every other inline property: the guide must not.
test('the reading guide sets only its own properties on <html>: page zoom and other inline styles stay', async ({ page }) => {
  await page.goto('/about');
  await pageReady(page);
  const html = page.locator('html');
  // Someone else's inline properties on <html> (set through CSSOM, as the CSP allows).
  await page.evaluate(() => {
    document.documentElement.style.setProperty('--someone-elses', 'kept');
    document.documentElement.style.scrollPaddingTop = '7px';
  });
  await page.getByRole('button', { name: '无障碍' }).click();
  const zoomIn = page.getByRole('region', { name: '无障碍工具' }).getByRole('button', { name: '放大页面' });
  await zoomIn.click();
  await zoomIn.click();
  await expect(html).toHaveAttribute('data-zoom', '150');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Alt+KeyC');
  await expect(html).toHaveAttribute('data-guide', 'on');
  await page.mouse.move(300, 240);
  // The lines follow the pointer inside the zoomed body (window pixels / 1.5)...
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body, '::before').top))
    .toBe('160px');
  expect(await page.evaluate(() => getComputedStyle(document.body, '::after').left)).toBe('200px');
  await page.mouse.move(450, 300);
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body, '::before').top))
    .toBe('200px');
  // ...and the zoom still applies, and nothing else on <html> was touched.
  expect(await page.evaluate(() => getComputedStyle(document.body).zoom)).toBe('1.5');
  const kept = await page.evaluate(() => [
    document.documentElement.style.getPropertyValue('--someone-elses'),
    document.documentElement.style.scrollPaddingTop,
  ]);
  expect(kept).toEqual(['kept', '7px']);
});

test('Alt+1 to Alt+6 move focus to the regions of the page, and say so when one is missing', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  await page.keyboard.press('Alt+Digit1');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeFocused();
  await page.keyboard.press('Alt+Digit2');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Alt+Digit3');
  await expect(page.getByRole('heading', { level: 2, name: '常用服务' })).toBeFocused();
  await page.keyboard.press('Alt+Digit5');
  await expect(page.getByRole('list', { name: '新闻动态' })).toBeFocused();
  await page.keyboard.press('Alt+Digit6');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Alt+Digit4');
  await expect(page.locator('[aria-live="polite"]')).toHaveText('本页没有这个区域');
});

test('page zoom scales the whole page in steps up to 200%, reflows, and is kept', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/news');
  await pageReady(page);
  const logoWidth = () => page.getByRole('banner').locator('img').first().evaluate((img) => img.getBoundingClientRect().width);
  const before = await logoWidth();
  await page.getByRole('button', { name: '无障碍' }).click();
  const panel = page.getByRole('region', { name: '无障碍工具' });
  const zoomIn = panel.getByRole('button', { name: '放大页面' });
  for (let i = 0; i < 5; i++) await zoomIn.click();
  await expect(page.locator('html')).toHaveAttribute('data-zoom', '200');
  await expect(panel).toContainText('页面缩放：200%');
  await expect(page.locator('[aria-live="polite"]')).toHaveText('页面缩放 200%');
  // Images and boxes grow too (unlike text size), and the text size setting is untouched.
  expect(await logoWidth()).toBeCloseTo(before * 2, 0);
  await expect(page.locator('html')).not.toHaveAttribute('data-text', /.+/);
  await panel.getByRole('button', { name: '缩小页面' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-zoom', '175');
  await page.keyboard.press('Escape');
  // At 200% on a 1280 px window, no route needs scrolling sideways.
  await page.evaluate(() => localStorage.setItem('portal.zoom', '200'));
  for (const route of [...(await allRoutes(page)), '/news/20180612-01']) {
    await page.goto(route);
    await pageReady(page);
    await expect(page.locator('html')).toHaveAttribute('data-zoom', '200');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal scroll at 200% zoom on ${route}`).toBeLessThanOrEqual(0);
  }
});

test('the magnifier strip (Alt+B) shows what has focus or the pointer in large type', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  const strip = page.locator('.magnifier-strip');
  await expect(strip).toBeHidden();
  await page.keyboard.press('Alt+KeyB');
  await expect(page.locator('html')).toHaveAttribute('data-magnifier', 'on');
  await expect(strip).toBeVisible();
  const link = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '通知公告' });
  await link.focus();
  await expect(strip).toHaveText('通知公告');
  const size = await strip.locator('p').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(32);
  await page.getByRole('heading', { level: 1 }).hover();
  await expect(strip).toHaveText('深圳市人民政府口岸办公室');
  // It never hides the end of the page.
  const room = await page.evaluate(() => parseFloat(getComputedStyle(document.body).paddingBottom));
  const height = await strip.evaluate((el) => el.getBoundingClientRect().height);
  expect(room).toBeGreaterThanOrEqual(height);
  // Kept on the next page, off again with Alt+B.
  await page.goto('/about');
  await pageReady(page);
  await expect(strip).toBeVisible();
  await page.keyboard.press('Alt+KeyB');
  await expect(strip).toBeHidden();
});

test('focus is always visible: a 2 px or larger indicator at 3:1 against its surroundings, never hidden', async ({ page }) => {
  test.setTimeout(120_000);
  await installColourTools(page);
  for (const [path, scheme] of [
    ['/', null],
    ['/news/20180612-01', null],
    ['/en/news', 'black'],
    ['/?care=1', null],
  ] as const) {
    await page.goto(path);
    if (scheme) {
      await page.evaluate((s) => localStorage.setItem('portal.scheme', s), scheme);
      await page.reload();
    }
    await pageReady(page);
    await page.locator('body').focus();
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const report = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const { contrast, behind } = (window as any).__colour;
        const around = behind(el.parentElement ?? el);
        const s = getComputedStyle(el);
        const indicators: { colour: string; size: number }[] = [];
        if (s.outlineStyle !== 'none') indicators.push({ colour: s.outlineColor, size: parseFloat(s.outlineWidth) });
        for (const shadow of s.boxShadow === 'none' ? [] : s.boxShadow.split(/,(?![^(]*\))/)) {
          const colour = shadow.match(/rgba?\([^)]*\)/)?.[0] ?? '';
          const numbers = shadow.replace(colour, '').match(/-?[\d.]+px/g)?.map((n) => Math.abs(parseFloat(n))) ?? [];
          indicators.push({ colour, size: Math.max(numbers[1] ?? 0, numbers[3] ?? 0) });
        }
        if (s.backgroundColor !== 'rgba(0, 0, 0, 0)') indicators.push({ colour: s.backgroundColor, size: 99 });
        const best = Math.max(0, ...indicators.filter((i) => i.size >= 2 && i.colour).map((i) => contrast(i.colour, around)));
        // Not hidden: on screen, and what is drawn at its centre is the element itself.
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const visible = r.width > 0 && r.height > 0 && !!hit && (el.contains(hit) || hit.contains(el));
        return { name: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 20)}`, best, visible };
      });
      if (!report || seen.has(report.name)) continue;
      seen.add(report.name);
      expect(report.best, `focus indicator contrast of ${report.name} on ${path}`).toBeGreaterThanOrEqual(3);
      expect(report.visible, `focused ${report.name} is hidden on ${path}`).toBe(true);
    }
    expect(seen.size, `tab stops found on ${path}`).toBeGreaterThan(8);
  }
});
