/**
 * The official answer from one row per school and 学段: each school's indicators against the
 * standard (met, ratio, number met, verdict, shortfall in natural units) and the county's
 * 差异系数 per indicator and 学段 with its verdict. Data checks (审核) come first: errors
 * block the computation, and every message names the school and the column.
 */
import { PlanError } from "../errors";
import { normalize } from "../phrase/chars";
import { coefficientOfVariation } from "./coefficient";
import { INPUT_COLUMNS, NEEDS, STAGES, type EquipmentUnit, type InputKey, type InputRow, type Stage, type WorkbookIndicator, type WorkbookStandard } from "./school-inputs";

export interface SchoolResult {
  school: string;
  stage: Stage;
  /** Spreadsheet row (1 = header) the figures came from. */
  row: number;
  values: Record<string, number>;
  /** value ÷ standard, per indicator with a standard. */
  ratios: Record<string, number>;
  met: number;
  /** null when the standard sets no per-school verdict (基本均衡). */
  pass: boolean | null;
  /** What brings each missed indicator up to standard, in its natural unit (teachers and rooms whole). */
  shortfall: Record<string, number>;
}

export interface CountyIndicator {
  stage: Stage;
  indicator: string;
  name: string;
  n: number;
  mean: number;
  sd: number;
  cv: number;
  threshold: number;
  pass: boolean;
  /** The schools that pull the CV up most: their share of S², largest first (at most 3). */
  pulls: { school: string; share: number }[];
}

export interface CountyVerdict {
  stage: Stage;
  composite: number;
  threshold: number;
  pass: boolean;
}

export interface BalanceCheck {
  severity: "error" | "warning";
  school: string;
  row: number;
  column: string;
  message: string;
}

export interface BalanceResult {
  schools: SchoolResult[];
  county: CountyIndicator[];
  verdicts: CountyVerdict[];
  checks: BalanceCheck[];
}

export interface BalanceOptions {
  equipmentUnit?: EquipmentUnit;
  /** Scope: schools (学段 rows) with fewer students are left out, e.g. 教学点 under 50 (Hebei). */
  minStudents?: number;
}

/** The raw figures that make each indicator's resource R, before the 学段 split (balance.md §2): as numbers here, as formula text in workbook-plan.ts. */
const RESOURCE: Record<string, (f: (k: InputKey) => number, yuan: number) => number> = {
  L1: (f) => f("degree"),
  L2: (f) => f("backbone"),
  L3: (f) => f("artsport"),
  // 室内体育用房 moves from 教学及辅助用房 to 体育运动场馆; blank means none.
  L4: (f) => f("teachingArea") - f("indoorSport"),
  L5: (f) => f("sportArea") + f("indoorSport"),
  L6: (f, yuan) => f("equipment") * yuan,
  L7: (f) => f("rooms"),
  B1: (f) => f("teachingArea"),
  B2: (f) => f("sportArea"),
  B3: (f, yuan) => f("equipment") * yuan,
  B4: (f) => f("computers"),
  B5: (f) => f("books"),
  B6: (f) => f("teachers"),
  B7: (f) => f("degree"),
  B8: (f) => f("titled"),
};

/** Parts that cannot exceed their whole (审核: 骨干 ≤ 专任, 室内体育用房 ≤ 教学及辅助用房 …). */
const PARTS: readonly [InputKey, InputKey][] = [
  ["indoorSport", "teachingArea"],
  ["backbone", "teachers"],
  ["degree", "teachers"],
  ["artsport", "teachers"],
  ["titled", "teachers"],
];

const header = (k: InputKey) => (INPUT_COLUMNS.find((c) => c.key === k)?.header ?? k).replace(/（[^）]*）$/, "");

/** A cell as a number: blank → null; "1,234" and full-width digits read; anything else NaN. */
export function cellNumber(v: string | number | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return v;
  const t = normalize(v).replace(/[\s,]/g, "");
  if (t === "") return null;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : NaN;
}

function stageOf(v: unknown): Stage | null {
  const t = String(v ?? "").replace(/\s/g, "").replace(/部$/, "");
  return t === "小学" ? "小学" : t === "初中" ? "初中" : null;
}

/** The 学段's share of a 一贯制 / 完全中学 school's shared resources, by weighted enrolment (balance.md §3). */
export function stageShare(std: WorkbookStandard, type: string, stage: Stage, a: number, b: number, c: number): number {
  const { nineYear: r, complete: m, twelveYear: [p, q] } = std.split;
  if (type === "九年一贯制") return stage === "小学" ? a / (a + r * b) : (r * b) / (a + r * b);
  if (type === "完全中学") return b / (b + m * c);
  if (type === "十二年一贯制") return stage === "小学" ? a / (a + p * b + q * c) : (p * b) / (a + p * b + q * c);
  return 1;
}

const SPLIT_NEEDS: Record<string, InputKey[]> = { 九年一贯制: ["primary", "junior"], 完全中学: ["junior", "senior"], 十二年一贯制: ["primary", "junior", "senior"] };

interface Prepared {
  school: string;
  stage: Stage;
  row: number;
  students: number;
  /** Resource per indicator after the split. */
  r: Record<string, number>;
}

/** Checks one row; returns its prepared figures, or null when it has an error (recorded in `checks`). */
function prepare(std: WorkbookStandard, raw: InputRow, row: number, yuan: number, checks: BalanceCheck[]): Prepared | null {
  const school = String(raw.school ?? "").trim() || `第 ${row} 行`;
  const errorsBefore = checks.filter((c) => c.severity === "error").length;
  const error = (key: InputKey | string, message: string) =>
    checks.push({ severity: "error", school, row, column: typeof key === "string" && !INPUT_COLUMNS.some((c) => c.key === key) ? key : header(key as InputKey), message });
  const stage = stageOf(raw.stage);
  if (!stage) {
    error("stage", `学段应为“小学”或“初中”，而不是“${String(raw.stage ?? "")}”`);
    return null;
  }
  const num = new Map<InputKey, number | null>();
  for (const c of INPUT_COLUMNS) {
    if (c.text) continue;
    const v = cellNumber(raw[c.key] as string | number | null | undefined);
    if (v !== null && Number.isNaN(v)) error(c.key, `“${String(raw[c.key])}”不是数字`);
    else if (v !== null && v < 0) error(c.key, `不能为负数（${v}）`);
    num.set(c.key, v !== null && Number.isNaN(v) ? null : v);
  }
  const students = num.get("students") ?? null;
  if (students === null) error("students", "在校生数为空：空白表示未填报，不能当作0");
  else if (!(students > 0)) error("students", "在校生数为0，没有学生无法计算生均指标");
  for (const code of std.indicators.map((i) => i.code)) {
    for (const k of NEEDS[code] ?? []) if (num.get(k) === null && raw[k] !== undefined && !String(raw[k] ?? "").trim()) error(k, "未填报（空白）：请填写数字，确实为零请填0");
  }
  for (const [part, whole] of PARTS) {
    const p = num.get(part);
    const w = num.get(whole);
    if (p != null && w != null && p > w) error(part, `${header(part)}（${p}）大于${header(whole)}（${w}）`);
  }
  const type = String(raw.type ?? "").trim();
  let share = 1;
  if (SPLIT_NEEDS[type]) {
    const counts = SPLIT_NEEDS[type].map((k) => num.get(k));
    SPLIT_NEEDS[type].forEach((k, i) => {
      if (counts[i] == null) error(k, `${type}学校按学段分摊校舍与设备，需要${header(k)}`);
    });
    if (counts.every((x) => x != null)) {
      const [a, b, c] = [num.get("primary") ?? 0, num.get("junior") ?? 0, num.get("senior") ?? 0];
      share = stageShare(std, type, stage, a, b, c);
      const own = stage === "小学" ? a : b;
      if (students !== null && own !== students) {
        checks.push({ severity: "warning", school, row, column: header("students"), message: `在校生数（${students}）与${stage}在校生数（${own}）不一致` });
      }
    }
  } else if (type !== "" && type !== "小学" && type !== "初中") {
    error("type", `学校类型应为 小学、初中、九年一贯制、完全中学 或 十二年一贯制，而不是“${type}”`);
  }
  if (checks.filter((c) => c.severity === "error").length > errorsBefore) return null;
  const f = (k: InputKey) => num.get(k) ?? 0;
  const r: Record<string, number> = {};
  for (const ind of std.indicators) r[ind.code] = RESOURCE[ind.code](f, yuan) * (ind.shared ? share : 1);
  return { school, stage, row, students: students as number, r };
}

function schoolResult(std: WorkbookStandard, p: Prepared): SchoolResult {
  const values: Record<string, number> = {};
  const ratios: Record<string, number> = {};
  const shortfall: Record<string, number> = {};
  let met = 0;
  let floor = true;
  for (const ind of std.indicators) {
    const k = ind.per100 ? 100 : 1;
    const value = (p.r[ind.code] / p.students) * k;
    values[ind.code] = value;
    if (!ind.thresholds) continue;
    const standard = ind.thresholds[p.stage];
    ratios[ind.code] = value / standard;
    if (value >= standard) met++;
    else shortfall[ind.code] = naturalShortfall(ind, standard, p);
    if (!(value >= std.floor * standard)) floor = false;
  }
  const pass = std.minMet === null ? null : met >= std.minMet && floor;
  return { school: p.school, stage: p.stage, row: p.row, values, ratios, met, pass, shortfall };
}

/** Teachers, m², 元 or rooms that bring the indicator to its standard; whole people and rooms round up. */
function naturalShortfall(ind: WorkbookIndicator, standard: number, p: Prepared): number {
  const need = (standard * p.students) / (ind.per100 ? 100 : 1) - p.r[ind.code];
  // Float noise must not ask for one more teacher: 3.0000000000000004 → 3.
  return ind.whole ? Math.ceil(need - 1e-9) : need;
}

/** The whole computation. Throws nothing for bad data: errors are in `checks`, and then nothing is computed. */
export function evaluateBalance(std: WorkbookStandard, rows: readonly InputRow[], options: BalanceOptions = {}): BalanceResult {
  const yuan = (options.equipmentUnit ?? "元") === "万元" ? 10000 : 1;
  const checks: BalanceCheck[] = [];
  const prepared: Prepared[] = [];
  rows.forEach((raw, i) => {
    const p = prepare(std, raw, i + 2, yuan, checks);
    if (p) prepared.push(p);
  });
  if (checks.some((c) => c.severity === "error")) return { schools: [], county: [], verdicts: [], checks };
  const inScope = prepared.filter((p) => options.minStudents === undefined || p.students >= options.minStudents);
  for (const p of prepared) {
    if (!inScope.includes(p)) checks.push({ severity: "warning", school: p.school, row: p.row, column: header("students"), message: `在校生少于 ${options.minStudents} 人，不纳入计算（范围设置）` });
  }
  const schools = inScope.map((p) => schoolResult(std, p));
  const county: CountyIndicator[] = [];
  const verdicts: CountyVerdict[] = [];
  for (const stage of STAGES) {
    const group = inScope.filter((p) => p.stage === stage);
    if (group.length === 0) continue;
    const threshold = std.cvThresholds[stage];
    const lines = std.indicators.map((ind): CountyIndicator => {
      const c = coefficientOfVariation(group.map((p) => p.r[ind.code]), group.map((p) => p.students), ind.per100, group.map((p) => p.school), `${stage}“${ind.name}”`);
      const pulls = c.shares
        .map((share, i) => ({ school: group[i].school, share }))
        .sort((a, b) => b.share - a.share)
        .slice(0, 3);
      return { stage, indicator: ind.code, name: ind.name, n: c.n, mean: c.mean, sd: c.sd, cv: c.cv, threshold, pass: c.cv <= threshold, pulls };
    });
    county.push(...lines);
    const composite = lines.reduce((t, l) => t + l.cv, 0) / lines.length;
    const pass = std.countyRule === "each" ? lines.every((l) => l.pass) : composite <= threshold;
    verdicts.push({ stage, composite, threshold, pass });
  }
  return { schools, county, verdicts, checks };
}

/** Throws the first error of `result` as a PlanError (for callers that stop at bad data). */
export function firstError(result: BalanceResult): PlanError | null {
  const e = result.checks.find((c) => c.severity === "error");
  return e ? new PlanError("bad_argument", `${e.school}（第 ${e.row} 行）“${e.column}”：${e.message}`) : null;
}
