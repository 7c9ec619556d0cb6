// Draws public/share-icon.png, the square image of link cards (og:image): WeChat shows no
// SVG in a shared card, so the emblem (public/emblem.svg: a gold ring, a red disc, a gold
// star) is drawn here again as a 300 x 300 PNG (the smallest size WeChat's card takes
// without blurring), with 4 x 4 samples a pixel for smooth edges. Node's own zlib, no
// image library. Run after changing the emblem: node scripts/share-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 300;
const SAMPLES = 4;
const GOLD = [0xd4, 0xa0, 0x17];
const RED = [0x8f, 0x1c, 0x1c];
const WHITE = [0xff, 0xff, 0xff];
// The emblem's 40-unit drawing, scaled to 260 px and centred.
const SCALE = 260 / 40;
const OFFSET = (SIZE - 260) / 2;
const STAR = [[20, 9], [22.6, 16.9], [31, 16.9], [24.3, 21.8], [26.9, 29.7], [20, 24.8], [13.1, 29.7], [15.7, 21.8], [9, 16.9], [17.4, 16.9]];

function inPolygon(x, y, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The colour at a point of the 40-unit drawing. */
function colourAt(x, y) {
  const r = Math.hypot(x - 20, y - 20);
  if (r > 19) return WHITE;
  if (r > 15) return GOLD;
  return inPolygon(x, y, STAR) ? GOLD : RED;
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 3); // filter byte 0, then RGB
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = (px + (sx + 0.5) / SAMPLES - OFFSET) / SCALE;
        const y = (py + (sy + 0.5) / SAMPLES - OFFSET) / SCALE;
        colourAt(x, y).forEach((v, i) => (sum[i] += v));
      }
    }
    sum.forEach((v, i) => (row[1 + px * 3 + i] = Math.round(v / (SAMPLES * SAMPLES))));
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 2; // truecolour RGB
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = new URL('../public/share-icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`share-icon: ${png.length} bytes, ${SIZE} x ${SIZE}`);
