// What blocks the main thread while a page starts, from a Chromium trace taken with the CPU
// slowed 4x (Lighthouse's mobile CPU) and no network throttling. For each page it prints the
// total blocking time as Lighthouse counts it (each task's time over 50 ms, from the first
// contentful paint on, until a second after the app is ready), and every task over 50 ms
// with what took its time: script evaluation, wasm compilation, JSON parsing, style and
// layout, and the app's own phases (performance marks `portal:*` that src/browser.rs and public/boot.js set).
// DETAIL=1 also prints the 25 trace events that took most of each long task.
// Usage: node scripts/main-thread.mjs BASE_URL PATH...   (scripts/main-thread starts the
// server and passes the default pages). RUNS=n repeats each page (default 3) and prints each.
import { chromium } from '@playwright/test';

const [base, ...paths] = process.argv.slice(2);
const runs = Number(process.env.RUNS ?? 3);
const SLOWDOWN = 4;
const LONG = 50;

// Trace event names grouped into what a reader of the figures needs.
const KINDS = [
  ['wasm compile', /^(v8\.wasm\.(compile|streaming|instantiate)|wasm\.|v8\.wasm)/i],
  ['script compile', /^(v8\.compile|V8\.CompileCode|v8\.compileModule|CompileScript|v8\.produceModuleCache)/],
  ['JSON parse', /JSON/i],
  ['GC', /^(MinorGC|MajorGC|V8\.GC|BlinkGC|GCEvent)/],
  ['style + layout', /^(UpdateLayoutTree|Layout|RecalculateStyles|ScheduleStyleRecalculation|PrePaint|Paint|UpdateLayerTree|Layerize|HitTest)/],
  ['HTML parse', /^ParseHTML$/],
];

function kindOf(name) {
  for (const [kind, re] of KINDS) if (re.test(name)) return kind;
  return null;
}

async function trace(browser, url) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute',
        'disabled-by-default-v8.compile', 'blink.user_timing', 'loading', 'blink',
      ],
    },
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => ['ready', 'failed', 'static', 'off'].includes(document.documentElement.dataset.app), null, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  const app = await page.evaluate(() => document.documentElement.dataset.app);
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  return { events, app };
}

function analyse(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
    && events.some((f) => f.pid === e.pid && f.name === 'firstContentfulPaint'));
  if (!main) throw new Error('no renderer main thread with a first contentful paint in the trace');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const fcp = events.find((e) => e.pid === main.pid && e.name === 'firstContentfulPaint')?.ts ?? 0;
  const tasks = onMain.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur)
    .sort((a, b) => a.ts - b.ts);
  // Nested RunTasks count once: keep the outermost.
  const top = [];
  for (const t of tasks) {
    const last = top[top.length - 1];
    if (last && t.ts < last.ts + last.dur) continue;
    top.push(t);
  }
  // A mark is in the trace more than once (user timing and the timeline): keep one per name and time.
  const marks = [...new Map(events.filter((e) => e.cat?.includes('blink.user_timing') && e.name?.startsWith('portal:'))
    .map((e) => [`${e.name}@${Math.round(e.ts / 1000)}`, e])).values()];
  let tbt = 0;
  const long = [];
  for (const t of top) {
    const ms = t.dur / 1000;
    if (ms <= LONG) continue;
    // As Lighthouse counts it: the time over 50 ms, but only the part after the first paint.
    tbt += Math.max(0, Math.min((t.ts + t.dur - fcp) / 1000, ms - LONG));
    // Self time by kind: the innermost events of a known kind inside this task.
    const inside = onMain.filter((e) => e.ph === 'X' && e.dur && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t);
    const byKind = new Map();
    const counted = [];
    for (const e of inside.sort((a, b) => b.dur - a.dur)) {
      const kind = kindOf(e.name);
      if (!kind) continue;
      if (counted.some((c) => e.ts >= c.ts && e.ts + e.dur <= c.ts + c.dur)) continue;
      counted.push(e);
      byKind.set(kind, (byKind.get(kind) ?? 0) + e.dur / 1000);
    }
    const phases = marks.filter((m) => m.ts >= t.ts && m.ts <= t.ts + t.dur).map((m) => m.name.replace('portal:', ''));
    const scripts = inside.filter((e) => e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction')
      .map((e) => (e.args?.data?.url ?? '').split('/').pop()).filter(Boolean);
    if (process.env.DETAIL) {
      const names = new Map();
      for (const e of inside) names.set(e.name, (names.get(e.name) ?? 0) + e.dur / 1000);
      console.log([...names].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(' | '));
    }
    long.push({ start: (t.ts - fcp) / 1000, ms, byKind, phases, scripts: [...new Set(scripts)] });
  }
  return { tbt, long };
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const path of paths) {
  for (let run = 1; run <= runs; run += 1) {
    const { events, app } = await trace(browser, base + path);
    const { tbt, long } = analyse(events);
    console.log(`${path}  run ${run}: TBT ${tbt.toFixed(0)} ms, ${long.length} long tasks, app ${app}`);
    for (const t of long) {
      const kinds = [...t.byKind].sort((a, b) => b[1] - a[1]).map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', ');
      console.log(`  +${t.start.toFixed(0).padStart(5)} ms  ${t.ms.toFixed(0).padStart(4)} ms  ${kinds || '-'}${t.phases.length ? `  [${t.phases.join(' ')}]` : ''}${t.scripts.length ? `  (${t.scripts.join(' ')})` : ''}`);
    }
  }
}
await browser.close();
