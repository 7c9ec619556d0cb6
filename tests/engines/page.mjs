// The little the journeys need on top of WebdriverIO: elements found by role and accessible
// name (as the Playwright suite's getByRole does), waiting until something holds, and the
// app's own start/fatal signal, `data-app` on <html> (README "Testing"): every page load
// waits for "ready" (or "static" on the 404 document) and any "failed" fails the journey.
// WebKitGTK's WebDriver gives no console, so that attribute is how a panic is seen.

/** Runs in the page: the elements with `role` and a name matching `name`, under `scope`.
 * Implicit roles from the tag, explicit `role` attributes; the accessible name from
 * aria-labelledby, aria-label, <label>, alt, <caption>, else (for roles named from content)
 * the text, skipping aria-hidden parts. Elements not rendered or aria-hidden are left out
 * unless `hidden`. A string name matches as Playwright's does (case-insensitive, part of
 * the name, spaces collapsed) or whole with `exact`; a RegExp comes as {source, flags}. */
function queryByRole(role, name, opts, scope) {
  const TAGS = {
    heading: 'h1,h2,h3,h4,h5,h6', link: 'a[href]', navigation: 'nav', main: 'main',
    banner: 'header', contentinfo: 'footer', region: 'section', list: 'ul,ol', listitem: 'li',
    button: 'button,input[type=button],input[type=submit],input[type=reset]',
    searchbox: 'input[type=search]',
    textbox: 'textarea,input:not([type]),input[type=text],input[type=email],input[type=tel],input[type=url]',
    checkbox: 'input[type=checkbox]', radio: 'input[type=radio]', combobox: 'select',
    table: 'table', row: 'tr', img: 'img', article: 'article', definition: 'dd', status: 'output',
  };
  const FROM_CONTENT = ['heading', 'link', 'button', 'listitem', 'row', 'radio', 'checkbox', 'definition', 'status'];
  const landmarkInside = (el) => el.parentElement && el.parentElement.closest('article,aside,main,nav,section');
  const roleOf = (el) => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(' ')[0];
    for (const [r, sel] of Object.entries(TAGS)) {
      if (!el.matches(sel)) continue;
      if ((r === 'banner' || r === 'contentinfo') && landmarkInside(el)) continue;
      if (r === 'region' && !el.hasAttribute('aria-label') && !el.hasAttribute('aria-labelledby')) continue;
      return r;
    }
    return '';
  };
  const rendered = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  // `referenced`: a node named by aria-labelledby counts even when hidden (an SVG <title>).
  const content = (node, referenced = false) => {
    if (node.nodeType === 3) return node.textContent;
    if (node.nodeType !== 1 || (!referenced && node.getAttribute('aria-hidden') === 'true')) return '';
    if (!referenced && getComputedStyle(node).display === 'none') return '';
    if (node.tagName === 'IMG') return node.getAttribute('alt') || '';
    if (node.hasAttribute('aria-label')) return node.getAttribute('aria-label');
    const inner = [...node.childNodes].map(content).join('');
    return getComputedStyle(node).display.startsWith('inline') ? inner : ` ${inner} `;
  };
  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean).map((n) => content(n, true)).join(' ');
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    if (el.labels && el.labels.length) return [...el.labels].map(content).join(' ');
    if (el.tagName === 'IMG') return el.getAttribute('alt') || '';
    if (el.tagName === 'TABLE' && el.querySelector('caption')) return content(el.querySelector('caption'));
    if (FROM_CONTENT.includes(roleOf(el))) return [...el.childNodes].map(content).join('');
    return el.getAttribute('title') || '';
  };
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const matches = (el) => {
    if (name == null) return true;
    const n = norm(nameOf(el));
    if (typeof name === 'object') return new RegExp(name.source, name.flags).test(n);
    return opts.exact ? n === norm(name) : n.toLowerCase().includes(norm(name).toLowerCase());
  };
  const candidates = [...(scope || document).querySelectorAll(`[role~="${role}"],${TAGS[role] || '[role]'}`)];
  return candidates.filter(
    (el) =>
      roleOf(el) === role &&
      (opts.level == null || el.tagName === `H${opts.level}` || el.getAttribute('aria-level') === String(opts.level)) &&
      (opts.hidden || (rendered(el) && !el.closest('[aria-hidden="true"]'))) &&
      matches(el),
  );
}

const wire = (name) => (name instanceof RegExp ? { source: name.source, flags: name.flags } : name);

export class Page {
  constructor(browser, base, engine) {
    this.browser = browser;
    this.base = base;
    this.engine = engine;
  }

  /** Polls `check` (async, returns truthy when done) until it holds, failing on a fatal
   * error of the app meanwhile. Returns what `check` returned. */
  async until(check, what, timeout = 15_000) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const value = await check();
        if (value) return value;
        last = value;
      } catch (e) {
        last = e;
      }
      await this.failedCheck();
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** `data-app` on <html>: the app's start/fatal signal. */
  app() {
    return this.html('data-app');
  }

  async failedCheck() {
    if ((await this.app()) === 'failed') throw new Error(`the app reported a fatal error (data-app="failed") on ${await this.path()}`);
  }

  /** Opens a path of the site (a page load) and waits for its h1 and the app to start. */
  async go(path) {
    await this.browser.url(this.base + path);
    await this.ready();
  }

  async reload() {
    await this.browser.refresh();
    await this.ready();
  }

  /** The h1 is shown and the app has hydrated the page (or, on the 404 document, decided to
   * leave it as HTML), as the Playwright suite's pageReady. */
  async ready() {
    await this.role('heading', null, { level: 1 });
    await this.until(async () => /^(ready|static)$/.test(await this.app()), 'data-app="ready"', 30_000);
  }

  async path() {
    return this.browser.execute(() => location.pathname + location.search);
  }

  /** All matching elements now (no waiting). */
  async all(role, name = null, opts = {}) {
    const { within = null, ...rest } = opts;
    const refs = await this.browser.execute(queryByRole, role, wire(name), rest, within);
    return Promise.all(refs.map((ref) => this.browser.$(ref)));
  }

  /** The first element with this role and name, waiting for it to appear. */
  async role(role, name = null, opts = {}) {
    const [el] = await this.until(async () => {
      const found = await this.all(role, name, opts);
      return found.length ? found : null;
    }, `${role} "${name ?? ''}"${opts.level ? ` level ${opts.level}` : ''}`);
    return el;
  }

  async click(role, name, opts = {}) {
    await (await this.role(role, name, opts)).click();
  }

  /** Presses a control by keyboard, as a keyboard user does: focus, then Enter. */
  async press(el) {
    await this.eval((e) => e.focus(), el);
    await this.browser.keys('Enter');
  }

  /** The text of the h1 once it matches `name` (string: contains; RegExp). */
  async h1(name) {
    return (await this.role('heading', name, { level: 1 })).getText();
  }

  async html(attribute) {
    return this.browser.execute((a) => document.documentElement.getAttribute(a), attribute);
  }

  /** Waits until <html>'s attribute has this value (null: is absent). */
  async htmlHas(attribute, value) {
    await this.until(async () => (await this.html(attribute)) === value, `<html ${attribute}="${value}">`);
  }

  /** A computed style property of the first element matching a CSS selector. */
  async css(selector, property, pseudo = null) {
    return this.browser.execute(
      (s, p, ps) => getComputedStyle(document.querySelector(s), ps).getPropertyValue(p),
      selector, property, pseudo,
    );
  }

  eval(fn, ...args) {
    return this.browser.execute(fn, ...args);
  }

  /** Sets the viewport (not the window) to width x height, whatever the engine's chrome. */
  async viewport(width, height) {
    await this.browser.setWindowSize(width, height);
    const [w, h] = await this.eval(() => [innerWidth, innerHeight]);
    if (w !== width || h !== height) await this.browser.setWindowSize(width * 2 - w, height * 2 - h);
    return this.eval(() => innerWidth);
  }
}

/** Fails with `message` unless `ok`. */
export function check(ok, message) {
  if (!ok) throw new Error(message);
}
