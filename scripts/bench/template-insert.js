#!/usr/bin/env node
/**
 * Template insertion on the fake workbook (tests/support/fake-workbook.ts, office-addin-mock
 * underneath): context.sync() calls and request sizes for 10 vs 10,000 rows.
 *
 * src/excel is not part of lib/ (tsconfig.cli.json builds core, functions and cli only), so
 * this script compiles the TypeScript it requires on the fly with typescript.transpileModule
 * (no type check; `npx tsc --noEmit` does that). Request size = UTF-8 bytes of the JSON of
 * every set and call between two syncs, plus 250 bytes per call for Office.js's envelope;
 * Excel on the web refuses requests over 5 MB.
 */
const fs = require("fs");
const path = require("path");
const Module = require("module");
const ts = require("typescript");

const root = path.join(__dirname, "..", "..");
require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, esModuleInterop: true, resolveJsonModule: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};
// office-addin-mock needs only an enum from office-addin-manifest, which is ESM-only before Node 20.19.
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === "office-addin-manifest") return path.join(root, "tests/setup/office-addin-manifest-shim.ts");
  return resolve.call(this, request, ...rest);
};

const { buildTemplatePlan } = require(path.join(root, "src/core/template/plan.ts"));
const { getTemplate } = require(path.join(root, "src/templates/index.ts"));
const { applyTemplatePlanIn } = require(path.join(root, "src/excel/apply-template.ts"));
const { checkSelectionIn } = require(path.join(root, "src/excel/check-selection.ts"));
const { FakeWorkbook } = require(path.join(root, "tests/support/fake-workbook.ts"));
const { readTemplateRowsIn, writeActualsIn } = require(path.join(root, "src/excel/template-rows.ts"));
const { findStaleHelpersIn, refreshHelpersIn } = require(path.join(root, "src/excel/portable-refresh.ts"));
const { insertBalanceIn } = require(path.join(root, "src/excel/insert-balance.ts"));
const { buildBalanceWorkbookPlan } = require(path.join(root, "src/core/balance/workbook-plan.ts"));
const { YOUZHI_2017_WORKBOOK } = require(path.join(root, "src/core/balance/workbook-standard.ts"));
const { balanceSchools } = require(path.join(root, "tests/support/balance-schools.ts"));
const { kb, since } = require("./measure.js");

const LIMIT = 5 * 1024 * 1024;
const def = getTemplate("seed-000");
/** The 2008 plan's 43 rows repeated: real texts, quotes, formats and formulas. */
function plan(rows, mode = "live") {
  const repeated = Array.from({ length: rows }, (_, i) => ({ ...def.rows[i % def.rows.length], key: `r${i}` }));
  return buildTemplatePlan({ ...def, rows: repeated }, { mode });
}

const line = (label, rows, wb, ms) => {
  const sizes = wb.requestBytes();
  const largest = Math.max(...sizes);
  console.log(
    `  ${label.padEnd(22)} ${String(rows).padStart(6)} rows  syncs ${wb.syncs}  requests ${sizes.map((s) => `${kb(s, 1, 0)} KB`).join(" + ")}` +
      `  largest ${kb(largest)} KB (${((100 * largest) / LIMIT).toFixed(0)}% of 5 MB)  ${ms.toFixed(0)} ms`,
  );
  return { syncs: wb.syncs, largest };
};

/** The sheet the plan went to (the only one besides Sheet1). */
const p0SheetName = (wb) => wb.sheets[wb.sheets.length - 1].name;

async function main() {
  const out = {};
  console.log("applyTemplatePlan (new sheet), seed-000 rows repeated");
  for (const rows of [10, 10000]) {
    const p = plan(rows);
    const wb = new FakeWorkbook();
    const t0 = performance.now();
    await applyTemplatePlanIn(wb.context, p, { isSetSupported: () => true });
    out[`new-${rows}`] = line("new sheet", rows, wb, since(t0));
  }
  console.log("applyTemplatePlan at an empty selection");
  for (const rows of [10, 10000]) {
    const wb = new FakeWorkbook({ selection: "Sheet1!B3" });
    const t0 = performance.now();
    await applyTemplatePlanIn(wb.context, plan(rows), { isSetSupported: () => true, atSelection: true });
    out[`sel-${rows}`] = line("at selection", rows, wb, since(t0));
  }
  console.log("checkSelection");
  for (const rows of [10, 10000]) {
    for (const kind of ["typed", "helper"]) {
      const wb = new FakeWorkbook();
      const cells = {};
      for (let r = 0; r < rows; r++) {
        cells[`B${r + 2}`] = 0.9 + (r % 10) / 100;
        if (kind === "helper") cells[`A${r + 2}`] = ["≥99.2%", "3~5所", "≤0.5%", "1:15"][r % 4];
      }
      wb.putCells("Sheet1", cells);
      wb.selection = `Sheet1!B2:B${rows + 1}`;
      const t0 = performance.now();
      await checkSelectionIn(wb.context, kind === "typed" ? { target: "≥95%" } : { targetRange: `A2:A${rows + 1}` });
      out[`check-${kind}-${rows}`] = line(`check, ${kind} target`, rows, wb, since(t0));
    }
  }
  console.log("after insertion (portable table): syncs per operation, and time on the fake workbook");
  for (const rows of [10, 10000]) {
    const wb = new FakeWorkbook();
    const { tableName } = await applyTemplatePlanIn(wb.context, plan(rows, "portable"), { isSetSupported: () => true });
    const step = async (label, fn) => {
      const before = wb.syncs;
      const t0 = performance.now();
      await fn();
      const ms = since(t0);
      const largest = Math.max(0, ...wb.requestBytes().slice(before));
      out[`${label}-${rows}`] = { syncs: wb.syncs - before };
      return `${label} ${wb.syncs - before} (${ms.toFixed(0)} ms, largest request ${kb(largest, 1, 0)} KB)`;
    };
    const parts = [
      await step("readTemplateRows", () => readTemplateRowsIn(wb.context, tableName)),
      await step("writeActuals", () => writeActualsIn(wb.context, tableName, Array.from({ length: rows }, (_, row) => ({ row, value: 0.99 })))),
    ];
    // A tenth of the targets edited by hand, as a school would in WPS.
    const edits = {};
    for (let r = 0; r < rows; r += 10) edits[`E${r + 2}`] = "≥95%";
    wb.putCells(p0SheetName(wb), edits);
    parts.push(await step("findStaleHelpers", () => findStaleHelpersIn(wb.context)));
    parts.push(await step("refresh", () => refreshHelpersIn(wb.context, tableName, { isSetSupported: () => true })));
    console.log(`  ${String(rows).padStart(6)} rows  ${parts.join("  ")}`);
  }
  console.log("insertBalance (three new sheets, seeded school rows typed into the input sheet)");
  for (const mode of ["live", "portable"]) {
    for (const rows of [30, 3000]) {
      const schools = balanceSchools(rows, rows);
      const wb = new FakeWorkbook();
      const t0 = performance.now();
      await insertBalanceIn(
        wb.context,
        (taken) => buildBalanceWorkbookPlan(YOUZHI_2017_WORKBOOK, { mode, schools, existingSheetNames: taken.sheetNames, existingTableNames: taken.tableNames }),
        { isSetSupported: () => true },
      );
      out[`balance-${mode}-${rows}`] = line(`balance, ${mode}`, schools.length, wb, since(t0));
    }
  }
  const same = (a, b) => (out[a].syncs === out[b].syncs ? "equal" : "DIFFERENT");
  console.log(
    `sync counts 10 vs 10,000 rows: new sheet ${same("new-10", "new-10000")}, selection ${same("sel-10", "sel-10000")}, ` +
      `check typed ${same("check-typed-10", "check-typed-10000")}, check helper ${same("check-helper-10", "check-helper-10000")}, ` +
      ["readTemplateRows", "writeActuals", "findStaleHelpers", "refresh"].map((k) => `${k} ${same(`${k}-10`, `${k}-10000`)}`).join(", ") +
      `; balance 30 vs 3,000 rows: live ${same("balance-live-30", "balance-live-3000")}, portable ${same("balance-portable-30", "balance-portable-3000")}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
