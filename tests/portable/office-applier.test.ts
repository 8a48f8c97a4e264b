/**
 * The Office.js applier takes a portable plan unchanged (it knows no target logic): helper
 * columns written and hidden, helper text kept as text (=0% must not become a formula), the
 * four portable formulas written once per column, the stale rule added, and the same number
 * of syncs and a request under 5 MB for 10,000 rows.
 */
import { applyTemplatePlanIn } from "../../src/excel/apply-template";
import { FakeWorkbook } from "../support/fake-workbook";
import { buildTemplatePlan, type TemplateDefinition } from "../../src/core/template";
import { getTemplate } from "../../src/templates";

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

async function apply(def: TemplateDefinition) {
  const plan = buildTemplatePlan(def, { mode: "portable" });
  const wb = new FakeWorkbook();
  const result = await applyTemplatePlanIn(wb.context, plan, { isSetSupported: wb.supports });
  return { plan, wb, result };
}

test("helpers written and hidden, text stays text, formulas land in every row", async () => {
  const { plan, wb, result } = await apply(getTemplate("seed-000")!);
  const S = result.sheetName;
  const sheet = wb.sheet(S);
  // Columns O..U (14..20) are the helpers.
  expect([...sheet.hidden].sort((a, b) => a - b)).toEqual([14, 15, 16, 17, 18, 19, 20]);
  expect(wb.cell(S, "O1")?.value).toBe("辅助·目标");
  const zero = plan.values.findIndex((v) => v[4] === "=0%");
  expect(zero).toBeGreaterThanOrEqual(0);
  const r = zero + 2;
  expect(wb.cell(S, `E${r}`)).toMatchObject({ value: "=0%", numberFormat: "@" });
  expect(wb.cell(S, `O${r}`)).toMatchObject({ value: "=0%", numberFormat: "@" });
  expect(wb.cell(S, `P${r}`)).toMatchObject({ value: "=", numberFormat: "@" });
  expect(wb.cell(S, `Q${r}`)?.value).toBe(0);
  for (const [c, j] of [["J", 9], ["K", 10], ["L", 11], ["U", 20]] as const) {
    expect(wb.cell(S, `${c}${r}`)?.formula).toBe(plan.formulas[zero][j]);
  }
  expect(sheet.conditionalFormats.filter((f) => f.formula === '=$L2="目标已修改，请刷新"').map((f) => f.address).sort()).toEqual(["E2:E44", "L2:L44"]);
});

test("10 and 10,000 rows take the same syncs, and each request stays under 5 MB", async () => {
  const def = getTemplate("seed-000")!;
  const rows = (n: number) => ({ ...def, rows: Array.from({ length: n }, (_, i) => ({ ...def.rows[i % def.rows.length], key: `r${i}` })) });
  const small = await apply(rows(10));
  const large = await apply(rows(10000));
  expect(large.wb.syncs).toBe(small.wb.syncs);
  expect(Math.max(...large.wb.requestBytes())).toBeLessThan(5 * 1024 * 1024);
}, 60000);
