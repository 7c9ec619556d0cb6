// Sizes of dist/: each file raw, gzip -9 and brotli (quality 11, what a host precompresses),
// then the first view of the home page: the prerendered index.html (which carries its data,
// so no content JSON is fetched), the CSS, JS and wasm it links, and the emblem image.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!/\.(br|gz)$/.test(name)) files.push(path); // not the precompressed copies
  }
};
walk(dist);

const measure = (path) => {
  const data = readFileSync(path);
  return {
    file: relative(dist, path),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
};
const rows = files.map(measure).sort((a, b) => b.brotli - a.brotli);
const pad = (s, n) => String(s).padStart(n);
const line = (r) => `${pad(r.raw, 10)} ${pad(r.gzip, 10)} ${pad(r.brotli, 10)}  ${r.file}`;
console.log(`${pad('raw', 10)} ${pad('gzip', 10)} ${pad('brotli', 10)}  file`);
rows.forEach((r) => console.log(line(r)));

const firstView = rows.filter((r) =>
  r.file === 'index.html' ||
  r.file === 'emblem.svg' ||
  /^[^/]+\.(js|wasm|css)$/.test(r.file),
);
const sum = (k) => firstView.reduce((n, r) => n + r[k], 0);
console.log(`\nfirst view of home (${firstView.map((r) => r.file).join(', ')}):`);
console.log(`${pad(sum('raw'), 10)} ${pad(sum('gzip'), 10)} ${pad(sum('brotli'), 10)}  total (goal: brotli <= 250000)`);
