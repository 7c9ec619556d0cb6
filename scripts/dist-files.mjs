// What scripts/precompress.mjs and scripts/size.mjs share: the files of a built dist/ and
// the one way we compress them (gzip level 9, brotli quality 11).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Every file under `root`, without the `.br` / `.gz` copies the build writes beside them. */
export function distFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/\.(br|gz)$/.test(name)) files.push(path);
    }
  };
  walk(root);
  return files;
}

/** `data` compressed both ways, as the server sends it. */
export function compress(data) {
  return {
    gzip: gzipSync(data, { level: 9 }),
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
  };
}
