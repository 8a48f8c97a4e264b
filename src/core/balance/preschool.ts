/**
 * 学前教育普及普惠 (教督〔2020〕1号): the county roll-ups that kindergarten rows can give
 * (balance.md §4). 毛入园率 needs the county's 3–5-year-old population, typed in, because
 * its denominator is not in kindergarten returns. Thresholds are national unless overridden.
 */
import { cellNumber, type BalanceCheck } from "./verdict";

export type KindergartenKey = "name" | "nature" | "children" | "teachers" | "certified" | "classes" | "classesOk";

export type KindergartenRow = Partial<Record<KindergartenKey, string | number | null>>;

/** Header synonyms, as data. */
export const KINDERGARTEN_HEADERS: Record<KindergartenKey, string[]> = {
  name: ["园名", "幼儿园", "幼儿园名称", "单位名称", "学校名称"],
  nature: ["办园性质", "性质", "办学性质", "类别"],
  children: ["在园幼儿数", "在园幼儿", "在园人数", "幼儿数"],
  teachers: ["专任教师数", "专任教师"],
  certified: ["持证专任教师数", "持证教师数", "持证上岗教师数"],
  classes: ["班级数", "班数"],
  classesOk: ["班额达标班级数", "达标班级数", "班额达标班数"],
};

export interface PreschoolIndicator {
  code: string;
  name: string;
  /** A share (0–1) or, for the teacher ratio, children per teacher. */
  value: number;
  /** The standard: a share to reach (≥), or at most this many children per teacher; null: shown only. */
  threshold: number | null;
  direction: ">=" | "<=";
  pass: boolean | null;
}

export interface PreschoolResult {
  indicators: PreschoolIndicator[];
  pass: boolean;
  checks: BalanceCheck[];
}

export interface PreschoolOptions {
  /** The county's 3–5-year-old population: gives 毛入园率. */
  population?: number;
  /** Replaces a threshold by code (P1 … P6) or name. */
  thresholds?: Record<string, number>;
}

/** National thresholds (balance.md §4); 师幼比 has no national figure (Henan: at most 15 children per teacher). */
export const PRESCHOOL_STANDARD = [
  { code: "P1", name: "学前三年毛入园率", threshold: 0.85, direction: ">=" },
  { code: "P2", name: "普惠性幼儿园覆盖率", threshold: 0.8, direction: ">=" },
  { code: "P3", name: "公办园在园幼儿占比", threshold: 0.5, direction: ">=" },
  { code: "P4", name: "专任教师与在园幼儿比（每名教师幼儿数）", threshold: null, direction: "<=" },
  { code: "P5", name: "班额达标率", threshold: 0.85, direction: ">=" },
  { code: "P6", name: "专任教师持证上岗率", threshold: 1, direction: ">=" },
] as const;

type Nature = "公办" | "普惠性民办" | "非普惠民办";

function natureOf(v: unknown): Nature | null {
  const t = String(v ?? "").replace(/\s/g, "");
  if (/^(公办|公立|教育部门办|其他部门办|集体办)/.test(t)) return "公办";
  if (/普惠/.test(t) && !/非普惠/.test(t)) return "普惠性民办";
  if (/非普惠|^民办$/.test(t)) return "非普惠民办";
  return null;
}

export function evaluatePreschool(rows: readonly KindergartenRow[], options: PreschoolOptions = {}): PreschoolResult {
  const checks: BalanceCheck[] = [];
  const totals = { children: 0, public: 0, inclusive: 0, teachers: 0, certified: 0, classes: 0, classesOk: 0 };
  const has = { certified: true, classes: true };
  rows.forEach((row, i) => {
    const line = i + 2;
    const name = String(row.name ?? "").trim() || `第 ${line} 行`;
    const err = (column: string, message: string) => checks.push({ severity: "error", school: name, row: line, column, message });
    const nature = natureOf(row.nature);
    if (!nature) err("办园性质", `办园性质应为 公办、普惠性民办 或 非普惠民办，而不是“${String(row.nature ?? "")}”`);
    const num = (k: KindergartenKey, column: string, required: boolean): number | null => {
      const v = cellNumber(row[k] as string | number | null | undefined);
      if (v === null) {
        if (required) err(column, "未填报（空白）：请填写数字，确实为零请填0");
        return null;
      }
      if (Number.isNaN(v)) err(column, `“${String(row[k])}”不是数字`);
      else if (v < 0) err(column, `不能为负数（${v}）`);
      return Number.isNaN(v) ? null : v;
    };
    const children = num("children", "在园幼儿数", true);
    const teachers = num("teachers", "专任教师数", true);
    const certified = num("certified", "持证专任教师数", false);
    const classes = num("classes", "班级数", false);
    const ok = num("classesOk", "班额达标班级数", false);
    if (certified !== null && teachers !== null && certified > teachers) err("持证专任教师数", `持证专任教师数（${certified}）大于专任教师数（${teachers}）`);
    if (ok !== null && classes !== null && ok > classes) err("班额达标班级数", `班额达标班级数（${ok}）大于班级数（${classes}）`);
    if (certified === null) has.certified = false;
    if (classes === null || ok === null) has.classes = false;
    totals.children += children ?? 0;
    if (nature === "公办") totals.public += children ?? 0;
    if (nature === "普惠性民办") totals.inclusive += children ?? 0;
    totals.teachers += teachers ?? 0;
    totals.certified += certified ?? 0;
    totals.classes += classes ?? 0;
    totals.classesOk += ok ?? 0;
  });
  if (rows.length > 0 && totals.children === 0) checks.push({ severity: "error", school: "全县", row: 0, column: "在园幼儿数", message: "在园幼儿合计为0，无法计算" });
  if (rows.length === 0) checks.push({ severity: "error", school: "全县", row: 0, column: "", message: "没有幼儿园数据" });
  if (checks.some((c) => c.severity === "error")) return { indicators: [], pass: false, checks };

  const values: Record<string, number | null> = {
    P1: options.population !== undefined && options.population > 0 ? totals.children / options.population : null,
    P2: (totals.public + totals.inclusive) / totals.children,
    P3: totals.public / totals.children,
    P4: totals.teachers > 0 ? totals.children / totals.teachers : null,
    P5: has.classes && totals.classes > 0 ? totals.classesOk / totals.classes : null,
    P6: has.certified && totals.teachers > 0 ? totals.certified / totals.teachers : null,
  };
  const indicators: PreschoolIndicator[] = [];
  for (const s of PRESCHOOL_STANDARD) {
    const value = values[s.code];
    if (value === null) continue;
    const override = options.thresholds?.[s.code] ?? options.thresholds?.[s.name];
    const threshold = override ?? s.threshold;
    const pass = threshold === null ? null : s.direction === ">=" ? value >= threshold : value <= threshold;
    indicators.push({ code: s.code, name: s.name, value, threshold, direction: s.direction, pass });
  }
  if (options.population === undefined) {
    checks.push({ severity: "warning", school: "全县", row: 0, column: "适龄人口", message: "未给出3–5岁适龄人口（--override 适龄人口=N），不计算学前三年毛入园率" });
  }
  return { indicators, pass: indicators.every((i) => i.pass !== false), checks };
}
