/**
 * Reading an inserted template back for the summary, and filling 实际值 from a summary: on
 * the fake workbook, after the real applier wrote the table and a formula engine computed
 * 状态 (so the statuses read back are the PLAN functions' own answers).
 */
import { evaluate } from "../../src/core/evaluate";
import { parseTarget } from "../../src/core/parse-target";
import { buildTemplatePlan } from "../../src/core/template";
import { getTemplate } from "../../src/templates";
import { applyTemplatePlanIn } from "../../src/excel/apply-template";
import { WorkbookError } from "../../src/excel/errors";
import { FakeWorkbook } from "../support/fake-workbook";
import { readTemplateRowsIn, writeActualsIn } from "../../src/excel/template-rows";
import { recalculate } from "../setup/hyperformula-plan";

const SHEET = "2008教育目标";
jest.setTimeout(30000);

async function inserted(options: { selection?: string; sheets?: string[] } = {}) {
  const wb = new FakeWorkbook({ sheets: options.sheets ?? ["Sheet1"], ...(options.selection ? { selection: options.selection } : {}) });
  const plan = buildTemplatePlan(getTemplate("seed-000")!);
  const result = await applyTemplatePlanIn(wb.context, plan, { isSetSupported: wb.supports, atSelection: Boolean(options.selection) });
  return { wb, plan, result };
}

function syncsOf(wb: FakeWorkbook, fn: () => Promise<unknown>): Promise<number> {
  const before = wb.syncs;
  return fn().then(() => wb.syncs - before);
}

describe("readTemplateRows", () => {
  test("every row of seed-000 comes back with its target, its actual cell and the status the formulas computed", async () => {
    const { wb, plan, result } = await inserted();
    // Actual values as a statistician types them: percent targets as fractions.
    wb.putCells(SHEET, { I2: 1, I3: 0.97, I5: 0.0045, I6: "九十五" });
    recalculate(wb, SHEET);
    const before = wb.syncs;
    const rows = await readTemplateRowsIn(wb.context, result.tableName);
    expect(wb.syncs - before).toBe(2);

    expect(rows).toHaveLength(plan.values.length);
    const def = getTemplate("seed-000")!;
    rows.forEach((r, i) => {
      expect(r.row).toBe(i);
      expect(r.indicator).toBe(def.rows[i].indicator);
      expect(r.target).toBe(plan.values[i][plan.columns.findIndex((c) => c.key === "target")]);
      expect(r.actualAddress).toBe(`'${SHEET}'!I${i + 2}`);
    });
    const expected = (actual: number, row: number) => evaluate(actual, parseTarget(rows[row].target)).status;
    expect(rows[0]).toMatchObject({ actual: 1, status: "达标" });
    expect(expected(1, 0)).toBe("met");
    expect(rows[1].status).toBe({ met: "达标", at_risk: "接近", missed: "未达标", pending: "待填报", not_applicable: "不适用" }[expected(0.97, 1)]);
    expect(rows[4].actual).toBe("九十五");
    expect(rows[2]).toMatchObject({ actual: "", status: "待填报" });
    expect(rows.map((r) => r.section)).toEqual(def.rows.map((d) => d.section ?? null));
    expect(new Set(rows.map((r) => r.section)).size).toBeGreaterThan(1);
  });

  test("a table placed at a selection reports the addresses where its cells are", async () => {
    const { wb, result } = await inserted({ selection: "Sheet1!C4" });
    const rows = await readTemplateRowsIn(wb.context, result.tableName);
    // Header at C4: data from row 5, 实际值 is the ninth column (K).
    expect(rows[0].actualAddress).toBe("'Sheet1'!K5");
    expect(rows[3].actualAddress).toBe("'Sheet1'!K8");
  });

  test("blank rows the statistician added are left out; the row numbers stay the table's own", async () => {
    const { wb, result } = await inserted();
    wb.putCells(SHEET, { C3: "", E3: "" });
    const rows = await readTemplateRowsIn(wb.context, result.tableName);
    expect(rows.map((r) => r.row).slice(0, 3)).toEqual([0, 2, 3]);
  });

  test("a renamed header is named in the message; a missing table is a readable not_found", async () => {
    const { wb, result } = await inserted();
    wb.putCells(SHEET, { I1: "实绩" });
    const err = await readTemplateRowsIn(wb.context, result.tableName).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err).toMatchObject({ code: "not_found" });
    expect(err.message).toContain("“实际值”列");
    expect(err.message).toContain(result.tableName);

    const gone = await readTemplateRowsIn(wb.context, "没有这个表").catch((e) => e);
    expect(gone).toBeInstanceOf(WorkbookError);
    expect(gone.code).toBe("not_found");
    expect(gone.message).toMatch(/找不到/);
  });
});

describe("writeActuals", () => {
  test("writes only into empty 实际值 cells, in three syncs, and the statuses follow", async () => {
    const { wb, result } = await inserted();
    wb.putCells(SHEET, { I3: 0.9, I4: { formula: "=0.5" } });
    const before = wb.syncs;
    const out = await writeActualsIn(wb.context, result.tableName, [
      { row: 0, value: 1 }, // empty: written
      { row: 1, value: 0.99 }, // holds 0.9: skipped
      { row: 2, value: 0.99 }, // holds a formula: skipped
      { row: 3, value: 0.004 }, // empty: written
      { row: 3, value: 0.1 }, // repeat: skipped
      { row: 500, value: 1 }, // not in the table: skipped
      { row: 5, value: Number.NaN }, // not a number: skipped
    ]);
    expect(wb.syncs - before).toBe(3);
    expect(out).toEqual({ written: 2, skipped: 5, syncs: 3 });
    expect(wb.cell(SHEET, "I2")?.value).toBe(1);
    expect(wb.cell(SHEET, "I3")?.value).toBe(0.9);
    expect(wb.cell(SHEET, "I4")?.formula).toBe("=0.5");
    expect(wb.cell(SHEET, "I5")?.value).toBe(0.004);
    expect(wb.cell(SHEET, "I7")?.value).toBeUndefined();

    recalculate(wb, SHEET);
    const rows = await readTemplateRowsIn(wb.context, result.tableName);
    expect(rows[0].status).toBe("达标");
    expect(rows[3]).toMatchObject({ target: "≤0.5%", actual: 0.004, status: "达标" });
  });

  test("the number of syncs does not grow with the number of writes", async () => {
    const wb = new FakeWorkbook();
    const def = getTemplate("seed-000")!;
    const big = { ...def, rows: Array.from({ length: 2000 }, (_, i) => ({ ...def.rows[i % def.rows.length], key: `r${i}` })) };
    const { tableName } = await applyTemplatePlanIn(wb.context, buildTemplatePlan(big), { isSetSupported: wb.supports });
    const writes = Array.from({ length: 2000 }, (_, row) => ({ row, value: 0.99 }));
    const requests = wb.syncs;
    expect(await syncsOf(wb, () => writeActualsIn(wb.context, tableName, writes))).toBe(3);
    // One write over the span, not one call per cell: far under Excel on the web's 5 MB.
    expect(Math.max(...wb.requestBytes().slice(requests))).toBeLessThan(100 * 1024);
    expect(wb.cell(wb.sheets[1].name, "I2001")?.value).toBe(0.99);
    expect(await syncsOf(wb, () => writeActualsIn(wb.context, tableName, writes.slice(0, 10)))).toBe(2); // all full now: nothing to write
  });

  test("a protected sheet fails with the protected message, not a raw error", async () => {
    const { wb, result } = await inserted();
    wb.failOnSync = { sync: wb.syncs + 3, code: "AccessDenied" };
    const err = await writeActualsIn(wb.context, result.tableName, [{ row: 0, value: 1 }]).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err.code).toBe("protected");
  });
});
