#!/usr/bin/env node
// Thin launcher: the command line is compiled to lib/ by `npm run build`.
let cli;
try {
  cli = require("../lib/cli/plan-targets.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    console.error("plan-targets 尚未构建：请先运行 npm run build。 (not built yet: run npm run build)");
    process.exit(2);
  }
  throw e;
}
const code = cli.main(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
});
process.exitCode = code;
