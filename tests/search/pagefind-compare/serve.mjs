// Tiny static server: serves page.html at / and sites/<name>/ as the document root.
// Every response is brotli'd (quality 11, cached) when the client accepts br; the brotli
// size of every file served is logged either way, so first-query bytes are brotli bytes.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
const HERE = path.dirname(new URL(import.meta.url).pathname);
const TYPES = { ".js": "text/javascript", ".json": "application/json", ".html": "text/html; charset=utf-8", ".css": "text/css" };
export function serve(siteName, port = 0) {
  const root = path.join(HERE, "sites", siteName);
  const brCache = new Map();
  let log = [];
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, "http://x");
    if (u.pathname === "/__reset") { log = []; res.end("ok"); return; }
    if (u.pathname === "/__log") { res.setHeader("content-type", "application/json"); res.end(JSON.stringify(log)); return; }
    const file = u.pathname === "/" ? path.join(HERE, "page.html") : path.join(root, decodeURIComponent(u.pathname));
    if (!file.startsWith(HERE) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.statusCode = 404; res.end(); return; }
    const raw = fs.readFileSync(file);
    let br = brCache.get(file);
    if (!br) { br = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }); brCache.set(file, br); }
    const acceptsBr = /\bbr\b/.test(req.headers["accept-encoding"] || "");
    const useBr = acceptsBr && br.length < raw.length;
    const body = useBr ? br : raw;
    res.setHeader("content-type", TYPES[path.extname(file)] || "application/octet-stream");
    res.setHeader("cache-control", "no-store");
    if (useBr) res.setHeader("content-encoding", "br");
    log.push({ path: u.pathname, raw: raw.length, brotli: Math.min(br.length, raw.length), sent: body.length, enc: useBr ? "br" : "identity", acceptsBr });
    res.end(body);
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok({ server, port: server.address().port })));
}
if (import.meta.url === `file://${process.argv[1]}`) {
  const { port } = await serve(process.argv[2] || "demo", +(process.argv[3] || 8089));
  console.log(`http://127.0.0.1:${port}/`);
}
