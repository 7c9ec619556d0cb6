// Read-aloud: utterances are queued in reading order, each with the language of its text,
// at the chosen speed; pointer reading reads what the pointer rests on; where the browser
// has no speech synthesis the toolbar says so. speechSynthesis is replaced by a recorder.
import { test, expect, pageReady } from './helpers';

const recorder = () => {
  (window as any).__spoken = [];
  class Utterance {
    text: string;
    lang = '';
    rate = 1;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speak: (u: Utterance) => (window as any).__spoken.push({ text: u.text, lang: u.lang, rate: u.rate }),
      cancel: () => ((window as any).__spoken = []),
    },
  });
};

const spoken = (page) => page.evaluate(() => (window as any).__spoken as { text: string; lang: string; rate: number }[]);

test('reads the page in order, each part in its own language, at the chosen speed', async ({ page }) => {
  await page.addInitScript(recorder);
  await page.goto('/en/news/20180612-01');
  await pageReady(page);
  await page.getByRole('button', { name: 'Accessibility' }).click();
  const panel = page.getByRole('region', { name: 'Accessibility tools' });
  await panel.getByLabel('Speed').selectOption({ label: 'Slow' });
  await panel.getByRole('button', { name: 'Read the page' }).click();
  const queue = await spoken(page);
  expect(queue.length).toBeGreaterThan(5);
  // The English heading in English; the Chinese-only body in Chinese.
  expect(queue[0].text).toBe((await page.getByRole('heading', { level: 1 }).textContent())!.trim());
  expect(queue[0].lang).toBe('en');
  expect(queue[0].rate).toBeCloseTo(0.7);
  const body = queue.find((u) => u.text.includes('深圳湾口岸管理处'));
  expect(body?.lang).toBe('zh-CN');
  // Alt+V stops.
  await page.keyboard.press('Alt+KeyV');
  expect(await spoken(page)).toEqual([]);
});

test('pointer reading (Alt+P) reads what the pointer rests on', async ({ page }) => {
  await page.addInitScript(recorder);
  await page.goto('/about');
  await pageReady(page);
  await page.keyboard.press('Alt+KeyP');
  await page.getByRole('heading', { level: 1 }).hover();
  await expect.poll(() => spoken(page)).toEqual([{ text: '关于我们', lang: 'zh-CN', rate: 1 }]);
});

test('without speech synthesis the toolbar says so instead of failing silently', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('button', { name: '无障碍' }).click();
  const panel = page.getByRole('region', { name: '无障碍工具' });
  await expect(panel.getByRole('status')).toContainText('此浏览器不支持语音朗读');
  await expect(panel.getByRole('button', { name: '朗读全文' })).toHaveCount(0);
  await page.keyboard.press('Alt+KeyX');
  await expect(page.locator('[aria-live="polite"]')).toContainText('不支持语音朗读');
});

test('with speech synthesis but no voice (Firefox without speech-dispatcher), reading says so', async ({ page }) => {
  // Nothing can speak: a call to speak() would be the silent failure this guards against.
  await page.addInitScript(() =>
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { getVoices: () => [], cancel: () => {}, speak: () => { throw new Error('speak() called with no voice'); } },
    }),
  );
  await page.goto('/');
  await pageReady(page);
  await page.getByRole('button', { name: '无障碍' }).click();
  const panel = page.getByRole('region', { name: '无障碍工具' });
  await panel.getByRole('button', { name: '朗读全文' }).click();
  await expect(panel.getByRole('status')).toContainText('此浏览器不支持语音朗读');
  await expect(panel.getByRole('button', { name: '朗读全文' })).toHaveCount(0);
  await expect(page.locator('[aria-live="polite"]')).toContainText('不支持语音朗读');
  await page.keyboard.press('Alt+KeyH');
  await expect(page.locator('html')).not.toHaveAttribute('data-reader', /.+/);
});

test('screen-reader mode (Alt+H) says how to use it, then speaks what gets focus and page changes', async ({ page }) => {
  await page.addInitScript(recorder);
  await page.goto('/');
  await pageReady(page);
  await page.keyboard.press('Alt+KeyH');
  await expect(page.locator('html')).toHaveAttribute('data-reader', 'on');
  await expect.poll(async () => (await spoken(page))[0]?.text ?? '').toContain('读屏模式已开启');
  expect((await spoken(page))[0].lang).toBe('zh-CN');
  // Focus is read, in the language of the focused text.
  await page.getByRole('link', { name: 'EN English' }).focus();
  await expect.poll(() => spoken(page)).toContainEqual({ text: 'EN English', lang: 'en', rate: 1 });
  // Moving to another page says which page opened.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '关于我们' }).click();
  // Once: the announcement names the page, so the heading is not read before it as well.
  await expect.poll(async () => (await spoken(page)).map((u) => u.text)).toEqual(['已打开页面：关于我们']);
  // It stays on for the next page, and Alt+H turns it off again.
  await page.goto('/news');
  await pageReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-reader', 'on');
  await page.keyboard.press('Alt+KeyH');
  await expect(page.locator('html')).not.toHaveAttribute('data-reader', /.+/);
  await expect.poll(async () => (await spoken(page)).map((u) => u.text)).toEqual(['读屏模式已关闭']);
});

test('without speech synthesis, screen-reader mode says so and stays off', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
  await page.goto('/en/');
  await pageReady(page);
  await page.keyboard.press('Alt+KeyH');
  await expect(page.locator('[aria-live="polite"]')).toContainText('cannot read aloud');
  await expect(page.locator('html')).not.toHaveAttribute('data-reader', /.+/);
});

test('Alt+S steps the speech rate, and the next reading uses it', async ({ page }) => {
  await page.addInitScript(recorder);
  await page.goto('/about');
  await pageReady(page);
  await page.keyboard.press('Alt+KeyS');
  await expect(page.locator('[aria-live="polite"]')).toHaveText('语速：快');
  await page.keyboard.press('Alt+KeyX');
  await expect.poll(async () => (await spoken(page))[0]?.rate).toBeCloseTo(1.4);
  await page.keyboard.press('Alt+KeyS');
  await page.keyboard.press('Alt+KeyX');
  await expect.poll(async () => (await spoken(page))[0]?.rate).toBeCloseTo(0.7);
});

test('pointer reading reads the block under the pointer, never a whole region', async ({ page }) => {
  await page.addInitScript(recorder);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/about');
  await pageReady(page);
  await page.keyboard.press('Alt+KeyP');
  // The empty page margin beside the content: nothing to read there.
  await page.mouse.move(5, 450);
  await page.getByRole('heading', { level: 1 }).hover();
  await page.mouse.move(5, 450);
  await expect.poll(() => spoken(page)).toEqual([{ text: '关于我们', lang: 'zh-CN', rate: 1 }]);
});
