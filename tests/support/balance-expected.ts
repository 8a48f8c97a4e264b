/**
 * The official formulas of balance.md written plainly, as the oracle of the workbook tests
 * (until the core's balance evaluation, built on another branch, is merged and takes over).
 */
import type { InputRow, Stage, WorkbookStandard } from "../../src/core/balance/workbook-plan";

const n = (x: unknown) => (typeof x === "number" ? x : 0);

function share(std: WorkbookStandard, s: InputRow): number {
  const [a, b, c] = [n(s.primary), n(s.junior), n(s.senior)];
  const { nineYear: r, complete: m, twelveYear: [p, q] } = std.split;
  if (s.type === "九年一贯制") return s.stage === "小学" ? a / (a + r * b) : (r * b) / (a + r * b);
  if (s.type === "完全中学") return b / (b + m * c);
  if (s.type === "十二年一贯制") return s.stage === "小学" ? a / (a + p * b + q * c) : (p * b) / (a + p * b + q * c);
  return 1;
}

function resource(code: string, s: InputRow): number {
  switch (code) {
    case "L1": return n(s.degree);
    case "L2": return n(s.backbone);
    case "L3": return n(s.artsport);
    case "L4": return n(s.teachingArea) - n(s.indoorSport);
    case "L5": return n(s.sportArea) + n(s.indoorSport);
    case "L6": return n(s.equipment) * 10000;
    case "L7": return n(s.rooms);
    case "B1": return n(s.teachingArea);
    case "B2": return n(s.sportArea);
    case "B3": return n(s.equipment) * 10000;
    case "B4": return n(s.computers);
    case "B5": return n(s.books);
    case "B6": return n(s.teachers);
    case "B7": return n(s.degree);
    case "B8": return n(s.titled);
    default: throw new Error(code);
  }
}

export function expectedSchool(std: WorkbookStandard, s: InputRow) {
  const stage = s.stage as Stage;
  const P = n(s.students);
  const indicators: Record<string, { r: number; value: number; standard: number | null; shortfall: number | null }> = {};
  let met = 0;
  let floor = true;
  for (const ind of std.indicators) {
    const r = resource(ind.code, s) * (ind.shared ? share(std, s) : 1);
    const value = ind.per100 ? (r / P) * 100 : r / P;
    if (!ind.thresholds) {
      indicators[ind.code] = { r, value, standard: null, shortfall: null };
      continue;
    }
    const standard = ind.thresholds[stage];
    const need = (standard * P) / (ind.per100 ? 100 : 1) - r;
    indicators[ind.code] = { r, value, standard, shortfall: value >= standard ? null : ind.whole ? Math.ceil(need) : need };
    if (value >= standard) met++;
    if (!(value >= std.floor * standard)) floor = false;
  }
  return { indicators, met, verdict: std.minMet !== null && met >= std.minMet && floor ? "达标" : "未达标" };
}

export function expectedCounty(std: WorkbookStandard, schools: InputRow[]) {
  const out = {} as Record<Stage, Record<string, { n: number; mean?: number; sd?: number; cv: number; pass: boolean }>>;
  for (const stage of ["小学", "初中"] as Stage[]) {
    const rows = schools.filter((s) => s.stage === stage);
    out[stage] = {};
    const P = rows.reduce((t, s) => t + n(s.students), 0);
    let all = true;
    let sum = 0;
    for (const ind of std.indicators) {
      const k = (ind.per100 ? 100 : 1);
      const xs = rows.map((s) => ({ p: n(s.students), x: expectedSchool(std, s).indicators[ind.code] }));
      const mean = (xs.reduce((t, v) => t + v.x.r, 0) / P) * k;
      const sd = Math.sqrt(xs.reduce((t, v) => t + v.p * (v.x.value - mean) ** 2, 0) / P);
      const cv = sd / mean;
      const pass = std.countyRule === "each" ? cv <= std.cvThresholds[stage] : false;
      all &&= pass;
      sum += cv;
      out[stage][ind.code] = { n: rows.length, mean, sd, cv, pass };
    }
    const composite = sum / std.indicators.length;
    out[stage].all = { n: rows.length, cv: composite, pass: std.countyRule === "each" ? all : composite <= std.cvThresholds[stage] };
  }
  return out;
}

/**
 * The official weighted CV over paired cells (balance.md §1): a pair with both cells blank is
 * skipped (another 学段's row); a blank or non-positive enrolment beside a figure is an error.
 */
export function officialCv(resources: unknown[], students: unknown[], per100: boolean): { cv: number; mean: number; sd: number; n: number } {
  const blank = (x: unknown) => x === null || x === undefined || x === "";
  const pairs: [number, number][] = [];
  resources.forEach((r, i) => {
    const p = students[i];
    if (blank(r) && blank(p)) return;
    if (typeof p !== "number" || !(p > 0)) throw new Error(`第 ${i + 1} 行在校生数为空或不大于0`);
    if (typeof r !== "number") throw new Error(`第 ${i + 1} 行资源数不是数字`);
    pairs.push([r, p]);
  });
  const k = per100 ? 100 : 1;
  const P = pairs.reduce((t, [, p]) => t + p, 0);
  const mean = (pairs.reduce((t, [r]) => t + r, 0) / P) * k;
  const sd = Math.sqrt(pairs.reduce((t, [r, p]) => t + p * ((r / p) * k - mean) ** 2, 0) / P);
  return { cv: sd / mean, mean, sd, n: pairs.length };
}
