#!/usr/bin/env node
/** npm run bench: runs every benchmark in scripts/bench/ (each prints its own figures; none asserts). */
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const dir = path.join(__dirname, "bench");
const only = process.argv[2];
// measure.js holds the benchmarks' shared helpers; it is not a benchmark.
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".js") && f !== "measure.js").sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n=== ${file} ===`);
  execFileSync(process.execPath, [path.join(dir, file)], { stdio: "inherit" });
}
