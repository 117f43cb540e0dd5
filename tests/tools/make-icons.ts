/**
 * Draws the extension's icon (a calm green disc with a pause mark) at the sizes browsers ask for and
 * writes public/icon/<size>.png. Run once after changing the design: `npx tsx tests/tools/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN = [47, 111, 94];
const LIGHT = [227, 240, 235];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Coverage of pixel (x, y) by a shape, from a 4×4 supersample: smooth edges at 16 px. */
function cover(size: number, x: number, y: number, inside: (u: number, v: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) n++;
  return n / 16;
}

function icon(size: number): Buffer {
  const rows: Buffer[] = [];
  const disc = (u: number, v: number) => (u - 0.5) ** 2 + (v - 0.5) ** 2 <= 0.47 ** 2;
  const bar = (u: number, v: number) => v >= 0.3 && v <= 0.7 && ((u >= 0.35 && u <= 0.45) || (u >= 0.55 && u <= 0.65));
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const a = cover(size, x, y, disc);
      const b = cover(size, x, y, bar);
      const rgb = GREEN.map((g, i) => Math.round(g * (1 - b) + LIGHT[i]! * b));
      row.set([...rgb, Math.round(a * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
console.log('wrote public/icon/{16,32,48,128}.png');
