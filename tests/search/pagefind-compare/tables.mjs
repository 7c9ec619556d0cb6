// Print markdown tables from results/*.json (pasted into REPORT.md).
import fs from "node:fs";
const SUF = process.argv[2] === "node" ? "-node" : "";
const R = (f) => { if (f.startsWith("measure-")) f = f.replace(".json", SUF + ".json"); try { return JSON.parse(fs.readFileSync(new URL("./results/" + f, import.meta.url))); } catch { return null; } };
const kb = (b) => (b / 1024).toFixed(1) + " KB";
let s = "| bundle | records (zh-cn/zh-hk/en) | index files | index bytes on disk | index brotli (sum) | build s | first query (zh-cn, 口岸) brotli bytes / requests | first query ms (cold) | p50 ms pass1 | p95 ms pass1 | p50 ms pass2 | p95 ms pass2 |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n";
for (const name of ["demo", "10k"]) {
  const b = R(`build-${name}.json`), m = R(`measure-${name}.json`);
  if (!b) continue;
  const f = m?.firstQuery?.["zh-cn"];
  s += `| ${name} | ${b.records} (${b.byLang["zh-cn"] || 0}/${b.byLang["zh-hk"] || 0}/${b.byLang.en || 0}) | ${b.index.files} | ${kb(b.index.bytes)} | ${kb(b.index.brotliBytes)} | ${b.buildSeconds} | ${f ? kb(f.brotliBytes) + " / " + f.requests : "-"} | ${f ? f.ms.toFixed(0) : "-"} | ${m ? m.latency.pass1.p50.toFixed(1) : "-"} | ${m ? m.latency.pass1.p95.toFixed(1) : "-"} | ${m ? m.latency.pass2.p50.toFixed(1) : "-"} | ${m ? m.latency.pass2.p95.toFixed(1) : "-"} |\n`;
}
s += "\nFirst query in a fresh page, other language pages:\n\n| bundle | page | query | brotli bytes | requests | ms |\n|---|---|---|---|---|---|\n";
for (const name of ["demo", "10k"]) {
  const m = R(`measure-${name}.json`); if (!m) continue;
  for (const [lang, f] of Object.entries(m.firstQuery)) s += `| ${name} | ${lang} | ${f.q} | ${kb(f.brotliBytes)} | ${f.requests} | ${f.ms.toFixed(0)} |\n`;
}
s += "\nRecall per query (hits = Pagefind results; exp = records whose title/body contain every term, after s↔t conversion; recall = found ∩ exp / exp):\n\n| # | query | kind | index | demo hits | demo exp | demo recall | demo top10 in exp | 10k hits | 10k exp | 10k recall | 10k top10 in exp | demo top result |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
const d = R("measure-demo.json"), t = R("measure-10k.json");
const qs = (d || t)?.queries || [];
qs.forEach((q, i) => {
  const a = d?.queries[i], b = t?.queries[i];
  s += `| ${i + 1} | ${q.q} | ${q.kind}${q.intended ? " (→" + q.intended + ")" : ""} | ${q.lang} | ${a?.hits ?? "-"} | ${a?.expected ?? "-"} | ${a?.recall ?? "n/a"} | ${a?.top10InExp ?? "-"} | ${b?.hits ?? "-"} | ${b?.expected ?? "-"} | ${b?.recall ?? "n/a"} | ${b?.top10InExp ?? "-"} | ${(a?.top3?.[0] || "—").replace(/\|/g, "/")} |\n`;
});
s += "\nRecall-only pass on the zh-hk index (content converted s→hk with opencc-js at build time):\n\n| query | kind | demo hits | demo exp | demo recall | 10k hits | 10k exp | 10k recall |\n|---|---|---|---|---|---|---|---|\n";
(d || t)?.extraRecall.forEach((q, i) => {
  const a = d?.extraRecall[i], b = t?.extraRecall[i];
  s += `| ${q.q} | ${q.kind} | ${a?.hits ?? "-"} | ${a?.expected ?? "-"} | ${a?.recall ?? "n/a"} | ${b?.hits ?? "-"} | ${b?.expected ?? "-"} | ${b?.recall ?? "n/a"} |\n`;
});
fs.writeFileSync(new URL(`./results/tables${SUF}.md`, import.meta.url), s);
console.log(s);
