// What a blind citizen hears: journeys by key through the release build, read by GNOME Orca
// in Chromium (../shared/tools/orca.sh). Each journey names a page, the browser language,
// the keys pressed (xdotool names; "sleep:N" waits) and what must be heard, in order, as
// regular expressions on the transcript (one utterance a line). What is heard is asserted,
// not how the page is built. scripts/screen-reader runs them and keeps every transcript in
// test-results/screen-reader/ for a person to read.

/**
 * Never heard on any page: findings fixed in issue 18. Each rule is checked on what a key
 * made Orca say (the transcript between `[key: ...]` marks), for the keys it names.
 */
export const NEVER = [
  // A tabindex left in the markup made every page's h1 and main "clickable" when read.
  // (While Chromium has focus on them, after the skip link or an in-app navigation, Orca
  // still adds "clickable": Chromium exposes a click action on any focused element. See
  // the accessibility statement.)
  { keys: /^(h|shift\+h|[1-6]|Down|Up|t|k)$/, heard: /clickable/, what: 'clickable heard while reading (not after a focus move)', except: /region clickable/ },
  // "Loading. Please wait." spoken after "Finished loading". The page was not busy again:
  // Orca's debug log showed Chromium's two busy events (on, off) queued in order and handed
  // over in reverse when another event arrived while Orca was still handling the load: the
  // toolbar button, revealed at hydration. The button is now there from the first paint
  // (a11y_toolbar.css), nothing in the accessibility tree changes after load, and this fails.
  { keys: /^load$/, heard: /Finished loading[\s\S]*Loading\. Please wait\./, what: 'busy again after the page finished loading' },
  // The parts of a list item ran together.
  { keys: /./, heard: /[A-Za-z]Sample content/, what: 'category and sample label run together' },
];

/** The transcript split by key: [{ key, said }], the first with key "load". */
export function byKey(transcript) {
  const parts = [{ key: 'load', said: '' }];
  for (const line of transcript.split('\n')) {
    const mark = /^\[key: (.*)\]$/.exec(line);
    if (mark) parts.push({ key: mark[1], said: '' });
    else parts[parts.length - 1].said += line + '\n';
  }
  return parts;
}

const skipToMain = ['Tab', 'Return'];

export const JOURNEYS = [
  {
    name: 'home-en: skip link first, then the headings in order',
    path: '/en/',
    keys: ['h', 'h', 'h', 'h', 'h', 'h'],
    heard: [
      /Skip to main content link/,
      /Port Office of the Shenzhen Municipal People's Government heading level 1/,
      /Frequently used heading level 2/,
      /News heading level 2/,
      /Notices heading level 2/,
      /Policy explainers heading level 2/,
      /On this site heading level 2/,
    ],
  },
  {
    name: 'home-zh: the Chinese home page, its heading and first section',
    path: '/',
    lang: 'zh-CN',
    keys: ['h', 'h'],
    heard: [/跳到主要内容 link/, /深圳市人民政府口岸办公室 heading level 1/, /常用服务 heading level 2/],
  },
  {
    name: 'news-list-en: filter controls with their labels, each item as separate parts',
    path: '/en/news',
    keys: [...skipToMain, 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Down'],
    heard: [
      /Category combo box/,
      /All categories/,
      /Year combo box/,
      /Apply push button/,
      / link\.$/m,
      /^\d{4}-\d{2}-\d{2}\.$/m,
      /^(Checkpoint news|Statistics)\.$/m,
      /^Sample content\.$/m,
    ],
  },
  {
    name: 'news-list-zh: the same in Chinese',
    path: '/news',
    lang: 'zh-CN',
    keys: [...skipToMain, 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Down'],
    heard: [/类别 combo box/, /全部类别/, /年份 combo box/, /筛选 push button/, / link\.$/m, /^\d{4}-\d{2}-\d{2}\.$/m, /^示例内容\.$/m],
  },
  {
    name: 'item-en: breadcrumbs, heading, an attachment with its type and size',
    path: '/en/news/20240226-01',
    keys: [...skipToMain, 'Tab', 'Tab', 'h', 'Tab', 'Tab'],
    heard: [/^Home link\.$/m, /^News link\.$/m, /heading level 1/, /Data \(CSV\) \(CSV, [\d.]+ (B|KB)\) link/],
  },
  {
    name: 'skip-then-read-en: after the skip link, reading goes on to the breadcrumbs and the h1',
    path: '/en/about',
    keys: [...skipToMain, 'Down', 'Down'],
    heard: [/Skip to main content link/, /main content/, /^Home\.$/m, /^About us\.$/m, /^About us heading level 1\.$/m],
  },
  {
    name: 'about-table-en: a table with its caption, size and column headers',
    path: '/en/about',
    keys: ['t', 'Down', 'Down'],
    heard: [/Address and phone numbers/, /table with \d+ rows 2 columns/, /Item column header/, /Details column header/],
  },
  {
    name: 'report-table-en: an annual report table read cell by cell with its caption and headers',
    path: '/en/disclosure/reports/2021',
    keys: ['t', 't', 'Down', 'Down'],
    heard: [
      /^Table 2 \(1\)/m,
      /^Table 2 \(2\)/m,
      /table with \d+ rows 2 columns/,
      /^Administrative licences \(decisions\)$/m,
      /column header \d+\.$/m,
      /^Administrative penalties \(decisions\)$/m,
    ],
  },
  {
    name: 'mailbox-errors-en: a failed submit reads the error summary, and each error reaches its field',
    path: '/en/mailbox/enquiries',
    keys: [...skipToMain, 'b', 'Return', 'sleep:2', 'Tab', 'Return', 'sleep:1'],
    heard: [/Send letter push button/, /There is a problem/, /Enter a title link/, /Title entry/, /invalid entry/, /Error: Enter a title/],
  },
  {
    name: 'not-found-en: the 404 page says so in its heading',
    path: '/en/no-such-page',
    keys: ['h'],
    heard: [/Page not found heading level 1/],
  },
  {
    name: 'toolbar-en: opened and operated by keyboard, each control named, the change announced',
    path: '/en/',
    keys: ['Tab', 'Tab', 'Tab', 'Return', 'Tab', 'Tab', 'Return'],
    heard: [/Accessibility collapsed push button/, /Accessibility tools region/, /Smaller text push button/, /Larger text push button/, /^Text size 1\d\d%$/m],
  },
  {
    name: 'elder-mode-en: switched on, then off, each announced',
    path: '/en/about',
    keys: ['Tab', 'Tab', 'Tab', 'Tab', 'Return', 'sleep:3', 'Tab', 'Return', 'sleep:3'],
    heard: [/Easy-read version link/, /Easy-read version on/, /Back to standard version link/, /Back to the standard version\./],
  },
  {
    name: 'route-change-en: a link loads the new page, its title said once, reading from the top',
    path: '/en/about',
    // Past the skip link, the name, the tools, the languages, the search box and its button.
    keys: ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Return'],
    // A page load: the new document's title, then reading starts at its skip link.
    heard: [/^News link\.$/m, /News - Port Office of the Shenzhen Municipal People's Government document web/, /Finished loading News/, /Skip to main content link/],
    once: [/News - Port Office of the Shenzhen Municipal People's Government document web/],
  },
  {
    name: 'search-en: the header search box; the count heard once, focus on the results heading, results as heading links',
    path: '/en/about',
    // Past the skip link, the name, the tools and the languages to the search box, where
    // Orca turns to focus mode, so the letters go into the field.
    keys: ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'l', 'u', 'o', 'h', 'u', 'Return', 'sleep:2', 'h'],
    heard: [
      /Search this site entry/,
      /Results for “luohu” heading level 2/,
      /\d+ results, page 1 of \d+/,
      /Luohu[\s\S]*Port link heading level 3/,
    ],
    once: [/\d+ results, page 1 of \d+/],
  },
];
