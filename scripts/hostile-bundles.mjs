// The cases of scripts/hostile-bundles and the loop that checks them.
// Usage: node scripts/hostile-bundles.mjs CONTENT_BINARY WORK_DIR [--keep]
//
// Each case is a copy of public/content (and public/files and public/images, which the
// check looks for) with one mutation, and `expect`: words the tool's report must contain,
// so a bundle rejected only for a side effect of its mutation does not count as caught.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const [binary, work, flag] = process.argv.slice(2);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const demo = path.join(root, "public/content");
const ITEM = "news/items/20240315-01.json"; // a demo item without attachments
const WITH_ATTACHMENT = "news/items/20240226-01.json"; // one with /files/20240226-01-data.csv
const INTERVIEW = "interviews/2026-liantang-cargo.json"; // a past interview with a picture

// --- editing a copy ---
const read = (dir, file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
const write = (dir, file, data) =>
  fs.writeFileSync(path.join(dir, file), typeof data === "string" || Buffer.isBuffer(data) ? data : JSON.stringify(data, null, 2));
const edit = (file, f) => (dir) => {
  const v = read(dir, file);
  f(v);
  write(dir, file, v);
};
const site = (f) => edit("site.json", f);
const item = (f) => edit(ITEM, f);
const link = (file, key, href) =>
  edit(file, (v) => v[key].push({ type: "link", text: { "zh-CN": "链接" }, href }));
const attachment = (href, kind, bytes = 8) => (dir) => {
  if (href.startsWith("/files/") && !href.includes("..")) write(path.dirname(dir), href.slice(1), "x".repeat(bytes));
  edit(WITH_ATTACHMENT, (v) => (v.attachments[0] = { title: { "zh-CN": "附件" }, href, kind, bytes }))(dir);
};

const cases = [
  // Script and data URLs, in every URL field, however written.
  ["origin javascript:", site((v) => (v.origin = "javascript:alert(1)")), "$.origin", "javascript: URLs"],
  ["icp url javascript:", site((v) => (v.footer.icp.url = "javascript:alert(document.cookie)")), "$.footer.icp.url", "javascript: URLs"],
  ["public_security url data:", site((v) => (v.footer.public_security.url = "data:text/html,<script>alert(1)</script>")), "$.footer.public_security.url", "data: URLs"],
  ["public_security url vbscript:", site((v) => (v.footer.public_security.url = "vbscript:msgbox(1)")), "$.footer.public_security.url", "vbscript: URLs"],
  ["navigation ' javascript:' (space)", site((v) => (v.navigation[4].path = " javascript:alert(1)")), "$.navigation[4].path", "javascript: URLs"],
  ["navigation tab javascript:", site((v) => (v.navigation[4].path = "\tjavascript:alert(1)")), "$.navigation[4].path", "javascript: URLs"],
  ["navigation java<newline>script:", site((v) => (v.navigation[4].path = "java\nscript:alert(1)")), "$.navigation[4].path", "javascript: URLs"],
  ["footer link JaVaScRiPt:", site((v) => (v.footer.links[0].path = "JaVaScRiPt:alert(1)")), "$.footer.links[0].path", "javascript: URLs"],
  ["footer link file:", site((v) => (v.footer.links[1].path = "file:///etc/passwd")), "$.footer.links[1].path", "file: URLs"],
  ["security_contact javascript:", site((v) => (v.security_contact = ["javascript:alert(1)"])), "$.security_contact[0]", "javascript: URLs"],
  ["page link block javascript:", link("pages/about.json", "blocks", "javascript:alert(1)"), "pages/about.json: $.blocks[", "javascript: URLs"],
  ["item link block data:", link(ITEM, "body", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="), `${ITEM}: $.body[`, "data: URLs"],
  ["item link block vbscript:", link(ITEM, "body", " VBScript:msgbox(1)"), `${ITEM}: $.body[`, "vbscript: URLs"],
  ["attachment href javascript:", attachment("javascript:alert(1)", "pdf"), "$.attachments[0].href", "javascript: URLs"],
  // Paths that browsers read as another host, or that leave the folder.
  ["navigation //news", site((v) => (v.navigation[4].path = "//news")), "$.navigation[4].path", "contains //"],
  ["navigation /\\evil", site((v) => (v.navigation[4].path = "/\\evil.example")), "$.navigation[4].path", "backslash"],
  ["navigation /%2F%2Fevil", site((v) => (v.navigation[4].path = "/%2F%2Fevil.example")), "$.navigation[4].path", "%2F"],
  ["footer link /%5Cevil", site((v) => (v.footer.links[0].path = "/%5Cevil.example")), "$.footer.links[0].path", "%5C"],
  ["footer link /../", site((v) => (v.footer.links[0].path = "/news/../../etc/passwd")), "$.footer.links[0].path", '".." segment'],
  ["footer link %2e%2e", site((v) => (v.footer.links[0].path = "/%2e%2e/%2e%2e/x")), "$.footer.links[0].path", "%2E"],
  ["navigation %00", site((v) => (v.navigation[4].path = "/about%00.json")), "$.navigation[4].path", "%00"],
  ["navigation bidi override", site((v) => (v.navigation[4].path = "/about\u202e")), "$.navigation[4].path", "invisible character"],
  ["item link block //evil", link(ITEM, "body", "//evil.example/x"), `${ITEM}: $.body[`, "contains //"],
  ["item link block https:\\\\evil", link(ITEM, "body", "https:\\\\evil.example"), `${ITEM}: $.body[`, "backslash"],
  ["icp url with user@host", site((v) => (v.footer.icp.url = "https://beian.miit.gov.cn@evil.example/")), "$.footer.icp.url", "user name"],
  ["icp url without host", site((v) => (v.footer.icp.url = "https:///x")), "$.footer.icp.url", "no host"],
  ["origin with a path", site((v) => (v.origin = "https://ka.sz.gov.cn/evil")), "$.origin", "no path"],
  ["origin over http", site((v) => (v.origin = "http://ka.sz.gov.cn")), "$.origin", "only for localhost"],
  ["security_contact http:", site((v) => (v.security_contact = ["http://example.org/report"])), "$.security_contact[0]", "http: URLs"],
  ["security_contact empty", site((v) => (v.security_contact = [])), "$.security_contact", "at least one"],
  // Ids that become file paths and URLs.
  ["section id ../../x", site((v) => (v.sections[0].id = "../../x")), "$.sections[0].id", "an id is"],
  ["category id with a space", site((v) => (v.sections[0].categories[0].id = "port news")), "$.sections[0].categories[0].id", "an id is"],
  ["category id in upper case", site((v) => (v.sections[1].categories[1].id = "Policy")), "$.sections[1].categories[1].id", "an id is"],
  ["category id in Chinese", site((v) => (v.sections[1].categories[1].id = "政策")), "$.sections[1].categories[1].id", "an id is"],
  ["category id with a newline", site((v) => (v.sections[1].categories[1].id = "policy\nsite.json: $: fine")), "$.sections[1].categories[1].id", "an id is"],
  ["page slug ../evil", (dir) => write(dir, "pages/evil.json", { ...read(dir, "pages/about.json"), slug: "../evil" }), "pages/evil.json: $.slug", "an id is"],
  ["page slug in upper case", (dir) => write(dir, "pages/About.json", { ...read(dir, "pages/about.json"), slug: "About" }), "pages/About.json: $.slug", "an id is"],
  // Attachments that are not what they say.
  ["attachment .html as pdf", attachment("/files/report.html", "pdf"), "$.attachments[0].href", ".html is not one of"],
  ["attachment .svg as pdf", attachment("/files/report.svg", "pdf"), "$.attachments[0].href", ".svg is not one of"],
  ["attachment .csv as pdf", edit(WITH_ATTACHMENT, (v) => (v.attachments[0].kind = "pdf")), "$.attachments[0].kind", "the file is .csv"],
  ["attachment outside /files/", attachment("/content/site.json", "json"), "$.attachments[0].href", "under /files/"],
  ["attachment /files/../", attachment("/files/../content/site.json", "json"), "$.attachments[0].href", '".." segment'],
  // Files that are too big, too deep, not JSON, not UTF-8, or not there.
  ["oversized item (3 MB of text)", item((v) => (v.summary = { "zh-CN": "长".repeat(1_000_000) })), `${ITEM}: $:`, "over the 512 KB limit"],
  ["oversized site.json", (dir) => write(dir, "site.json", " ".repeat(600 * 1024) + "{}"), "site.json: $:", "over the 512 KB limit"],
  ["deeply nested JSON", (dir) => write(dir, ITEM, "[".repeat(200_000) + "]".repeat(200_000)), `${ITEM}: $:`, "recursion limit"],
  ["not JSON", (dir) => write(dir, "pages/about.json", "{ \"schema\": 1, <script>"), "pages/about.json: $:", "not valid JSON"],
  ["empty file", (dir) => write(dir, ITEM, ""), `${ITEM}: $:`, "not valid JSON"],
  ["invalid UTF-8", (dir) => write(dir, "site.json", Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), "site.json: $:", "not UTF-8"],
  ["site.json missing", (dir) => fs.rmSync(path.join(dir, "site.json")), "site.json: $:", "cannot read"],
  ["schema 2", item((v) => (v.schema = 2)), `${ITEM}: $.schema:`, "unsupported schema 2"],
  ["wrong type", site((v) => (v.navigation = "all")), "site.json: $.navigation:", "invalid type"],
  ["unknown field", item((v) => (v.html = "<script>alert(1)</script>")), `${ITEM}: $.html:`, "unknown field `html`"],
  // Duplicates and missing pieces.
  ["duplicate item id", (dir) => fs.copyFileSync(path.join(dir, ITEM), path.join(dir, "news/items/20240315-99.json")), "news/items/20240315-99.json: $.id", "is also the id of"],
  ["duplicate section id", site((v) => (v.sections[1].id = "news")), "$.sections[1].id", "is used twice"],
  ["missing required page", (dir) => fs.rmSync(path.join(dir, "pages/privacy.json")), "pages/privacy.json: $:", "missing"],
  // Interviews and the knowledge base (issue 12): pictures only from /images/, links checked.
  ["interview picture javascript:", edit(INTERVIEW, (v) => (v.images[0].src = "javascript:alert(1)")), `${INTERVIEW}: $.images[0].src`, "javascript: URLs"],
  ["interview picture from another site", edit(INTERVIEW, (v) => (v.images[0].src = "https://evil.example/track.png")), `${INTERVIEW}: $.images[0].src`, "https: URLs are not allowed"],
  ["interview picture from /files/", edit(INTERVIEW, (v) => (v.images[0].src = "/files/evil.svg")), `${INTERVIEW}: $.images[0].src`, "must be under /images/"],
  ["interview answer by no guest", edit(INTERVIEW, (v) => (v.transcript[0].answers[0].guest = "nobody")), `${INTERVIEW}: $.transcript[0].answers[0].guest`, "not the id of a guest"],
  ["interview id with a slash", edit(INTERVIEW, (v) => (v.id = "../x")), `${INTERVIEW}: $.id`, "differs from the file name"],
  ["knowledge link javascript:", edit("knowledge.json", (v) => (v.questions[0].answer = [{ type: "link", text: { "zh-CN": "x" }, href: "javascript:alert(1)" }])), "knowledge.json: $.questions[0].answer[0].href", "javascript: URLs"],
  ["knowledge question in no category", edit("knowledge.json", (v) => (v.questions[0].category = "nowhere")), "knowledge.json: $.questions[0].category", "is not one of $.categories"],
  ["missing knowledge base", (dir) => fs.rmSync(path.join(dir, "knowledge.json")), "knowledge.json: $:", "missing"],
  // Checkpoints (issue 16): hours that overlap or do not parse, changes that lead nowhere.
  ["checkpoint hours overlap overnight", edit("checkpoints.json", (v) => (v.checkpoints[0].hours[0].spans = ["22:00-02:00", "01:00-06:00"])), "checkpoints.json: $.checkpoints[0].hours[0].spans[1]", "overlaps"],
  ["checkpoint hour 25", edit("checkpoints.json", (v) => (v.checkpoints[0].hours[0].spans = ["06:30-25:00"])), "checkpoints.json: $.checkpoints[0].hours[0].spans[0]", "is not a range"],
  ["checkpoint change by no notice", edit("checkpoints.json", (v) => (v.checkpoints[0].changes[0].notice = "../../etc/passwd")), "checkpoints.json: $.checkpoints[0].changes[0].notice", "is not a news item"],
  ["checkpoint id with a slash", edit("checkpoints.json", (v) => (v.checkpoints[0].id = "../x")), "checkpoints.json: $.checkpoints[0].id", "contains"],
  ["missing checkpoints", (dir) => fs.rmSync(path.join(dir, "checkpoints.json")), "checkpoints.json: $:", "missing"],
  // The WeChat account (issue 13): its QR code only a picture of the site that exists.
  ["wechat qr javascript:", site((v) => (v.wechat.qr = "javascript:alert(1)")), "$.wechat.qr", "javascript: URLs"],
  ["wechat qr from WeChat's server", site((v) => (v.wechat.qr = "https://open.weixin.qq.com/qr/code?username=x")), "$.wechat.qr", "https: URLs are not allowed"],
  ["wechat qr svg from /files/", site((v) => (v.wechat.qr = "/files/evil.svg")), "$.wechat.qr", "must be under /images/"],
  ["wechat qr that leaves /images/", site((v) => (v.wechat.qr = "/images/../content/site.json")), "$.wechat.qr", '".." segment'],
  ["wechat qr missing", site((v) => (v.wechat.qr = "/images/no-such-qr.png")), "$.wechat.qr", "does not exist"],
  ["wechat id with markup", site((v) => (v.wechat.id = "<img src=x onerror=alert(1)>")), "$.wechat.id", "a WeChat ID is"],
];

// --- running ---
const LINE = /^(.+?): (\$\S*): (.+)$/; // file: $.path: reason
fs.rmSync(work, { recursive: true, force: true });
let rejected = 0, accepted = 0, panics = 0;
for (const [name, mutate, where, expect] of cases) {
  const base = path.join(work, name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, ""));
  const dir = path.join(base, "content");
  fs.cpSync(demo, dir, { recursive: true });
  fs.cpSync(path.join(root, "public/files"), path.join(base, "files"), { recursive: true });
  fs.cpSync(path.join(root, "public/images"), path.join(base, "images"), { recursive: true });
  mutate(dir);
  const run = spawnSync(binary, ["check", dir], { encoding: "utf8", timeout: 60_000, maxBuffer: 64 << 20 });
  const lines = (run.stdout || "").split("\n").filter((l) => LINE.test(l));
  const hit = lines.find((l) => l.includes(where) && l.includes(expect));
  const caught = hit !== undefined;
  // The line that names the mutation, else the first line the tool printed.
  const first = hit || lines[0] || (run.stdout || "").split("\n")[0] || "";
  let verdict;
  if (run.status === 101 || /panicked/.test(run.stderr || "")) {
    panics++;
    verdict = "PANIC";
  } else if (run.status === 1 && caught) {
    rejected++;
    verdict = "rejected";
  } else {
    accepted++;
    verdict = run.error ? `ACCEPTED? (${run.error.code})` : run.status === 1 ? `ACCEPTED? (no line with ${JSON.stringify(where)} and ${JSON.stringify(expect)})` : "ACCEPTED";
  }
  console.log(`${name.padEnd(36)} exit ${String(run.status).padEnd(4)} ${verdict.padEnd(9)} ${first.slice(0, 160)}`);
}
if (flag !== "--keep") fs.rmSync(work, { recursive: true, force: true });
console.log(`hostile-bundles: ${cases.length} bundles, ${rejected} rejected, ${accepted} accepted, ${panics} panics`);
process.exit(accepted > 0 || panics > 0 ? 1 : 0);
