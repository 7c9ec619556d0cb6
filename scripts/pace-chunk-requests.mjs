// Paces the chunk requests of wasm-split's loader (`__wasm_split.js`, written by
// wasm-split-cli; scripts/split-wasm runs this on it). A page needs its chunk and 20 to 58
// shared chunk files, and the loader asks for all of them at once: every `fetch` costs the
// main thread about 2 ms on a phone's CPU (4x slowdown), so that one task blocked input for
// 90-180 ms. This makes the loader start at most PER_TASK requests in a task and the rest
// in the tasks after it (docs/decisions/0004-wasm-size.md, "The main thread at startup").
// Fails if the loader no longer has the shape it patches (a new wasm-split-cli): better a
// failed build than a silently unpaced loader.
// scripts/size.mjs reads which files a page's chunk needs from this loader, in either form.
// Usage: node scripts/pace-chunk-requests.mjs dist/__wasm_split.js
import { readFileSync, writeFileSync } from 'node:fs';

const PER_TASK = 6;
const path = process.argv[2];
const source = readFileSync(path, 'utf8');
const REQUEST = /const src = fetch\((new URL\("\.\/[\w.]+\.wasm", import\.meta\.url\))\);/g;
const requests = source.match(REQUEST)?.length ?? 0;
if (requests === 0) {
  console.error(`pace-chunk-requests: no chunk request of the expected form in ${path}`);
  process.exit(1);
}
if (source.includes('function pacedFetch(')) {
  console.error(`pace-chunk-requests: ${path} is already paced`);
  process.exit(1);
}
const helper = `
// Added by scripts/pace-chunk-requests.mjs: at most ${PER_TASK} chunk requests start in one task.
const pacedWaiting = [];
let pacedStarted = 0;
let pacedTimer = false;
function pacedPump() {
    while (pacedWaiting.length && pacedStarted < ${PER_TASK}) { pacedStarted += 1; pacedWaiting.shift()(); }
    if (!pacedTimer && (pacedStarted || pacedWaiting.length)) {
        pacedTimer = true;
        setTimeout(() => { pacedTimer = false; pacedStarted = 0; pacedPump(); }, 0);
    }
}
function pacedFetch(url) {
    return new Promise((resolve, reject) => {
        pacedWaiting.push(() => fetch(url).then(resolve, reject));
        pacedPump();
    });
}
`;
// After the import line, which must stay first.
const firstLineEnd = source.indexOf('\n') + 1;
const paced = source.slice(0, firstLineEnd) + helper + source.slice(firstLineEnd).replace(REQUEST, 'const src = pacedFetch($1);');
writeFileSync(path, paced);
console.log(`pace-chunk-requests: ${requests} chunk requests, at most ${PER_TASK} per task`);
