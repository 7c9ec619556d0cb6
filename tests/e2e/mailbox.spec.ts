// The mailboxes (issue 12) against the release server and its real SQLite store: a letter
// written and sent, answered by staff through the CLI and looked up; the error summary
// focused, each error reaching its field; the draft kept over a reload and when the server
// cannot be reached; a double click storing one letter; the plain form round trip without
// JavaScript; published replies and statistics; 320 px; axe on every mailbox route in every
// language, in elder mode and in yellow on black.
import { execFileSync } from 'node:child_process';
import { test, expect, pageReady, expectNoAxeViolations, inLanguages, expectNoAxeViolationsOnRoutes, expectNoSidewaysScrollAt320 } from './helpers';
import { E2E_DATA } from '../../playwright.config';

const SERVER = process.env.PORTAL_SERVER ?? './target/release/portal-server';
const ROUTES = ['/mailbox', '/mailbox/director', '/mailbox/enquiries', '/mailbox/corrections', '/mailbox/lookup', '/mailbox/replies', '/mailbox/statistics'];

/** The staff CLI on the test server's database. */
function admin(...args: string[]): string {
  return execFileSync(SERVER, ['admin', '--data', E2E_DATA, '--by', 'e2e', ...args], { encoding: 'utf8' });
}

/** A title no other test (or run) uses, in letters: a run of 7 digits would be masked as a
 * phone number when published. */
const unique = (what: string) => `${what}${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`;

async function fillLetter(page, title: string) {
  await page.getByRole('radio', { name: '咨询' }).check();
  await page.getByRole('textbox', { name: '标题' }).fill(title);
  await page.getByRole('textbox', { name: '来信内容' }).fill('请问莲塘口岸旅检通道晚上几点关闭？我的电话是13800138000。');
  await page.getByRole('textbox', { name: '姓名' }).fill('张三');
  await page.getByRole('textbox', { name: '手机号码或电话' }).fill('13800138000');
  await page.getByRole('checkbox', { name: /同意在答复后公开/ }).check();
  await page.getByRole('checkbox', { name: '我已阅读并同意隐私说明' }).check();
}

/** The receipt's number and code. */
async function receipt(page) {
  const panel = page.locator('.letter-receipt');
  await expect(panel.getByRole('heading', { name: '来信已提交' })).toBeVisible();
  const number = (await panel.getByRole('definition').nth(1).textContent())!.trim();
  const code = (await panel.getByRole('definition').nth(2).textContent())!.trim();
  expect(number).toMatch(/^\d{10}$/);
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return { number, code };
}

test('a letter is sent, answered by staff, looked up and published with personal data hidden', async ({ page }) => {
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '互动交流' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '互动交流' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: '主任信箱' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '主任信箱' })).toBeVisible();
  // What the mailbox does not take is said before the form.
  await expect(page.getByRole('main')).toContainText('依申请公开');
  const title = unique('莲塘口岸夜间');
  await fillLetter(page, title);
  await page.getByRole('button', { name: '提交来信' }).click();
  const { number, code } = await receipt(page);
  await expect(page.locator('.letter-receipt')).toBeFocused();
  await expect(page.getByRole('button', { name: '打印回执' })).toBeVisible();
  // The draft is gone after success.
  await page.reload();
  await pageReady(page);
  await expect(page.getByRole('textbox', { name: '标题' })).toHaveValue('');

  // Received, then answered by staff through the CLI, then published.
  expect(admin('show', number)).toContain(title);
  admin('answer', number, '--reply', '莲塘口岸旅检通道每天 7:00 至 22:00 开放。');
  admin('publish', number);

  await page.goto('/mailbox/lookup');
  await pageReady(page);
  await page.getByRole('textbox', { name: '信件编号' }).fill(number);
  await page.getByRole('textbox', { name: '查询码' }).fill(code.toLowerCase().replaceAll('-', ''));
  await page.getByRole('button', { name: '查询' }).click();
  const result = page.locator('.letter-lookup__result');
  await expect(result.getByRole('heading', { name: `来信 ${number}` })).toBeVisible();
  await expect(result).toContainText('已答复');
  await expect(result).toContainText('7:00 至 22:00');
  // A wrong code answers as an unknown number.
  await page.getByRole('textbox', { name: '查询码' }).fill('AAAA-AAAA-AAAA');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(result).toContainText('没有找到这封来信');

  await page.goto('/mailbox/replies?mailbox=director');
  await pageReady(page);
  const item = page.getByRole('main').getByRole('article', { name: title });
  await expect(item).toContainText('7:00 至 22:00');
  await expect(item).toContainText('***********');
  await expect(item).not.toContainText('13800138000');
  // The filter by another mailbox leaves it out.
  await page.getByLabel('信箱').selectOption({ label: '网站纠错' });
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/mailbox=corrections/);
  await expect(page.getByRole('main').getByRole('article', { name: title })).toHaveCount(0);

  await page.goto('/mailbox/statistics');
  await pageReady(page);
  const year = new Date().getFullYear();
  const table = page.getByRole('table', { name: `${year} 年来信统计` });
  await expect(table.getByRole('row', { name: new RegExp(`${year} 年合计`) })).toBeVisible();
});

test('a failed submit shows the error summary, focused, each error linking to its field', async ({ page }) => {
  await page.goto('/en/mailbox/enquiries');
  await pageReady(page);
  await page.getByRole('textbox', { name: 'Title' }).fill('abc');
  await page.getByRole('button', { name: 'Send letter' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary.getByRole('link')).toHaveText([
    'The title must be at least 4 characters',
    'Enter your letter',
    'Enter your name (the mailbox does not accept anonymous letters)',
    'Enter a phone number or an email address so that we can reply',
    'Read and agree to the privacy notice before you send',
  ]);
  await summary.getByRole('link', { name: 'Enter your letter' }).click();
  await expect(page.getByRole('textbox', { name: 'Your letter' })).toBeFocused();
  // The field says it is invalid, and its message is part of its description.
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(/at least 4 characters/);
});

test('the draft is kept over a reload, and when the server cannot be reached', async ({ page }) => {
  await page.goto('/mailbox/corrections');
  await pageReady(page);
  const title = unique('链接失效');
  await fillLetter(page, title);
  await page.reload();
  await pageReady(page);
  await expect(page.getByRole('textbox', { name: '标题' })).toHaveValue(title);
  await expect(page.getByRole('checkbox', { name: '我已阅读并同意隐私说明' })).toBeChecked();
  // A dropped connection: every attempt fails.
  const post = (route) => (route.request().method() === 'POST' ? route.abort('connectionreset') : route.continue());
  await page.route('**/mailbox/corrections', post);
  await page.getByRole('button', { name: '提交来信' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('0755-83394325', { timeout: 15_000 });
  await expect(alert).toBeFocused();
  await expect(page.getByRole('textbox', { name: '标题' })).toHaveValue(title);
  // Back online: the same draft goes, once.
  await page.unroute('**/mailbox/corrections', post);
  await page.getByRole('button', { name: '提交来信' }).click();
  const { number } = await receipt(page);
  expect(admin('show', number)).toContain(title);
});

test('a double click stores one letter', async ({ page }) => {
  await page.goto('/mailbox/director');
  await pageReady(page);
  const title = unique('双击测试');
  await fillLetter(page, title);
  await page.getByRole('button', { name: '提交来信' }).dblclick();
  await receipt(page);
  const rows = admin('list').split('\n').filter((line) => line.includes(title));
  expect(rows).toHaveLength(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the form posts to the server, which answers with the errors and then the receipt', async ({ page }) => {
    await page.goto('/mailbox/enquiries');
    const title = unique('无脚本来信');
    await page.getByRole('textbox', { name: '标题' }).fill(title);
    await page.getByRole('button', { name: '提交来信' }).click();
    await expect(page).toHaveURL(/\/mailbox\/enquiries$/);
    const summary = page.locator('.error-summary');
    await expect(summary.getByRole('heading', { name: '提交的内容有问题' })).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: '请填写来信内容' })).toHaveAttribute('href', '#letter-body');
    // What was typed is kept.
    await expect(page.getByRole('textbox', { name: '标题' })).toHaveValue(title);
    await fillLetter(page, title);
    await page.getByRole('button', { name: '提交来信' }).click();
    const { number, code } = await receipt(page);
    await expect(page.locator('.letter-receipt')).toBeFocused();
    // Copy and print need scripts: not offered here.
    await expect(page.getByRole('button', { name: '打印回执' })).toHaveCount(0);
    expect(admin('show', number)).toContain(title);
    // Sending the same post again (a reload of the answer) stores nothing new.
    await page.goto('/mailbox/lookup');
    await page.getByRole('textbox', { name: '信件编号' }).fill(number);
    await page.getByRole('textbox', { name: '查询码' }).fill(code);
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page.getByRole('heading', { name: `来信 ${number}` })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('已受理');
  });
});

test('no horizontal scroll at 320 px on the mailbox pages, in both modes', async ({ page }) => {
  test.setTimeout(120_000);
  await expectNoSidewaysScrollAt320(page, [...ROUTES, '/en/mailbox/director']);
});

for (const mode of ['standard', 'elder mode', 'yellow on black'] as const) {
  test(`axe finds no violations on the mailbox routes in every language (${mode})`, async ({ page }) => {
    test.setTimeout(180_000);
    await expectNoAxeViolationsOnRoutes(page, ROUTES, mode);
    // With its errors shown too.
    await page.goto('/en/mailbox/director');
    await pageReady(page);
    await page.getByRole('button', { name: 'Send letter' }).click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("what is typed before the form's code arrives is kept when it starts", async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/split_letter_form_enhance_loader_*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/mailbox/director');
  await page.getByRole('textbox', { name: '标题' }).fill('莲塘口岸夜间通关');
  await page.getByRole('textbox', { name: '来信内容' }).fill('请问莲塘口岸旅检通道晚上几点关闭？');
  await page.getByRole('textbox', { name: '姓名' }).fill('张三');
  release();
  await pageReady(page);
  await expect(page.getByRole('textbox', { name: '标题' })).toHaveValue('莲塘口岸夜间通关');
  await expect(page.getByRole('textbox', { name: '来信内容' })).toHaveValue('请问莲塘口岸旅检通道晚上几点关闭？');
  await expect(page.getByRole('textbox', { name: '姓名' })).toHaveValue('张三');
});
