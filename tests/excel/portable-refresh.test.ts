/**
 * The add-in's half of edited targets in a portable workbook: finding tables whose helper
 * cells are stale, and rewriting them. The statuses are computed by a formula engine from the
 * native formulas the applier wrote, before and after the refresh.
 */
import { evaluate, STATUS_LABELS } from "../../src/core/evaluate";
import { parseTarget } from "../../src/core/parse-target";
import { buildTemplatePlan } from "../../src/core/template";
import { STALE_LABEL } from "../../src/core/status";
import { getTemplate } from "../../src/templates";
import { applyTemplatePlanIn } from "../../src/excel/apply-template";
import { WorkbookError } from "../../src/excel/errors";
import { findTemplates } from "../../src/excel/template-memory";
import { FakeWorkbook } from "../support/fake-workbook";
import { findStaleHelpersIn, refreshHelpersIn } from "../../src/excel/portable-refresh";
import { readTemplateRowsIn } from "../../src/excel/template-rows";
import { recalculate } from "../setup/hyperformula-plan";

const SHEET = "2008教育目标";
// The larger tables take seconds on a loaded 2-core machine.
jest.setTimeout(30000);

async function portableWorkbook(options: { remember?: boolean } = {}) {
  const wb = new FakeWorkbook();
  const plan = buildTemplatePlan(getTemplate("seed-000")!, { mode: "portable" });
  const result = await applyTemplatePlanIn(wb.context, plan, { isSetSupported: wb.supports, remember: options.remember });
  return { wb, plan, result };
}

async function statusOf(wb: FakeWorkbook, table: string, row: number) {
  recalculate(wb, SHEET);
  return (await readTemplateRowsIn(wb.context, table))[row].status;
}

describe("findStaleHelpers", () => {
  test("a fresh portable table and a live table need nothing", async () => {
    const { wb } = await portableWorkbook();
    await applyTemplatePlanIn(wb.context, buildTemplatePlan(getTemplate("youzhi-junheng-2017")!), { isSetSupported: wb.supports });
    const before = wb.syncs;
    expect(await findStaleHelpersIn(wb.context)).toEqual([]);
    expect(wb.syncs - before).toBe(3);
  });

  test("edited targets are found, with the unreadable ones named; an empty workbook costs one sync", async () => {
    const { wb, result } = await portableWorkbook();
    wb.putCells(SHEET, { E2: "3~5所", E3: "办好人民满意的教育", E4: 0.95 });
    expect(await statusOf(wb, result.tableName, 0)).toBe(STALE_LABEL);
    const found = await findStaleHelpersIn(wb.context);
    expect(found).toEqual([
      { tableName: result.tableName, sheetName: SHEET, stale: 2, unreadable: [{ row: 1, target: "办好人民满意的教育", error: expect.stringContaining("办好人民满意的教育"), address: `'${SHEET}'!E3` }] },
    ]);
    const empty = new FakeWorkbook();
    expect(await findStaleHelpersIn(empty.context)).toEqual([]);
    expect(empty.syncs).toBe(1);
  });

  test("a table exported without the add-in's memory is recognised by its headers", async () => {
    const { wb, result } = await portableWorkbook({ remember: false });
    expect(wb.xmlParts).toHaveLength(0);
    wb.putCells(SHEET, { E2: "≥90%" });
    expect((await findStaleHelpersIn(wb.context)).map((t) => [t.tableName, t.stale])).toEqual([[result.tableName, 1]]);
  });
});

describe("refreshHelpers in the workbook", () => {
  test("rewrites the edited rows' helpers in three syncs; 状态 is then judged against the new target", async () => {
    const { wb, result } = await portableWorkbook();
    const [record] = await findTemplates(wb.context, { isSetSupported: wb.supports });
    wb.putCells(SHEET, { E2: "3~5所", I2: 6, E3: "办好人民满意的教育" });
    const before = wb.syncs;
    const out = await refreshHelpersIn(wb.context, result.tableName, { partId: record.partId, isSetSupported: wb.supports });
    expect(wb.syncs - before).toBe(3);
    expect(out).toMatchObject({ refreshed: 1, remembered: true, syncs: 3 });
    expect(out.unreadable.map((u) => [u.row, u.address])).toEqual([[1, `'${SHEET}'!E3`]]);

    // 6 schools against 3~5所: over the range by 1, which the template's rule calls missed.
    const expected = evaluate(6, parseTarget("3~5所")).status;
    expect(await statusOf(wb, result.tableName, 0)).toBe(STATUS_LABELS[expected]);
    expect(await statusOf(wb, result.tableName, 1)).toBe(STALE_LABEL);
    expect(await findStaleHelpersIn(wb.context)).toEqual([expect.objectContaining({ stale: 0 })]);

    // The add-in's memory follows the sheet.
    const [after] = await findTemplates(wb.context, { isSetSupported: wb.supports });
    expect(after.targets[0]).toEqual(parseTarget("3~5所"));
    expect(after.targets[1]).toEqual(record.targets[1]);
    expect(after.targets.slice(2)).toEqual(record.targets.slice(2));
  });

  test("a bare number typed into 目标 becomes text, so that 目标 and its helper agree", async () => {
    const { wb, result } = await portableWorkbook({ remember: false });
    wb.putCells(SHEET, { E2: 0.95, I2: 0.96 });
    const out = await refreshHelpersIn(wb.context, result.tableName, { isSetSupported: wb.supports });
    expect(out).toMatchObject({ refreshed: 1, remembered: false });
    expect(wb.cell(SHEET, "E2")).toMatchObject({ value: "0.95", numberFormat: "@" });
    expect(await statusOf(wb, result.tableName, 0)).toBe(STATUS_LABELS.met);
  });

  test("nothing stale: two syncs and no write", async () => {
    const { wb, result } = await portableWorkbook();
    const writes = wb.writes().length;
    const out = await refreshHelpersIn(wb.context, result.tableName, { isSetSupported: wb.supports });
    expect(out).toMatchObject({ refreshed: 0, syncs: 2 });
    expect(wb.writes().length).toBe(writes);
  });

  test("a live table has no helpers: the message names the missing column", async () => {
    const wb = new FakeWorkbook();
    const { tableName } = await applyTemplatePlanIn(wb.context, buildTemplatePlan(getTemplate("seed-000")!), { isSetSupported: wb.supports });
    const err = await refreshHelpersIn(wb.context, tableName, { isSetSupported: wb.supports }).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err.message).toContain("辅助·目标");
  });

  test("600 edited rows among 3,000 are rewritten in one request well under 5 MB; rows between are untouched", async () => {
    const wb = new FakeWorkbook();
    const def = getTemplate("seed-000")!;
    const big = { ...def, rows: Array.from({ length: 3000 }, (_, i) => ({ ...def.rows[i % def.rows.length], key: `r${i}` })) };
    const { tableName } = await applyTemplatePlanIn(wb.context, buildTemplatePlan(big, { mode: "portable" }), { isSetSupported: wb.supports });
    const edits: Record<string, string> = {};
    for (let r = 0; r < 3000; r += 5) edits[`E${r + 2}`] = "≥95.5%";
    wb.putCells(SHEET, edits);
    const untouched = wb.cell(SHEET, "O3")?.value;
    const before = wb.syncs;
    const out = await refreshHelpersIn(wb.context, tableName, { isSetSupported: wb.supports });
    expect(out.refreshed).toBe(600);
    expect(Math.max(...wb.requestBytes().slice(before))).toBeLessThan(1024 * 1024);
    expect(wb.cell(SHEET, "O2")?.value).toBe("≥95.5%");
    expect(wb.cell(SHEET, "O3")?.value).toBe(untouched);
    expect(await findStaleHelpersIn(wb.context)).toEqual([]);
  });

  test("the memory is written after the cells, so a failed write never leaves it ahead of them", async () => {
    const { wb, result } = await portableWorkbook();
    const [record] = await findTemplates(wb.context, { isSetSupported: wb.supports });
    wb.putCells(SHEET, { E2: "≥90%" });
    const before = wb.syncs;
    await refreshHelpersIn(wb.context, result.tableName, { partId: record.partId, isSetSupported: wb.supports });
    const last = wb.log.filter((e) => e.request === before + 2 && (e.kind === "set" || e.kind === "call"));
    const setXml = last.findIndex((e) => e.name === "setXml");
    expect(setXml).toBeGreaterThan(-1);
    expect(last.slice(setXml + 1).some((e) => e.name === "values" || e.name === "numberFormat")).toBe(false);
  });

  test("a template memory deleted since the pane listed it does not stop the refresh of the cells", async () => {
    const { wb, result } = await portableWorkbook();
    const [record] = await findTemplates(wb.context, { isSetSupported: wb.supports });
    wb.xmlParts.splice(0, 1);
    wb.putCells(SHEET, { E2: "≥90%" });
    const out = await refreshHelpersIn(wb.context, result.tableName, { partId: record.partId, isSetSupported: wb.supports });
    expect(out).toMatchObject({ refreshed: 1, remembered: false });
    expect(await findStaleHelpersIn(wb.context)).toEqual([]);
  });

  test("a table with its header row hidden is still found and refreshed: its column names are the headers", async () => {
    const { wb, result } = await portableWorkbook({ remember: false });
    wb.putCells(SHEET, { E2: "≥90%" });
    wb.tables[0].hasHeaders = false;
    expect((await findStaleHelpersIn(wb.context)).map((t) => t.stale)).toEqual([1]);
    expect(await findTemplates(wb.context, { isSetSupported: wb.supports })).toHaveLength(1);
    expect(await refreshHelpersIn(wb.context, result.tableName, { isSetSupported: wb.supports })).toMatchObject({ refreshed: 1 });
  });
});
