// Segmentation probe: tiny index of single phrases, then which fragments/scripts match.
// Runs pagefind.js inside Node (Intl.Segmenter from Node's ICU) against a local server.
import fs from "node:fs";
import { build } from "./build.mjs";
import { serve } from "./serve.mjs";
const P = (url, text, language = "zh-cn") => ({ url, title: text, body: text, section: "probe", date: "2026-01-01", language });
const recs = [
  P("/p1", "罗湖口岸旅检大楼改造完工"), P("/p2", "政府信息公开工作年度报告"), P("/p3", "主任信箱回复选登"),
  P("/p4-trad-in-zhcn", "羅湖關口通關安排"), P("/p5-hk", "羅湖關口通關安排", "zh-hk"), P("/p6", "深圳湾口岸开放时间"),
  P("/p7", "关口前移，通关更便利"), P("/p8", "皇岗口岸"), P("/p9", "莲塘口岸"),
];
fs.mkdirSync(new URL("./results", import.meta.url), { recursive: true });
await build("probe", recs);
const { server, port } = await serve("probe");
const out = {};
for (const lang of ["zh-cn", "zh-hk"]) {
  globalThis.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  const copy = `/tmp/pagefind-probe-${lang}.mjs`;
  fs.copyFileSync(new URL("./sites/probe/pagefind/pagefind.js", import.meta.url), copy);
  const pf = await import(copy);
  await pf.options({ basePath: `http://127.0.0.1:${port}/pagefind/` });
  const qs = ["罗湖", "口岸", "湖口", "旅检", "大楼", "改造", "信息", "公开", "信息公开", "年度", "报告", "年度报告", "工作年度报告", "主任", "信箱", "主任信箱",
    "关口", "關口", "羅湖", "通关", "通關", "湾口", "深圳湾", "开放时间", "时间", "皇冈", "连塘", "罗胡", "luohu", "huanggang"];
  for (const q of qs) {
    const s = await pf.search(q);
    const d = await Promise.all(s.results.map((r) => r.data()));
    (out[q] ||= {})[lang] = d.map((x) => x.url.replace(/^https?:\/\/[^/]+/, "")).join(" ");
  }
}
let md = "| query | zh-cn index hits | zh-hk index hits |\n|---|---|---|\n";
for (const [q, v] of Object.entries(out)) md += `| ${q} | ${v["zh-cn"] || "—"} | ${v["zh-hk"] || "—"} |\n`;
fs.writeFileSync(new URL("./results/probe.md", import.meta.url), md);
console.log(md);
server.close(); process.exit(0);
