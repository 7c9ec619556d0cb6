// Build Pagefind indexes for the demo bundle and the synthetic 10k bundle.
// Usage: node build.mjs [demo|10k|all]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import * as pagefind from "pagefind";
import { resolveBinaryPath } from "./node_modules/pagefind/lib/resolveBinary.js";
import { demoRecords, syntheticRecords } from "./records.mjs";

const HERE = path.dirname(new URL(import.meta.url).pathname);

function dirStats(dir) {
  let files = 0, bytes = 0, br = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const buf = fs.readFileSync(p);
        files++; bytes += buf.length;
        br += zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      }
    }
  };
  walk(dir);
  return { files, bytes, brotliBytes: br };
}

export async function build(name, records) {
  const site = path.join(HERE, "sites", name);
  const out = path.join(site, "pagefind");
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(site, { recursive: true });
  fs.writeFileSync(path.join(site, "records.json"), JSON.stringify(records));
  const t0 = performance.now();
  const { index, errors } = await pagefind.createIndex();
  if (errors?.length) throw new Error(errors.join("\n"));
  let errs = 0;
  for (const r of records) {
    const res = await index.addCustomRecord({
      url: r.url,
      content: `${r.title}\n${r.body}`,
      language: r.language,
      meta: { title: r.title, section: r.section, date: r.date },
      filters: { section: [r.section], ...(r.date ? { year: [r.date.slice(0, 4)] } : {}) },
      sort: r.date ? { date: r.date } : {},
    });
    if (res.errors?.length) { errs++; if (errs < 5) console.error(res.errors); }
  }
  const tAdded = performance.now();
  const w = await index.writeFiles({ outputPath: out });
  if (w.errors?.length) throw new Error(w.errors.join("\n"));
  const t1 = performance.now();
  await pagefind.close();
  const st = dirStats(out);
  const byLang = {};
  for (const r of records) byLang[r.language] = (byLang[r.language] || 0) + 1;
  const result = {
    name, records: records.length, byLang, addErrors: errs,
    buildSeconds: +((t1 - t0) / 1000).toFixed(2), addSeconds: +((tAdded - t0) / 1000).toFixed(2),
    index: st,
  };
  fs.writeFileSync(path.join(HERE, "results", `build-${name}.json`), JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result));
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.mkdirSync(path.join(HERE, "results"), { recursive: true });
  console.log("pagefind binary:", resolveBinaryPath(["pagefind_extended", "pagefind"]));
  const which = process.argv[2] || "all";
  if (which === "demo" || which === "all") await build("demo", demoRecords());
  if (which === "10k" || which === "all") await build("10k", [...syntheticRecords(10000), ...demoRecords()]);
}
