/**
 * Chinese Excel registers the PLAN functions under their Chinese names: English names written
 * through `formulas` read back #NAME? (office-js #891, #6614). The fake's localized mode shows
 * the failure; the applier probes first and writes formulasLocal, or portable formulas.
 */
import { applyTemplatePlanIn, PROBE_RETRIES } from "../../src/excel/apply-template";
import { buildTemplatePlan } from "../../src/core/template";
import { getTemplate } from "../../src/templates";
import zh from "../../src/functions/functions.zh-cn.json";
import { FakeWorkbook } from "../support/fake-workbook";
import { STRINGS } from "../../src/taskpane/i18n/strings";

const LOCAL_NAMES = Object.fromEntries(Object.entries(zh).map(([id, t]) => [id, t.name]));
const DEF = getTemplate("seed-000")!;
const live = (rows = DEF.rows) => buildTemplatePlan({ ...DEF, rows }, { mode: "live" });
const portable = (rows = DEF.rows) => buildTemplatePlan({ ...DEF, rows }, { mode: "portable" });
const instant = async () => undefined;

/** Every formula cell of the sheet: its formula and what it reads back. */
function formulaCells(wb: FakeWorkbook, sheet: string) {
  return [...wb.sheet(sheet).cells.values()].filter((c) => c.formula !== undefined);
}

test("control, before the fix: English PLAN names written through formulas show #NAME? in Chinese Excel; formulasLocal with the Chinese name works", async () => {
  const wb = new FakeWorkbook({ functions: "localized", localNames: LOCAL_NAMES });
  const sheet = wb.context.workbook.worksheets.getItem("Sheet1");
  sheet.getRange("A1").formulas = [["=PLAN.TARGET_STATUS(1,1)"]];
  sheet.getRange("A2").formulasR1C1 = [["=PLAN.TARGET_GAP(1,1)"]];
  sheet.getRange("A3").formulasLocal = [["=PLAN.目标状态(1,1)"]];
  const read = sheet.getRange("A1:A3");
  read.load("values");
  await wb.context.sync();
  expect(read.values).toEqual([["#NAME?"], ["#NAME?"], [0]]);
  // The old applier (no probe, no language) leaves every live formula at #NAME? there.
  const old = new FakeWorkbook({ functions: "localized", localNames: LOCAL_NAMES });
  const result = await applyTemplatePlanIn(old.context, live(), { displayLanguage: null, wait: instant });
  expect(result.functions).toBe("unavailable");
  const cells = formulaCells(old, result.sheetName).filter((c) => /PLAN\./.test(c.formula as string));
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.every((c) => c.result === "#NAME?")).toBe(true);
});

test("Chinese Excel: the table's PLAN formulas go through formulasLocal with the Chinese names, and work", async () => {
  for (const n of [10, 2000]) {
    const rows = Array.from({ length: n }, (_, i) => ({ ...DEF.rows[i % DEF.rows.length], key: `r${i}` }));
    const wb = new FakeWorkbook({ functions: "localized", localNames: LOCAL_NAMES });
    const result = await applyTemplatePlanIn(wb.context, live(rows), { displayLanguage: "zh-CN", portable: portable(rows), wait: instant });
    expect(result.functions).toBe("localized");
    expect(result.syncs).toBe(3); // read, probe, write: the same for 10 and 2,000 rows
    const plan = formulaCells(wb, result.sheetName).filter((c) => /PLAN\./.test(c.formula as string));
    expect(plan.length).toBe(3 * n); // 差距, 进度, 状态 of every row
    expect(plan.every((c) => c.result !== "#NAME?")).toBe(true);
    expect(plan.some((c) => (c.formula as string).includes("PLAN.目标状态("))).toBe(true);
    // The probe cells were overwritten by the header.
    expect(wb.cell(result.sheetName, "A1")?.value).toBe("序号");
    expect(wb.cell(result.sheetName, "B1")?.value).toBe("领域");
  }
});

test("English Excel: English names, through R1C1 as before, whatever the display language", async () => {
  const wb = new FakeWorkbook();
  const result = await applyTemplatePlanIn(wb.context, live(), { displayLanguage: "zh-CN", portable: portable(), wait: instant });
  expect(result.functions).toBe("english");
  expect(wb.writes().some((e) => e.name === "formulasLocal" && !e.target.endsWith("!B1"))).toBe(false);
  expect(formulaCells(wb, result.sheetName).every((c) => c.result !== "#NAME?")).toBe(true);
});

test("no PLAN functions at all (add-in runtime not loaded): the portable table instead, and a sentence in Chinese and English", async () => {
  const wb = new FakeWorkbook({ functions: "none" });
  const result = await applyTemplatePlanIn(wb.context, live(), { displayLanguage: "zh-CN", portable: portable(), wait: instant });
  expect(result.functions).toBe("portable");
  expect(result.syncs).toBe(3);
  const cells = formulaCells(wb, result.sheetName);
  expect(cells.some((c) => /PLAN\./.test(c.formula as string))).toBe(false);
  expect(wb.tables[0].address).toBe(`A1:U${DEF.rows.length + 1}`); // the portable columns, helpers included
  expect(wb.cell(result.sheetName, "O1")?.value).toBe("辅助·目标");
  expect(STRINGS["zh-CN"].templates.fellBackPortable).toMatch(/#NAME\?.*便携公式/);
  expect(STRINGS["en-US"].templates.fellBackPortable).toMatch(/#NAME\?.*portable formulas/);
});

test("a probe that shows #BUSY! is read again after a short wait, a bounded number of times", async () => {
  const wb = new FakeWorkbook({ busyReads: 2 });
  const waits: number[] = [];
  const result = await applyTemplatePlanIn(wb.context, live(), { portable: portable(), wait: async (ms) => void waits.push(ms) });
  expect(result.functions).toBe("english");
  expect(waits).toHaveLength(2);
  expect(result.syncs).toBe(5);
  const stuck = new FakeWorkbook({ busyReads: 100 });
  const forever = await applyTemplatePlanIn(stuck.context, live(), { portable: portable(), wait: instant });
  // #BUSY! only shows for a function Excel knows: after the retries, the English names stand.
  expect(forever.functions).toBe("english");
  expect(forever.syncs).toBe(2 + PROBE_RETRIES + 1); // read, probe, the re-reads, write: bounded
  expect(PROBE_RETRIES).toBeLessThanOrEqual(3);
});

test("at a selection, the cells the portable fallback would need are checked empty too", async () => {
  const wb = new FakeWorkbook({ functions: "none", selection: "Sheet1!A1" });
  wb.putCells("Sheet1", { T3: "别覆盖" }); // column T is a portable helper column, beyond the live table's N
  const err = await applyTemplatePlanIn(wb.context, live(), { atSelection: true, portable: portable(), wait: instant }).catch((e) => e);
  expect(err.code).toBe("not_empty");
  expect(wb.cell("Sheet1", "T3")?.value).toBe("别覆盖");
  expect(wb.writes()).toEqual([]);
});
