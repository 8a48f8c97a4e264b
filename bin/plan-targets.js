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
// `plan-targets extract … | head` closes the pipe early: that is not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
Promise.resolve(
  cli.main(process.argv.slice(2), {
    out: (line) => process.stdout.write(line + "\n"),
    err: (line) => process.stderr.write(line + "\n"),
  }),
).then((code) => {
  process.exitCode = code;
});
