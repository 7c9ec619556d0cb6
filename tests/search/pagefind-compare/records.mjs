// Build search records from the demo content bundle (read-only) and a synthetic 10k bundle.
import fs from "node:fs";
import path from "node:path";
import * as OpenCC from "opencc-js";

export const CONTENT = process.env.CONTENT_DIR || new URL("../../../public/content", import.meta.url).pathname;
const toHK = OpenCC.Converter({ from: "cn", to: "hk" });
export const hk2cn = OpenCC.Converter({ from: "hk", to: "cn" });
export const cn2hk = toHK;

const readJSON = (p) => JSON.parse(fs.readFileSync(path.join(CONTENT, p), "utf8"));
const list = (dir) => fs.readdirSync(path.join(CONTENT, dir)).filter((f) => f.endsWith(".json")).sort();

// Collect every localized string for `lang` in an object tree, skipping some keys.
function texts(o, lang, skip = new Set()) {
  const out = [];
  const walk = (v, key) => {
    if (skip.has(key)) return;
    if (Array.isArray(v)) v.forEach((x) => walk(x, null));
    else if (v && typeof v === "object") {
      if (typeof v[lang] === "string") { out.push(v[lang]); return; }
      if (("zh-CN" in v) || ("en" in v)) return; // localized leaf in another language only
      for (const [k, x] of Object.entries(v)) walk(x, k);
    }
  };
  walk(o, null);
  return out;
}

// One "item" = language-independent description; records are produced per language.
function items() {
  const out = [];
  const add = (url, section, date, obj, titleOf, skip = []) => {
    out.push({ url, section, date: date || "", obj, titleOf, skip: new Set(["title", "sample", ...skip]) });
  };
  for (const f of list("news/items")) {
    const d = readJSON("news/items/" + f);
    add(`/${d.category}/${d.id}`, d.category, d.date, d, (l) => d.title?.[l], ["source"]);
  }
  for (const f of list("disclosure/entries")) {
    const d = readJSON("disclosure/entries/" + f);
    add(`/disclosure/catalogue/${d.id}`, "catalogue", d.published, d, (l) => d.title?.[l], ["publisher"]);
  }
  for (const f of list("disclosure/reports")) {
    const d = readJSON("disclosure/reports/" + f);
    add(`/disclosure/reports/${d.year}`, "reports", d.published, d, (l) => d.title?.[l]);
  }
  {
    const d = readJSON("disclosure/guide.json");
    add(`/disclosure/guide`, "disclosure", d.updated, d, (l) => d.title?.[l]);
  }
  for (const f of list("interviews")) {
    const d = readJSON("interviews/" + f);
    add(`/interviews/${d.id}`, "interviews", d.date, d, (l) => d.title?.[l]);
  }
  {
    const k = readJSON("knowledge.json");
    for (const q of k.questions) {
      add(`/knowledge/${q.category}#${q.id}`, "knowledge", q.updated, q, (l) => q.question?.[l], ["question"]);
    }
  }
  {
    const c = readJSON("checkpoints.json");
    for (const cp of c.checkpoints) {
      add(`/checkpoints/${cp.id}`, "checkpoints", "", cp, (l) => cp.name?.[l], ["name"]);
    }
  }
  for (const f of list("pages")) {
    const d = readJSON("pages/" + f);
    add(`/${d.slug}`, "pages", d.updated, d, (l) => d.title?.[l]);
  }
  return out;
}

const clean = (s) => s.replace(/\s+/g, " ").trim();

export function demoRecords({ hk = true, en = true } = {}) {
  const recs = [];
  for (const it of items()) {
    const zhTitle = it.titleOf("zh-CN");
    const zhBody = clean(texts(it.obj, "zh-CN", it.skip).join("\n"));
    if (!zhTitle) continue;
    const base = { section: it.section, date: it.date };
    recs.push({ ...base, url: it.url, title: zhTitle, body: zhBody, language: "zh-cn" });
    if (hk) recs.push({ ...base, url: "/zh-hk" + it.url, title: toHK(zhTitle), body: toHK(zhBody), language: "zh-hk" });
    const enTitle = it.titleOf("en");
    const enBody = clean(texts(it.obj, "en", it.skip).join("\n"));
    if (en && enTitle && enBody.length > 20) recs.push({ ...base, url: "/en" + it.url, title: enTitle, body: enBody, language: "en" });
  }
  return recs;
}

// mulberry32 seeded RNG
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Synthetic bundle: N zh-CN items composed of demo sentences, checkpoint names and dates.
export function syntheticRecords(n = 10000, seed = 20261206, { hk = false } = {}) {
  const R = rng(seed);
  const pick = (a) => a[Math.floor(R() * a.length)];
  const demo = demoRecords({ hk: false, en: false });
  const sentences = [...new Set(demo.flatMap((r) => r.body.split(/(?<=[。！？；])/).map((s) => s.trim()).filter((s) => s.length >= 8 && /[\u4e00-\u9fff]/.test(s))))];
  const titles = demo.map((r) => r.title);
  const cps = readJSON("checkpoints.json").checkpoints.map((c) => c.name["zh-CN"]);
  const sections = ["notices", "port-news", "statistics", "policy", "catalogue", "reports", "interviews", "knowledge"];
  const topics = ["通关安排", "客流统计", "建设进展", "服务提示", "查验通道调整", "开放时间调整", "工作会议", "政策解读", "年度报告", "信息公开"];
  const recs = [];
  for (let i = 0; i < n; i++) {
    const y = 2010 + Math.floor(R() * 17), m = 1 + Math.floor(R() * 12), d = 1 + Math.floor(R() * 28);
    const date = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    const cp = pick(cps);
    const title = R() < 0.5 ? `${y}年${m}月${cp}${pick(topics)}` : `${pick(titles).replace(/^\d{4}年/, `${y}年`)}（${cp}）`;
    const target = 300 + Math.floor(R() * 1200);
    let body = `${y}年${m}月${d}日，`;
    while (body.length < target) {
      body += R() < 0.15 ? `${pick(cps)}${pick(topics)}工作按计划推进。` : pick(sentences);
    }
    const section = pick(sections);
    const url = `/synthetic/${section}/${String(i).padStart(5, "0")}`;
    recs.push({ url, title, body, section, date, language: "zh-cn" });
    if (hk) recs.push({ url: "/zh-hk" + url, title: toHK(title), body: toHK(body), section, date, language: "zh-hk" });
  }
  return recs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const d = demoRecords();
  const by = {};
  for (const r of d) by[r.language] = (by[r.language] || 0) + 1;
  console.log("demo records", d.length, by);
  console.log(d.slice(0, 2), d.find((r) => r.language === "en"));
  const s = syntheticRecords(3);
  console.log(s);
}
