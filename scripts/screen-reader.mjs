// Runs tests/screen-reader/journeys.mjs: each journey through ../shared/tools/orca.sh against
// the server at BASE, its transcript saved under OUT, its expectations checked. One line a
// journey, then `screen-reader: N passed, M failed`; exits 1 on any failure. JOURNEY=<name
// prefix> runs only those journeys.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { JOURNEYS, NEVER, byKey } from '../tests/screen-reader/journeys.mjs';

const [orca, base, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const started = Date.now();
let passed = 0;
let failed = 0;
// JOURNEY=<name prefix> runs only the journeys whose name starts with it.
for (const journey of JOURNEYS.filter((j) => !process.env.JOURNEY || j.name.startsWith(process.env.JOURNEY))) {
  const slug = journey.name.split(':')[0];
  const args = [orca, '-n', '-m', '-L', journey.lang ?? 'en-US', base + journey.path, ...journey.keys];
  // Orca now and then misses the first key while Chromium settles: one retry per journey.
  let problems = [];
  let notes = [];
  let transcript = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    const run = spawnSync('bash', args, { encoding: 'utf8', timeout: 150_000 });
    transcript = run.stdout ?? '';
    writeFileSync(`${out}/${slug}.txt`, `# ${journey.name}\n# keys: ${journey.keys.join(' ')}\n${transcript}`);
    problems = [];
    if (run.status !== 0) problems.push(`orca.sh exited ${run.status}: ${(run.stderr ?? '').trim().split('\n').pop()}`);
    let from = 0;
    for (const pattern of journey.heard) {
      const match = pattern.exec(transcript.slice(from));
      if (!match) {
        problems.push(`not heard (in order): ${pattern}`);
        break;
      }
      from += match.index + match[0].length;
    }
    for (const pattern of journey.once ?? []) {
      const count = transcript.split('\n').filter((line) => pattern.test(line)).length;
      if (count !== 1) problems.push(`heard ${count} times, not once: ${pattern}`);
    }
    notes = [];
    for (const rule of NEVER) {
      for (const { key, said } of byKey(transcript)) {
        const text = rule.except ? said.replace(rule.except, '') : said;
        if (rule.keys.test(key) && rule.heard.test(text)) (rule.known ? notes : problems).push(`after key ${key}: ${rule.what}`);
      }
    }
    if (problems.length === 0) break;
  }
  for (const note of notes) console.log(`note  ${journey.name}: ${note} (known finding; ${out}/${slug}.txt)`);
  if (problems.length === 0) {
    passed++;
    console.log(`ok    ${journey.name}`);
  } else {
    failed++;
    console.log(`FAIL  ${journey.name}\n      ${problems.join('\n      ')}\n      transcript: ${out}/${slug}.txt`);
  }
}
console.log(`screen-reader suite: ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`screen-reader: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
