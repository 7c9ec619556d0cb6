// The browser half of scripts/search-figures: node scripts/search-figures.mjs LABEL URL DIST
import { chromium } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [label, base, dist] = process.argv.slice(2);
const { queries } = JSON.parse(readFileSync(new URL('../tests/search/queries.json', import.meta.url)));
// Homophones and misspelt words, timed apart so that the 50 stay comparable with earlier runs.
const { queries: approximate } = JSON.parse(readFileSync(new URL('../tests/search/approx-queries.json', import.meta.url)));

// Bytes of the index on disk: raw, and the brotli copies precompress wrote.
const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});
const files = walk(join(dist, 'content/search'));
const raw = files.filter((f) => f.endsWith('.json')).reduce((n, f) => n + statSync(f).size, 0);
const br = files.filter((f) => f.endsWith('.json.br')).reduce((n, f) => n + statSync(f).size, 0);
const count = files.filter((f) => f.endsWith('.json')).length;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
const page = await context.newPage();

// Waits for the search of `q` to finish: its results heading carries the time it took.
const searched = async (q) => {
  const heading = page.locator(`h2[data-search-query="${q.replace(/"/g, '\\"')}"]`);
  await heading.waitFor({ timeout: 20000 });
  return { ms: Number(await heading.getAttribute('data-search-ms')), hits: Number(await heading.getAttribute('data-search-total')) };
};

// The first search: from the home page, through the header's search box.
await page.goto(`${base}/`);
await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
const first = { total: 0, index: 0, chunk: 0, page: 0, other: 0, requests: 0 };
page.on('requestfinished', async (request) => {
  const sizes = await request.sizes().catch(() => null);
  if (!sizes) return;
  const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
  const url = request.url();
  const kind = url.includes('/content/search/') || url.includes('/api/search/') ? 'index' : url.endsWith('.wasm') ? 'chunk' : url.includes('/search?') ? 'page' : 'other';
  first[kind] += bytes;
  first.total += bytes;
  first.requests += 1;
});
const q0 = queries[0].q;
await page.getByRole('search', { name: /搜索本站/ }).getByRole('searchbox').fill(q0);
await page.getByRole('search', { name: /搜索本站/ }).getByRole('button').click();
await searched(q0);
await page.waitForTimeout(300);
page.removeAllListeners('requestfinished');

// The 50 queries, each typed into the search page's own form (in-app navigation). Two
// times each: the page's own (its search: index files fetched and read, query run,
// fragments fetched), and from the click on the button to the results in the page (what a
// citizen waits: the router's navigation and the rendering too).
let lang = 'zh-CN';
const run = async (list) => {
const times = [];
const clicks = [];
const rows = [];
for (const { q, lang: l } of list) {
  if (l !== lang) {
    await page.goto(`${base}${l === 'en' ? '/en' : ''}/search`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    lang = l;
  }
  const form = page.locator('form.search-form');
  await form.getByRole('searchbox').fill(q);
  const click = await page.evaluate(
    (q) =>
      new Promise((resolve) => {
        const found = () => [...document.querySelectorAll('h2[data-search-query]')].some((h) => h.dataset.searchQuery === q);
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (found()) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        document.querySelector('form.search-form button').click();
      }),
    q,
  );
  const { ms, hits } = await searched(q);
  times.push(ms);
  clicks.push(click);
  rows.push(`${q} (${l}): ${hits} results, ${ms} ms search, ${click.toFixed(1)} ms click to results`);
}
return { times, clicks, rows };
};
const { times, clicks, rows } = await run(queries);
const approx = await run(approximate);
await browser.close();

const pct = (list, p) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(1);
};
console.log(`\n== search figures: ${label}`);
console.log(`index on disk: ${count} files, ${raw} B raw, ${br} B brotli`);
console.log(`first search from the home page: ${first.total} B in ${first.requests} requests (index files ${first.index} B, wasm ${first.chunk} B, search page ${first.page} B, other ${first.other} B)`);
console.log(`${times.length} queries, the page's search: p50 ${pct(times, 50)} ms, p95 ${pct(times, 95)} ms, max ${pct(times, 100)} ms`);
console.log(`${clicks.length} queries, click to results: p50 ${pct(clicks, 50)} ms, p95 ${pct(clicks, 95)} ms, max ${pct(clicks, 100)} ms`);
if (process.env.VERBOSE) rows.forEach((r) => console.log(`  ${r}`));
console.log(`${approx.times.length} homophone and misspelt queries (tests/search/approx-queries.json), the page's search: p50 ${pct(approx.times, 50)} ms, p95 ${pct(approx.times, 95)} ms, max ${pct(approx.times, 100)} ms`);
if (process.env.VERBOSE) approx.rows.forEach((r) => console.log(`  ${r}`));
