// Measure latency, first-query bytes and recall in headless Chromium for one built site.
// Usage: node measure.mjs demo|10k
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";
import { hk2cn, cn2hk } from "./records.mjs";

const HERE = path.dirname(new URL(import.meta.url).pathname);
const site = process.argv[2] || "demo";
const queries = JSON.parse(fs.readFileSync(path.join(HERE, "queries.json"), "utf8"));
const records = JSON.parse(fs.readFileSync(path.join(HERE, "sites", site, "records.json"), "utf8"));
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

// fragment id -> url, read from the written index (fragments are gzip'd "pagefind_dcd"+JSON)
const fragDir = path.join(HERE, "sites", site, "pagefind", "fragment");
const idToUrl = new Map();
for (const f of fs.readdirSync(fragDir)) {
  const s = zlib.gunzipSync(fs.readFileSync(path.join(fragDir, f))).toString("utf8");
  idToUrl.set(f.replace(/\.pf_fragment$/, ""), JSON.parse(s.slice(s.indexOf("{"))).url);
}

// naive expected set: every whitespace-separated term is a substring of title+body (case-insensitive),
// after converting the terms to the script of the index being searched.
const conv = (lang, t) => (lang === "zh-cn" ? hk2cn(t) : lang === "zh-hk" ? cn2hk(t) : t);
function expected(q, lang) {
  const terms = (q.intended || q.q).split(/\s+/).filter(Boolean).map((t) => conv(lang, t).toLowerCase());
  return new Set(records.filter((r) => r.language === lang && terms.every((t) => (r.title + " " + r.body).toLowerCase().includes(t))).map((r) => r.url));
}
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };

const { server, port } = await serve(site);
const base = `http://127.0.0.1:${port}`;
// MODE=node runs pagefind.js inside Node (no browser; fallback when Chromium is absent)
const NODE_MODE = process.env.MODE === "node";
const browser = NODE_MODE ? null : await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
let nodeN = 0;
async function nodePage(lang) {
  globalThis.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  const copy = `/tmp/pagefind-eval-${process.pid}-${nodeN++}.mjs`;
  fs.copyFileSync(path.join(HERE, "sites", site, "pagefind", "pagefind.js"), copy);
  await fetch(`${base}/pagefind/pagefind.js`); // count the bytes of the script as the browser would
  const pf = await import(copy);
  await pf.options({ basePath: `${base}/pagefind/` });
  await pf.init();
  const runQuery = async (q) => {
    const t0 = performance.now();
    const s = await pf.search(q);
    const top = await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
    return { ms: performance.now() - t0, hits: s.results.length, ids: s.results.map((r) => r.id),
      top: top.map((d) => ({ url: d.url.replace(base, ""), title: d.meta?.title, excerpt: d.excerpt })) };
  };
  return { page: { evaluate: (_f, q) => runQuery(q) }, ctx: { close: async () => {} } };
}
const getLog = async () => (await fetch(base + "/__log")).json();
const reset = () => fetch(base + "/__reset");

async function freshPage(lang) {
  if (NODE_MODE) return nodePage(lang);
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${base}/?lang=${lang}`);
  await page.waitForFunction(() => window.ready === true);
  return { ctx, page };
}

const out = { site, runtime: NODE_MODE ? "node " + process.version + " (no browser)" : "chromium " + browser.version(), firstQuery: {}, queries: [], extraRecall: [] };

// 1. first query in a fresh page: bytes (brotli) and cold latency, per language page
for (const [lang, q] of [["zh-cn", queries[0].q], ["en", "Luohu"], ["zh-hk", "羅湖"]]) {
  await reset();
  const { ctx, page } = await freshPage(lang);
  const r = await page.evaluate((q) => window.runQuery(q), q);
  await new Promise((ok) => setTimeout(ok, 300));
  const log = (await getLog()).filter((x) => x.path !== "/");
  out.firstQuery[lang] = {
    q, ms: r.ms, hits: r.hits, requests: log.length,
    brotliBytes: log.reduce((a, x) => a + x.brotli, 0), rawBytes: log.reduce((a, x) => a + x.raw, 0),
    sentBytes: log.reduce((a, x) => a + x.sent, 0), browserAcceptedBr: log.every((x) => x.acceptsBr),
    files: log.map((x) => `${x.path} raw=${x.raw} br=${x.brotli} sent=${x.sent}/${x.enc}`),
  };
  console.log("first query", lang, JSON.stringify({ ...out.firstQuery[lang], files: undefined }));
  await ctx.close();
}

// 2. the 50 queries: one fresh page per language, warm-up query initialises wasm+meta, then
//    pass 1 (each query's index chunks fetched for the first time) and pass 2 (repeat, cached).
const pages = {};
for (const lang of [...new Set(queries.map((q) => q.lang)), "zh-hk"]) {
  pages[lang] = await freshPage(lang);
  await pages[lang].page.evaluate(() => window.runQuery("x"));
}
const run = (lang, q) => pages[lang].page.evaluate((q) => window.runQuery(q), q);
for (const q of queries) {
  const r1 = await run(q.lang, q.q);
  const r2 = await run(q.lang, q.q);
  const found = new Set(r1.ids.map((id) => idToUrl.get(id) ?? "?" + id));
  const exp = expected(q, q.lang);
  const hit = [...exp].filter((u) => found.has(u)).length;
  const row = { ...q, ms1: +r1.ms.toFixed(2), ms2: +r2.ms.toFixed(2), hits: r1.hits, expected: exp.size, foundExpected: hit,
    recall: exp.size ? +(hit / exp.size).toFixed(3) : null,
    top10InExp: r1.top.filter((t) => exp.has(t.url)).length + "/" + r1.top.length, extra: [...found].filter((u) => !exp.has(u)).length,
    top3: r1.top.slice(0, 3).map((t) => `${t.title} <${t.url}>`), excerpt1: r1.top[0]?.excerpt?.slice(0, 160) };
  out.queries.push(row);
  console.log(`${q.q}\t${q.lang}\thits=${row.hits}\texp=${row.expected}\trecall=${row.recall}\t${row.ms1}ms/${row.ms2}ms`);
}
// 3. recall-only: Traditional and Simplified queries against the zh-hk index (converted copy)
for (const q of queries.filter((q) => q.kind === "traditional" || q.kind.startsWith("fragment") || q.kind === "word")) {
  const r = await run("zh-hk", q.q);
  const found = new Set(r.ids.map((id) => idToUrl.get(id)));
  const exp = expected(q, "zh-hk");
  const hit = [...exp].filter((u) => found.has(u)).length;
  out.extraRecall.push({ q: q.q, kind: q.kind, lang: "zh-hk", hits: r.hits, expected: exp.size, recall: exp.size ? +(hit / exp.size).toFixed(3) : null });
}
const l1 = out.queries.map((r) => r.ms1), l2 = out.queries.map((r) => r.ms2);
out.latency = { pass1: { p50: pct(l1, 50), p95: pct(l1, 95), max: Math.max(...l1) }, pass2: { p50: pct(l2, 50), p95: pct(l2, 95), max: Math.max(...l2) } };
console.log("latency", JSON.stringify(out.latency));
fs.mkdirSync(path.join(HERE, "results"), { recursive: true });
fs.writeFileSync(path.join(HERE, "results", `measure-${site}${NODE_MODE ? "-node" : ""}.json`), JSON.stringify(out, null, 1));
if (browser) await browser.close();
server.close();
process.exit(0);
