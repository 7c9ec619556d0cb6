// Makes each lazy island one wasm file (scripts/split-wasm runs this on wasm-split-cli's
// output, before wasm-opt). wasm-split cuts the code the lazy islands share into a chunk per
// set of islands that use it: an island needed its own chunk and 15 to 35 shared ones, each
// compressed on its own, so the first view of its page paid for the lost compression
// context and for every chunk's own import and table entries (8 to 23 KB brotli an island,
// docs/decisions/0015-spa-or-islands.md). A page has at most one lazy island, and every
// link is a page load, so nothing is gained by sharing chunks between islands: here each
// island's chunk and the shared chunks it needs become one module (binaryen's wasm-merge),
// which wasm-opt then optimises as a whole, and the loader fetches that one file.
//
// The chunks all import the main module's memory, table and stack pointer from
// `__wasm_split`. wasm-merge would give each input its own memory, so a small hub module
// named `__wasm_split` is merged first: it imports those from `split_env` and exports them,
// and every chunk's imports resolve to it. The loader passes the shared imports as
// `split_env`. Fails when the loader does not have the shape it rewrites (a new
// wasm-split-cli): better a failed build than a page without its island.
// Usage: node scripts/merge-island-chunks.mjs <wasm-split output dir>
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const loaderPath = join(dir, '__wasm_split.js');
let source = readFileSync(loaderPath, 'utf8');
const fail = (why) => {
  console.error(`merge-island-chunks: ${why} (${loaderPath})`);
  process.exit(1);
};
const features = ['--enable-bulk-memory', '--enable-reference-types', '--enable-multivalue', '--enable-sign-ext',
  '--enable-nontrapping-float-to-int', '--enable-mutable-globals'];
// binaryen warns about each name subsection it does not know; nothing to act on.
const run = (tool, args) => execFileSync(tool, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 }).toString();

// `const __chunk_N = makeLoad(() => { ...fetch(new URL("./chunk_N.wasm"...)... }, []);`
const CHUNK = /(?:\/\*[^*]*\*\/\n)?const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+\.wasm)", import\.meta\.url\)\);[\s\S]*?\n\}\n, \[\]\);\n/g;
const chunkFiles = new Map([...source.matchAll(CHUNK)].map((m) => [m[1], m[2]]));
// `export const __wasm_split_load_<island>_loader_<hash> = wrapAsyncCb(makeLoad(() => {...}, [deps]));`
const ISLAND = /(export const __wasm_split_load_(\w+)_loader_\d+ = wrapAsyncCb\()(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+\.wasm)", import\.meta\.url\)\);\s*src\.catch\(\(\) => \{\}\);\s*return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, )imports(\)\);\s*\}\s*, )\[([^\]]*)\]\)(\);)/g;
const islands = [...source.matchAll(ISLAND)];
if (islands.length === 0) fail('no island loader of the expected form');

// The hub: every `__wasm_split` import of the chunks, imported from `split_env` and exported.
const imports = new Map();
const watOf = (file) => run('wasm-dis', [join(dir, file)]);
for (const [, , , , own] of islands) {
  for (const m of watOf(own).matchAll(/^ \(import "__wasm_split" "(\w+)" \((memory|table|global) \$[^\s)]+ (.*)\)\)$/gm)) {
    imports.set(m[1], [m[2], m[3]]);
  }
}
if (!imports.has('memory')) fail('the island chunks import no memory from __wasm_split');
const hub = join(dir, 'hub.wat');
writeFileSync(hub, `(module\n${[...imports].map(([name, [kind, type]], i) =>
  ` (import "split_env" "${name}" (${kind} $i${i} ${type}))\n (export "${name}" (${kind} $i${i}))`).join('\n')}\n)\n`);
run('wasm-as', [...features, hub, '-o', join(dir, 'hub.wasm')]);

const loads = [];
for (const [whole, exported, name, load, own, tail, deps, end] of islands) {
  const files = [own, ...deps.split(',').map((d) => d.trim()).filter(Boolean).map((d) => chunkFiles.get(d) ?? fail(`${d} is not a chunk`))];
  const inputs = files.flatMap((f) => [join(dir, f), f.replace(/\.wasm$/, '')]);
  const merged = join(dir, `merged_${own}`);
  run('wasm-merge', [...features, join(dir, 'hub.wasm'), '__wasm_split', ...inputs, '-o', merged]);
  // The island's module is the merged one, under the island chunk's name.
  renameSync(merged, join(dir, own));
  // The island's load, by its name, for loadIsland below; the export Leptos calls uses it.
  const island = `__island_${name}`;
  source = source.replace(whole, `const ${island} = ${load}{ split_env: imports.__wasm_split }${tail}[]);\n${exported}${island}${end}`);
  loads.push(`    ${name}: ${island},`);
}
// Leptos's lazy island panics when its module cannot be fetched; boot.js asks for the
// module first (the same memoised load the island then uses) and leaves an island whose
// module does not arrive as HTML, with the notice.
source += `
// Added by scripts/merge-island-chunks.mjs: loads a lazy island's module (snake_case name),
// before its hydration asks for it; a rejection means the island cannot run.
const islandLoads = {
${loads.join('\n')}
};
export function loadIsland(name) {
    const load = islandLoads[name];
    return load ? load() : Promise.resolve();
}
`;
// The shared chunks are inside the islands' modules now.
source = source.replace(CHUNK, '');
if (/__chunk_\d+/.test(source)) fail('a chunk is still referenced');
for (const file of chunkFiles.values()) rmSync(join(dir, file));
rmSync(hub);
rmSync(join(dir, 'hub.wasm'));
writeFileSync(loaderPath, source);
console.log(`merge-island-chunks: ${islands.length} islands, ${chunkFiles.size} shared chunks merged into them`);
