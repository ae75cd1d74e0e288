/**
 * Draws Lede's toolbar and store icons into public/icon/{16,32,48,128}.png, where WXT picks them
 * up for the manifest: a rounded square in Lede's accent blue with a bold white "L". Plain Node
 * (zlib), no image dependency; run `npx tsx scripts/make-icons.ts` after changing the drawing.
 * The script is a development tool: nothing under scripts/ ships in the extension.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const OUT = resolve(import.meta.dirname, '..', 'public', 'icon');

/** The accent of components/lede.css (light theme). */
const BACKGROUND: RGB = [0x0b, 0x57, 0xd0];
const FOREGROUND: RGB = [0xff, 0xff, 0xff];
/** Sub-samples per pixel side: edges are anti-aliased by coverage. */
const SAMPLES = 6;

type RGB = [number, number, number];

/** The shapes, in a unit square (0..1, y down). */
const CORNER_RADIUS = 0.22;
const L_STEM = { x0: 0.31, x1: 0.5, y0: 0.2, y1: 0.8 };
const L_FOOT = { x0: 0.31, x1: 0.73, y0: 0.62, y1: 0.8 };

function inRoundedSquare(x: number, y: number): boolean {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inRect(x: number, y: number, rect: { x0: number; x1: number; y0: number; y1: number }): boolean {
  return x >= rect.x0 && x < rect.x1 && y >= rect.y0 && y < rect.y1;
}

/** RGBA pixels of the icon at `size`, the colour of each pixel mixed by sub-sample coverage. */
export function drawIcon(size: number): Uint8Array {
  // The letter's edges snapped to whole pixels: crisp strokes at 16 px instead of grey smears.
  const snap = (r: typeof L_STEM) => ({
    x0: Math.round(r.x0 * size) / size, x1: Math.round(r.x1 * size) / size,
    y0: Math.round(r.y0 * size) / size, y1: Math.round(r.y1 * size) / size,
  });
  const stem = snap(L_STEM);
  const foot = snap(L_FOOT);
  const pixels = new Uint8Array(size * size * 4);
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let letter = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!inRoundedSquare(x, y)) continue;
          square++;
          if (inRect(x, y, stem) || inRect(x, y, foot)) letter++;
        }
      }
      const i = (py * size + px) * 4;
      const mix = square ? letter / square : 0;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(BACKGROUND[c]! * (1 - mix) + FOREGROUND[c]! * mix);
      pixels[i + 3] = Math.round((255 * square) / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A truecolour-with-alpha PNG of `pixels` (RGBA rows, no filtering). */
export function encodePng(size: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rows.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT, `${size}.png`);
  writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(file);
}
