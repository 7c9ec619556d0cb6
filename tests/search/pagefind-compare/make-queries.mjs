// Writes queries.json: 50 fixed queries. lang = which language index (page) runs it.
// intended = what the naive scan looks for when the query itself is a pinyin/typo/homophone form.
import fs from "node:fs";
const Q = (q, kind, lang = "zh-cn", intended) => ({ q, kind, lang, ...(intended ? { intended } : {}) });
const queries = [
  Q("口岸", "fragment-2char"), Q("通关", "fragment-2char"), Q("罗湖", "fragment-2char"), Q("皇岗", "fragment-2char"),
  Q("莲塘", "fragment-2char"), Q("福田", "fragment-2char"), Q("签注", "fragment-2char"), Q("客流", "fragment-2char"),
  Q("旅客", "fragment-2char"), Q("公开", "fragment-2char-suffix"), Q("信箱", "fragment-2char-suffix"), Q("报告", "fragment-2char-suffix"),
  Q("湖口", "fragment-cross-word"),
  Q("年度报告", "word"), Q("信息公开", "word"), Q("主任信箱", "word"), Q("深圳湾", "word"), Q("查验通道", "word"),
  Q("自助通道", "word"), Q("开放时间", "word"), Q("通行证", "word"), Q("罗湖口岸", "word"),
  Q("政府信息公开工作年度报告", "phrase"), Q("深圳湾口岸开放时间", "phrase"), Q("口岸 通关", "multi-term"),
  Q("關口", "traditional"), Q("羅湖", "traditional"), Q("通關", "traditional"), Q("年度報告", "traditional"),
  Q("皇崗", "traditional"), Q("深圳灣", "traditional"), Q("信息公開", "traditional"),
  Q("Luohu", "english", "en"), Q("annual report", "english", "en"), Q("checkpoint hours", "english", "en"),
  Q("Shenzhen Bay", "english", "en"), Q("Lo Wu", "english", "en"), Q("travel documents", "english", "en"),
  Q("customs clearance", "english", "en"), Q("Liantang", "english", "en"),
  Q("luohu", "pinyin", "zh-cn", "罗湖"), Q("shenzhenwan", "pinyin", "zh-cn", "深圳湾"), Q("huanggang", "pinyin", "zh-cn", "皇岗"),
  Q("2024 年度报告", "mixed"), Q("2024年度报告", "mixed", "zh-cn", "2024 年度报告"), Q("Luohu 口岸", "mixed-en-zh", "zh-cn", "罗湖 口岸"),
  Q("罗胡口岸", "homophone", "zh-cn", "罗湖口岸"), Q("皇冈", "homophone", "zh-cn", "皇岗"), Q("连塘", "homophone", "zh-cn", "莲塘"),
  Q("anual report", "typo", "en", "annual report"),
];
if (queries.length !== 50) throw new Error("need 50, have " + queries.length);
fs.writeFileSync(new URL("./queries.json", import.meta.url), JSON.stringify(queries, null, 1));
console.log("queries.json:", queries.length);
