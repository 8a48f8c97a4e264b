import { HyperFormula } from "hyperformula";
import { evaluate, Status } from "../../src/core/evaluate";
import { parseTarget } from "../../src/core/parse-target";
import type { Target } from "../../src/core/target";
import { parseRangeAddress, shiftFormula } from "../../src/core/a1";
import { checkSelection, checkSelectionIn, CheckOptions, HELPER_SHEET } from "../../src/excel/check-selection";
import { formulaNumber } from "../../src/core/formulas/formula-text";
import { WorkbookError } from "../../src/excel/errors";
import { FakeCell, FakeWorkbook, Scalar } from "../support/fake-workbook";

type Cells = Record<string, Scalar | FakeCell>;

function workbook(sheets: Record<string, Cells>, selection: string): FakeWorkbook {
  const wb = new FakeWorkbook({ sheets: Object.keys(sheets), selection });
  for (const [name, cells] of Object.entries(sheets)) wb.putCells(name, cells);
  return wb;
}

async function check(wb: FakeWorkbook, options: CheckOptions) {
  return checkSelectionIn(wb.context, { isSetSupported: wb.supports, ...options });
}

/**
 * Evaluates the conditional formats the check added, with a real formula engine, on every
 * cell of the actual range: which rule (if any) is true there. More than one true is an error.
 */
function highlighted(wb: FakeWorkbook, sheetName: string): Map<string, Status> {
  const data: Record<string, (Scalar | null)[][]> = {};
  for (const s of wb.sheets) {
    const grid: (Scalar | null)[][] = Array.from({ length: 60 }, () => Array(60).fill(null));
    for (const [a1, c] of s.cells) {
      const p = parseRangeAddress(a1);
      grid[p.row][p.col] = c.value ?? null;
    }
    data[s.name] = grid;
  }
  const hf = HyperFormula.buildFromSheets(data, { licenseKey: "gpl-v3" });
  const sheet = wb.sheet(sheetName);
  const id = hf.getSheetId(sheetName) as number;
  const out = new Map<string, Status>();
  const meaning: Record<string, Status> = { "#FFC7CE": "missed", "#FFEB9C": "at_risk", "#C6EFCE": "met" };
  for (const cf of sheet.conditionalFormats) {
    const area = parseRangeAddress(cf.address);
    for (let r = 0; r < area.rows; r++) {
      for (let c = 0; c < area.cols; c++) {
        const f = shiftFormula(cf.formula as string, r, c, "copy");
        hf.setCellContents({ sheet: id, row: 59, col: 59 }, [[f]]);
        if (hf.getCellValue({ sheet: id, row: 59, col: 59 }) === true) {
          const key = `${r},${c}`;
          if (out.has(key)) throw new Error(`two rules true at ${key}`);
          out.set(key, meaning[cf.fill as string]);
        }
      }
    }
  }
  hf.destroy();
  return out;
}

const statusOrNone = (m: Map<string, Status>, r: number, c = 0) => m.get(`${r},${c}`) ?? "pending";

describe("checkSelection with one typed target", () => {
  const cases: [string, number[]][] = [
    // 0.982 sits on the at-risk edge, where 0.992-0.982 is 0.010000000000000009: both sides allow float noise.
    ["≥99.2%", [0.992, 0.995, 1, 0.9915, 0.9825, 0.982, 0.981, 0.5]],
    ["≤0.5%", [0.005, 0, 0.0055, 0.0149, 0.0151, 0.2]],
    ["=100%", [1, 0.995, 0.989, 1.02]],
    ["3~5所", [3, 4, 5, 2.9, 2.8, 5.2, 6, 0]],
    ["1:15", [1 / 15, 0.066, 0.071, 0.1]],
    ["280人", [280, 300, 270, 265, 200]],
    ["不低于95%", [0.95, 0.945, 0.93]],
  ];

  test.each(cases)("%s: the native rules agree with core evaluate() on every actual", async (text, actuals) => {
    const cells: Cells = {};
    actuals.forEach((v, i) => (cells[`B${i + 2}`] = { value: v, numberFormat: "0.0%" }));
    cells[`B${actuals.length + 2}`] = "未填";
    const wb = workbook({ 数据: cells }, `'数据'!B2:B${actuals.length + 3}`);
    const result = await check(wb, { target: text });
    expect(result).toMatchObject({ mode: "typed", percentAs: "fraction", syncs: 2, helperAddress: null });
    const colours = highlighted(wb, "数据");
    actuals.forEach((v, i) => expect([text, v, statusOrNone(colours, i)]).toEqual([text, v, evaluate(v, text).status]));
    expect(statusOrNone(colours, actuals.length)).toBe("pending");
  });

  test("writes no cell, only three rules, and says which", async () => {
    const wb = workbook({ 数据: { B2: 0.99, B3: 0.9 } }, "'数据'!B2:B3");
    const result = await check(wb, { target: "达到99.2%以上" });
    expect(wb.writes().filter((e) => e.kind === "set" && !e.target.includes("conditionalFormats"))).toEqual([]);
    expect(wb.sheet("数据").cells.get("B2")).toEqual({ value: 0.99 });
    expect(result.rules.map((r) => r.meaning)).toEqual(["missed", "at_risk", "met"]);
    expect(result.rules[2].formula).toBe("=AND(ISNUMBER(B2),(0.992-B2)<=0.000000001*MAX(1,ABS(B2)))");
    expect(wb.sheet("数据").conditionalFormats.map((c) => c.formula)).toEqual(result.rules.map((r) => r.formula));
    expect(result.rules.every((r) => !/PLAN\./.test(r.formula))).toBe(true);
  });

  test("percentages typed as 99.5 in General cells are compared as numbers of percent", async () => {
    const wb = workbook({ 数据: { C3: 99.5, C4: 98.5, C5: 90 } }, "'数据'!C3:C5");
    const result = await check(wb, { target: "≥99.2%" });
    expect(result.percentAs).toBe("number");
    expect(result.rules[0].formula).toBe("=AND(ISNUMBER(C3),(99.2-C3)>MAX(1,0)+0.000000001*MAX(1,ABS(C3)))");
    const colours = highlighted(wb, "数据");
    expect([0, 1, 2].map((r) => statusOrNone(colours, r))).toEqual(["met", "at_risk", "missed"]);
    // Forcing fractions overrides the guess.
    const forced = await check(workbook({ 数据: { C3: 99.5 } }, "'数据'!C3"), { target: "≥99.2%", percentAs: "fraction" });
    expect(forced.rules[2].formula).toContain("0.992-C3");
  });

  test("tolerance 0 switches the at-risk band off", async () => {
    const wb = workbook({ 数据: { B2: 0.991, B3: 0.992 } }, "'数据'!B2:B3");
    await check(wb, { target: "≥99.2%", tolerance: 0 });
    const colours = highlighted(wb, "数据");
    expect([statusOrNone(colours, 0), statusOrNone(colours, 1)]).toEqual(["missed", "met"]);
  });

  test("refuses unreadable and baseline-relative targets before touching Excel", async () => {
    const wb = workbook({ 数据: { B2: 1 } }, "'数据'!B2");
    await expect(check(wb, { target: "尽快完成" })).rejects.toMatchObject({ code: "bad_target", message: expect.stringContaining("无法识别目标“尽快完成”") });
    await expect(check(wb, { target: "比上年提高3个百分点" })).rejects.toMatchObject({ code: "bad_target", message: expect.stringContaining("需要基期值") });
    await expect(check(wb, {})).rejects.toMatchObject({ code: "bad_target" });
    await expect(check(wb, { target: "≥1", targetRange: "C2" })).rejects.toMatchObject({ code: "bad_target" });
    await expect(check(wb, { target: "≥1", tolerance: -1 })).rejects.toMatchObject({ code: "bad_target" });
    expect(wb.syncs).toBe(0);
  });

  test("formulaNumber writes 15 significant digits in Excel's form", () => {
    expect(formulaNumber(0.1 + 0.2)).toBe("0.3");
    expect(formulaNumber(1 / 15)).toBe("0.0666666666666667");
    expect(formulaNumber(1e-9)).toBe("0.000000001");
    expect(formulaNumber(-2.5e-12)).toBe("-0.0000000000025");
    expect(formulaNumber(123456)).toBe("123456");
  });
});

describe("checkSelection with a range of target cells", () => {
  test("numbers: the rule refers to the target cells (on another sheet), live when a target changes", async () => {
    const wb = workbook(
      {
        数据: { B2: 95, B3: 92, B4: 80, B5: 100, B6: 50 },
        目标: { D2: 95, D3: 95, D4: 95, D5: 120, D6: null as unknown as Scalar },
      },
      "'数据'!B2:B6",
    );
    const result = await check(wb, { targetRange: "'目标'!D2:D6" });
    expect(result).toMatchObject({ mode: "cells", targetAddress: "'目标'!D2:D6", helperAddress: null, syncs: 2 });
    expect(result.rules[0].formula).toBe("=AND(ISNUMBER(B2),ISNUMBER('目标'!D2),('目标'!D2-B2)>MAX(0.05*ABS('目标'!D2),0)+0.000000001*MAX(1,ABS(B2)))");
    const colours = highlighted(wb, "数据");
    expect([0, 1, 2, 3, 4].map((r) => statusOrNone(colours, r))).toEqual(["met", "at_risk", "missed", "missed", "pending"]);
    [95, 92, 80, 100].forEach((a, i) => expect(statusOrNone(colours, i)).toBe(evaluate(a, [95, 95, 95, 120][i]).status));
    expect(wb.sheets.map((s) => s.name)).toEqual(["数据", "目标"]);
  });

  test("numbers on a sheet whose quoted name makes the live rules too long: copies on the helper sheet, and a sentence", async () => {
    const long = "O'Brien's 'targets' 2025 (v'2)"; // 30 characters, each ' doubled when quoted
    const wb = workbook({ 数据: { B2: 95, B3: 92, B4: 80, B5: 100 }, [long]: { D2: 95, D3: 95, D4: 95, D5: 120 } }, "'数据'!B2:B5");
    const result = await check(wb, { targetRange: `'${long.replace(/'/g, "''")}'!D2:D5` });
    expect(result).toMatchObject({ mode: "helper", helperAddress: `'${HELPER_SHEET}'!A2:D5`, syncs: 2 });
    expect(result.fallback).toEqual({ reason: "rule_too_long", targetSheet: long });
    for (const rule of result.rules) expect(rule.formula.length).toBeLessThanOrEqual(255);
    const colours = highlighted(wb, "数据");
    [95, 92, 80, 100].forEach((a, i) => expect(statusOrNone(colours, i)).toBe(evaluate(a, [95, 95, 95, 120][i]).status));
  });

  test("percent-formatted numbers use a 1-point band, as core does for percent targets", async () => {
    const pct = (v: number) => ({ value: v, numberFormat: "0.0%" });
    const wb = workbook({ 数据: { B2: pct(0.985), B3: pct(0.97), C2: pct(0.9), C3: pct(0.9) } }, "'数据'!B2:B3");
    const result = await check(wb, { targetRange: "C2:C3" });
    expect(result.rules[1].formula).toContain("<=0.01+0.000000001*MAX(1,ABS(B2)))");
    const colours = highlighted(wb, "数据");
    const target: Target = { ...parseTarget("≥90%") };
    expect([statusOrNone(colours, 0), statusOrNone(colours, 1)]).toEqual([evaluate(0.985, target).status, evaluate(0.97, target).status]);
  });

  test("target text: parsed bounds go to a hidden helper sheet; colours agree with core", async () => {
    const targets = ["≥99.2%", "3~5所", "≤0.5%", 90, "", "1:15", "不低于95%"];
    const actuals = [0.985, 6, 0.004, 86, 1, 0.071, 0.93];
    const cells: Cells = {};
    targets.forEach((t, i) => (cells[`E${i + 3}`] = t));
    actuals.forEach((a, i) => (cells[`F${i + 3}`] = a));
    const wb = workbook({ 表一: cells }, "'表一'!F3:F9");
    const result = await check(wb, { targetRange: "E3:E9", percentAs: "fraction" });
    expect(result).toMatchObject({ mode: "helper", helperAddress: `'${HELPER_SHEET}'!A2:D8`, syncs: 2, fallback: null });
    const helper = wb.sheet(HELPER_SHEET);
    expect(helper.visibility).toBe("Hidden");
    expect(helper.cells.get("A1")?.value).toContain("达标检查");
    // Low, high (open: 1E+300), the missed edge (tolerance + float allowance), the met allowance.
    expect([helper.cells.get("A2")?.value, helper.cells.get("B2")?.value, helper.cells.get("C2")?.value, helper.cells.get("D2")?.value]).toEqual([0.992, 1e300, 0.01 + 1e-9, 1e-9]);
    expect([helper.cells.get("A3")?.value, helper.cells.get("B3")?.value, helper.cells.get("D3")?.value]).toEqual([3, 5, 5e-9]);
    expect([helper.cells.get("A4")?.value, helper.cells.get("B4")?.value]).toEqual([-1e300, 0.005]);
    expect(helper.cells.get("C6")).toBeUndefined(); // the blank target: no colour
    expect(result.rules[0].formula).toContain(`'${HELPER_SHEET}'!A2`);
    const colours = highlighted(wb, "表一");
    targets.forEach((t, i) => {
      const expected = t === "" ? "pending" : evaluate(actuals[i], t as string | number).status;
      expect([t, statusOrNone(colours, i)]).toEqual([t, expected]);
    });
    // The user's sheet got rules only.
    expect(wb.writes().filter((e) => e.kind === "set" && e.target.startsWith("'表一'") && !e.target.includes("conditionalFormats"))).toEqual([]);
  });

  test("a second check appends below the first block of the helper sheet", async () => {
    const wb = workbook({ 表一: { A1: "≥1", B1: 1, A5: "≥2", B5: 2 } }, "'表一'!B1");
    await check(wb, { targetRange: "A1" });
    wb.selection = "'表一'!B5";
    const second = await check(wb, { targetRange: "A5" });
    // One blank row, the label, then the numbers.
    expect(second.helperAddress).toBe(`'${HELPER_SHEET}'!A5:D5`);
    expect(wb.sheet(HELPER_SHEET).cells.get("A3")).toBeUndefined();
    expect(wb.sheet(HELPER_SHEET).cells.get("A4")?.value).toContain("达标检查");
    expect(wb.sheet(HELPER_SHEET).cells.get("A5")?.value).toBe(2);
    expect(wb.sheets.filter((s) => s.name === HELPER_SHEET)).toHaveLength(1);
  });

  test("refuses text that is not a target, naming the cells, and writes nothing", async () => {
    const wb = workbook({ 表一: { A2: "≥1", A3: "见附件", A4: "比上年提高2个百分点", B2: 1, B3: 2, B4: 3 } }, "'表一'!B2:B4");
    const err = await check(wb, { targetRange: "A2:A4" }).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err.message).toContain("目标单元格 A3 无法识别为目标");
    const rel = await check(workbook({ 表一: { A2: "比上年提高2个百分点", B2: 1 } }, "'表一'!B2"), { targetRange: "A2" }).catch((e) => e);
    expect(rel.message).toContain("A2 是相对基期的目标");
    expect(wb.writes()).toEqual([]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["表一"]);
  });

  test("refuses a target range of another shape", async () => {
    const wb = workbook({ 表一: { B2: 1 } }, "'表一'!B2:B4");
    await expect(check(wb, { targetRange: "C2:C3" })).rejects.toMatchObject({
      code: "bad_selection",
      message: "目标区域 C2:C3（2 行 × 1 列）与实际值区域 B2:B4（3 行 × 1 列）大小不一致。",
    });
    expect(wb.syncs).toBe(1);
    expect(wb.writes()).toEqual([]);
    await expect(check(wb, { targetRange: "C:D" })).rejects.toMatchObject({ code: "bad_selection" });
    await expect(check(wb, { targetRange: "第二列" })).rejects.toMatchObject({ code: "bad_selection" });
  });
});

describe("checkSelection runs in Excel.run", () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  test("and maps Excel's errors", async () => {
    const wb = workbook({ 表一: { B2: 1 } }, "'表一'!B2");
    (globalThis as { Excel?: unknown }).Excel = { run: (cb: (c: unknown) => Promise<unknown>) => cb(wb.context) };
    await expect(checkSelection({ target: "≥1" })).resolves.toMatchObject({ mode: "typed" });
    const locked = new FakeWorkbook({ failOnSync: { sync: 2, code: "AccessDenied" } });
    (globalThis as { Excel?: unknown }).Excel = { run: (cb: (c: unknown) => Promise<unknown>) => cb(locked.context) };
    await expect(checkSelection({ target: "≥1" })).rejects.toMatchObject({ code: "protected" });
  });
});
