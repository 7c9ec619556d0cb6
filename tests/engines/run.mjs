// The cross-engine suite (scripts/engines): the release build in dist/, served by our own
// server as the Playwright e2e does, driven over WebDriver in WebKitGTK (WebKitWebDriver
// under Xvfb, MiniBrowser) and Firefox ESR (geckodriver, headless), one browser session per
// engine for all journeys (tests/engines/journeys.mjs), and one more with scripts off where
// the engine allows it. Prints one line per journey and, per engine,
//   engines: webkit 12/12 in 85 s
// then `engines: N passed, N failed`, and exits non-zero on any failure.
// Environment: PORTAL_SERVER, ENGINES_PORT (4393), ENGINES (webkit,firefox), ENGINES_ONLY
// (a part of a journey's name, to run fewer while working on one).
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { remote } from 'webdriverio';
import { Page } from './page.mjs';
import { journeys, scriptsOff } from './journeys.mjs';

const PORT = Number(process.env.ENGINES_PORT ?? 4393);
const BASE = `http://127.0.0.1:${PORT}`;
const SERVER = process.env.PORTAL_SERVER ?? './target/release/portal-server';
const DATA = `test-results/engines-data-${PORT}`;
const SHOTS = 'test-results/engines';
const ONLY = process.env.ENGINES_ONLY ?? '';
const CLASSIC = { 'wdio:enforceWebDriverClassic': true };

/** What differs between engines: how to start the driver, and the session's capabilities
 * (a browser in Chinese, as the e2e's `locale: 'zh-CN'`). `off` is the scripts-off session,
 * or a sentence saying why the engine cannot have one. */
const ENGINES = {
  webkit: {
    driver: (port) => ['xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`]],
    env: {},
    caps: (extra = []) => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation', ...extra],
      },
    }),
    off: (caps) => caps(['--enable-javascript=false']),
  },
  firefox: {
    driver: (port) => [process.env.GECKODRIVER ?? `${homedir()}/.cargo/bin/geckodriver`, ['--port', String(port)]],
    env: {},
    caps: (prefs = {}) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: { 'intl.accept_languages': 'zh-CN', 'browser.shell.checkDefaultBrowser': false, ...prefs },
      },
    }),
    off: (caps) => caps({ 'javascript.enabled': false }),
  },
};

const children = [];
/** Starts a long-running process in its own process group (so it and its children stop
 * together), noted for the clean-up at exit. */
function start(command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let log = '';
  child.stderr.on('data', (d) => (log = (log + d).slice(-4000)));
  child.log = () => log;
  children.push(child);
  return child;
}
function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  }
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

async function waitForHttp(url, what, timeout = 30_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${what} did not answer at ${url}`);
}

const tools = (engine, browser) => ({
  admin: (...args) => execFileSync(SERVER, ['admin', '--data', DATA, '--by', 'engines', ...args], { encoding: 'utf8' }),
  screenshot: (name) => browser.saveScreenshot(`${SHOTS}/${engine}-${name}.png`),
});

/** A clean state between journeys: no stored preferences, 1280 x 900, and the language
 * cookie of a visitor who chose 简体 (WebKitGTK asks for en-US whatever its environment says,
 * so the server would send `/` to `/en/`; the e2e sets the browser's locale instead). */
async function fresh(page) {
  await page.browser.url(`${page.base}/robots.txt`);
  await page.eval(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.browser.deleteAllCookies();
  await page.browser.setCookies({ name: 'portal-lang', value: 'zh-CN', path: '/' });
  await page.viewport(1280, 900);
}

async function runEngine(name, driverPort) {
  const engine = ENGINES[name];
  const began = Date.now();
  const [command, args] = engine.driver(driverPort);
  const driver = start(command, args, engine.env);
  const results = [];
  const record = (journey, error, note, ms) => {
    results.push({ journey, ok: !error });
    const mark = error ? 'FAIL' : 'ok  ';
    console.log(`  ${name} ${mark} ${journey} (${(ms / 1000).toFixed(1)} s)${note ? ` - ${note}` : ''}`);
    if (error) console.log(`        ${String(error.message ?? error).split('\n')[0]}`);
  };
  const session = (capabilities) =>
    remote({ hostname: '127.0.0.1', port: driverPort, path: '/', logLevel: 'silent', capabilities: { ...capabilities, ...CLASSIC }, connectionRetryCount: 1 });
  try {
    await waitForHttp(`http://127.0.0.1:${driverPort}/status`, `${name}'s WebDriver`);
    const browser = await session(engine.caps());
    const page = new Page(browser, BASE, name);
    const t = tools(name, browser);
    for (const [journey, run] of Object.entries(journeys)) {
      if (!journey.includes(ONLY)) continue;
      const t0 = Date.now();
      let error = null;
      let note = '';
      try {
        await fresh(page);
        note = (await run(page, t)) ?? '';
        await page.failedCheck();
      } catch (e) {
        error = e;
        await t.screenshot(`failed-${journey.split(':')[0].replace(/\W+/g, '-')}`).catch(() => {});
      }
      record(journey, error, note, Date.now() - t0);
    }
    await browser.deleteSession();
    if ('scripts off'.includes(ONLY)) {
      const t0 = Date.now();
      let error = null;
      try {
        const off = await session(engine.off(engine.caps));
        try {
          await scriptsOff(new Page(off, BASE, name));
        } finally {
          await off.deleteSession();
        }
      } catch (e) {
        error = e;
      }
      record('scripts off: prerendered pages and the plain filter form', error, '', Date.now() - t0);
    }
  } catch (e) {
    record('session', e, driver.log().split('\n').slice(-3).join(' | '), Date.now() - began);
  } finally {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {}
  }
  const passed = results.filter((r) => r.ok).length;
  console.log(`engines: ${name} ${passed}/${results.length} in ${Math.round((Date.now() - began) / 1000)} s`);
  return { passed, failed: results.length - passed };
}

rmSync(DATA, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });
start(SERVER, ['--dist', 'dist', '--addr', `127.0.0.1:${PORT}`, '--data', DATA, '--rate-limit', '100000/60']);
await waitForHttp(`${BASE}/`, 'portal-server');

const names = (process.env.ENGINES ?? 'webkit,firefox').split(',').filter(Boolean);
let passed = 0;
let failed = 0;
for (const [i, name] of names.entries()) {
  if (!ENGINES[name]) throw new Error(`unknown engine ${name} (known: ${Object.keys(ENGINES).join(', ')})`);
  console.log(`== engines: ${name}`);
  const r = await runEngine(name, PORT + 10 + i);
  passed += r.passed;
  failed += r.failed;
}
console.log(`engines: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
