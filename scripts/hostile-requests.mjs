// Sends hostile requests to a running portal-server over raw TCP (so nothing normalises
// the path on the way, as curl and fetch would) and judges each answer. Started by
// scripts/hostile-requests: node hostile-requests.mjs SERVER_BIN DIST_DIR.
//
// Every request says `Connection: close`, so an answer is everything until the server
// closes. A case lists the statuses it allows; on top of that, anything is unexpected
// that is a 5xx, a 2xx/3xx whose Location leaves the site, a response without the
// security headers (except a bodiless 400/414/431 written by hyper's parser before any
// handler runs: there is nothing for a browser to render), or no answer in time.

import { spawn } from 'node:child_process';
import net from 'node:net';

const [serverBin, dist] = process.argv.slice(2);
const TIMEOUT_MS = 5000;
// The server drops a client that has not sent its headers within 10 s; wait longer.
const SLOW_LIMIT_MS = 15000;
const SECURITY_HEADERS = [
  'content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options',
  'permissions-policy', 'cross-origin-opener-policy',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForServer(port) {
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => { s.destroy(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await sleep(100);
  }
  throw new Error('the server did not start listening within 10 s');
}

/// Parses a raw answer: { status, headers, body } or null when it is not HTTP.
function parse(bytes) {
  const text = bytes.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
  if (!m) return null;
  const headers = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { status: Number(m[1]), headers, body: bytes.subarray(end + 4) };
}

/// Sends `chunks` (strings or Buffers, or async steps) and collects the answer until the
/// server closes or `limit` ms pass. Result: { outcome: 'answer'|'closed'|'timeout', reply }.
function exchange(port, chunks, limit = TIMEOUT_MS) {
  return new Promise((resolve) => {
    const received = [];
    let done = false;
    const socket = net.connect(port, '127.0.0.1');
    const finish = (why) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const reply = parse(Buffer.concat(received));
      resolve({ outcome: reply ? 'answer' : why, reply });
    };
    const timer = setTimeout(() => finish('timeout'), limit);
    socket.on('data', (d) => received.push(d));
    socket.on('end', () => finish('closed'));
    socket.on('close', () => finish('closed'));
    // A server that answers early (413, 431) and closes while we still write: fine.
    socket.on('error', () => finish('closed'));
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        if (done) return;
        if (typeof chunk === 'function') await chunk();
        else socket.write(chunk);
      }
    });
  });
}

const req = (method, target, extra = '') =>
  `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}Connection: close\r\n\r\n`;
const get = (target, extra) => req('GET', target, extra);

/// A case: what it is, the bytes, the statuses (or 'closed') it allows.
const cases = [];
const add = (name, chunks, allowed, options = {}) =>
  cases.push({ name, chunks: Array.isArray(chunks) ? chunks : [chunks], allowed, ...options });
const refused = [400, 404];

// Path traversal in every encoding: never a 2xx.
for (const path of [
  '/../../etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
  '/%252e%252e/%252e%252e/etc/passwd', '/..%252f..%252fetc/passwd', '/..\\..\\etc\\passwd', '/..%5c..%5cetc%5cpasswd',
  '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd', '/%u002e%u002e/etc/passwd', '/....//....//etc/passwd', '/..;/etc/passwd',
  '/content/../../../etc/passwd', '/content/%2e%2e/%2e%2e/Cargo.toml', '/files/..%2f..%2fCargo.toml',
  '/en/../../etc/passwd', '/about%00/index.html', '/index.html%00.pdf', '/files/x.pdf%00.html', '/about/..%00/',
  '/./about', '/%2e/about', '/.git/config', '/.env', '/%2e%65nv', '/static/%2e%2e%5c%2e%2e%5cwindows/win.ini',
]) add(`traversal ${path}`, get(path), refused, { noSuccess: true });
// A NUL byte and a non-UTF-8 byte in the request line itself.
add('traversal raw NUL', [Buffer.from('GET /about\0/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'latin1')], [...refused, 'closed'], { noSuccess: true });
add('traversal raw 0xff', [Buffer.from('GET /\xff\xfe/../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'latin1')], [...refused, 'closed'], { noSuccess: true });

// Redirect tricks: never a Location off the site.
for (const path of [
  '//evil.example/index.html', '/\\evil.example/index.html', '/%2F%2Fevil.example/index.html', '/%5Cevil.example/index.html',
  '/%5C%5Cevil.example/index.html', '///evil.example/index.html', '/\\/evil.example/index.html', '//evil.example/%2e%2e/index.html',
  '/%09/evil.example/index.html', '//en/?year=2020', '//news?category=policy&year=2024', '/about/index.html%0d%0aLocation:%20http://evil.example',
]) add(`redirect ${path}`, get(path), refused);
add('redirect /index.html', get('/index.html'), [308]);
add('redirect /about/index.html?next=//evil.example', get('/about/index.html?next=//evil.example'), [308, 404]);
add('redirect Host: evil.example /about/index.html', req('GET', '/about/index.html', 'X-Forwarded-Host: evil.example\r\n').replace('Host: 127.0.0.1', 'Host: evil.example'), [308, 404]);
add('redirect absolute-form http://evil.example/about/index.html', get('http://evil.example/about/index.html'), [308, 404, 400]);
add('filter /news?category=//evil.example&year=2024', get('/news?category=//evil.example&year=2024'), [200, 404]);
add('filter /news?category=%2F%2Fevil.example', get('/news?category=%2F%2Fevil.example'), [200, 404]);
add('filter /en/news?category=..%2F..&year=2024', get('/en/news?category=..%2F..&year=2024'), [200, 404]);
add('filter /news?category=all&year=all', get('/news?category=all&year=all'), [303, 404]);
add('filter /?year=2020', get('/?year=2020'), [200]);
add('filter /en/?year=2020', get('/en/?year=2020'), [200, 404]);
add('filter /about?year=2024', get('/about?year=2024'), [200, 404]);

// Oversized heads, URLs and bodies.
add('oversized header 20 KB', get('/', `X-Filler: ${'a'.repeat(20_000)}\r\n`), [431, 'closed']);
add('oversized header 300 KB', get('/', `X-Filler: ${'a'.repeat(300_000)}\r\n`), [431, 'closed']);
add('oversized 200 headers', get('/', Array.from({ length: 200 }, (_, i) => `X-H${i}: v\r\n`).join('')), [431, 'closed']);
add('oversized cookie 16 KB', get('/', `Cookie: portal-lang=${'x'.repeat(16_000)}\r\n`), [431, 'closed']);
add('oversized URL 10 KB', get(`/about?q=${'a'.repeat(10_000)}`), [414, 431, 'closed']);
add('oversized URL 100 KB', get(`/${'a/'.repeat(50_000)}`), [414, 431, 'closed']);
const mb = Buffer.alloc(1 << 20, 0x61);
add('oversized body 1 MB POST /api/health', [req('POST', '/api/health', `Content-Length: ${mb.length}\r\n`), mb], [413, 'closed']);
add('oversized body 1 MB POST /about', [req('POST', '/about', `Content-Length: ${mb.length}\r\n`), mb], [405, 413, 'closed']);
add('oversized body declared 10 GB', req('POST', '/api/health', 'Content-Length: 10737418240\r\n'), [413, 'closed']);
add('oversized chunked body 1 MB', [req('POST', '/api/health', 'Transfer-Encoding: chunked\r\n'), `100000\r\n`, mb, '\r\n0\r\n\r\n'], [405, 413, 'closed']);

// Methods: pages and files answer GET and HEAD only.
for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) add(`method ${method} /about`, req(method, '/about', 'Content-Length: 0\r\n'), [405]);
add('method POST /', req('POST', '/', 'Content-Length: 0\r\n'), [405]);
add('method DELETE /content/site.json', req('DELETE', '/content/site.json'), [405]);
add('method PUT /files/x.pdf', req('PUT', '/files/x.pdf', 'Content-Length: 3\r\n') + 'abc', [405]);
add('method CONNECT evil.example:443', req('CONNECT', 'evil.example:443'), [400, 404, 405, 'closed']);
// The mailbox pages' plain form posts (crates/server/src/forms.rs).
const form = (body, type = 'application/x-www-form-urlencoded') => `Content-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n`;
add('form post: empty letter answered with the errors', req('POST', '/mailbox/director', form('')) , [422]);
add('form post: invalid UTF-8', [req('POST', '/mailbox/director', 'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 8\r\n'), Buffer.from('title=\xff\xfe', 'latin1')], [400]);
add('form post: percent-encoded invalid UTF-8', req('POST', '/en/mailbox/enquiries', form('title=%ff%fe')) + 'title=%ff%fe', [400]);
add('form post: not a form', req('POST', '/mailbox/director', form('{}', 'text/plain')) + '{}', [415]);
add('form post: oversized 1 MB', [req('POST', '/mailbox/corrections', `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${mb.length}\r\n`), mb], [413, 'closed']);
add('form post: to a page without a form', req('POST', '/mailbox/replies', 'Content-Length: 0\r\n'), [405]);
add('form post: to an unknown mailbox', req('POST', '/mailbox/..%2fadmin', 'Content-Length: 0\r\n'), [405, 404, 400]);
add('form post: look-up with a wrong code', req('POST', '/mailbox/lookup', form('number=2026000001&code=AAAA')) + 'number=2026000001&code=AAAA', [404]);
add('method TRACE / with Max-Forwards', req('TRACE', '/', 'Max-Forwards: 0\r\n'), [405]);
add('method HEAD /about', req('HEAD', '/about'), [200, 404]);

// Malformed and smuggling.
add('malformed request line', 'HELLO\r\n\r\n', [400, 'closed']);
add('malformed HTTP/0.9', 'GET /\r\n\r\n', [400, 505, 'closed']);
add('malformed header NUL', Buffer.from('GET / HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\nConnection: close\r\n\r\n', 'latin1'), [400, 'closed']);
add('smuggling CL + TE', req('POST', '/api/health', 'Content-Length: 4\r\nTransfer-Encoding: chunked\r\n') + '0\r\n\r\n', [400, 405, 'closed']);
add('smuggling two Content-Length', req('POST', '/api/health', 'Content-Length: 4\r\nContent-Length: 5\r\n') + 'abcde', [400, 'closed']);
add('odd Accept-Language 4 KB', get('/', `Accept-Language: ${'zz-ZZ;q=0.5,'.repeat(300)}\r\n`), [200]);
add('odd cookie portal-lang=../../en', get('/', 'Cookie: portal-lang=../../en; portal-lang=%0d%0a\r\n'), [200]);
add('odd If-Modified-Since garbage', get('/about', 'If-Modified-Since: yesterday\r\n'), [200, 404]);
add('odd Range many ranges', get('/content/site.json', `Range: bytes=${Array.from({ length: 200 }, (_, i) => `${i}-${i}`).join(',')}\r\n`), [200, 206, 416]);
add('attachment /files/x.html', get('/files/x.html'), [404]);
add('attachment /files/x.svg', get('/files/x.svg'), [404]);
add('api /api/../about', get('/api/../about'), [404]);
add('api /api/%2e%2e/about', get('/api/%2e%2e/about'), [404]);
// The published replies' search (crates/server/src/mailbox/search.rs): a bounded query.
add('replies search without q', get('/api/letters/search'), [400]);
add('replies search blank q', get('/api/letters/search?q=%20%20'), [400]);
add('replies search q of 101 characters', get(`/api/letters/search?q=${'%E5%8F%A3'.repeat(101)}`), [400]);
add('replies search q of 8 KB', get(`/api/letters/search?q=${'a'.repeat(8_000)}`), [400, 414, 431, 'closed']);
add('replies search q twice', get('/api/letters/search?q=a&q=b'), [400]);
add('replies search q not UTF-8', get('/api/letters/search?q=%ff%fe'), [400]);
add('replies search q with NUL and markup', get('/api/letters/search?q=%00%3Cscript%3E..%2F..%2Fetc'), [200]);
add('replies search q of 100 one-letter words', get(`/api/letters/search?q=${'a%20'.repeat(33)}a`), [200]);
add('replies search POST', req('POST', '/api/letters/search?q=a', 'Content-Length: 0\r\n'), [405]);
// The search page, run by the server (crates/server/src/search_page.rs): the query is cut to
// 100 characters, other values are ignored, markup is text; a page in every case.
add('search page, a query', get('/search?q=%E5%8F%A3%E5%B2%B8'), [200]);
add('search page, crafted values', get('/en/search?q=a&section=%3Cscript%3E&year=abc&page=-3&page=99999999999999999999'), [200]);
add('search page, q of 8 KB', get(`/search?q=${'%E5%8F%A3'.repeat(2_000)}`), [200, 414, 431, 'closed']);
add('search page, q not UTF-8 with NUL and a path', get('/search?q=%ff%fe%00..%2F..%2Fetc%2Fpasswd'), [200]);
add('search page, q twice and a title breaker', get('/search?q=%3C%2Ftitle%3E%3Cbase%20href%3D%2F%2Fevil%3E&q=b'), [200]);
add('search page, //host in the path', get('//evil.example/search?q=a'), [404, 400, 301, 308]);
add('search page POST', req('POST', '/search?q=a', 'Content-Length: 0\r\n'), [405]);
// The published replies' page, read from the mailbox for each request (crates/server/src/replies_page.rs).
add('replies page', get('/mailbox/replies'), [200]);
add('replies page, crafted filters', get('/en/mailbox/replies?mailbox=%3Cscript%3E&category=..%2F..&page=99999999999999999999'), [200]);
add('replies page, filters twice', get('/mailbox/replies?mailbox=director&mailbox=corrections&page=2&page=x'), [200]);

// The search results' fragments (crates/server/src/search_fragments.rs): numbers only, ten at most.
add('fragments of a document', get('/api/search/fragments?lang=zh-CN&ids=0'), [200]);
add('fragments without ids', get('/api/search/fragments?lang=zh-CN'), [400]);
add('fragments of an unknown language', get('/api/search/fragments?lang=xx&ids=0'), [400]);
add('fragments with a path for an id', get('/api/search/fragments?lang=zh-CN&ids=..%2F..%2Fsite'), [400]);
add('fragments with a negative id', get('/api/search/fragments?lang=zh-CN&ids=-1'), [400]);
add('fragments with an id past u32', get('/api/search/fragments?lang=zh-CN&ids=99999999999'), [400]);
add('fragments past the last document', get('/api/search/fragments?lang=zh-CN&ids=999999999'), [404]);
add('fragments of eleven ids', get('/api/search/fragments?lang=en&ids=0,1,2,3,4,5,6,7,8,9,10'), [400]);
add('fragments of one id twice', get('/api/search/fragments?lang=en&ids=1,1'), [400]);
add('fragments of 8 KB of ids', get(`/api/search/fragments?lang=en&ids=${'1,'.repeat(4_000)}1`), [400, 414, 431, 'closed']);
add('fragments POST', req('POST', '/api/search/fragments?lang=en&ids=0', 'Content-Length: 0\r\n'), [405]);

// Slow clients: held past the header timeout over raw sockets.
const dribble = [req('GET', '/', '').split('\r\n').slice(0, 2).join('\r\n') + '\r\n'];
for (let i = 0; i < 14; i++) dribble.push(() => sleep(1000), `X-Slow-${i}: a\r\n`);
add('slow headers, one line a second', dribble, ['closed', 408], { limit: SLOW_LIMIT_MS, slow: true });
add('slow connect, sends nothing', [() => sleep(SLOW_LIMIT_MS)], ['closed'], { limit: SLOW_LIMIT_MS, slow: true });
add('slow half a request line', ['GET /abo', () => sleep(SLOW_LIMIT_MS)], ['closed', 408], { limit: SLOW_LIMIT_MS, slow: true });

function judge(c, result) {
  const { outcome, reply } = result;
  const problems = [];
  const shown = outcome === 'answer' ? String(reply.status) : outcome;
  const allowed = c.allowed.includes(outcome === 'answer' ? reply.status : outcome);
  if (!allowed) problems.push(`allowed ${c.allowed.join('/')}`);
  if (outcome === 'timeout') problems.push('no answer in time');
  if (outcome === 'answer') {
    const { status, headers, body } = reply;
    if (status >= 500) problems.push('server error');
    if (c.noSuccess && status < 300) problems.push('a traversal was answered');
    const location = headers.location;
    if (status < 400 && location !== undefined && !/^\/(?![\/\\])[^\\]*$/.test(location)) problems.push(`Location ${location} leaves the site`);
    const parser = [400, 414, 431].includes(status) && body.length === 0;
    const missing = SECURITY_HEADERS.filter((h) => !(h in headers));
    if (missing.length && !parser) problems.push(`missing ${missing.join(', ')}`);
    if (/root:.*:0:0:/.test(body.toString('latin1'))) problems.push('/etc/passwd leaked');
    return { shown: location ? `${shown} -> ${location}` : shown, problems };
  }
  return { shown, problems };
}

async function burst(port, count) {
  const results = await Promise.all(Array.from({ length: count }, () => exchange(port, [get('/about')])));
  const tally = {};
  for (const r of results) {
    const key = r.outcome === 'answer' ? r.reply.status : r.outcome;
    tally[key] = (tally[key] || 0) + 1;
  }
  const bad = results.filter((r) => r.outcome !== 'answer' || r.reply.status >= 500 || !SECURITY_HEADERS.every((h) => h in r.reply.headers)).length;
  return { tally, bad };
}

async function main() {
  const port = await freePort();
  // A throwaway mailbox database: the form posts above must not touch data/.
  const data = (await import('node:fs')).mkdtempSync((await import('node:path')).join((await import('node:os')).tmpdir(), 'hostile-data-'));
  const server = spawn(serverBin, ['--dist', dist, '--addr', `127.0.0.1:${port}`, '--data', data], { stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  server.on('exit', () => { exited = true; });
  // However this script ends (an error, a closed pipe), the server goes with it.
  process.on('exit', () => server.kill('SIGTERM'));
  let sent = 0;
  let unexpected = 0;
  const report = (name, shown, problems) => {
    console.log(`${problems.length ? 'UNEXPECTED' : 'ok        '} ${shown.padEnd(14)} ${name}${problems.length ? `  (${problems.join('; ')})` : ''}`);
    if (problems.length) unexpected++;
  };
  try {
    await waitForServer(port);
    // The slow clients run alongside everything else: the server must keep serving.
    const slow = cases.filter((c) => c.slow).map((c) => exchange(port, c.chunks, c.limit).then((r) => [c, r]));
    // 50 idle connections held open while the other requests run.
    const idle = Array.from({ length: 50 }, () => exchange(port, [() => sleep(SLOW_LIMIT_MS)], SLOW_LIMIT_MS));
    for (const c of cases.filter((c) => !c.slow)) {
      const { shown, problems } = judge(c, await exchange(port, c.chunks, c.limit));
      report(c.name, shown, problems);
      sent++;
    }
    const { tally, bad } = await burst(port, 300);
    sent += 300;
    unexpected += bad;
    console.log(`${bad ? 'UNEXPECTED' : 'ok        '} ${Object.entries(tally).map(([k, v]) => `${v}x${k}`).join(' ').padEnd(14)} burst: 300 concurrent GET /about${bad ? ` (${bad} failed)` : ''}`);
    for (const [c, r] of await Promise.all(slow)) {
      const { shown, problems } = judge(c, r);
      report(c.name, shown, problems);
      sent++;
    }
    const idled = await Promise.all(idle);
    const held = idled.filter((r) => r.outcome === 'timeout').length;
    sent += idle.length;
    unexpected += held;
    console.log(`${held ? 'UNEXPECTED' : 'ok        '} ${`${idle.length - held}xclosed`.padEnd(14)} idle: 50 connections that send nothing${held ? ` (${held} still open after ${SLOW_LIMIT_MS / 1000} s)` : ''}`);
    // Still alive and serving after all that?
    const after = await exchange(port, [get('/')]);
    const alive = !exited && after.outcome === 'answer' && after.reply.status < 500;
    report('afterwards GET /', after.outcome === 'answer' ? String(after.reply.status) : after.outcome, alive ? [] : ['the server stopped serving']);
    sent++;
  } finally {
    server.kill('SIGTERM');
  }
  console.log(`hostile-requests: ${sent} sent, ${unexpected} unexpected`);
  process.exitCode = unexpected > 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(`hostile-requests: ${e.message}`);
  process.exitCode = 2;
});
