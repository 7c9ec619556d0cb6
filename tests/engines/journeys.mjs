// The citizen journeys, each run in every engine (tests/engines/run.mjs) on one browser
// session: names, pages and steps are those of the Playwright specs in tests/e2e/ (named
// beside each journey). Each starts from a clean state (storage and cookies cleared, a
// 1280 x 900 viewport); `p` is a Page (page.mjs), `t` the run's tools (server, screenshots).
import { check } from './page.mjs';

const px = (v) => parseFloat(v);
const ITEM = '/news/20180612-01';

export const journeys = {
  // shell.spec.ts: home renders in Simplified Chinese.
  async 'home: header, navigation, footer facts, the app started'(p) {
    await p.go('/');
    await p.h1('深圳市人民政府口岸办公室');
    check((await p.html('lang')) === 'zh-CN', `lang is ${await p.html('lang')}`);
    check((await p.app()) === 'ready', 'data-app is not "ready"');
    check(/深圳市人民政府口岸办公室/.test(await p.browser.getTitle()), 'the title');
    const banner = await p.role('banner');
    check((await banner.getText()).includes('深圳市人民政府口岸办公室'), 'the header names the office');
    const nav = await p.role('navigation', '主导航');
    const home = await p.role('link', '首页', { within: nav, exact: true });
    check((await home.getAttribute('aria-current')) === 'page', 'the current page is marked in the menu');
    const footer = await p.role('contentinfo');
    const facts = await footer.getText();
    for (const fact of ['4403000054', '粤ICP备19001328号', '粤公网安备 44030402002824号', '518026']) {
      check(facts.includes(fact), `the footer lacks ${fact}`);
    }
    await p.role('link', '0755-83394325', { within: footer });
  },

  // shell.spec.ts + news.spec.ts: moving between pages (page loads), back, and a deep link.
  async 'navigation: to a news item and back, then a deep link'(p) {
    await p.go('/');
    await p.click('link', '新闻动态', { within: await p.role('navigation', '主导航'), exact: true });
    await p.h1('新闻动态');
    const list = await p.role('list', '新闻动态', { within: await p.role('main') });
    const first = await p.role('link', null, { within: list });
    const title = (await first.getText()).trim();
    await first.click();
    await p.h1(title);
    await p.role('navigation', '当前位置');
    check(/\/news\/\d{8}-\d{2}$/.test(await p.path()), `an item's path: ${await p.path()}`);
    await p.browser.back();
    await p.h1('新闻动态');
    await p.browser.back();
    await p.h1('深圳市人民政府口岸办公室');
    // A shared link to an item opens it on its own, with its breadcrumbs.
    await p.go(ITEM);
    const crumbs = await p.role('navigation', '当前位置');
    await p.role('link', '新闻动态', { within: crumbs });
    check((await p.role('main').then((m) => m.getText())).includes('来源'), 'the item shows its source');
  },

  // languages.spec.ts + shell.spec.ts: 繁 then EN, the same page.
  async 'languages: 繁 and EN'(p) {
    await p.go(ITEM);
    const simplified = await p.h1(null);
    await p.click('link', '繁體中文');
    await p.until(async () => (await p.path()) === `/zh-hk${ITEM}`, 'the zh-hk address');
    await p.htmlHas('lang', 'zh-HK');
    await p.role('navigation', '主導覽');
    await p.role('link', '新聞動態', { within: await p.role('navigation', '主導覽') });
    const traditional = await p.h1(null);
    check(traditional !== simplified && [...traditional].length === [...simplified].length, 'the title in Traditional characters');
    await p.click('link', 'English');
    await p.until(async () => (await p.path()) === `/en${ITEM}`, 'the en address');
    await p.htmlHas('lang', 'en');
    await p.role('navigation', 'Main navigation');
    await p.ready();
  },

  // care.spec.ts: the header switch, the text size it applies, kept after a reload.
  async 'elder mode: on, its text size applied and kept after reload'(p) {
    await p.go('/about');
    const before = px(await p.css('main p', 'font-size'));
    await p.click('link', '关怀版', { exact: true });
    await p.htmlHas('data-care', '1');
    await p.role('link', '返回标准版');
    const after = px(await p.css('main p', 'font-size'));
    check(after > before && after >= 18, `elder-mode text ${after} px (standard ${before} px)`);
    await p.reload();
    await p.htmlHas('data-care', '1');
    const reloaded = px(await p.css('main p', 'font-size'));
    check(reloaded === after, `after reload ${reloaded} px, not ${after} px`);
    await p.click('link', '返回标准版');
    await p.htmlHas('data-care', null);
    await p.role('link', '关怀版', { exact: true });
  },

  // toolbar.spec.ts: text size in steps and a colour scheme, the scheme kept on the next page.
  async 'toolbar: text size and a colour scheme'(p) {
    await p.go('/about');
    await p.click('button', '无障碍', { exact: true });
    const panel = await p.role('region', '无障碍工具');
    const larger = await p.role('button', '放大文字', { within: panel });
    await larger.click();
    await p.htmlHas('data-text', '115');
    await larger.click();
    await p.htmlHas('data-text', '130');
    const root = px(await p.css('html', 'font-size'));
    check(Math.abs(root - 20.8) < 0.1, `root text ${root} px at 130%, not 20.8`);
    await p.click('radio', '黑底黄字', { within: panel });
    await p.htmlHas('data-scheme', 'black');
    const colours = [await p.css('body', 'background-color'), await p.css('main p', 'color')];
    check(colours.join() === 'rgb(0, 0, 0),rgb(255, 255, 0)', `yellow on black is ${colours.join(' / ')}`);
    // Applied before the app runs on the next page (prefs.js), so no flash.
    await p.browser.url(p.base + '/news');
    check((await p.html('data-scheme')) === 'black', 'the scheme is set before the app');
    await p.ready();
    await p.click('button', '无障碍', { exact: true });
    await p.click('button', '全部恢复默认');
    await p.htmlHas('data-scheme', null);
    await p.htmlHas('data-text', null);
  },

  // toolbar.spec.ts: page zoom scales the whole page (CSS zoom) and reflows. Pressed by
  // keyboard: WebKitGTK draws CSS zoom correctly but still measures the zoomed page unzoomed
  // in script (getBoundingClientRect: WebKit's old zoom), and WebDriver clicks where those
  // measures say, beside the button. A person's tap hits what is drawn; the keyboard is a
  // path every engine's users have (docs/decisions/0013-cross-engine-tests.md).
  async 'page zoom: up to 200%, images grow, no sideways scroll'(p) {
    await p.go('/news');
    // 1 where script measures a zoomed box as drawn (the standard), the zoom where unzoomed.
    const measuredUnzoomed = await p.eval(() => {
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.width = '10px';
      probe.style.zoom = '2';
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width === 10;
    });
    const logo = () => p.eval(() => document.querySelector('header img').getBoundingClientRect().width);
    const before = await logo();
    await p.click('button', '无障碍', { exact: true });
    const panel = await p.role('region', '无障碍工具');
    const zoomIn = await p.role('button', '放大页面', { within: panel });
    for (let i = 0; i < 5; i++) await p.press(zoomIn);
    await p.htmlHas('data-zoom', '200');
    check((await p.css('body', 'zoom')) === '2', `body zoom is ${await p.css('body', 'zoom')}`);
    check((await panel.getText()).includes('页面缩放：200%'), 'the panel says 200%');
    const zoomed = (await logo()) * (measuredUnzoomed ? 2 : 1);
    check(Math.abs(zoomed - before * 2) < 2, `the logo is ${zoomed} px wide at 200%, was ${before} px`);
    check((await p.html('data-text')) === null, 'text size untouched');
    const overflow = await p.eval(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check(overflow <= 0, `${overflow} px of sideways scroll at 200%`);
    await p.press(await p.role('button', '缩小页面', { within: panel }));
    await p.htmlHas('data-zoom', '175');
    if (measuredUnzoomed) return 'script measures the zoomed page unzoomed (old WebKit zoom)';
  },

  // speech.spec.ts: read-aloud where the engine can speak; where it cannot (no speech
  // synthesis, or one without a voice: Firefox here, without speech-dispatcher), the toolbar
  // says so, as the accessibility statement promises, instead of a button that does nothing.
  async 'read-aloud: reads, or says it cannot'(p) {
    await p.go('/about');
    // -1: no speech synthesis; else how many voices it has.
    const voices = await p.eval(() => (window.speechSynthesis ? speechSynthesis.getVoices().length : -1));
    await p.click('button', '无障碍', { exact: true });
    const panel = await p.role('region', '无障碍工具');
    const says = async () => (await panel.getText()).includes('此浏览器不支持语音朗读');
    if (voices !== -1) await p.click('button', '朗读全文', { within: panel });
    if (voices > 0) {
      check(!(await says()), 'an engine with voices is told it cannot read aloud');
      await p.click('button', '停止朗读', { within: panel });
      return `${voices} voices: reads`;
    }
    await p.until(says, 'the toolbar saying it cannot read aloud');
    check((await p.all('button', '朗读全文', { within: panel })).length === 0, 'no read-aloud button where nothing can speak');
    const live = await p.eval(() => document.querySelector('[aria-live="polite"]').textContent);
    check(voices === -1 || live.includes('不支持语音朗读'), `the announcement: ${live}`);
    return voices === 0 ? 'no voice: the toolbar says so' : 'no speech synthesis: the toolbar says so';
  },

  // news.spec.ts: category and year filters in the app.
  async 'news filter: category and year'(p) {
    await p.go('/notices');
    await (await p.role('combobox', '类别')).selectByVisibleText('政策法规');
    await (await p.role('combobox', '年份')).selectByVisibleText('2024');
    await p.click('button', '筛选');
    await p.until(async () => /\/notices\/list\/policy\/2024\/1$/.test(await p.path()), 'the filtered address');
    const list = await p.role('list', '通知公告', { within: await p.role('main') });
    await p.until(async () => {
      const items = await p.eval((l) => [...l.querySelectorAll('li')].map((li) => [li.textContent, li.querySelector('time')?.getAttribute('datetime')]), list);
      return items.length > 0 && items.every(([text, date]) => text.includes('政策法规') && date?.startsWith('2024-'));
    }, 'only 2024 policy items');
  },

  // mailbox.spec.ts: a letter written and sent to the real server, answered by staff through
  // the CLI, and looked up with its number and code.
  async 'mailbox: a letter sent, answered and looked up'(p, t) {
    await p.go('/mailbox/director');
    const title = `跨引擎测试${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`;
    await p.click('radio', '咨询');
    await (await p.role('textbox', '标题')).setValue(title);
    await (await p.role('textbox', '来信内容')).setValue('请问莲塘口岸旅检通道晚上几点关闭？');
    await (await p.role('textbox', '姓名')).setValue('张三');
    await (await p.role('textbox', '手机号码或电话')).setValue('13800138000');
    await p.click('checkbox', '我已阅读并同意隐私说明');
    await p.click('button', '提交来信');
    await p.role('heading', '来信已提交');
    const [number, code] = await p.eval(() =>
      [...document.querySelectorAll('.letter-receipt dd')].slice(1, 3).map((dd) => dd.textContent.trim()),
    );
    check(/^\d{10}$/.test(number) && /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(code), `receipt ${number} ${code}`);
    check(t.admin('show', number).includes(title), 'the server stored the letter');
    t.admin('answer', number, '--reply', '莲塘口岸旅检通道每天 7:00 至 22:00 开放。');
    await p.go('/mailbox/lookup');
    await (await p.role('textbox', '信件编号')).setValue(number);
    await (await p.role('textbox', '查询码')).setValue(code);
    await p.click('button', '查询');
    await p.role('heading', `来信 ${number}`);
    await p.until(async () => {
      const text = await p.eval(() => document.querySelector('.letter-lookup__result')?.textContent ?? '');
      return text.includes('已答复') && text.includes('7:00 至 22:00');
    }, 'the reply in the lookup');
  },

  // reports.spec.ts: the comparison's table and chart.
  async 'reports: the key figures table and chart'(p) {
    await p.go('/disclosure/reports');
    const main = await p.role('main');
    const table = await p.role('table', '历年关键数字', { within: main });
    const rows = await p.all('row', null, { within: table });
    check(rows.length === 9, `${rows.length} rows, not 9`);
    await p.role('row', /^2014 164 0 0 0 0 538$/, { within: table });
    const chart = await p.role('img', /^答复市民来信.件/, { within: main });
    const bars = await p.eval((svg) => svg.querySelectorAll('rect').length, chart);
    check(bars === 7, `${bars} bars in the letters chart, not 7`);
    const size = await chart.getSize();
    check(size.width > 100 && size.height > 50, `the chart is drawn ${size.width} x ${size.height}`);
  },

  // checkpoints.spec.ts: the directory says the time in Shanghai whatever the machine's zone,
  // every checkpoint gets its open-now status once the app runs, and a checkpoint's page.
  async 'checkpoints: open now in Beijing time, and a checkpoint page'(p) {
    await p.go('/checkpoints');
    await p.h1('口岸通关');
    const main = await p.role('main');
    await p.until(async () => /现在是北京时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(await main.getText()), 'the Beijing time line');
    const shown = /现在是北京时间 (\d{4}-\d{2}-\d{2} \d{2}:\d{2})/.exec(await main.getText())[1];
    const beijing = (offsetMs) => new Date(Date.now() + 8 * 3600_000 + offsetMs).toISOString().slice(0, 16).replace('T', ' ');
    check([beijing(-60_000), beijing(0), beijing(60_000)].includes(shown), `Beijing time shown ${shown}, expected about ${beijing(0)}`);
    // The status badges (components/open_status.rs), one a checkpoint and mode, each saying
    // open or closed in words.
    const statuses = await p.eval(() => [...document.querySelectorAll('main .open-status')].map((el) => el.textContent));
    check(statuses.length >= 12 && statuses.every((t) => /开放中|已关闭|暂停/.test(t)), `open-now statuses: ${statuses.join(' | ')}`);
    await p.click('link', '罗湖口岸', { within: main, exact: true });
    await p.h1('罗湖口岸');
    await p.role('table', /罗湖口岸每日通关时间/);
    const geo = await p.role('link', /在手机地图中打开/);
    check((await geo.getAttribute('href')).startsWith('geo:'), 'the map link is a geo: link');
  },

  // search.spec.ts: the header's search box, a two-character fragment, a Traditional query,
  // pinyin; the results come from the index the page fetches and reads in this engine.
  async 'search: the header box, a fragment, Traditional and pinyin'(p) {
    await p.go('/');
    const box = await p.role('search', '搜索本站');
    const field = await p.role('searchbox', '搜索本站', { within: box });
    await field.setValue('罗湖');
    await p.click('button', '搜索', { within: box, exact: true });
    await p.h1('站内搜索');
    const results = async () => p.eval(() => [...document.querySelectorAll('.search-result h3 a')].map((a) => a.textContent));
    await p.until(async () => (await results()).length > 0, 'the results of 罗湖');
    check((await results())[0] === '罗湖口岸', `first result ${(await results())[0]}`);
    for (const [q, first] of [['羅湖', '罗湖口岸'], ['shenzhenwan', '深圳湾口岸']]) {
      await p.go(`/search?q=${encodeURIComponent(q)}`);
      await p.until(async () => (await results())[0] === first, `${q} finds ${first} first`);
    }
  },

  // For people: home and a news item at 375 and 1280 px, in test-results/engines/.
  async 'screenshots: home and a news item at 375 and 1280 px'(p, t) {
    const notes = [];
    for (const width of [375, 1280]) {
      const got = await p.viewport(width, width === 375 ? 812 : 900);
      for (const [name, path] of [['home', '/'], ['news-item', ITEM]]) {
        await p.go(path);
        await t.screenshot(`${name}-${width}`);
      }
      // The narrowest window WebKitGTK's MiniBrowser and Firefox make is wider than 375 px;
      // still under the 48em breakpoint, so the phone layout.
      if (got !== width) notes.push(`${got} px wide for ${width}`);
    }
    return notes.join(', ');
  },
};

/** With scripts off (a session of its own where the engine can do it): the prerendered pages
 * read, and the filter form works as a plain form (news.spec.ts, languages.spec.ts). */
export async function scriptsOff(p) {
  await p.browser.url(p.base + '/zh-hk/about');
  await p.h1('關於我們');
  check((await p.html('lang')) === 'zh-HK', 'lang zh-HK');
  check((await p.app()) === null, `data-app is "${await p.app()}" with scripts off`);
  await p.browser.url(p.base + '/en/news');
  await (await p.role('combobox', 'Category')).selectByVisibleText('Statistics');
  await p.click('button', 'Apply');
  await p.until(async () => /\/en\/news\/list\/statistics\/all\/1$/.test(await p.browser.getUrl()), 'the filtered address');
  await p.h1('News');
  const list = await p.role('list', 'News', { within: await p.role('main') });
  check((await (await p.role('listitem', null, { within: list })).getText()).includes('Statistics'), 'a Statistics item');
}
