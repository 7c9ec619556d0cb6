// Sizes of dist/: each file raw, gzip -9 and brotli (quality 11, what a host precompresses),
// then the first view of the home page and of an annual report page (the heaviest tables):
// the prerendered HTML (which carries its data, so no content JSON is fetched), the CSS, JS
// and wasm it links, and the emblem image.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { distFiles, compress } from './dist-files.mjs';

const dist = process.argv[2] ?? 'dist';
const files = distFiles(dist);

// The build's precompressed copies where there are (scripts/precompress.mjs), so each file
// is compressed once; the same settings for the rest.
const measure = (path) => {
  const data = readFileSync(path);
  const copies = existsSync(`${path}.br`) && existsSync(`${path}.gz`);
  const sizes = copies
    ? { gzip: statSync(`${path}.gz`).size, brotli: statSync(`${path}.br`).size }
    : (({ gzip, brotli }) => ({ gzip: gzip.length, brotli: brotli.length }))(compress(data));
  return { file: relative(dist, path), raw: data.length, ...sizes };
};
const rows = files.map(measure).sort((a, b) => b.brotli - a.brotli);
const pad = (s, n) => String(s).padStart(n);
const line = (r) => `${pad(r.raw, 10)} ${pad(r.gzip, 10)} ${pad(r.brotli, 10)}  ${r.file}`;
console.log(`${pad('raw', 10)} ${pad('gzip', 10)} ${pad('brotli', 10)}  file`);
rows.forEach((r) => console.log(line(r)));

// A first view: the page's prerendered HTML (which carries its data, so no content JSON is
// fetched), the CSS, JS and wasm it links (every page links the same ones) and the emblem.
const firstView = (page) => rows.filter((r) =>
  r.file === page ||
  r.file === 'emblem.svg' ||
  /^[^/]+\.(js|wasm|css)$/.test(r.file),
);
const sum = (view, k) => view.reduce((n, r) => n + r[k], 0);
for (const [what, page] of [['home', 'index.html'], ['a report page, /disclosure/reports/2021', 'disclosure/reports/2021/index.html']]) {
  const view = firstView(page);
  if (!view.some((r) => r.file === page)) {
    console.error(`size: ${page} is not in ${dist}`);
    process.exitCode = 1;
    continue;
  }
  const html = view.find((r) => r.file === page);
  console.log(`\nfirst view of ${what} (${view.map((r) => r.file).join(', ')}):`);
  console.log(`${pad(html.raw, 10)} ${pad(html.gzip, 10)} ${pad(html.brotli, 10)}  of which the page's HTML`);
  console.log(`${pad(sum(view, 'raw'), 10)} ${pad(sum(view, 'gzip'), 10)} ${pad(sum(view, 'brotli'), 10)}  total (goal: brotli <= 250000)`);
}
