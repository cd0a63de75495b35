// Draws the app's icons (a receipt on a teal tile) and writes them as PNGs into public/icons.
// Run with `npm run icons`; the PNGs are committed, so builds do not depend on this script.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "public", "icons");
mkdirSync(out, { recursive: true });

const TEAL = [15, 118, 110];
const TEAL_DARK = [17, 94, 89];
const WHITE = [255, 255, 255];
const INK = [15, 118, 110];

// Signed distances (negative inside) in a unit square whose centre is (0.5, 0.5).
const roundedBox = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};

/** The receipt: a paper strip with a zig-zag foot and three printed lines, scaled into `scale` of the tile. */
function receipt(x, y, scale) {
  const u = (x - 0.5) / scale + 0.5;
  const v = (y - 0.5) / scale + 0.5;
  const teeth = 5;
  const left = 0.2, right = 0.8, top = 0.12, bottom = 0.86;
  const phase = ((u - left) / (right - left)) * teeth;
  const tooth = Math.abs(phase - Math.floor(phase) - 0.5) * 2; // 1 at the tips, 0 in the notches
  const foot = bottom - 0.05 * (1 - tooth);
  const inPaper = u > left && u < right && v > top && v < foot;
  if (!inPaper) return null;
  const line = (y0, x1) => v > y0 && v < y0 + 0.055 && u > 0.3 && u < x1;
  if (line(0.26, 0.7) || line(0.4, 0.62) || line(0.54, 0.7)) return INK;
  if (v > 0.68 && v < 0.76 && u > 0.48 && u < 0.7) return TEAL_DARK;
  return WHITE;
}

function draw(size, { maskable }) {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          const inTile = maskable || roundedBox(x, y, 0.5, 0.5, 0.5, 0.5, 0.22) <= 0;
          if (!inTile) continue;
          const shade = 1 - 0.12 * y;
          const colour = receipt(x, y, maskable ? 0.62 : 0.78) ?? TEAL.map((c) => c * shade);
          r += colour[0]; g += colour[1]; b += colour[2]; a += 255;
        }
      }
      const n = samples * samples;
      const i = (py * size + px) * 4;
      const coverage = a / 255;
      pixels[i] = coverage ? Math.round(r / coverage) : 0;
      pixels[i + 1] = coverage ? Math.round(g / coverage) : 0;
      pixels[i + 2] = coverage ? Math.round(b / coverage) : 0;
      pixels[i + 3] = Math.round(a / n);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // no filter
    Buffer.from(pixels.buffer, y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const icons = [
  ["icon-192.png", 192, { maskable: false }],
  ["icon-512.png", 512, { maskable: false }],
  ["maskable-512.png", 512, { maskable: true }],
  // iOS draws its own rounded corners and shows transparency as black: give it the full-bleed tile.
  ["apple-touch-icon.png", 180, { maskable: true }],
];
for (const [name, size, options] of icons) {
  writeFileSync(join(out, name), png(size, draw(size, options)));
  console.log(`wrote ${name}`);
}
