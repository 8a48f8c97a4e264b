/**
 * What the computed balance sheets say, for the pane: the county verdict per 学段, the schools
 * failing each indicator (with the cell to select) and the data-check messages. Reads the
 * values Excel calculated; columns are found by their headers, so a moved column still reads.
 */
import { cellA1, qualify } from "../a1";
import { BALANCE_LABELS, countyRowKeys, schoolKeys, STAGES, type Stage, type WorkbookStandard } from "./workbook-plan";
import { buildBalanceWorkbookPlan } from "./workbook-plan";

export interface CountyVerdict {
  stage: Stage;
  /** 达标, 未达标, 数据有误, or "" while no school of this 学段 is entered. */
  verdict: string;
  composite: number | null;
  /** Indicators whose CV is over its threshold. */
  over: { code: string; name: string; cv: number; threshold: number }[];
}

export interface FailingSchool {
  school: string;
  stage: Stage;
  value: number;
  standard: number;
  shortfall: number | null;
  /** The value cell, sheet-qualified, to select. */
  address: string;
}

export interface BalanceOutcome {
  county: CountyVerdict[];
  /** Per indicator (in the standard's order), the schools below its standard. */
  failing: { code: string; name: string; unit: string; schools: FailingSchool[] }[];
  /** Rows whose data check is not empty. */
  checks: { school: string; stage: string; message: string; address: string }[];
  /** School rows with figures (valid or not). */
  rows: number;
}

export interface SheetValues {
  sheetName: string;
  /** Header row first, as read from the used range starting at A1. */
  values: unknown[][];
}

const num = (x: unknown): number | null => (typeof x === "number" && Number.isFinite(x) ? x : null);
const text = (x: unknown): string => (x === null || x === undefined ? "" : String(x));

/** Reads the computed school and county sheets written for `std`. */
export function balanceOutcome(std: WorkbookStandard, school: SheetValues, county: SheetValues): BalanceOutcome {
  const shape = buildBalanceWorkbookPlan(std, { rows: 1, mode: "portable" });
  const header = (sheet: SheetValues, plan: (typeof shape.sheets)[number]) => {
    const row = (sheet.values[0] ?? []).map(text);
    return (key: string) => {
      const h = plan.columns.find((c) => c.key === key)?.header;
      return h === undefined ? -1 : row.indexOf(h);
    };
  };
  const sc = header(school, shape.sheets[1]);
  const cc = header(county, shape.sheets[2]);

  const failing: BalanceOutcome["failing"] = std.indicators.map((ind) => ({ code: ind.code, name: ind.name, unit: ind.shortfallUnit, schools: [] }));
  const checks: BalanceOutcome["checks"] = [];
  let rows = 0;
  school.values.slice(1).forEach((r, i) => {
    const name = text(r[sc("school")]);
    const stage = text(r[sc("stage")]);
    const message = text(r[sc("check")]);
    if (name === "" && stage === "" && message === "") return;
    rows++;
    if (message !== "") {
      checks.push({ school: name, stage, message, address: qualify(school.sheetName, cellA1(i + 1, sc("check"))) });
      return;
    }
    std.indicators.forEach((ind, k) => {
      const keys = schoolKeys(ind.code);
      const value = num(r[sc(keys.value)]);
      const standard = num(r[sc(keys.standard)]);
      if (value === null || standard === null || value >= standard) return;
      failing[k].schools.push({
        school: name,
        stage: stage as Stage,
        value,
        standard,
        shortfall: num(r[sc(keys.shortfall)]),
        address: qualify(school.sheetName, cellA1(i + 1, sc(keys.value))),
      });
    });
  });

  const keys = countyRowKeys(std);
  const countyRows = county.values.slice(1);
  const verdicts: CountyVerdict[] = STAGES.map((stage) => {
    const mine = keys.map((k, i) => ({ k, r: countyRows[i] ?? [] })).filter((x) => x.k.stage === stage);
    const all = mine.find((x) => x.k.code === "all");
    const over = mine
      .filter((x) => x.k.code !== "all" && text(x.r[cc("verdict")]) === BALANCE_LABELS.missed)
      .map((x) => {
        const ind = std.indicators.find((d) => d.code === x.k.code);
        return { code: x.k.code, name: ind?.name ?? x.k.code, cv: num(x.r[cc("cv")]) ?? NaN, threshold: num(x.r[cc("threshold")]) ?? NaN };
      });
    return { stage, verdict: text(all?.r[cc("verdict")]), composite: num(all?.r[cc("cv")]), over };
  });
  return { county: verdicts, failing, checks, rows };
}
