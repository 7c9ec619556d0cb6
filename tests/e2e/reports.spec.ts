// Annual reports on government information disclosure (issue 11 item 4): the 2014 report
// with its real figures, a 2021 report's tables (captions, and every data cell's `headers`
// resolving to header cells, asserted in the page), the comparison chart with its table
// and summary, printing, the CSV downloads against the tables, 320 px without sideways
// scrolling, and axe on every new route in every language, in elder mode and in
// yellow-on-black; the home page's newest report and the disclosure home's entry point.
import { test, expect, pageReady, expectNoAxeViolations, inLanguages, expectNoAxeViolationsOnRoutes, expectNoSidewaysScrollAt320 } from './helpers';

const NEW_ROUTES = ['/disclosure/reports', '/disclosure/reports/2021', '/disclosure/reports/2014'];

test('the 2014 report shows its real figures', async ({ page }) => {
  await page.goto('/disclosure/reports/2014');
  await pageReady(page);
  await expect(page.getByRole('heading', { level: 1, name: '市口岸办2014年政府信息公开工作年度报告' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('主动公开统计数据、通知公告、政务动态等信息164条');
  await expect(main).toContainText('发布口岸动态等信息404条，其中通过政务微博发布140条');
  await expect(main).toContainText('发布口岸信息和公告30条');
  await expect(main).toContainText('民生热线节目（如《民心桥》）2次');
  await expect(main).toContainText('答复市民咨询538人次');
  await expect(main).toContainText('收到政府信息公开申请，没有收取任何费用，也没有因政府信息公开引起的行政复议或行政诉讼');
  // The key figures as data, each a term and its number.
  const figures = await main.locator('dl.report-figures').nth(1).evaluate((dl) =>
    [...dl.querySelectorAll('div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]),
  );
  expect(figures.map(([, v]) => v)).toEqual(['164', '404', '140', '30', '2', '538', '0', '0', '0']);
  // The key figures compared across years, the letters figure among them.
  const key = await main.locator('dl.report-figures').first().evaluate((dl) =>
    [...dl.querySelectorAll('div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]),
  );
  expect(key).toEqual([
    ['主动公开信息（条）', '164'],
    ['收到公开申请（件）', '0'],
    ['办结公开申请（件）', '0'],
    ['行政复议（件）', '0'],
    ['行政诉讼（件）', '0'],
    ['答复市民来信（件）', '538'],
  ]);
  await expect(main.getByRole('table')).toHaveCount(0);
  await expect(main).not.toContainText('示例内容');
});

test('a 2021 report: every table has a caption and every data cell names its headers', async ({ page }) => {
  await page.goto('/disclosure/reports/2021');
  await pageReady(page);
  const main = page.getByRole('main');
  await expect(main.getByText('示例内容', { exact: true })).toBeVisible();
  for (const caption of [/^表二（一）/, /^表二（二）/, '表三 收到和处理政府信息公开申请情况', '表四 政府信息公开行政复议、行政诉讼情况']) {
    await expect(main.getByRole('table', { name: caption })).toBeVisible();
  }
  const report = await page.evaluate(() => {
    const problems: string[] = [];
    let cells = 0;
    for (const table of document.querySelectorAll('main table')) {
      if (!table.querySelector('caption')?.textContent?.trim()) problems.push(`${table.id}: no caption`);
      for (const td of table.querySelectorAll('td')) {
        cells++;
        const ids = (td.getAttribute('headers') ?? '').split(' ').filter(Boolean);
        if (ids.length < 2) problems.push(`${table.id}: a cell with ${ids.length} headers`);
        for (const id of ids) {
          const th = document.getElementById(id);
          if (!th || th.tagName !== 'TH' || !th.textContent?.trim()) problems.push(`${table.id}: headers names ${id}, not a header cell`);
        }
      }
    }
    return { problems, cells };
  });
  expect(report.problems).toEqual([]);
  expect(report.cells).toBeGreaterThan(150);
  // A cell of table 三 under a sub-column, in a group: its headers read as a sentence.
  const names = await page.evaluate(() => {
    const row = [...document.querySelectorAll('#table-t3 tbody tr')].find((tr) => tr.querySelector('th')?.textContent === '1. 属于国家秘密')!;
    const cell = row.querySelectorAll('td')[1];
    return cell.getAttribute('headers')!.split(' ').map((id) => document.getElementById(id)!.textContent);
  });
  expect(names).toEqual(['法人或其他组织', '商业企业', '（三）不予公开', '1. 属于国家秘密']);
  // Row 一 + row 二 = row 三（七） + row 四, as the page shows it.
  const rows = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('#table-t3 tbody tr')]
        .filter((tr) => tr.querySelector('td'))
        .map((tr) => [tr.querySelector('th')!.textContent, [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))]),
    ),
  );
  const [received, carried, total, forward] = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（七）总计', '四、结转下年度继续办理'].map((k) => rows[k]);
  received.forEach((v, i) => expect(v + carried[i]).toBe(total[i] + forward[i]));
  // A wide table scrolls in a labelled region that keyboard users can reach.
  const region = main.getByRole('region', { name: /^表三 收到和处理政府信息公开申请情况/ });
  await expect(region).toHaveAttribute('tabindex', '0');
});

test('the comparison has a chart, the same numbers as a table and a summary', async ({ page }) => {
  await page.goto('/disclosure/reports');
  await pageReady(page);
  const main = page.getByRole('main');
  // Newest first.
  const years = await main.getByRole('region', { name: '各年报告' }).getByRole('link').allTextContents();
  expect(years[0]).toContain('2025');
  expect(years[years.length - 1]).toContain('2014');
  const names = ['主动公开信息（条）', '收到公开申请（件）', '办结公开申请（件）', '行政复议（件）', '行政诉讼（件）', '答复市民来信（件）'];
  for (const name of names) {
    await expect(main.getByRole('img', { name: new RegExp(`^${name.replace(/[（）]/g, '.')}`) })).toBeVisible();
  }
  const table = main.getByRole('table', { name: '历年关键数字' });
  await expect(table.getByRole('row')).toHaveCount(9);
  const head = await table.locator('thead th').allTextContents();
  expect(head).toEqual(['年份', ...names]);
  // 2014: the seed page's real figures, its 538 enquiries answered among them.
  await expect(table.getByRole('row', { name: /^2014 164 0 0 0 0 538$/ })).toBeVisible();
  // 2019's report gives no letters figure: a dash to the eye, "not reported" in words, and
  // no bar (not a zero) in the chart, whose description names the year.
  const none = table.getByRole('row', { name: /^2019 / }).locator('td').nth(5);
  await expect(none.locator('[aria-hidden="true"]')).toHaveText('—');
  await expect(none.locator('.visually-hidden')).toHaveText('未报告');
  await expect(table.getByRole('row', { name: /^2019 212 22 20 0 0 未报告$/ })).toBeVisible();
  const letters = main.getByRole('img', { name: /^答复市民来信.件.* 柱状图：答复市民来信（件），2014年至2025年；2019年无此数字。$/ });
  await expect(letters).toBeVisible();
  await expect(letters.locator('rect')).toHaveCount(7);
  await expect(letters.locator('text', { hasText: '无数字' })).toHaveCount(1);
  // Every chart's labels are its table column: a number, or "no figure" where the table says
  // "not reported".
  const charts = main.getByRole('img');
  await expect(charts).toHaveCount(names.length);
  const columns: string[][] = [];
  for (let i = 0; i < names.length; i++) {
    const labels = await charts.nth(i).locator('text').allTextContents();
    const column = await table.locator(`tbody tr td:nth-of-type(${i + 1})`).allTextContents();
    columns.push(column);
    expect(labels.filter((_, k) => k % 2 === 0)).toEqual(column.map((c) => (c.includes('—') ? '无数字' : c)));
    expect(labels.filter((_, k) => k % 2 === 1)).toEqual(['2014', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
  }
  // The summary is written from the same numbers.
  const sum = (column: string[]) => column.filter((c) => !c.includes('—')).reduce((a, c) => a + Number(c), 0);
  const reported = columns[5].filter((c) => !c.includes('—')).length;
  const summary = main.locator('.reports-trend');
  await expect(summary).toHaveText(
    `2014年至2025年，本办主动公开的信息从 164 条增加到 297 条；其间共收到政府信息公开申请 ${sum(columns[1])} 件、办结 ${sum(columns[2])} 件，` +
      `行政复议 ${sum(columns[3])} 件，行政诉讼 ${sum(columns[4])} 件；在报告了来信数字的 ${reported} 个年度共答复市民来信 ${sum(columns[5])} 件。`,
  );
  expect(reported).toBe(7);
  expect(sum(columns[5])).toBe(3669);
  await page.goto('/en/disclosure/reports');
  await pageReady(page);
  await expect(page.getByText(/^From 2014 to 2025, the information the Office published proactively rose from 164 to 297 items a year; over those years it received \d+ applications for disclosure and concluded \d+, .* in the 7 years whose reports give the figure, it answered 3669 letters from the public\.$/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Key figures by year' }).getByRole('row', { name: /^2019 212 22 20 0 0 not reported$/ })).toBeVisible();
});

test('in elder mode the chart labels are at least 18 px', async ({ page }) => {
  await page.goto('/?care=1');
  await page.goto('/disclosure/reports');
  await pageReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-care', '1');
  const sizes = await page.evaluate(() =>
    [...document.querySelectorAll('main svg[role="img"]')].map((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')) * scale));
    }),
  );
  expect(sizes).toHaveLength(6);
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(18);
});

test('the disclosure home and the home page lead to the reports', async ({ page }) => {
  await page.goto('/disclosure');
  await pageReady(page);
  await page.getByRole('main').getByRole('link', { name: '年度报告', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '年度报告' })).toBeVisible();
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('main').getByRole('link', { name: '市口岸办2025年政府信息公开工作年度报告' }).click();
  await expect(page).toHaveURL(/\/disclosure\/reports\/2025$/);
  await expect(page.getByRole('heading', { level: 1, name: '市口岸办2025年政府信息公开工作年度报告' })).toBeVisible();
});

test('printing a report: whole tables on A4 without the navigation', async ({ page }) => {
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.goto('/disclosure/reports/2021');
  await pageReady(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '当前位置' })).toBeHidden();
  for (const table of await page.getByRole('main').getByRole('table').all()) await expect(table).toBeVisible();
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll('main .table-scroll')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.getAttribute('aria-label')),
  );
  expect(clipped).toEqual([]);
  await page.emulateMedia({ media: 'screen' });
});

test('each CSV download holds the numbers of its table, as UTF-8 with a BOM', async ({ page }) => {
  await page.goto('/disclosure/reports/2021');
  await pageReady(page);
  const main = page.getByRole('main');
  for (const id of ['t2a', 't2b', 't3', 't4']) {
    const caption = await page.locator(`#table-${id} caption`).textContent();
    const link = main.getByRole('link', { name: `${caption}（CSV 表格，`, exact: false });
    await expect(link).toHaveAttribute('href', `/files/reports/2021-${id}.csv`);
    const name = (await link.textContent())!;
    const response = await page.request.get(`/files/reports/2021-${id}.csv`);
    expect(response.status()).toBe(200);
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(name).toMatch(/（CSV 表格，[\d.]+ ?(B|KB|字节|千字节)?.*）$/);
    const lines = body.toString('utf8').slice(1).trim().split('\r\n').slice(1).map((l) => l.split(','));
    const rows = await page.evaluate(
      (id) => [...document.querySelectorAll(`#table-${id} tbody tr`)].filter((tr) => tr.querySelector('td')).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
      id,
    );
    expect(lines.map((l) => l.slice(1))).toEqual(rows);
  }
});

test('no horizontal scroll at 320 px, in both modes', async ({ page }) => {
  test.setTimeout(120_000);
  await expectNoSidewaysScrollAt320(page, [...NEW_ROUTES, '/en/disclosure/reports/2021', '/zh-hk/disclosure/reports']);
});

for (const mode of ['standard', 'elder mode', 'yellow on black'] as const) {
  test(`axe finds no violations on the report routes in every language (${mode})`, async ({ page }) => {
    test.setTimeout(180_000);
    await expectNoAxeViolationsOnRoutes(page, NEW_ROUTES, mode);
  });
}
