/**
 * Writes the add-in's PNG icons (16, 32, 64, 80, 128 px) into addin/assets: a blue rounded
 * square with two crossing white bands (a crosswalk). No image library: raw RGBA → PNG via zlib.
 * Run with `npx tsx scripts/addin/make-icons.ts`; the PNGs are committed.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128] as const;
const out = join(import.meta.dirname, "..", "..", "addin", "assets");

function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function png(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const radius = size * 0.18;
  const band = Math.max(1, size * 0.14);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const cx = Math.min(x + 0.5, size - x - 0.5);
      const cy = Math.min(y + 0.5, size - y - 0.5);
      const inside = cx >= radius || cy >= radius || (radius - cx) ** 2 + (radius - cy) ** 2 <= radius ** 2;
      if (!inside) continue;
      const onBand = Math.abs(x - y) < band || Math.abs(x + y - (size - 1)) < band;
      const [r, g, b] = onBand ? [255, 255, 255] : [15, 108, 189];
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = 255;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array()),
  ]);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  for (const size of SIZES) writeFileSync(join(out, `icon-${size}.png`), png(size));
  process.stdout.write(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} to ${out}\n`);
}
