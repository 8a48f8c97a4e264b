/**
 * Inserting the balance workbook on the fake workbook: three new sheets, cross-sheet formulas
 * that name the sheets actually created, the same syncs for 30 and 3,000 school rows with every
 * request under 5 MB, and a refusal before the first write.
 */
import zh from "../../src/functions/functions.zh-cn.json";
import { buildBalanceWorkbookPlan, schoolKeys, type BalanceWorkbookOptions } from "../../src/core/balance/workbook-plan";
import { YOUZHI_2017_WORKBOOK as STD } from "../../src/core/balance/workbook-standard";
import { WorkbookError } from "../../src/excel/errors";
import { insertBalanceIn, type BalancePlanBuilder } from "../../src/excel/insert-balance";
import { readBalanceSheetsIn } from "../../src/excel/read-balance";
import { FakeWorkbook, type FakeWorkbookOptions } from "../support/fake-workbook";
import { balanceSchools } from "../support/balance-schools";
import { recogniseSource } from "../../src/core/balance/workbook-source";

const FIVE_MB = 5 * 1024 * 1024;
/** An Excel without range.dataValidation (ExcelApi 1.8): the lists are left out, nothing fails. */
const noLists = (set: string, version: string) => !(set === "ExcelApi" && version === "1.8");

const builder =
  (options: BalanceWorkbookOptions): BalancePlanBuilder =>
  (taken) =>
    buildBalanceWorkbookPlan(STD, { ...options, existingSheetNames: taken.sheetNames, existingTableNames: taken.tableNames });

async function insert(options: BalanceWorkbookOptions, wbOptions: FakeWorkbookOptions = {}) {
  const wb = new FakeWorkbook(wbOptions);
  const result = await insertBalanceIn(wb.context, builder(options), { isSetSupported: wb.supports });
  return { wb, result };
}

test("three new sheets: headers with units, school formulas reading the input sheet, county formulas over the school sheet", async () => {
  const { wb, result } = await insert({ mode: "portable", rows: 30 });
  expect(result.sheetNames).toEqual(["均衡·学校数据", "均衡·学校指标", "均衡·县域差异系数"]);
  expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", ...result.sheetNames]);
  expect(wb.activeSheet.name).toBe("均衡·学校数据");
  const [input, school, county] = result.sheetNames;
  expect(wb.cell(input, "N1")?.value).toBe("教学仪器设备值（万元）");
  expect(wb.cell(input, "A2")).toEqual({ numberFormat: "@" }); // 学校 is text before anything is typed
  expect(wb.cell(school, "A31")?.formula).toBe(`=IF('${input}'!A31="","",'${input}'!A31)`);
  const plan = buildBalanceWorkbookPlan(STD, { mode: "portable", rows: 30 });
  const L2 = plan.sheets[1].columns.findIndex((c) => c.key === schoolKeys("L2").value);
  expect(wb.sheet(school).cells.get(`${String.fromCharCode(65 + L2)}17`)?.formula).toBe(plan.sheets[1].formulas[15][L2]);
  expect(wb.cell(county, "H2")?.formula).toContain(`SUMPRODUCT(('${school}'!$B$2:$B$31=A2)`);
  expect(wb.tables.map((t) => [t.name, t.address])).toEqual([
    [result.tableNames[0], "A1:O31"],
    [result.tableNames[1], expect.stringMatching(/^A1:[A-Z]{2}31$/)],
    [result.tableNames[2], "A1:J17"],
  ]);
  // Red below 85% and amber up to the standard on each value column, verdicts coloured.
  expect(wb.sheet(school).conditionalFormats.length).toBe(2 * STD.indicators.length + 4);
  expect(wb.sheet(school).frozenRows).toBe(1);
  expect(wb.sheet(school).hidden.size).toBeGreaterThan(10);
});

test("same syncs for 30 and 3,000 school rows, every request under 5 MB, in both modes", async () => {
  for (const mode of ["live", "portable"] as const) {
    const small = await insert({ mode, schools: balanceSchools(30, 1) });
    const large = await insert({ mode, schools: balanceSchools(3000, 2) });
    expect(large.result.rows).toBeGreaterThanOrEqual(3000);
    expect([mode, large.wb.syncs]).toEqual([mode, small.wb.syncs]);
    // Read and write; live also probes which PLAN names this Excel knows.
    expect([mode, large.wb.syncs]).toEqual([mode, mode === "live" ? 3 : 2]);
    expect(large.result.functions).toBe(mode === "live" ? "english" : null);
    expect(Math.max(...large.wb.requestBytes())).toBeLessThan(FIVE_MB);
    // The school rows' typed figures arrived, as numbers and text.
    const last = large.result.rows + 1;
    expect(typeof large.wb.cell(large.result.sheetNames[0], `D${last}`)?.value).toBe("number");
    expect(typeof large.wb.cell(large.result.sheetNames[0], `A${last}`)?.value).toBe("string");
  }
}, 60000);

test("text stays text: a school name starting with = is typed as text, never a formula; no lists without ExcelApi 1.8", async () => {
  const { wb, result } = await insert({ schools: [{ school: "=HYPERLINK(\"x\")", stage: "小学", students: 100 }] }, { supports: noLists });
  expect(result.lists).toBe(false);
  expect(wb.sheet(result.sheetNames[0]).validations).toEqual([]);
  expect(wb.cell(result.sheetNames[0], "A2")).toEqual({ value: '=HYPERLINK("x")', numberFormat: "@" });
});

test("existing sheets and tables keep their names: the new ones get fresh names and the formulas follow", async () => {
  const { wb, result } = await insert(
    { rows: 5 },
    { sheets: ["均衡·学校数据", "Sheet2"], tables: [{ name: "均衡_学校数据", sheet: "Sheet2", address: "A1:B2" }] },
  );
  expect(result.sheetNames[0]).toBe("均衡·学校数据 (2)");
  expect(result.tableNames[0]).not.toBe("均衡_学校数据");
  expect(wb.cell(result.sheetNames[1], "B2")?.formula).toBe(`=IF('均衡·学校数据 (2)'!B2="","",'均衡·学校数据 (2)'!B2)`);
  expect(wb.sheet("均衡·学校数据").cells.size).toBe(0);
});

test("refused before the first write: a plan that cannot be built, or a rule Excel would reject", async () => {
  const wb = new FakeWorkbook({ supports: noLists });
  await expect(insertBalanceIn(wb.context, builder({ rows: 30000 }), { isSetSupported: wb.supports })).rejects.toThrow(/学校行数 30000 超过上限/);
  const long: BalancePlanBuilder = (taken) => {
    const plan = builder({ rows: 3 })(taken);
    plan.sheets[1].rules[0].formula = "=" + "A2+".repeat(90) + "1";
    return plan;
  };
  const err = await insertBalanceIn(wb.context, long, { isSetSupported: wb.supports }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(WorkbookError);
  expect((err as Error).message).toMatch(/均衡·学校指标.*超过 255 个字符/);
  expect(wb.writes()).toEqual([]);
  expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
});

test("every conditional-format formula of the plan fits Excel's 255 characters", () => {
  for (const mode of ["live", "portable"] as const) {
    const plan = buildBalanceWorkbookPlan(STD, { mode, rows: 10 });
    for (const s of plan.sheets) for (const r of s.rules) expect(r.formula.length).toBeLessThanOrEqual(256);
  }
});

test("over school rows already in the workbook: only the school and county sheets, formulas reading that range, the rows untouched", async () => {
  const headers = ["学校名称", "学段", "在校学生数", "高于规定学历教师数", "县级以上骨干教师数", "体育艺术专任教师数", "教学及辅助用房面积", "体育运动场馆面积", "教学仪器设备值（万元）", "网络多媒体教室数"];
  const found = recogniseSource(STD, "名单", headers, { row: 4, col: 2 }); // header at C5
  const { wb, result } = await insert(
    { mode: "portable", rows: 40, source: found.source! },
    { sheets: ["名单"] },
  );
  expect(result.sheetNames).toEqual(["均衡·学校指标", "均衡·县域差异系数"]);
  expect(result.schoolSheet).toBe("均衡·学校指标");
  expect(wb.sheet("名单").cells.size).toBe(0);
  expect(wb.cell("均衡·学校指标", "A2")?.formula).toBe(`=IF('名单'!C6="","",'名单'!C6)`);
  expect(wb.cell("均衡·学校指标", "A41")?.formula).toBe(`=IF('名单'!C45="","",'名单'!C45)`);
  expect(wb.tables.map((t) => t.address)).toEqual([expect.stringMatching(/^A1:[A-Z]{2}41$/), "A1:J17"]);
  expect(wb.syncs).toBe(2);
});

test("the 学段 and 学校类型 lists where Excel has data validation (ExcelApi 1.8), with an alert that names the choices", async () => {
  const wb = new FakeWorkbook();
  const result = await insertBalanceIn(wb.context, builder({ rows: 30 }), { isSetSupported: wb.supports });
  expect(result.lists).toBe(true);
  expect(wb.sheet(result.sheetNames[0]).validations).toEqual([
    { address: "B2:B31", rule: { list: { inCellDropDown: true, source: "小学,初中" } }, errorAlert: expect.objectContaining({ title: "学段", message: "请从列表中选择：小学、初中" }) },
    {
      address: "C2:C31",
      rule: { list: { inCellDropDown: true, source: "小学,初中,九年一贯制,完全中学,十二年一贯制" } },
      errorAlert: expect.objectContaining({ title: "学校类型", showAlert: true }),
    },
  ]);
  expect(wb.syncs).toBe(result.functions === null ? 2 : 3);
});

test("reading the computed sheets back: two syncs, values from A1 with the headers; a deleted sheet is named", async () => {
  const { wb, result } = await insert({ mode: "portable", rows: 30 });
  const before = wb.syncs;
  const read = await readBalanceSheetsIn(wb.context, result.schoolSheet, result.countySheet);
  expect(wb.syncs - before).toBe(2);
  expect(read.school.values[0].slice(0, 3)).toEqual(["学校", "学段", "L1 每百名学生拥有高于规定学历教师数"]);
  expect(read.school.values).toHaveLength(31);
  expect(read.county.values[1].slice(0, 2)).toEqual(["小学", "L1"]);
  await expect(readBalanceSheetsIn(wb.context, "没有这张表", result.countySheet)).rejects.toThrow("找不到工作表“没有这张表”，请重新插入均衡工作表。");
});

describe("live balance workbooks in an Excel that knows PLAN.SCHOOL_CV under another name, or not at all", () => {
  const modal =
    (options: BalanceWorkbookOptions): BalancePlanBuilder =>
    (taken, mode) =>
      buildBalanceWorkbookPlan(STD, { ...options, ...(mode ? { mode } : {}), existingSheetNames: taken.sheetNames, existingTableNames: taken.tableNames });
  const zhNames = Object.fromEntries(Object.entries(zh).map(([id, t]) => [id, t.name]));
  const cvCells = (wb: FakeWorkbook, sheet: string) => [...wb.sheet(sheet).cells.values()].filter((c) => /SCHOOL_CV|差异系数\(/.test(c.formula ?? ""));

  test("Chinese Excel: PLAN.差异系数 through formulasLocal, and it works", async () => {
    const wb = new FakeWorkbook({ functions: "localized", localNames: zhNames });
    const result = await insertBalanceIn(wb.context, modal({ mode: "live", rows: 30 }), { isSetSupported: wb.supports, displayLanguage: "zh-CN", wait: async () => undefined });
    expect(result.functions).toBe("localized");
    const cells = cvCells(wb, result.countySheet);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => (c.formula as string).includes("PLAN.差异系数(") && c.result !== "#NAME?")).toBe(true);
    expect(result.syncs).toBe(3);
  });

  test("no PLAN functions: the portable workbook on the same sheets", async () => {
    const wb = new FakeWorkbook({ functions: "none" });
    const result = await insertBalanceIn(wb.context, modal({ mode: "live", rows: 30 }), { isSetSupported: wb.supports, wait: async () => undefined });
    expect(result.functions).toBe("portable");
    expect(result.sheetNames).toEqual(["均衡·学校数据", "均衡·学校指标", "均衡·县域差异系数"]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", ...result.sheetNames]);
    expect(cvCells(wb, result.countySheet)).toEqual([]);
    expect([...wb.sheet(result.countySheet).cells.values()].some((c) => (c.formula ?? "").includes("SQRT(SUMPRODUCT("))).toBe(true);
  });
});
