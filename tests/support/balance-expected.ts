/**
 * What the balance workbook must show, from core (src/core/balance/verdict.ts): the oracle of
 * the HyperFormula and LibreOffice tests, in the shapes those tests read.
 */
import { evaluateBalance, type BalanceResult } from "../../src/core/balance/verdict";
import type { EquipmentUnit, InputRow, Stage, WorkbookStandard } from "../../src/core/balance/workbook-plan";

function computed(std: WorkbookStandard, rows: InputRow[], unit: EquipmentUnit): BalanceResult {
  const r = evaluateBalance(std, rows, { equipmentUnit: unit });
  const errors = r.checks.filter((c) => c.severity === "error");
  if (errors.length > 0) throw new Error(`test rows refused by core: ${errors.map((e) => `${e.school} ${e.column} ${e.message}`).join("; ")}`);
  return r;
}

/** One school row: each indicator's value and shortfall (null when met), the count met and the verdict. */
export function expectedSchool(std: WorkbookStandard, s: InputRow, unit: EquipmentUnit = "万元") {
  const r = computed(std, [s], unit).schools[0];
  const indicators: Record<string, { value: number; standard: number | null; shortfall: number | null }> = {};
  for (const ind of std.indicators) {
    indicators[ind.code] = { value: r.values[ind.code], standard: ind.thresholds ? ind.thresholds[r.stage] : null, shortfall: r.shortfall[ind.code] ?? null };
  }
  return { indicators, met: r.met, verdict: r.pass ? "达标" : "未达标" };
}

/** Per 学段 and indicator: n, X̄, S, CV and pass; `all` holds the 综合 and the county verdict. */
export function expectedCounty(std: WorkbookStandard, schools: InputRow[], unit: EquipmentUnit = "万元") {
  const r = computed(std, schools, unit);
  const out = {} as Record<Stage, Record<string, { n: number; mean?: number; sd?: number; cv: number; pass: boolean }>>;
  for (const c of r.county) {
    out[c.stage] ??= {};
    out[c.stage][c.indicator] = { n: c.n, mean: c.mean, sd: c.sd, cv: c.cv, pass: std.countyRule === "each" ? c.pass : false };
  }
  for (const v of r.verdicts) out[v.stage].all = { n: r.county.find((c) => c.stage === v.stage)?.n ?? 0, cv: v.composite, pass: v.pass };
  return out;
}
