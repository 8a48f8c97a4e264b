/**
 * Timing and number formatting shared by the benchmarks in this folder. Not a benchmark
 * itself: scripts/bench.js skips it.
 */

/** Milliseconds since `t0`, a performance.now() reading. */
const since = (t0) => performance.now() - t0;

/** Fastest of `runs` calls in milliseconds: the run least disturbed by other load on the machine. */
function best(runs, fn) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, since(t0));
  }
  return min;
}

/** Millions of `count` per second (MB/s for bytes), from a time in milliseconds. */
const millionsPerSecond = (count, ms) => count / 1e6 / (ms / 1000);

/** Fixed decimals, right-aligned to `width` so the figures line up in columns (0: no padding). */
const fmt = (x, digits = 1, width = 9) => x.toFixed(digits).padStart(width);

/** Bytes as KB (1024), formatted as fmt does. */
const kb = (bytes, digits = 1, width = 9) => fmt(bytes / 1024, digits, width);

/** A folder served over HTTP on 127.0.0.1 (a free port), uncached, for the page benchmarks. */
function serve(dir) {
  const fs = require("fs");
  const http = require("http");
  const path = require("path");
  const server = http.createServer((req, res) => {
    const file = path.normalize(path.join(dir, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return res.writeHead(404).end();
    const type = file.endsWith(".html") ? "text/html; charset=utf-8" : /\.m?js$/.test(file) ? "text/javascript" : "application/octet-stream";
    res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

module.exports = { since, best, millionsPerSecond, fmt, kb, serve };
