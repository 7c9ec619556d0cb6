// Checkpoints (issue 16): the directory in the menu and on the home page; every filter value
// by the form, with the app and without it; a checkpoint by click and by deep link; the
// open-now status and its next change in Shenzhen time at fixed moments (before and after
// closing, around the clock, an overnight holiday extension, a temporary closure), and for
// a visitor whose clock is in New York; nothing time-dependent in the page before the app
// runs; axe in three languages, standard, elder mode and yellow on black; no sideways
// scrolling at 320 px.
import { test, expect, pageReady, expectNoAxeViolationsOnRoutes, expectNoSidewaysScrollAt320 } from './helpers';
import type { Page } from '@playwright/test';

const ROUTES = ['/checkpoints', '/checkpoints/luohu', '/checkpoints/shatoujiao', '/checkpoints/list/land/all/now', '/checkpoints/list/sea/cargo/all'];

type Mode = 'passengers' | 'vehicles' | 'cargo';
interface Checkpoint {
  id: string;
  name: { 'zh-CN': string; en?: string };
  type: 'land' | 'sea' | 'air';
  crosses: Mode[];
  hours: { mode: Mode; spans: string[] }[];
  changes: { from: string; to: string; modes: Mode[]; spans: string[] }[];
}

async function directory(page: Page): Promise<Checkpoint[]> {
  const response = await page.request.get('/content/derived/checkpoints.json');
  expect(response.ok()).toBeTruthy();
  return (await response.json()).checkpoints;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const DAY_MS = 86_400_000;

/** The ranges of a mode on a Shenzhen date (`YYYY-MM-DD`): a change's if one covers it. */
function spansOn(c: Checkpoint, mode: Mode, date: string): string[] {
  const change = c.changes.find((ch) => ch.modes.includes(mode) && ch.from <= date && date <= ch.to);
  return change ? change.spans : c.hours.find((h) => h.mode === mode)?.spans ?? [];
}

/** Whether a mode is open at a UTC instant, worked out here independently of the app. */
function openAt(c: Checkpoint, mode: Mode, utcMs: number): boolean {
  const local = utcMs + 8 * 3_600_000;
  const day = Math.floor(local / DAY_MS);
  const minute = Math.floor((local - day * DAY_MS) / 60_000);
  const date = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
  // Today's ranges, and yesterday's running past midnight.
  for (const [d, shift] of [[day, 0], [day - 1, 1440]] as const) {
    for (const span of spansOn(c, mode, date(d))) {
      const [start, end] = span.split('-').map(minutes);
      const until = end < start ? end + 1440 : end;
      if (start <= minute + shift && minute + shift < until) return true;
    }
  }
  return false;
}

/** Shenzhen's wall clock at a UTC instant, as the page writes it. */
function shanghai(utcMs: number): { date: string; time: string } {
  const iso = new Date(utcMs + 8 * 3_600_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

const row = (page: Page, name: string) => page.getByRole('main').getByRole('article', { name });

test('the directory is in the menu and on the home page, and leads to a checkpoint', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  await expect(page.getByRole('region', { name: '常用服务' }).getByRole('link', { name: '口岸现在开放吗' })).toHaveAttribute('href', '/checkpoints');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '口岸通关' }).click();
  await expect(page).toHaveURL(/\/checkpoints$/);
  await expect(page.getByRole('heading', { level: 1, name: '口岸通关' })).toBeVisible();
  const all = await directory(page);
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(all.length);
  await expect(page.getByRole('status').filter({ hasText: '共' })).toHaveText(`共 ${all.length} 个口岸`);
  const futian = row(page, '福田口岸');
  await expect(futian).toContainText('陆路口岸');
  await expect(futian.getByRole('term')).toHaveText(['旅客']);
  await expect(futian.getByRole('definition')).toContainText('06:30–22:30');
  await futian.getByRole('link', { name: '福田口岸' }).click();
  await expect(page).toHaveURL(/\/checkpoints\/futian$/);
  await expect(page.getByRole('heading', { level: 1, name: '福田口岸' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '口岸通关' })).toHaveAttribute('href', '/checkpoints');
});

test('every filter value, by the form: type, what crosses, open now and "all"', async ({ page }) => {
  test.setTimeout(120_000);
  // 12:00 in Shenzhen on a day without changes but the Shatoujiao closure.
  const noon = Date.parse('2026-11-28T04:00:00Z');
  await page.clock.setFixedTime(noon);
  const all = await directory(page);
  const types = ['all', 'land', 'sea', 'air'] as const;
  const modes = ['all', 'passengers', 'vehicles', 'cargo'] as const;
  for (const type of types) {
    for (const crosses of modes) {
      for (const open of [false, true]) {
        await page.goto('/checkpoints');
        await pageReady(page);
        await page.getByLabel('口岸类型').selectOption(type);
        await page.getByLabel('通行类别').selectOption(crosses);
        await page.getByLabel('只看现在开放的口岸').setChecked(open);
        await page.getByRole('button', { name: '筛选' }).click();
        const path = type === 'all' && crosses === 'all' && !open ? '/checkpoints' : `/checkpoints/list/${type}/${crosses}/${open ? 'now' : 'all'}`;
        await expect(page).toHaveURL(new RegExp(`${path}$`));
        await pageReady(page);
        const expected = all.filter(
          (c) =>
            (type === 'all' || c.type === type) &&
            (crosses === 'all' || c.crosses.includes(crosses)) &&
            (!open || c.crosses.filter((m) => crosses === 'all' || m === crosses).some((m) => openAt(c, m, noon))),
        );
        const shown = page.getByRole('main').getByRole('article');
        await expect(shown, path).toHaveCount(expected.length);
        await expect(page.getByRole('heading', { level: 2 }).filter({ has: page.getByRole('link') })).toHaveText(
          expected.map((c) => c.name['zh-CN']),
        );
        await expect(page.getByRole('status').filter({ hasText: '共' })).toHaveText(`共 ${expected.length} 个口岸`);
        await expect(page.getByLabel('口岸类型')).toHaveValue(type);
        await expect(page.getByLabel('通行类别')).toHaveValue(crosses);
        // The note for readers without the app goes once the app applies the filter.
        await expect(page.getByText('“现在开放”需要浏览器运行本站程序')).toBeHidden();
      }
    }
  }
});

test('open now and the next change, at fixed moments in Shenzhen time', async ({ page }) => {
  // 22:40 in Shenzhen (14:40 UTC): Futian has closed (22:30), Luohu closes at midnight.
  await page.clock.setFixedTime(Date.parse('2026-11-28T14:40:00Z'));
  await page.goto('/checkpoints');
  await pageReady(page);
  await expect(page.getByRole('main')).toContainText('现在是北京时间 2026-11-28 22:40');
  await expect(row(page, '福田口岸').locator('.open-status')).toHaveText('已关闭，明天 06:30 开放');
  await expect(row(page, '罗湖口岸').locator('.open-status')).toHaveText('开放中，24:00 关闭');
  await expect(row(page, '皇岗口岸').locator('.open-status')).toHaveText(['开放中，24 小时通关', '开放中，24 小时通关', '开放中，24 小时通关']);
  // A temporary closure longer than a week: closed, no opening time to give.
  await expect(row(page, '沙头角口岸').locator('[data-status]').first()).toHaveText('已关闭，近期暂停通关');
  // Liantang closed at 22:00 and opens at 07:00.
  await expect(row(page, '莲塘口岸').locator('.open-status').first()).toHaveText('已关闭，明天 07:00 开放');

  // 21:59: open, closes at 22:00 today.
  await page.clock.setFixedTime(Date.parse('2026-11-28T13:59:00Z'));
  await page.goto('/checkpoints/liantang');
  await pageReady(page);
  await expect(page.getByRole('region', { name: /现在是北京时间/ }).locator('.open-status').first()).toHaveText('开放中，22:00 关闭');

  // 00:30 on New Year's Day: Luohu's New Year's Eve extension runs overnight to 02:00.
  await page.clock.setFixedTime(Date.parse('2026-12-31T16:30:00Z'));
  await page.goto('/checkpoints/luohu');
  await pageReady(page);
  await expect(page.getByRole('region', { name: /现在是北京时间 2027-01-01 00:30/ }).locator('.open-status')).toHaveText('开放中，02:00 关闭');

  // Spring Festival: Luohu around the clock until 13 February.
  await page.clock.setFixedTime(Date.parse('2027-02-08T19:00:00Z'));
  await page.goto('/en/checkpoints/luohu');
  await pageReady(page);
  await expect(page.getByRole('region', { name: /Beijing time/ }).locator('.open-status')).toHaveText('Open, closes at 24:00 on 2027-02-13');
  // Before opening: 06:00 on an ordinary day.
  await page.clock.setFixedTime(Date.parse('2026-11-27T22:00:00Z'));
  await page.goto('/en/checkpoints/futian');
  await pageReady(page);
  await expect(page.getByRole('region', { name: /Beijing time/ }).locator('.open-status')).toHaveText('Closed, opens at 06:30');
});

test('a checkpoint by deep link: hours table, changes with their notice, map link, address, notices, hotline', async ({ page }) => {
  await page.goto('/checkpoints/luohu');
  await pageReady(page);
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1, name: '罗湖口岸' })).toBeVisible();
  const table = main.getByRole('table', { name: '罗湖口岸每日通关时间（北京时间）' });
  await expect(table.getByRole('columnheader')).toHaveText(['通行类别', '每日通关时间', '说明']);
  await expect(table.getByRole('rowheader')).toHaveText(['旅客']);
  await expect(table.getByRole('cell').first()).toHaveText('06:30–24:00');
  const changes = main.getByRole('region', { name: '节假日及临时调整' });
  await expect(changes.getByRole('listitem').first()).toContainText('2026-12-31 旅客：06:30–次日 02:00。');
  await expect(changes.getByRole('listitem').nth(1)).toContainText('2027-02-05 至 2027-02-13 旅客：24 小时。');
  await expect(main.getByRole('link', { name: '在手机地图中打开罗湖口岸的位置' })).toHaveAttribute('href', 'geo:22.53215,114.11751');
  await expect(main.getByText('深圳市罗湖区人民南路罗湖口岸联检大楼')).toBeVisible();
  await expect(main.getByRole('region', { name: '交通' })).toContainText('地铁1号线罗湖站');
  await expect(main.getByRole('region', { name: '设施与服务' })).toContainText('无障碍');
  await expect(main.getByRole('region', { name: '咨询' }).getByRole('link')).toHaveAttribute('href', 'tel:0755-83394325');
  await expect(main.getByText('示例内容').first()).toBeVisible();
  await changes.getByRole('link', { name: /2027年元旦及春节假期部分口岸延长通关时间/ }).first().click();
  await expect(page).toHaveURL(/\/notices\/20261126-01$/);
  await page.goBack();
  await main.getByRole('region', { name: '相关通知' }).getByRole('link', { name: '罗湖口岸旅检大楼改造工程完工' }).click();
  await expect(page).toHaveURL(/\/news\/20261030-01$/);
  // The temporary closure on the directory and the checkpoint's page, with its notice.
  await page.goto('/checkpoints');
  await pageReady(page);
  await expect(row(page, '沙头角口岸')).toContainText('2026-11-20 至 2027-06-30 旅客：暂停通关。');
  await expect(row(page, '沙头角口岸').getByRole('link', { name: /沙头角口岸旅检区域暂停通关/ })).toHaveAttribute('href', '/notices/20261120-01');
  // An unknown checkpoint is the 404 page.
  const response = await page.goto('/checkpoints/nowhere');
  expect(response!.status()).toBe(404);
});

test.describe('a visitor whose clock is in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('open now follows Shenzhen time, not the visitor’s', async ({ page }) => {
    // 09:40 in New York is 22:40 in Shenzhen: Futian is closed although it is morning here.
    await page.clock.setFixedTime(Date.parse('2026-11-28T14:40:00Z'));
    await page.goto('/en/checkpoints');
    await pageReady(page);
    expect(await page.evaluate(() => new Date().getHours())).toBe(9);
    await expect(page.getByRole('main')).toContainText('It is 22:40 on 2026-11-28, Beijing time');
    await expect(row(page, 'Futian Port').locator('.open-status')).toHaveText('Closed, opens at 06:30 tomorrow');
  });

  test('at the real time, every status matches Shenzhen time worked out from the data', async ({ page }) => {
    await page.goto('/checkpoints');
    await pageReady(page);
    const all = await directory(page);
    const now = await page.evaluate(() => Date.now());
    const { date, time } = shanghai(now);
    await expect(page.getByRole('main')).toContainText(`现在是北京时间 ${date} ${time}`);
    for (const c of all) {
      const expected = c.crosses.map((m) => (openAt(c, m, now) ? 'open' : 'closed'));
      const shown = row(page, c.name['zh-CN']).locator('[data-status]');
      await expect(shown, c.id).toHaveCount(c.crosses.length);
      expect(await shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))), c.id).toEqual(expected);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page lists regular hours with no status, and the form filters by real pages', async ({ page }) => {
    await page.goto('/checkpoints');
    await expect(page.getByRole('heading', { level: 1, name: '口岸通关' })).toBeVisible();
    await expect(row(page, '福田口岸')).toContainText('06:30–22:30');
    await expect(page.locator('.open-status, [data-status]')).toHaveCount(0);
    await expect(page.getByRole('main')).not.toContainText('现在是北京时间');
    await page.getByLabel('口岸类型').selectOption('sea');
    await page.getByLabel('通行类别').selectOption('cargo');
    await page.getByRole('button', { name: '筛选' }).click();
    await expect(page).toHaveURL(/\/checkpoints\/list\/sea\/cargo\/all$/);
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(2);
    await page.getByLabel('只看现在开放的口岸').check();
    await page.getByRole('button', { name: '筛选' }).click();
    await expect(page).toHaveURL(/\/checkpoints\/list\/sea\/cargo\/now$/);
    // Open now needs the time: the page says so and lists every match with its hours.
    await expect(page.getByRole('main')).toContainText('“现在开放”需要浏览器运行本站程序');
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(2);
    await page.getByRole('link', { name: '盐田港' }).click();
    await expect(page).toHaveURL(/\/checkpoints\/yantian$/);
    await expect(page.getByRole('table')).toContainText('24 小时');
  });
});

test('no horizontal scroll at 320 px, in both modes', async ({ page }) => {
  test.setTimeout(120_000);
  await expectNoSidewaysScrollAt320(page, [...ROUTES, '/en/checkpoints', '/en/checkpoints/shenzhen-bay']);
});

for (const mode of ['standard', 'elder mode', 'yellow on black'] as const) {
  test(`axe finds no violations on the checkpoint routes in every language (${mode})`, async ({ page }) => {
    test.setTimeout(180_000);
    await expectNoAxeViolationsOnRoutes(page, ROUTES, mode);
  });
}
