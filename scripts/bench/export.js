#!/usr/bin/env node
/**
 * .xlsx export (plan-targets workbook) for 10 vs 10,000 rows: time to build the plan, time
 * to write the file, and its size, in portable and live mode. Then, when LibreOffice is
 * installed, the time it takes to open and recalculate the 10,000-row portable file (a
 * project-local profile with OOXMLRecalcMode=0, as the tests use). Uses lib/ (npm run bench
 * builds it first). Prints figures; asserts nothing.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const root = path.join(__dirname, "..", "..");
const { buildTemplatePlan } = require(path.join(root, "lib/core/template/plan.js"));
const { getTemplate } = require(path.join(root, "lib/templates/index.js"));
const { planToXlsx } = require(path.join(root, "lib/xlsx/template-workbook.js"));
const { fmt, kb, since } = require("./measure.js");

const def = getTemplate("seed-000");
/** The 2008 plan's 43 rows repeated: real texts, quotes, formats and every kind of formula. */
function definition(rows) {
  return { ...def, rows: Array.from({ length: rows }, (_, i) => ({ ...def.rows[i % def.rows.length], key: `r${i}` })) };
}

function soffice() {
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, "soffice"))) return path.join(dir, "soffice");
  }
  return null;
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-bench-"));
  try {
    await planToXlsx(buildTemplatePlan(definition(10))); // warm up: module loading, JIT
    console.log("plan → .xlsx (ExcelJS), seed-000 rows repeated");
    let big = null;
    for (const mode of ["portable", "live"]) {
      for (const rows of [10, 10000]) {
        let t = performance.now();
        const plan = buildTemplatePlan(definition(rows), { mode });
        const build = since(t);
        t = performance.now();
        const bytes = await planToXlsx(plan);
        const write = since(t);
        console.log(`  ${mode.padEnd(8)} ${String(rows).padStart(6)} rows  build ${fmt(build, 0, 6)} ms  export ${fmt(write, 0, 6)} ms  file ${kb(bytes.length, 0, 6)} KB`);
        if (mode === "portable" && rows === 10000) {
          big = path.join(tmp, "in", "portable-10000.xlsx");
          fs.mkdirSync(path.dirname(big));
          fs.writeFileSync(big, bytes);
        }
      }
    }

    const bin = soffice();
    if (!bin) {
      console.log("LibreOffice round trip: soffice not installed, skipped");
      return;
    }
    const profile = path.join(tmp, "profile");
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(
      path.join(profile, "user", "registrymodifications.xcu"),
      '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>\n',
    );
    const args = (file) => ["-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", path.join(tmp, "out"), file];
    const small = path.join(tmp, "in", "portable-10.xlsx");
    fs.writeFileSync(small, await planToXlsx(buildTemplatePlan(definition(10), { mode: "portable" })));
    execFileSync(bin, args(small), { stdio: "ignore" }); // first run creates the profile
    for (const file of [small, big]) {
      const t = performance.now();
      execFileSync(bin, args(file), { stdio: "ignore", timeout: 600000 });
      console.log(`LibreOffice open + recalculate + save, ${path.basename(file)}: ${since(t).toFixed(0)} ms`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
