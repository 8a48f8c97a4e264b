import { REQUEST_LIMIT_BYTES } from "../../src/excel/request-size";
import type { ColumnKind, PlanColumn, TemplatePlan, TemplateDefinition } from "../../src/core/template";
import type { PlanRule } from "../../src/core/formulas/rules";
import { buildTemplatePlan } from "../../src/core/template";
import { getTemplate } from "../../src/templates";
import { parseTarget } from "../../src/core/parse-target";
import { applyTemplatePlan, applyTemplatePlanIn, charsToPoints, encodeColumn, packRequests } from "../../src/excel/apply-template";
import { WorkbookError } from "../../src/excel/errors";
import { findTemplates, parseTemplateXml } from "../../src/excel/template-memory";
import { FakeWorkbook, FakeWorkbookOptions } from "../support/fake-workbook";

const FIVE_MB = REQUEST_LIMIT_BYTES;

// Columns A..I: 序号 指标 目标 实际值 差距 状态 说明 来源 辅助(hidden)
const COLS: [string, string, ColumnKind, number, boolean][] = [
  ["seq", "序号", "reference", 5, false],
  ["indicator", "指标", "reference", 30, true],
  ["target", "目标", "reference", 12, true],
  ["actual", "实际值", "input", 10, false],
  ["gap", "差距", "computed", 10, false],
  ["status", "状态", "computed", 8, false],
  ["note", "说明", "input", 24, true],
  ["source", "来源", "reference", 48, true],
  ["h_ref", "辅助", "computed", 6, false],
];

const TARGETS = ["≥99.2%", "≤0.5%", "3~5所", "1:15"];

/** A plan built by hand, as buildTemplatePlan would for a header at A1. */
function handPlan(rows: number, texts: Partial<Record<string, string[]>> = {}): TemplatePlan {
  const columns: PlanColumn[] = COLS.map(([key, header, kind, width, text]) => ({ key, header, kind, width, text, hidden: key === "h_ref" }));
  const values = [];
  const formulas = [];
  const numberFormats = [];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const pick = (key: string, fallback: string) => texts[key]?.[i % (texts[key]?.length ?? 1)] ?? fallback;
    values.push([i + 1, pick("indicator", `指标${(i % 7) + 1}`), TARGETS[i % 4], i % 3 === 0 ? 0.95 : null, null, null, pick("note", ""), pick("source", "《计划》：“全市入学率达到99.2%以上”"), null]);
    formulas.push([null, null, null, null, `=PLAN.TARGET_GAP(D${r},C${r})`, `=PLAN.TARGET_STATUS(D${r},C${r})`, null, null, `=ROW()-1`]);
    const pct = i % 4 < 2;
    numberFormats.push(["0", "@", "@", pct ? "0.0%" : "#,##0", pct ? "0.0%" : "#,##0", "General", "@", "@", "General"]);
  }
  const rule = (meaning: PlanRule["meaning"], label: string, fill: string): PlanRule => ({
    columns: ["actual", "status"],
    formula: `=$F2="${label}"`,
    fill,
    fontColor: "#000000",
    meaning,
  });
  return {
    sheetName: "2008教育目标",
    tableName: "表2008教育目标",
    anchor: { row: 0, col: 0 },
    columns,
    values,
    formulas,
    numberFormats,
    fills: { input: "#FFFFFF", computed: "#DDEBF7", reference: "#F2F2F2" },
    rules: [rule("missed", "未达标", "#FFC7CE"), rule("at_risk", "接近", "#FFEB9C"), rule("met", "达标", "#C6EFCE")],
    freezeHeader: true,
    metadata: {
      templateId: "seed-000",
      title: "2008年教育局工作计划",
      source: "《2008年教育局工作计划》",
      mode: "live",
      targets: Array.from({ length: rows }, (_, i) => parseTarget(TARGETS[i % 4])),
      version: 1,
    },
  };
}

/** A built-in template's rows repeated to `rows` rows, through the real plan builder. */
function realPlan(rows: number): TemplatePlan {
  const def = getTemplate("seed-000") as TemplateDefinition;
  const repeated = Array.from({ length: rows }, (_, i) => ({ ...def.rows[i % def.rows.length], key: `r${i}` }));
  return buildTemplatePlan({ ...def, rows: repeated });
}

const fixedNow = () => new Date("2025-01-02T03:04:05.000Z");

async function apply(plan: TemplatePlan, wbOptions: FakeWorkbookOptions = {}, options = {}) {
  const wb = new FakeWorkbook(wbOptions);
  const result = await applyTemplatePlanIn(wb.context, plan, { isSetSupported: wb.supports, now: fixedNow, ...options });
  return { wb, result };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("applyTemplatePlan on a new sheet", () => {
  test("writes header, values, number formats, formulas, table, rules, widths, fills, frozen header, hidden helper", async () => {
    const plan = handPlan(4);
    const { wb, result } = await apply(plan);
    const S = "2008教育目标";
    expect(result).toMatchObject({ sheetName: S, tableName: "表2008教育目标", address: `'${S}'!A1:I5`, newSheet: true, remembered: true });
    expect(wb.activeSheet.name).toBe(S);
    const cell = (a1: string) => wb.cell(S, a1);

    expect(["A1", "B1", "D1", "F1", "I1"].map((a) => cell(a)?.value)).toEqual(["序号", "指标", "实际值", "状态", "辅助"]);
    expect(cell("A3")).toMatchObject({ value: 2, numberFormat: "0" });
    expect(cell("B2")).toMatchObject({ value: "指标1", numberFormat: "@" });
    expect(cell("C4")).toMatchObject({ value: "3~5所", numberFormat: "@" });
    expect(cell("D2")).toMatchObject({ value: 0.95, numberFormat: "0.0%" });
    expect(cell("D3")).toEqual({ numberFormat: "0.0%" }); // blank input cell: format only
    expect(cell("D4")?.numberFormat).toBe("#,##0");
    // The same relative formula in every row, written once, lands right in each row.
    for (let r = 2; r <= 5; r++) {
      expect(cell(`E${r}`)?.formula).toBe(`=PLAN.TARGET_GAP(D${r},C${r})`);
      expect(cell(`F${r}`)?.formula).toBe(`=PLAN.TARGET_STATUS(D${r},C${r})`);
      expect(cell(`F${r}`)?.numberFormat).toBe("General");
    }
    // Written once, as a 2-D array of one cell, then filled down (Range.autoFill).
    const gapWrites = wb.writes().filter((e) => /!E2(:E5)?$/.test(e.target) && (e.name === "formulasR1C1" || e.name === "autoFill"));
    expect(gapWrites.map((e) => [e.name, e.value])).toEqual([
      ["formulasR1C1", [["=PLAN.TARGET_GAP(RC[-1],RC[-2])"]]],
      ["autoFill", ["E2:E5", "FillValues"]],
    ]);

    expect(wb.tables).toEqual([expect.objectContaining({ name: "表2008教育目标", address: "A1:I5", hasHeaders: true, style: "TableStyleMedium2" })]);

    const sheet = wb.sheet(S);
    // Rule order = priority: plan.rules[0] (missed) on top, each rule on 实际值 and on 状态.
    const onD = sheet.conditionalFormats.filter((c) => c.address === "D2:D5");
    const onF = sheet.conditionalFormats.filter((c) => c.address === "F2:F5");
    expect(onD.map((c) => c.formula)).toEqual(['=$F2="未达标"', '=$F2="接近"', '=$F2="达标"']);
    expect(onF.map((c) => c.formula)).toEqual(onD.map((c) => c.formula));
    expect(onD[0]).toMatchObject({ type: "Custom", fill: "#FFC7CE", fontColor: "#000000", stopIfTrue: true });
    expect(sheet.conditionalFormats).toHaveLength(6);

    expect(sheet.widths.get(1)).toBe(charsToPoints(30));
    expect(sheet.widths.get(7)).toBe(charsToPoints(48));
    expect(charsToPoints(8.43)).toBe(48); // Excel's default column: 64 px
    expect(sheet.frozenRows).toBe(1);
    expect([...sheet.hidden]).toEqual([8]);
    expect(sheet.fills).toEqual(
      expect.arrayContaining([
        { address: "D2:D5", color: "#FFFFFF" },
        { address: "E2:E5", color: "#DDEBF7" },
        { address: "B2:B5", color: "#F2F2F2" },
      ]),
    );
    expect(wb.xmlParts).toHaveLength(1);
  });

  test("the sheet and the table get a new name when the name is taken; nothing existing is touched", async () => {
    const plan = handPlan(3);
    const { wb, result } = await apply(plan, {
      sheets: ["2008教育目标", "2008教育目标 (2)"],
      tables: [{ name: "表2008教育目标", sheet: "2008教育目标", address: "A1:B2" }],
      names: ["表2008教育目标_2"],
    });
    expect(result.sheetName).toBe("2008教育目标 (3)");
    expect(result.tableName).toBe("表2008教育目标_3");
    expect(wb.sheet("2008教育目标").cells.size).toBe(0);
    expect(wb.sheet("2008教育目标 (2)").cells.size).toBe(0);
    expect(wb.cell("2008教育目标 (3)", "B2")?.value).toBe("指标1");
    expect(wb.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["表2008教育目标", "2008教育目标"],
      ["表2008教育目标_3", "2008教育目标 (3)"],
    ]);
  });

  test("sync count is the same for 10 and 10,000 rows (at most 3), and no request reaches 5 MB", async () => {
    const small = await apply(handPlan(10));
    const large = await apply(handPlan(10000));
    expect(small.result.syncs).toBe(large.result.syncs);
    expect(small.wb.syncs).toBe(large.wb.syncs);
    expect(large.wb.syncs).toBeLessThanOrEqual(3);
    expect(large.result.writeRequests).toBe(1);
    expect(Math.max(...large.wb.requestBytes())).toBeLessThan(FIVE_MB);
    expect(large.wb.cell("2008教育目标", "E10001")?.formula).toBe("=PLAN.TARGET_GAP(D10001,C10001)");
    expect(large.wb.cell("2008教育目标", "C10001")?.value).toBe(TARGETS[9999 % 4]);
  });

  test("a real built-in plan of 10,000 rows: same syncs as 10 rows, one write request under 5 MB", async () => {
    const small = await apply(realPlan(10));
    const large = await apply(realPlan(10000));
    expect(large.wb.syncs).toBe(small.wb.syncs);
    expect(large.wb.syncs).toBeLessThanOrEqual(3);
    expect(large.result.writeRequests).toBe(1);
    const bytes = large.wb.requestBytes();
    expect(Math.max(...bytes)).toBeLessThan(FIVE_MB);
    const S = large.result.sheetName;
    const status = large.wb.cell(S, "L10001")?.formula ?? "";
    expect(status).toContain("PLAN.TARGET_STATUS(I10001,E10001,H10001)");
    expect(large.wb.cell(S, "N10001")?.numberFormat).toBe("@");
    expect(large.wb.sheet(S).conditionalFormats.map((c) => c.address)).toContain("I2:I10001");
  }, 60000);

  test("suspends calculation and screen updating in the write request where supported", async () => {
    const { wb } = await apply(handPlan(5));
    // Requests: read, probe (calculation must run there), write.
    expect(wb.syncs).toBe(3);
    const write = wb.writes(2);
    const names = write.map((e) => e.name);
    expect(names.slice(0, 2)).toEqual(["suspendApiCalculationUntilNextSync", "suspendScreenUpdatingUntilNextSync"]);
    expect([...wb.writes(0), ...wb.writes(1)].filter((e) => e.name.startsWith("suspend"))).toEqual([]);
  });

  test("older Excel (no ExcelApi 1.6/1.9/1.5): no suspend calls, no XML part, still inserts", async () => {
    const old = (set: string, version: string) => set === "ExcelApi" && Number(version) < 1.5;
    const { wb, result } = await apply(handPlan(5), { supports: old });
    expect(wb.writes().filter((e) => e.name.startsWith("suspend"))).toEqual([]);
    expect(result.remembered).toBe(false);
    expect(wb.xmlParts).toEqual([]);
    expect(wb.cell("2008教育目标", "E6")?.formula).toBe("=PLAN.TARGET_GAP(D6,C6)");
  });

  test("ExcelApi 1.6 without 1.7: the header is not frozen, everything else is written", async () => {
    const upTo16 = (set: string, version: string) => set === "ExcelApi" && Number(version) <= 1.6;
    const { wb, result } = await apply(handPlan(5), { supports: upTo16 });
    expect(wb.sheet(result.sheetName).frozenRows).toBe(0);
    expect(wb.sheet(result.sheetName).conditionalFormats.length).toBeGreaterThan(0);
    // Without the guard, the host without 1.7 (everything else there) fails the batch at freezeRows.
    const unguarded = new FakeWorkbook({ supports: (_s, v) => v !== "1.7" });
    const err = await applyTemplatePlanIn(unguarded.context, handPlan(3), { isSetSupported: () => true }).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err.code).toBe("unsupported");
  });

  test("the fake workbook fails a request that calls an API the host lacks (so the guard is what saves it)", async () => {
    const wb = new FakeWorkbook({ supports: (_s, v) => v !== "1.9" });
    const err = await applyTemplatePlanIn(wb.context, handPlan(3), { isSetSupported: () => true }).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err.code).toBe("unsupported");
  });

  test("by default the guard asks Office.context.requirements.isSetSupported", async () => {
    for (const supported of [true, false]) {
      const wb = new FakeWorkbook({ supports: () => supported });
      (globalThis as { Office?: unknown }).Office = wb.office;
      await applyTemplatePlanIn(wb.context, handPlan(2));
      expect(wb.writes().some((e) => e.name === "suspendScreenUpdatingUntilNextSync")).toBe(supported);
      expect(wb.xmlParts.length).toBe(supported ? 1 : 0);
    }
  });

  test("before ExcelApi 1.9 (no autoFill): every formula goes as a 2-D array, each request still under 5 MB", async () => {
    const minor = (v: string) => Number(v.split(".")[1]);
    const { wb, result } = await apply(handPlan(10000), { supports: (_s, v) => minor(v) <= 8 });
    expect(wb.writes().some((e) => e.name === "autoFill")).toBe(false);
    expect(wb.cell(result.sheetName, "E10001")?.formula).toBe("=PLAN.TARGET_GAP(D10001,C10001)");
    expect(Math.max(...wb.requestBytes())).toBeLessThan(FIVE_MB);
    expect(result.syncs).toBe(2 + result.writeRequests);
  }, 60000);

  test("a request budget splits oversized writes into more requests, in order, each within budget", async () => {
    const plan = handPlan(3000, { source: Array.from({ length: 97 }, (_, i) => `《文件${i}》：“${"很长的原文".repeat(12)}${i}”`) });
    const budget = 100_000;
    const { wb, result } = await apply(plan, {}, { maxRequestBytes: budget });
    expect(result.writeRequests).toBeGreaterThan(1);
    expect(result.syncs).toBe(2 + result.writeRequests); // read and probe, then the writes
    // Every write request suspends again and stays near the budget (the mock counts a bit more overhead).
    for (let r = 2; r < wb.syncs; r++) {
      expect(wb.writes(r)[0].name).toBe("suspendApiCalculationUntilNextSync");
      expect(wb.requestBytes()[r]).toBeLessThan(budget * 1.2);
    }
    expect(wb.cell("2008教育目标", "H3001")?.value).toBe(plan.values[2999][7]);
    expect(wb.tables[0].address).toBe("A1:I3001");
  });
});

describe("applyTemplatePlan at the selection", () => {
  test("writes into empty cells at the selection, with formulas and rules moved there", async () => {
    const { wb, result } = await apply(handPlan(4), { sheets: ["数据"], selection: "'数据'!C3" }, { atSelection: true });
    expect(result).toMatchObject({ sheetName: "数据", newSheet: false, address: "'数据'!C3:K7" });
    expect(wb.sheets.map((s) => s.name)).toEqual(["数据"]);
    expect(wb.cell("数据", "C3")?.value).toBe("序号");
    expect(wb.cell("数据", "G4")?.formula).toBe("=PLAN.TARGET_GAP(F4,E4)");
    expect(wb.cell("数据", "G7")?.formula).toBe("=PLAN.TARGET_GAP(F7,E7)");
    const cfs = wb.sheet("数据").conditionalFormats;
    expect(cfs.filter((c) => c.address === "F4:F7").map((c) => c.formula)[0]).toBe('=$H4="未达标"');
    expect(cfs.filter((c) => c.address === "H4:H7").map((c) => c.formula)[0]).toBe('=$H4="未达标"');
    // An existing sheet keeps its layout: no widths, no frozen panes.
    expect(wb.sheet("数据").widths.size).toBe(0);
    expect(wb.sheet("数据").frozenRows).toBe(0);
  });

  test("refuses when any target cell holds something, names the count, and writes nothing", async () => {
    const wb = new FakeWorkbook({ sheets: ["数据"], selection: "'数据'!B2:C3" });
    wb.putCells("数据", { D4: "旧数据", J6: 0, K7: "outside" });
    const err = await applyTemplatePlanIn(wb.context, handPlan(4), { isSetSupported: wb.supports, atSelection: true }).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err.code).toBe("not_empty");
    expect(err.message).toBe("所选区域 B2:J6 中有 2 个非空单元格，为避免覆盖数据已停止插入。");
    expect(wb.syncs).toBe(1);
    expect(wb.writes()).toEqual([]);
    expect(wb.cell("数据", "D4")).toEqual({ value: "旧数据" });
    expect(wb.tables).toEqual([]);
  });
});

describe("a table cannot go over merged cells, a PivotTable or another table: refused before any write", () => {
  const atB2 = () => new FakeWorkbook({ sheets: ["数据"], selection: "'数据'!B2" });
  const refusal = (wb: FakeWorkbook) => applyTemplatePlanIn(wb.context, handPlan(4), { isSetSupported: wb.supports, atSelection: true }).catch((e) => e);

  test("merged cells, named", async () => {
    const wb = atB2();
    wb.sheet("数据").merged.push("D3:E3");
    const err = await refusal(wb);
    expect(err).toMatchObject({ code: "bad_selection" });
    expect(err.message).toBe("所选区域 B2:J6 中有合并单元格（D3:E3），表格不能建在合并单元格上。未做任何更改，请先取消合并或选择其他位置。");
    expect([wb.syncs, wb.writes()]).toEqual([1, []]);
  });

  test("a PivotTable and an empty-bodied table, named", async () => {
    const pivot = atB2();
    pivot.sheet("数据").pivots.push({ name: "透视表1", address: "H5:K9" });
    expect((await refusal(pivot)).message).toContain("与数据透视表 “透视表1” 重叠");
    const table = new FakeWorkbook({ sheets: ["数据"], selection: "'数据'!B2", tables: [{ name: "旧表", sheet: "数据", address: "J6:K9" }] });
    expect((await refusal(table)).message).toContain("与表格 “旧表” 重叠");
    for (const wb of [pivot, table]) expect([wb.syncs, wb.writes()]).toEqual([1, []]);
  });

  test("an Excel too old to tell (before ExcelApi 1.9/1.12/1.13): Excel's own refusal becomes a sentence", async () => {
    const minor = (v: string) => Number(v.split(".")[1]); // 1.13 is after 1.8
    const wb = new FakeWorkbook({ sheets: ["数据"], selection: "'数据'!B2", supports: (_s, v) => minor(v) <= 8 });
    wb.sheet("数据").merged.push("D3:E3");
    const err = await applyTemplatePlanIn(wb.context, handPlan(4), { isSetSupported: wb.supports, atSelection: true }).catch((e) => e);
    expect(err).toMatchObject({ code: "bad_selection", excelCode: "MergedRangeConflict" });
    expect(err.message).toContain("合并单元格、数据透视表或其他表格重叠");
  });
});

describe("text stays text", () => {
  const risky = ["=SUM(A1:A9)", "+3个百分点", "-", "@备注", "-0.5", "1/2", "3-5", "=1+1"];

  test("plan text starting with =, +, - or @ is written as text, its format set before its value", async () => {
    const plan = handPlan(risky.length, { indicator: risky, note: risky, source: risky });
    // A string in a non-text column (序号) must stay text too.
    plan.values[0][0] = "=HYPERLINK(\"http://x\")";
    const { wb } = await apply(plan);
    const S = "2008教育目标";
    risky.forEach((text, i) => {
      for (const col of ["B", "G", "H"]) {
        const c = wb.cell(S, `${col}${i + 2}`);
        expect(c).toEqual({ value: text, numberFormat: "@" });
      }
    });
    expect(wb.cell(S, "A2")).toEqual({ value: '=HYPERLINK("http://x")', numberFormat: "@" });
    // Order: in the log, every text column's format precedes its values.
    const log = wb.writes(wb.syncs - 1);
    for (const col of ["A", "B", "G", "H"]) {
      const fmt = log.findIndex((e) => e.name === "numberFormat" && e.target.includes(`!${col}2`));
      const val = log.findIndex((e) => e.name === "values" && e.target.includes(`!${col}2`));
      expect(fmt).toBeGreaterThanOrEqual(0);
      expect(fmt).toBeLessThan(val);
    }
    // No formula was written anywhere for them.
    const formulaWrites = log.filter((e) => /formulas/.test(e.name) && !/!(E|F|I)\d/.test(e.target));
    expect(formulaWrites).toEqual([]);
  });

  test("control: the fake workbook does turn such text into a formula when the cell is not text", async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:A2").values = [["=SUM(B1:B2)"], ["+3个百分点"]];
    await wb.context.sync();
    expect(wb.cell("Sheet1", "A1")?.formula).toBe("=SUM(B1:B2)");
    expect(wb.cell("Sheet1", "A2")?.formula).toBe("=+3个百分点");
  });
});

describe("the workbook remembers", () => {
  test("the template is stored in a custom XML part in the write request and found again", async () => {
    const plan = handPlan(4);
    plan.metadata.title = `计划 <&> "引号" 'x' ]]> \u0001 \r\n end`;
    plan.metadata.rowKeys = ["a", "b", "c", "d"];
    const { wb } = await apply(plan);
    const add = wb.writes().find((e) => e.name === "add" && e.target.endsWith("customXmlParts"));
    expect(add?.request).toBe(2);
    const xml = wb.xmlParts[0].xml;
    expect(xml).toContain('xmlns="urn:dabiao:template:v1"');
    expect(xml.includes("\u0001")).toBe(false);
    expect(xml).toContain(`&lt;&amp;&gt; "引号" 'x' ]]&gt;`);

    const found = await findTemplates(wb.context, { isSetSupported: wb.supports });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      templateId: "seed-000",
      title: '计划 <&> "引号" \'x\' ]]> \uFFFD \r\n end',
      sheetName: "2008教育目标",
      tableName: "表2008教育目标",
      address: "A1:I5",
      columns: COLS.map((c) => c[0]),
      rowKeys: ["a", "b", "c", "d"],
      createdAt: "2025-01-02T03:04:05.000Z",
      tableFound: true,
      currentSheetName: "2008教育目标",
    });
    expect(found[0].targets).toEqual(plan.metadata.targets);
    expect(found[0].partId).toBe(wb.xmlParts[0].id);
  });

  test("a renamed sheet is followed through its table; a deleted table is reported", async () => {
    const { wb } = await apply(handPlan(2));
    wb.sheet("2008教育目标").name = "改名后";
    let found = await findTemplates(wb.context, { isSetSupported: wb.supports });
    expect(found[0]).toMatchObject({ tableFound: true, currentSheetName: "改名后" });
    wb.tables.splice(0, 1);
    found = await findTemplates(wb.context, { isSetSupported: wb.supports });
    expect(found[0]).toMatchObject({ tableFound: false, currentSheetName: null });
  });

  test("without ExcelApi 1.5 there is no memory, but the table is still recognised by its headers", async () => {
    const { wb } = await apply(handPlan(2));
    const found = await findTemplates(wb.context, { isSetSupported: () => false });
    expect(found).toEqual([expect.objectContaining({ tableName: "表2008教育目标", partId: "", templateId: "", title: "2008教育目标", mode: "live", address: "A1:I3" })]);
    expect(wb.log.some((e) => e.name === "getByNamespace")).toBe(false);
  });

  test("tables of ours without memory (an exported file) are listed after the remembered ones; other tables are not", async () => {
    const wb = new FakeWorkbook({ sheets: ["Sheet1", "乡镇上报"] });
    const portable = buildTemplatePlan(getTemplate("seed-000")!, { mode: "portable" });
    await applyTemplatePlanIn(wb.context, portable, { isSetSupported: wb.supports, remember: false });
    await applyTemplatePlanIn(wb.context, handPlan(2), { isSetSupported: wb.supports });
    wb.putCells("Sheet1", { A1: "学校", B1: "实际值" });
    await wb.context.sync();
    wb.tables.push({ name: "学校名单", sheet: wb.sheet("Sheet1"), address: "A1:B3", hasHeaders: true });
    const before = wb.syncs;
    const found = await findTemplates(wb.context, { isSetSupported: wb.supports });
    expect(wb.syncs - before).toBe(2);
    expect(found.map((f) => [f.tableName, f.partId !== "", f.mode])).toEqual([
      ["表2008教育目标_2", true, "live"],
      [portable.tableName, false, "portable"],
    ]);
    expect(found[1].columns.slice(0, 3)).toEqual(["seq", "section", "indicator"]);
  });

  test("foreign or damaged parts are skipped", () => {
    expect(parseTemplateXml("<other/>")).toBeNull();
    expect(parseTemplateXml('<template xmlns="urn:dabiao:template:v1" version="2"></template>')).toBeNull();
    expect(parseTemplateXml('<template xmlns="urn:dabiao:template:v1" version="1"><title>x</title></template>')).toBeNull();
  });
});

describe("Excel failures become readable messages", () => {
  test.each([
    ["AccessDenied", "protected", "受保护"],
    ["InvalidOperationInCellEditMode", "edit_mode", "正在编辑单元格"],
    ["ItemAlreadyExists", "exists", "同名"],
    ["GeneralException", "excel", "GeneralException"],
  ])("%s in the write request", async (code, mapped, text) => {
    const wb = new FakeWorkbook({ failOnSync: { sync: 3, code } });
    const err = await applyTemplatePlanIn(wb.context, handPlan(2), { isSetSupported: wb.supports }).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err.code).toBe(mapped);
    expect(err.excelCode).toBe(code);
    expect(err.message).toContain(text);
    expect(err.message).toContain("工作表“2008教育目标”可能只写入了一部分");
  });

  test("applyTemplatePlan runs in Excel.run and maps what it throws", async () => {
    const wb = new FakeWorkbook();
    (globalThis as { Excel?: unknown }).Excel = { run: (cb: (c: unknown) => Promise<unknown>) => cb(wb.context) };
    (globalThis as { Office?: unknown }).Office = wb.office;
    await expect(applyTemplatePlan(handPlan(2))).resolves.toMatchObject({ sheetName: "2008教育目标" });
    (globalThis as { Excel?: unknown }).Excel = { run: () => Promise.reject({ code: "InvalidOperationInCellEditMode", message: "x" }) };
    await expect(applyTemplatePlan(handPlan(2))).rejects.toMatchObject({ code: "edit_mode" });
  });

  test("an inconsistent plan is refused before Excel is touched", async () => {
    const plan = handPlan(2);
    plan.formulas.pop();
    const wb = new FakeWorkbook();
    await expect(applyTemplatePlanIn(wb.context, plan)).rejects.toMatchObject({ code: "bad_plan" });
    expect(wb.log).toEqual([]);
  });
});

describe("compact encoding", () => {
  test("a uniform column is one scalar; long runs are scalars; short runs share an array; blanks are skipped", () => {
    const v = (key: string) => ({ kind: "v" as const, key, raw: key });
    const skip = { kind: "skip" as const };
    expect(encodeColumn(Array(5).fill(v("@")))).toEqual([{ kind: "v", start: 0, count: 5, scalar: "@" }]);
    const long = "《很长的文件名》".repeat(10);
    const segs = encodeColumn([v("a"), v("b"), ...Array(20).fill(v(long)), v("c"), skip, v("d"), ...Array(300).fill(skip)]);
    expect(segs).toEqual([
      { kind: "v", start: 0, count: 2, cells: ["a", "b"] },
      { kind: "v", start: 2, count: 20, scalar: long },
      { kind: "v", start: 22, count: 3, cells: ["c", null, "d"] },
    ]);
  });

  test("packRequests keeps order and never splits a single operation", () => {
    const ops = [5, 5, 5, 12, 1].map((bytes, i) => ({ bytes, i }));
    expect(packRequests(ops, 10).map((b) => b.map((o) => o.i))).toEqual([[0, 1], [2], [3], [4]]);
    expect(packRequests([], 10)).toEqual([[]]);
  });
});

describe("the fake workbook refuses the names Excel refuses", () => {
  const { excelAcceptsSheetName, excelAcceptsTableName } = jest.requireActual("../support/fake-workbook");
  test.each(["TRUE", "false", "R2D2目标", "C1类指标", "A1", "RC", "1表", "a b", ""])("table name %p", (name) => {
    expect(excelAcceptsTableName(name)).toBe(false);
  });
  test.each(["History", "a/b", "'引号", "x".repeat(32), ""])("sheet name %p", (name) => {
    expect(excelAcceptsSheetName(name)).toBe(false);
  });
  test.each([["目标表", "2008教育目标"], ["_R2D2目标", "Sheet1"]])("and accepts %p / %p", (table, sheet) => {
    expect(excelAcceptsTableName(table)).toBe(true);
    expect(excelAcceptsSheetName(sheet)).toBe(true);
  });
  test("a batch that names a table TRUE fails at sync, as in Excel", async () => {
    const wb = new FakeWorkbook({ sheets: ["数据"] });
    const t = wb.context.workbook.worksheets.getItem("数据").tables.add("A1:B2", true);
    t.name = "TRUE";
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
