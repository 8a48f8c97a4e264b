/** Draws the add-in icons (a green tile with a white tick) as PNGs; run once, outputs are committed. */
const fs = require("fs");
const zlib = require("zlib");

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function coverage(x, y) {
  // unit square coordinates; returns [tile, tick]
  const r = 0.2, m = 0.04;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r), cy = Math.min(Math.max(y, m + r), 1 - m - r);
  const tile = Math.hypot(x - cx, y - cy) <= r ? 1 : 0;
  const d = Math.min(segDist(x, y, 0.26, 0.52, 0.43, 0.69), segDist(x, y, 0.43, 0.69, 0.75, 0.33));
  return [tile, tile && d <= 0.075 ? 1 : 0];
}

function icon(size) {
  const rows = [];
  const S = 4;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let tile = 0, tick = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const [a, b] = coverage((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
          tile += a;
          tick += b;
        }
      tile /= S * S;
      tick /= S * S;
      const green = [16, 124, 65]; // Excel green
      const t = tile ? tick / tile : 0;
      const px = green.map((c) => Math.round(c * (1 - t) + 255 * t));
      row.set([...px, Math.round(255 * tile)], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(`assets/icon-${size}.png`, icon(size));
