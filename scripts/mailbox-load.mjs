// Mailbox figures against the release server on loopback: load, crash and bad input.
// Started by scripts/mailbox-load: node mailbox-load.mjs SERVER_BIN. Every request goes
// to 127.0.0.1 only, every loop is bounded in count and time, and the servers it starts
// are stopped before it exits.

import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const [serverBin] = process.argv.slice(2);
const LETTERS = 1000;
const CLIENTS = 50;
const PHASE_LIMIT_MS = 240_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mailbox-load-'));
const dist = path.join(root, 'dist');
fs.mkdirSync(path.join(dist, 'content'), { recursive: true });
fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>t</title>');
fs.writeFileSync(path.join(dist, 'content', 'site.json'), JSON.stringify({ footer: { phone: '0755-83394325' } }));

let unexpected = 0;
const fail = (what) => { unexpected++; console.log(`  UNEXPECTED: ${what}`); };

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

async function waitForServer(port) {
  for (let i = 0; i < 200; i++) {
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => { s.destroy(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await sleep(50);
  }
  throw new Error('the server did not start listening within 10 s');
}

const running = new Set();
async function startServer(port, data) {
  const server = spawn(serverBin, ['--dist', dist, '--data', data, '--addr', `127.0.0.1:${port}`, '--rate-limit', '1000000/60'],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  running.add(server);
  server.on('exit', () => running.delete(server));
  await waitForServer(port);
  return server;
}

function kill(server, signal = 'SIGTERM') {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once('exit', () => resolve());
    server.kill(signal);
  });
}

process.on('exit', () => { for (const s of running) s.kill('SIGKILL'); });

/// The letters in the database, read with the staff CLI's CSV export: [{number, title, ...}].
function exported(data) {
  const file = path.join(root, `export-${Date.now()}.csv`);
  execFileSync(serverBin, ['admin', '--data', data, '--by', 'mailbox-load', 'export', '--csv', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

function letter(tag, n) {
  return {
    mailbox: ['director', 'enquiries', 'corrections'][n % 3],
    category: ['enquiry', 'complaint', 'suggestion', 'help'][n % 4],
    title: `负载测试 ${tag}-${String(n).padStart(6, '0')}`,
    body: `这是第${n}封测试来信：请问皇岗口岸旅检通道夜间几点关闭？`,
    name: '测试者',
    phone: '13800000000',
    email: '',
    publish: n % 2 === 0,
    privacy: true,
    key: `${tag}-key-${String(n).padStart(12, '0')}`,
  };
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/// One POST of a letter: { status, json, ms } or { error } when the connection failed.
async function postLetter(port, form) {
  const started = performance.now();
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/letters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
      body: JSON.stringify(form),
      signal: AbortSignal.timeout(15_000),
    });
    const json = await response.json().catch(() => null);
    return { status: response.status, json, ms: performance.now() - started };
  } catch (e) {
    return { error: String(e.cause?.code ?? e.name ?? e) };
  }
}

/// Sends every letter twice at once (a double click) from CLIENTS workers; a send that
/// fails to connect or gets a 5xx is retried with the same key until it gets an answer.
/// Returns per key the receipts of its 2xx answers, and every answered request's latency.
async function run(port, tag, onAnswer) {
  const receipts = new Map();
  const latencies = [];
  const statuses = {};
  let next = 0;
  const deadline = Date.now() + PHASE_LIMIT_MS;
  const sendUntilAnswered = async (form) => {
    while (Date.now() < deadline) {
      const r = await postLetter(port, form);
      if (r.error || r.status >= 500) { await sleep(50); continue; }
      latencies.push(r.ms);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.status === 200 || r.status === 201) {
        if (!receipts.has(form.key)) receipts.set(form.key, []);
        receipts.get(form.key).push(r.json);
        onAnswer?.();
      }
      return r;
    }
    return null;
  };
  const worker = async () => {
    while (next < LETTERS) {
      const form = letter(tag, next++);
      await Promise.all([sendUntilAnswered(form), sendUntilAnswered(form)]);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, worker));
  return { receipts, latencies: latencies.sort((a, b) => a - b), statuses };
}

/// Checks the run against the database: every acknowledged letter stored once, under the
/// number it was acknowledged with. Prints and returns the counts.
function check(label, data, tag, result) {
  const rows = exported(data).filter((r) => r.title.startsWith(`负载测试 ${tag}-`));
  const byTitle = new Map();
  for (const r of rows) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r.number]);
  const duplicates = rows.length - byTitle.size;
  let acknowledged = 0, present = 0, disagreeing = 0;
  for (const [key, receipts] of result.receipts) {
    acknowledged++;
    const numbers = new Set(receipts.map((r) => r?.number));
    if (numbers.size !== 1) disagreeing++;
    const n = Number(key.split('-').pop());
    const stored = byTitle.get(letter(tag, n).title) ?? [];
    if (stored.length >= 1 && stored.includes([...numbers][0])) present++;
  }
  const codes = result.statuses;
  console.log(`  requests answered: ${result.latencies.length} (201: ${codes[201] ?? 0}, 200 replays: ${codes[200] ?? 0}, other: ${result.latencies.length - (codes[201] ?? 0) - (codes[200] ?? 0)})`);
  console.log(`  acknowledged letters: ${acknowledged}; present after the run: ${present}; stored: ${rows.length}; duplicates: ${duplicates}; receipts disagreeing for one key: ${disagreeing}`);
  if (acknowledged !== LETTERS) fail(`${label}: ${acknowledged} of ${LETTERS} letters acknowledged`);
  if (present !== acknowledged) fail(`${label}: ${acknowledged - present} acknowledged letters missing`);
  if (rows.length !== LETTERS) fail(`${label}: stored ${rows.length}, expected ${LETTERS}`);
  if (duplicates !== 0) fail(`${label}: ${duplicates} duplicates`);
  if (disagreeing !== 0) fail(`${label}: ${disagreeing} keys got two different receipts`);
  return { stored: rows.length, duplicates };
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;

async function load() {
  console.log(`Load: ${LETTERS} letters by ${CLIENTS} concurrent clients, each sent twice with its key`);
  const data = path.join(root, 'load');
  const port = await freePort();
  const server = await startServer(port, data);
  const started = performance.now();
  const result = await run(port, 'L');
  const seconds = (performance.now() - started) / 1000;
  await kill(server);
  const { stored, duplicates } = check('load', data, 'L', result);
  const l = result.latencies;
  console.log(`  Load: stored = ${stored}, duplicates = ${duplicates}, latency p50 ${fmt(percentile(l, 0.5))}, p95 ${fmt(percentile(l, 0.95))}, p99 ${fmt(percentile(l, 0.99))} (${l.length} requests in ${seconds.toFixed(1)} s)`);
}

async function crash() {
  console.log(`Crash: the same, the server SIGKILLed after about ${LETTERS / 2} acknowledged letters and restarted`);
  const data = path.join(root, 'crash');
  const port = await freePort();
  let server = await startServer(port, data);
  let answered = 0;
  let restarting = null;
  let killedAt = null;
  const result = await run(port, 'C', () => {
    answered++;
    if (answered === LETTERS && !restarting) {
      restarting = (async () => {
        killedAt = answered;
        await kill(server, 'SIGKILL');
        server = await startServer(port, data);
      })();
    }
  });
  await restarting;
  await kill(server);
  console.log(`  killed with SIGKILL after ${killedAt} 2xx answers (about ${LETTERS / 2} letters, each sent twice), restarted on the same data`);
  const { stored, duplicates } = check('crash', data, 'C', result);
  const acknowledged = result.receipts.size;
  console.log(`  Crash: acknowledged = ${acknowledged}, present after restart = ${stored}, duplicates = ${duplicates}`);
  if (killedAt === null) fail('crash: the server was never killed');
}

/// A raw HTTP/1.1 exchange (so huge bodies, odd bytes and long heads go out as written).
function raw(port, method, target, headers, body = Buffer.alloc(0)) {
  return new Promise((resolve) => {
    const received = [];
    const socket = net.connect(port, '127.0.0.1');
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const bytes = Buffer.concat(received);
      const text = bytes.toString('utf8');
      const end = text.indexOf('\r\n\r\n');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve(m ? { status: Number(m[1]), body: end >= 0 ? text.slice(end + 4) : '' } : { status: 'closed', body: '' });
    };
    const timer = setTimeout(finish, 10_000);
    socket.on('data', (d) => received.push(d));
    socket.on('end', finish);
    socket.on('close', finish);
    socket.on('error', finish);
    socket.on('connect', () => {
      const head = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', `Content-Length: ${body.length}`,
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
      socket.write(head + '\r\n\r\n');
      if (!body.length) return;
      if (headers.Expect) {
        // Send the body only on 100 Continue (or after 1 s, as curl does).
        const go = () => { if (!done && !received.some((d) => /^HTTP\/1\.1 [^1]/.test(d.toString('latin1')))) socket.write(body, () => {}); };
        const t = setTimeout(go, 1000);
        socket.once('data', (d) => { if (/^HTTP\/1\.1 100/.test(d.toString('latin1'))) { clearTimeout(t); go(); } else clearTimeout(t); });
      } else socket.write(body, () => {});
    });
  });
}

/// A chunked-encoding exchange (no Content-Length, so the limit is met while reading).
async function chunked(port, bytes) {
  return new Promise((resolve) => {
    const received = [];
    // Chunks of 16 KB 20 ms apart, stopping at the server's answer (a client that keeps
    // writing after the server closed gets a reset that discards the answer).
    const socket = net.connect(port, '127.0.0.1', async () => {
      socket.write('POST /api/letters HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\nAccept-Language: en\r\nTransfer-Encoding: chunked\r\n\r\n');
      for (let sent = 0; sent < bytes && !received.length && !socket.destroyed; sent += 16384) {
        socket.write(`4000\r\n${'x'.repeat(16384)}\r\n`, () => {});
        await sleep(20);
      }
      if (!received.length && !socket.destroyed) socket.write('0\r\n\r\n', () => {});
    });
    const finish = () => {
      const text = Buffer.concat(received).toString('utf8');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
      const end = text.indexOf('\r\n\r\n');
      resolve(m ? { status: Number(m[1]), body: text.slice(end + 4) } : { status: 'closed', body: '' });
    };
    socket.on('data', (d) => received.push(d));
    socket.on('close', finish);
    socket.on('error', () => {});
    setTimeout(() => socket.destroy(), 10_000);
  });
}

/// A wrong code and an unknown number must answer alike, in body and in time: 300 of
/// each, interleaved, medians compared.
async function lookupTiming(port, receipt) {
  const wrongCode = `${receipt.code[0] === 'A' ? 'B' : 'A'}${receipt.code.slice(1)}`;
  const unknown = `${receipt.number.slice(0, 4)}999999`;
  const times = { wrong: [], unknown: [] };
  const bodies = new Set();
  for (let i = 0; i < 300; i++) {
    for (const [kind, url] of [['wrong', `/api/letters/${receipt.number}?code=${wrongCode}`], ['unknown', `/api/letters/${unknown}?code=${receipt.code}`]]) {
      const started = performance.now();
      const r = await fetch(`http://127.0.0.1:${port}${url}`);
      const body = await r.text();
      times[kind].push(performance.now() - started);
      bodies.add(`${r.status} ${body}`);
    }
  }
  const median = (a) => percentile(a.sort((x, y) => x - y), 0.5);
  const [w, u] = [median(times.wrong), median(times.unknown)];
  console.log(`Look-up: wrong code vs unknown number: ${bodies.size === 1 ? 'the same answer' : `${bodies.size} different answers`} (${[...bodies][0].slice(0, 60)}); median ${w.toFixed(3)} ms vs ${u.toFixed(3)} ms`);
  if (bodies.size !== 1) fail('a wrong code and an unknown number answer differently');
  if (Math.abs(w - u) > 0.5) fail(`look-up times differ by ${Math.abs(w - u).toFixed(3)} ms`);
}

async function badInput() {
  console.log('Bad input: malformed requests must get a 4xx with a message and store nothing');
  const data = path.join(root, 'bad');
  const port = await freePort();
  const server = await startServer(port, data);
  const good = (over = {}) => ({ ...letter('B', 1), ...over });
  const json = (v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v));
  const J = { 'Content-Type': 'application/json', 'Accept-Language': 'en' };
  const F = { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'en' };
  const form = (o) => Buffer.from(new URLSearchParams(Object.entries(o).map(([k, v]) => [k, String(v)])).toString());
  const { privacy, ...noPrivacy } = good();
  const cases = [
    ['wrong type: title is a number', 'POST', '/api/letters', J, json({ ...good(), title: 5 }), [400]],
    ['wrong type: body is an object', 'POST', '/api/letters', J, json({ ...good(), body: { a: 1 } }), [400]],
    ['wrong type: privacy is an object', 'POST', '/api/letters', J, json({ ...good(), privacy: {} }), [400]],
    ['wrong type: key is an array', 'POST', '/api/letters', J, json({ ...good(), key: ['a'] }), [400]],
    ['JSON array', 'POST', '/api/letters', J, json('[1,2,3]'), [400]],
    ['JSON null', 'POST', '/api/letters', J, json('null'), [400]],
    ['truncated JSON', 'POST', '/api/letters', J, json('{"title": "abc'), [400]],
    ['empty body', 'POST', '/api/letters', J, Buffer.alloc(0), [400]],
    ['invalid UTF-8 in JSON', 'POST', '/api/letters', J, Buffer.concat([json('{"title": "'), Buffer.from([0xff, 0xfe]), json('"}')]), [400]],
    ['lone surrogate escape in JSON', 'POST', '/api/letters', J, json('{"title": "\\ud800abcd"}'), [400]],
    ['invalid UTF-8 in a form post', 'POST', '/api/letters', F, Buffer.from([0x74, 0x3d, 0xff, 0xfe]), [400]],
    ['invalid percent-encoded UTF-8 in a form post', 'POST', '/api/letters', F, Buffer.from('title=%FF%FE&privacy=on'), [400]],
    ['a form field twice', 'POST', '/api/letters', F, Buffer.from('title=abcd&title=efgh'), [400]],
    // As curl sends large bodies: the server refuses from Content-Length before the body.
    ['huge JSON body (1 MB, Expect: 100-continue)', 'POST', '/api/letters', { ...J, Expect: '100-continue' }, Buffer.alloc(1 << 20, 0x20), [413]],
    ['huge form body (65 KB)', 'POST', '/api/letters', F, form({ ...good(), body: 'x'.repeat(66_000) }), [413]],
    ['overlong header (20 KB)', 'POST', '/api/letters', { ...J, 'X-Filler': 'a'.repeat(20_000) }, json(good()), [431]],
    ['overlong URL (5 KB query)', 'POST', `/api/letters?lang=${'e'.repeat(5000)}`, J, json(good()), [414]],
    ['text/plain', 'POST', '/api/letters', { 'Content-Type': 'text/plain', 'Accept-Language': 'en' }, json(good()), [415]],
    ['no content type', 'POST', '/api/letters', { 'Accept-Language': 'en' }, json(good()), [415]],
    ['multipart form', 'POST', '/api/letters', { 'Content-Type': 'multipart/form-data; boundary=x', 'Accept-Language': 'en' }, json(good()), [415]],
    ['XML', 'POST', '/api/letters', { 'Content-Type': 'application/xml', 'Accept-Language': 'en' }, Buffer.from('<letter/>'), [415]],
    ['missing privacy consent (JSON)', 'POST', '/api/letters', J, json(noPrivacy), [422]],
    ['privacy consent "no" (form)', 'POST', '/api/letters', F, form({ ...good(), privacy: 'no' }), [422]],
    ['empty letter {}', 'POST', '/api/letters', J, json({}), [422]],
    ['anonymous (no name)', 'POST', '/api/letters', J, json(good({ name: '' })), [422]],
    ['no phone or email', 'POST', '/api/letters', J, json(good({ phone: '', email: '' })), [422]],
    ['phone with letters', 'POST', '/api/letters', J, json(good({ phone: 'call me maybe' })), [422]],
    ['email without a domain', 'POST', '/api/letters', J, json(good({ phone: '', email: 'me@localhost' })), [422]],
    ['mailbox ../../etc/passwd', 'POST', '/api/letters', J, json(good({ mailbox: '../../etc/passwd' })), [422]],
    ['unknown category', 'POST', '/api/letters', J, json(good({ category: 'lawsuit' })), [422]],
    ['title too long (41)', 'POST', '/api/letters', J, json(good({ title: '长'.repeat(41) })), [422]],
    ['body too long (1,001)', 'POST', '/api/letters', J, json(good({ body: '字'.repeat(1001) })), [422]],
    ['NUL byte in the title', 'POST', '/api/letters', J, json(good({ title: 'abc\u0000def' })), [422]],
    ['right-to-left override in the name', 'POST', '/api/letters', J, json(good({ name: '张\u202e三' })), [422]],
    ['SQL in the idempotency key', 'POST', '/api/letters', J, json(good({ key: "x'; DROP TABLE letters; --" })), [422]],
    ['idempotency key too short', 'POST', '/api/letters', J, json(good({ key: 'abc' })), [422]],
    ['PUT /api/letters', 'PUT', '/api/letters', J, json(good()), [405]],
    ['published ?page=abc', 'GET', '/api/letters/published?page=abc', { 'Accept-Language': 'en' }, undefined, [400]],
    ['published ?mailbox=../x', 'GET', '/api/letters/published?mailbox=../x', { 'Accept-Language': 'en' }, undefined, [400]],
  ];
  let tried = 0, rejected = 0;
  for (const [name, method, target, headers, body, allowed] of cases) {
    tried++;
    const r = await raw(port, method, target, headers, body);
    let message = '';
    try {
      const j = JSON.parse(r.body);
      message = j.error ?? (j.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ');
    } catch { /* not JSON */ }
    const clear = message && !/^(api|letter)-error/.test(message);
    const ok = allowed.includes(r.status) && clear;
    if (ok) rejected++;
    console.log(`  ${String(r.status).padEnd(6)} ${name}: ${message.slice(0, 110) || '(no message)'}`);
    if (!ok) fail(`${name}: ${r.status} ${message ? '' : 'without a message'} (expected ${allowed.join('/')})`);
  }
  tried++;
  const streamed = await chunked(port, 200_000);
  const streamedOk = streamed.status === 413 && JSON.parse(streamed.body || '{}').error;
  console.log(`  ${String(streamed.status).padEnd(6)} chunked body past the limit (200 KB): ${streamedOk || '(no message)'}`);
  if (streamedOk) rejected++; else fail(`chunked body past the limit: ${streamed.status}`);
  const storedAfterBad = exported(data).length;
  console.log(`  Bad input: tried = ${tried}, rejected = ${rejected}, stored = ${storedAfterBad}`);
  if (storedAfterBad !== 0) fail(`bad input stored ${storedAfterBad} letters`);

  // Text that looks like code is still text: stored as typed, returned as typed (JSON),
  // and escaped by whatever renders it.
  const texts = [
    ['<script> in the title and body', { title: '<script>alert(1)</script>', body: '<img src=x onerror=alert(1)> 请问通关时间？' }],
    ['SQL in the title and body', { title: "1' OR '1'='1", body: "'); DROP TABLE letters; -- 请问通关时间？" }],
    ['template and HTML entities', { title: '{{7*7}} &lt;b&gt;', body: '${7*7} &amp; <!-- 注释 --> 请问通关时间？' }],
    ['form post with <script>', { title: '<b>粗体</b>标题', body: '<script>document.cookie</script> 请问？' }, 'form'],
  ];
  let asText = 0;
  let aReceipt = null;
  for (const [i, [name, over, kind]] of texts.entries()) {
    const f = { ...letter('T', i), ...over };
    const r = kind === 'form'
      ? await raw(port, 'POST', '/api/letters', F, form(f))
      : await raw(port, 'POST', '/api/letters', J, json(f));
    let same = false;
    if (r.status === 201) {
      const receipt = JSON.parse(r.body);
      aReceipt ??= receipt;
      const look = await fetch(`http://127.0.0.1:${port}/api/letters/${receipt.number}?code=${receipt.code}`);
      same = look.status === 200 && (await look.json()).title === f.title.trim();
    }
    console.log(`  ${String(r.status).padEnd(6)} ${name}: ${same ? 'stored and returned exactly as typed' : 'NOT as typed'}`);
    if (same) asText++; else fail(`${name}: ${r.status}`);
  }
  const all = exported(data).length;
  const tables = await fetch(`http://127.0.0.1:${port}/api/letters/statistics`);
  console.log(`  Stored as text, rendered escaped: ${asText} of ${texts.length} (letters in the database: ${all}; statistics still ${tables.status})`);
  if (all !== texts.length || tables.status !== 200) fail('the text letters were not all stored, or the database broke');
  if (aReceipt) await lookupTiming(port, aReceipt);
  await kill(server);
}

try {
  await load();
  await crash();
  await badInput();
} catch (e) {
  fail(String(e?.stack ?? e));
} finally {
  for (const s of running) await kill(s, 'SIGKILL');
  fs.rmSync(root, { recursive: true, force: true });
}
console.log(`mailbox-load: ${unexpected === 0 ? 'all as expected' : `${unexpected} unexpected`}`);
process.exit(unexpected === 0 ? 0 : 1);
