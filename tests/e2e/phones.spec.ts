// Phones, WeChat's in-app browser and engines that cannot run the app (issue 13): the phone
// menu by touch and by keyboard (Esc gives focus back to its button), a header that leaves
// most of the first screen to the page, touch targets, no sideways scrolling at 320 px on
// the routes in both modes, the WeChat hints only inside WeChat, link-card tags on every
// page, the quiet notice when WebAssembly is missing or the wasm cannot load (every link
// still working), and axe at phone width in the standard and elder modes.
import type { Page } from '@playwright/test';
import { test, expect, pageReady, expectNoAxeViolations, allRoutes, inLanguages, MODES, type Mode } from './helpers';

const WECHAT_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/UQ1A.240205.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Version/4.0 Chrome/150.0.0.0 Mobile Safari/537.36 XWEB/1300000 MMWEBSDK/20260101 MicroMessenger/8.0.60.2800(0x28003C37) WeChat/arm64 NetType/WIFI Language/zh_CN ABI/arm64';
const WECHAT_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ' +
  'MicroMessenger/8.0.60(0x1800392a) NetType/WIFI Language/zh_CN';
const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Mobile Safari/537.36';

const PHONES = [
  { name: '320x568 WeChat Android', viewport: { width: 320, height: 568 }, userAgent: WECHAT_ANDROID },
  { name: '320x568 WeChat iOS', viewport: { width: 320, height: 568 }, userAgent: WECHAT_IOS },
  { name: '375x667 WeChat iOS', viewport: { width: 375, height: 667 }, userAgent: WECHAT_IOS },
  { name: '375x667 WeChat Android', viewport: { width: 375, height: 667 }, userAgent: WECHAT_ANDROID },
  { name: '412x915 WeChat Android', viewport: { width: 412, height: 915 }, userAgent: WECHAT_ANDROID },
  { name: '412x915 WeChat iOS', viewport: { width: 412, height: 915 }, userAgent: WECHAT_IOS },
];

/** Pages the site map may not list, one of each kind. */
const EXTRA_ROUTES = ['/mailbox/director', '/disclosure/reports/2021', '/knowledge', '/interviews/2026-holiday-travel', '/news/20250115-01'];

const menuButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^(菜单|選單|Menu)$/ });
const mainNav = (page: Page) => page.getByRole('navigation', { name: /主导航|主導覽|Main navigation/ });

async function overflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const phone of PHONES) {
  test.describe(phone.name, () => {
    test.use({ viewport: phone.viewport, userAgent: phone.userAgent, isMobile: true, hasTouch: true });

    test('the menu opens and closes by touch, and a link in it leads to its page', async ({ page }) => {
      await page.goto('/');
      await pageReady(page);
      const button = menuButton(page);
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(button).toHaveAttribute('aria-controls', 'primary-nav');
      await expect(mainNav(page)).toBeHidden();
      // The header leaves most of the first screen to the page.
      const banner = (await page.getByRole('banner').boundingBox())!;
      expect(banner.y + banner.height, 'bottom of the header').toBeLessThanOrEqual(phone.viewport.height / 3);
      await button.tap();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(mainNav(page)).toBeVisible();
      const links = mainNav(page).getByRole('link');
      expect(await links.count()).toBeGreaterThan(3);
      for (const link of await links.all()) {
        const box = (await link.boundingBox())!;
        expect(box.height, `height of ${await link.textContent()}`).toBeGreaterThanOrEqual(44);
      }
      await mainNav(page).getByRole('link', { name: '信息公开' }).tap();
      await expect(page).toHaveURL(/\/disclosure$/);
      await expect(page.getByRole('heading', { level: 1, name: '信息公开' })).toBeVisible();
      // The new page starts with the menu closed.
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(mainNav(page)).toBeHidden();
      await button.tap();
      await expect(mainNav(page)).toBeVisible();
      await button.tap();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(mainNav(page)).toBeHidden();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });

    test('the menu by keyboard: Enter opens it, Tab reaches its links, Esc closes it and returns focus', async ({ page }) => {
      await page.goto('/news');
      await pageReady(page);
      const button = menuButton(page);
      // From the top of the page, as a keyboard user comes: skip link, home link, menu.
      for (let i = 0; i < 3 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      let inMenu = false;
      for (let i = 0; i < 12 && !inMenu; i++) {
        await page.keyboard.press('Tab');
        inMenu = await page.evaluate(() => !!document.activeElement?.closest('#primary-nav'));
      }
      expect(inMenu, 'Tab reaches the menu’s links').toBe(true);
      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(button).toBeFocused();
      await expect(mainNav(page)).toBeHidden();
      await page.keyboard.press(' ');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Escape');
      await expect(button).toBeFocused();
    });

    test('WeChat gets the hint beside attachments, downloads and links to other sites', async ({ page }) => {
      await page.goto('/news/20250115-01');
      await pageReady(page);
      const attachments = page.getByRole('region', { name: '附件' });
      await expect(attachments.getByText('微信内无法下载')).toBeVisible();
      await page.goto('/disclosure/reports/2021');
      await pageReady(page);
      await expect(page.getByRole('main').getByText('微信内无法下载')).toBeVisible();
      // No page relies on a new window.
      expect(await page.locator('a[target="_blank"]').count()).toBe(0);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });
  });
}

test.describe('outside WeChat', () => {
  test.use({ viewport: { width: 375, height: 667 }, userAgent: CHROME_ANDROID, isMobile: true, hasTouch: true });
  test('no WeChat hint, in the system browser', async ({ page }) => {
    for (const path of ['/news/20250115-01', '/disclosure/reports/2021', '/en/news/20250115-01']) {
      await page.goto(path);
      await pageReady(page);
      await expect(page.locator('.wechat-hint').first()).toBeAttached();
      await expect(page.getByText(/微信内无法下载|WeChat cannot download/)).toBeHidden();
    }
  });
});

test.describe('touch targets', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  for (const [care, min] of [['0', 44], ['1', 60]] as const) {
    test(`header controls and menu links are at least ${min} px (care=${care})`, async ({ page }) => {
      await page.goto(`/?care=${care}`);
      await pageReady(page);
      await menuButton(page).tap();
      const banner = page.getByRole('banner');
      const targets = [
        ...(await banner.getByRole('button').all()),
        ...(await banner.getByRole('link').all()),
        ...(await mainNav(page).getByRole('link').all()),
      ];
      for (const target of targets) {
        if (!(await target.isVisible())) continue;
        const box = (await target.boundingBox())!;
        const name = (await target.textContent())?.trim();
        expect(box.height, `height of ${name}`).toBeGreaterThanOrEqual(min - 0.5);
        // The home link is text with the emblem; the rest are square or wider.
        expect(box.width, `width of ${name}`).toBeGreaterThanOrEqual(min - 0.5);
      }
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('320 px', () => {
  test.use({ viewport: { width: 320, height: 568 } });
  test('no horizontal scroll on any route, in the standard and elder modes', async ({ page }) => {
    test.setTimeout(300_000);
    const routes = [...new Set([...(await allRoutes(page)), ...EXTRA_ROUTES.flatMap((r) => inLanguages(r))])];
    for (const care of ['0', '1']) {
      await page.goto(`/?care=${care}`);
      for (const path of routes) {
        await page.goto(path);
        await pageReady(page);
        expect(await overflow(page), `horizontal overflow on ${path} (care=${care})`).toBeLessThanOrEqual(0);
      }
      // And with the menu open.
      await page.goto('/en/');
      await pageReady(page);
      await menuButton(page).click();
      expect(await overflow(page), `with the menu open (care=${care})`).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('the header at 320 px', () => {
  test.use({ viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true });
  test('leaves at least two thirds of the first screen to the page, in every language', async ({ page }) => {
    for (const path of inLanguages('/')) {
      await page.goto(path);
      await pageReady(page);
      const banner = (await page.getByRole('banner').boundingBox())!;
      expect(banner.y + banner.height, `bottom of the header on ${path}`).toBeLessThanOrEqual(568 / 3);
      await expect(page.getByRole('banner').getByRole('link').first()).toHaveAccessibleName(/口岸|Port Office/);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ viewport: { width: 375, height: 667 }, javaScriptEnabled: false });
  test('the menu is a link to the site map; no notice, no WeChat hint', async ({ page }) => {
    await page.goto('/news');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#app-notice')).toBeHidden();
    await expect(mainNav(page)).toBeHidden();
    await page.getByRole('banner').getByRole('link', { name: '菜单' }).click();
    await expect(page).toHaveURL(/\/sitemap$/);
    await expect(page.getByRole('list', { name: '网站导航' }).getByRole('link').first()).toBeVisible();
  });
});

test('the viewport lets readers zoom', async ({ page }) => {
  await page.goto('/');
  const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
  expect(viewport).toContain('width=device-width');
  expect(viewport).not.toMatch(/maximum-scale|user-scalable\s*=\s*(no|0)/);
});

test('every page has a link card: og:title, og:description, og:url and a square PNG og:image', async ({ page }) => {
  for (const path of ['/', '/news', '/en/news/20250115-01', '/zh-hk/disclosure/reports/2021', '/mailbox/director']) {
    await page.goto(path);
    await pageReady(page);
    const og = async (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    expect(await og('og:title'), path).toBe(title?.trim());
    expect((await og('og:description'))?.length, path).toBeGreaterThan(10);
    expect(await og('og:url'), path).toBe(`https://ka.sz.gov.cn${path === '/' ? '/' : path}`);
    expect(await og('og:image'), path).toBe('https://ka.sz.gov.cn/share-icon.png');
    // In the prerendered file too: WeChat's card reader runs no script.
    const html = await (await page.request.get(path)).text();
    for (const property of ['og:title', 'og:description', 'og:url', 'og:image']) expect(html, `${property} in ${path}`).toContain(`property="${property}"`);
  }
  const icon = await page.request.get('/share-icon.png');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/png');
  const bytes = await icon.body();
  // PNG header: width and height (bytes 16-23) equal, at least 300.
  expect(bytes.readUInt32BE(16)).toBe(bytes.readUInt32BE(20));
  expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(300);
});

test.describe('engines that cannot run the app', () => {
  test.use({ viewport: { width: 375, height: 667 }, userAgent: WECHAT_ANDROID, isMobile: true, hasTouch: true });
  const notice = (page: Page) => page.getByRole('status').filter({ hasText: /增强功能|enhanced features/ });

  async function expectWorkingLinks(page: Page) {
    // The menu is the link to the site map; every page it lists answers.
    const menuLink = page.getByRole('banner').getByRole('link', { name: /^(菜单|Menu)$/ });
    await expect(menuLink).toBeVisible();
    await menuLink.click();
    await expect(page).toHaveURL(/\/sitemap$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const hrefs = await page
      .getByRole('list', { name: /网站导航|Site map/ })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);
    // Following one is an ordinary page load.
    await page.getByRole('list', { name: /网站导航|Site map/ }).getByRole('link', { name: '信息公开' }).first().click();
    await expect(page).toHaveURL(/\/disclosure$/);
    await expect(page.getByRole('heading', { level: 1, name: '信息公开' })).toBeVisible();
  }

  test('without WebAssembly: the page reads, the notice says so once, every link works', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as any).WebAssembly;
    });
    let wasmRequested = false;
    page.on('request', (r) => {
      if (r.url().endsWith('.wasm')) wasmRequested = true;
    });
    await page.goto('/news');
    await expect(page.getByRole('heading', { level: 1, name: '新闻动态' })).toBeVisible();
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText('无障碍工具条');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'off');
    expect(wasmRequested, 'no wasm download when it cannot run').toBe(false);
    // No app: no toolbar button, and the elder mode link works on its own.
    await expect(page.getByRole('button', { name: '无障碍' })).toBeHidden();
    await expectNoAxeViolations(page);
    await expectWorkingLinks(page);
    // Once a visit: not again on the next pages.
    await expect(notice(page)).toBeHidden();
    await page.goto('/news');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: '关怀版' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-care', '1');
  });

  test('the notice’s elder-mode link works without the app', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as any).WebAssembly;
    });
    await page.goto('/en/about');
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText('easy-read version still works');
    await notice(page).getByRole('link', { name: 'open the easy-read version' }).click();
    await expect(page).toHaveURL(/\/en\/about\?care=1$/);
    await expect(page.locator('html')).toHaveAttribute('data-care', '1');
  });

  test('the wasm request blocked: the notice shows, every link works', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto('/news');
    await expect(page.getByRole('heading', { level: 1, name: '新闻动态' })).toBeVisible();
    await expect(notice(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-app', 'failed');
    await expectWorkingLinks(page);
  });

  test('the wasm never answers: no notice before the 15 s limit, the notice at 15 s', async ({ page }) => {
    // public/app-check.js gives the app LIMIT_MS (15 s) to start. The wasm request is held,
    // never answered nor failed (a link that stalls), so only that limit can show the
    // notice; the page's clock is Playwright's, paused, and moved on by hand.
    let wasmRequested: () => void = () => {};
    const requested = new Promise<void>((resolve) => (wasmRequested = resolve));
    await page.route('**/*.wasm', () => wasmRequested());
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1_000);
    await page.goto('/news');
    await expect(page.getByRole('heading', { level: 1, name: '新闻动态' })).toBeVisible();
    // boot.js starts the app after the first paint, or after a second at the latest.
    await page.clock.runFor(1_000);
    await requested;
    await page.clock.runFor(13_999);
    await expect(notice(page)).toBeHidden();
    await expect(page.locator('html')).not.toHaveAttribute('data-app', /./);
    await page.clock.runFor(1);
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText('无障碍工具条');
    // Nothing failed: the app is only late, and the page reads and works as HTML.
    await expect(page.locator('html')).not.toHaveAttribute('data-app', /./);
    await page.getByRole('banner').getByRole('link', { name: /^菜单$/ }).click();
    await expect(page).toHaveURL(/\/sitemap$/);
  });

  test('where the app runs, the notice never shows', async ({ page }) => {
    await page.goto('/news');
    await pageReady(page);
    await expect(page.locator('#app-notice')).toBeHidden();
  });
});

test.describe('axe at phone width', () => {
  test.use({ viewport: { width: 375, height: 667 }, userAgent: WECHAT_IOS, isMobile: true, hasTouch: true });
  // Every mode: standard, elder mode, and the yellow-on-black scheme (the high-contrast
  // schemes are where phone-width colours were least looked at).
  for (const mode of Object.keys(MODES) as Mode[]) {
    test(`0 violations, menu closed and open (${mode})`, async ({ page }) => {
      test.setTimeout(120_000);
      await MODES[mode](page);
      for (const path of ['/', '/news/20250115-01', '/disclosure/reports/2021', '/mailbox/director', '/en/knowledge', '/checkpoints']) {
        await page.goto(path);
        await pageReady(page);
        if (mode === 'elder mode') await expect(page.locator('html')).toHaveAttribute('data-care', '1');
        if (mode === 'yellow on black') await expect(page.locator('html')).toHaveAttribute('data-scheme', 'black');
        await expectNoAxeViolations(page);
      }
      await menuButton(page).click();
      await expect(mainNav(page)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('QR code of the page', () => {
  /** The code's path as the page shows it now, and as the prerendered page has it. */
  const drawnCode = (page: Page) => page.locator('.page-qr__dark').getAttribute('d');
  const prerenderedCode = async (page: Page, path: string) => {
    const html = await (await page.request.get(path, { headers: { 'Accept-Language': 'zh-CN' } })).text();
    const code = await page.evaluate((text) => new DOMParser().parseFromString(text, 'text/html').querySelector('.page-qr__dark')?.getAttribute('d'), html);
    expect(code, `prerendered code of ${path}`).toBeTruthy();
    return code;
  };

  test('on desktop: the code of the page’s address, with the address as text; not on phones', async ({ page }) => {
    for (const [path, name] of [['/disclosure/reports/2021', '扫码在手机上打开本页'], ['/en/about', 'Scan to open this page on your phone']]) {
      await page.goto(path);
      await pageReady(page);
      const qr = page.getByRole('complementary', { name });
      await expect(qr).toBeVisible();
      await expect(qr.getByRole('img', { name: /二维码|QR code/ })).toBeVisible();
      await expect(qr).toContainText(`https://ka.sz.gov.cn${path}`);
      const box = (await qr.getByRole('img').boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(120);
      expect(box.width).toBe(box.height);
      // After hydration the page shows the code the prerendered page has.
      expect(await drawnCode(page)).toBe(await prerenderedCode(page, path));
    }
    // Follows in-app navigation, drawn by the app for the new address.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'News' }).click();
    await expect(page.getByRole('complementary', { name: 'Scan to open this page on your phone' })).toContainText('https://ka.sz.gov.cn/en/news');
    await expect.poll(() => drawnCode(page)).toBe(await prerenderedCode(page, '/en/news'));
    expect(await prerenderedCode(page, '/en/news')).not.toBe(await prerenderedCode(page, '/en/about'));
    await page.setViewportSize({ width: 375, height: 667 });
    await expect(page.getByRole('complementary', { name: 'Scan to open this page on your phone' })).toBeHidden();
  });
});

test.describe('the office’s WeChat account', () => {
  const account = (page: Page, name: RegExp | string) => page.getByRole('main').getByRole('region', { name });

  test('on the home page and the contact page: the QR code with its text alternative, the name and the ID as text', async ({ page }) => {
    for (const [path, heading, alt, id] of [
      ['/', '微信公众号', '微信公众号“深圳口岸办示例号”的二维码', '微信号： sample-szka'],
      ['/about', '微信公众号', '微信公众号“深圳口岸办示例号”的二维码', '微信号： sample-szka'],
      ['/zh-hk/about', '微信公眾號', /深圳口岸辦示例號/, '微信號： sample-szka'],
      ['/en/', 'WeChat official account', 'QR code of the WeChat official account "Shenzhen Port Office sample account"', 'WeChat ID: sample-szka'],
    ] as const) {
      await page.goto(path);
      await pageReady(page);
      const region = account(page, heading);
      await expect(region, path).toBeVisible();
      const qr = region.getByRole('img', { name: alt });
      await expect(qr, path).toBeVisible();
      // The picture loads (a broken one would still have its alt text).
      await expect.poll(() => qr.evaluate((img) => (img as HTMLImageElement).naturalWidth), { message: path }).toBeGreaterThan(0);
      await expect(region, path).toContainText(id);
      // The demo account is not the office's, and says so.
      await expect(region.getByText(/^(示例内容|示例內容|Sample content)$/), path).toBeVisible();
      await expect(region, path).toContainText(/扫一扫|掃一掃|Scan/);
    }
    // Only there: not on the other static pages.
    await page.goto('/copyright');
    await pageReady(page);
    await expect(page.getByRole('region', { name: '微信公众号' })).toHaveCount(0);
    // Served from the site, as a picture.
    const svg = await page.request.get('/images/wechat-account-qr.svg');
    expect(svg.status()).toBe(200);
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
  });

  test('fits a 320 px screen in elder mode, and axe finds nothing', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    for (const care of ['0', '1']) {
      await page.goto(`/?care=${care}`);
      for (const path of ['/', '/about', '/en/about']) {
        await page.goto(path);
        await pageReady(page);
        const region = account(page, /微信公众号|WeChat official account/);
        await region.scrollIntoViewIfNeeded();
        const box = (await region.getByRole('img').boundingBox())!;
        expect(box.x, `${path} care=${care}`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${path} care=${care}`).toBeLessThanOrEqual(320);
        expect(box.width, 'big enough to scan from a screen').toBeGreaterThanOrEqual(120);
        expect(await overflow(page), `horizontal overflow on ${path} (care=${care})`).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);
      }
    }
  });
});
