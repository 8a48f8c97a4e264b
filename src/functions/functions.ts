/* global CustomFunctions */
/**
 * PLAN.* custom functions: thin wrappers over src/core. Each is synchronous and pure; every
 * core failure becomes #VALUE! or #N/A with a message, never a raw exception. The metadata
 * (functions.json) is generated from these JSDoc blocks; the Chinese names live in
 * functions.zh-cn.json, keyed by the ids below.
 */
import { coefficientOfVariation } from "../core/balance/coefficient";
import { PlanError } from "../core/errors";
import { judge, readActual, STATUS_LABELS, type Evaluation } from "../core/evaluate";
import { parseQuantity } from "../core/number";
import { cachedTarget } from "../core/target-cache";
import { targetBounds, type Target } from "../core/target";

/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata generator knows only any/number/string/boolean, not unions or aliases; a cell may hold any of them. */
type Cell = any;

/**
 * The shortfall of an actual value against a target, in the target's own unit: 0 when met, positive when missed.
 * @customfunction TARGET_GAP
 * @param actual The actual value (a number, or text such as 99.2% or 1,500人). Blank means not yet reported.
 * @param target The target: a number, or text such as ≥99.2%, 控制在0.5%以内, 3~5所, +3pp, 1:15.
 * @param [baseline] The baseline (基期值), needed for increase or decrease targets such as 比上年提高3个百分点.
 * @param [tolerance] Unused by the gap; accepted so that all PLAN.TARGET_* functions share one signature.
 * @returns The gap, or blank while the actual is blank.
 */
export function targetGap(actual: any, target: any, baseline?: any, tolerance?: any): any {
  try {
    const gap = checkedGap(actual, target, baseline, tolerance);
    return gap === null ? "" : gap;
  } catch (e) {
    throw toExcelError(e);
  }
}

/** The gap of TARGET_GAP and TARGET_MET, or null while the actual is blank (the tolerance is checked, unused). */
function checkedGap(actual: Cell, target: Cell, baseline: Cell, tolerance: Cell): number | null {
  const a = readActual(actual);
  if (a === null) return null;
  const t = cachedTarget(target);
  const j = judged(a, t, readBaseline(baseline), readTolerance(tolerance));
  return j.gap as number;
}

/**
 * Whether an actual value meets a target.
 * @customfunction TARGET_MET
 * @param actual The actual value. Blank means not yet reported.
 * @param target The target: a number or target text.
 * @param [baseline] The baseline, for increase or decrease targets.
 * @param [tolerance] Unused; accepted so that all PLAN.TARGET_* functions share one signature.
 * @returns TRUE when met, FALSE when not, blank while the actual is blank.
 */
export function targetMet(actual: any, target: any, baseline?: any, tolerance?: any): any {
  try {
    const gap = checkedGap(actual, target, baseline, tolerance);
    return gap === null ? "" : gap === 0;
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * The status of an actual value against a target: 达标 (met), 接近 (at risk), 未达标 (missed) or 待填报 (pending).
 * @customfunction TARGET_STATUS
 * @param actual The actual value. Blank gives 待填报.
 * @param target The target: a number or target text.
 * @param [baseline] The baseline, for increase or decrease targets.
 * @param [tolerance] How far a miss may be and still count as 接近, in the target's unit (0.01 = 1 percentage point). Default: 1 percentage point for percent targets, 5% of the target otherwise; 0 turns it off.
 * @returns The status label.
 */
export function targetStatus(actual: any, target: any, baseline?: any, tolerance?: any): string {
  try {
    const t = cachedTarget(target);
    const a = readActual(actual);
    if (a === null) return STATUS_LABELS.pending;
    return STATUS_LABELS[judged(a, t, readBaseline(baseline), readTolerance(tolerance)).status];
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * Progress towards a target: (actual − baseline) / (target − baseline) with a baseline, else actual / target. Not clipped.
 * @customfunction TARGET_PROGRESS
 * @param actual The actual value. Blank means not yet reported.
 * @param target The target: a number or target text.
 * @param [baseline] The baseline (基期值).
 * @returns The progress as a fraction (1 = 100%), or blank while the actual is blank.
 */
export function targetProgress(actual: any, target: any, baseline?: any): any {
  try {
    const a = readActual(actual);
    if (a === null) return "";
    const t = cachedTarget(target);
    const p = judged(a, t, readBaseline(baseline), null).progress;
    if (p === null) throw new PlanError("bad_argument", "目标值为0，无法计算进度", String(target));
    return p;
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * Parses a target into one row: comparator, low, high, unit, percent flag.
 * @customfunction TARGET_PARSE
 * @param target The target text, such as 达到99.2%以上 or 比上年提高3-5个百分点.
 * @returns One row: comparator, low bound, high bound, unit, and TRUE when the values are percentages.
 */
export function targetParse(target: any): any[][] {
  try {
    const t = cachedTarget(target);
    const { low, high } = targetBounds(t);
    return [[t.comparator, low === null ? "" : low, high === null ? "" : high, t.unit === null ? "" : t.unit, t.percent]];
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * The 校际差异系数 the official way: weighted by enrolment, X̄ = ΣR/ΣP, S = sqrt(Σ (P_i/P)(R_i/P_i − X̄)²), CV = S/X̄.
 * Named SCHOOL_CV, not CV: Excel needs custom-function names of at least three characters.
 * @customfunction SCHOOL_CV
 * @param resources Each school's resource: teachers, m², 元 or rooms (one cell per school).
 * @param students Each school's students, in the same order. Rows where both cells are blank are skipped.
 * @param [per100] TRUE for 每百名学生 indicators (X̄ ×100; the CV is the same).
 * @returns The coefficient of variation.
 */
export function schoolCv(resources: any[][], students: any[][], per100?: any): number {
  try {
    const r: number[] = [];
    const p: number[] = [];
    const rs = resources.flat();
    const ps = students.flat();
    if (rs.length !== ps.length) throw new PlanError("bad_argument", `资源区域（${rs.length} 格）与在校生区域（${ps.length} 格）大小不同`);
    for (let i = 0; i < rs.length; i++) {
      const a = readActual(rs[i]);
      const b = readActual(ps[i]);
      if (a === null && b === null) continue; // another 学段's row, or an empty line
      if (b === null) throw new PlanError("bad_argument", `第 ${i + 1} 格的在校生数为空：空白表示未填报，无法计算`);
      if (a === null) throw new PlanError("bad_argument", `第 ${i + 1} 格的资源数为空：空白表示未填报，无法计算`);
      r.push(a);
      p.push(b);
    }
    const k = per100 === true || per100 === 1 || per100 === "TRUE";
    if (per100 !== undefined && per100 !== null && per100 !== "" && typeof per100 !== "boolean" && per100 !== 0 && per100 !== 1) {
      throw new PlanError("bad_argument", "每百名参数应为 TRUE 或 FALSE", per100);
    }
    return coefficientOfVariation(r, p, k, r.map((_, i) => `第 ${i + 1} 所学校`)).cv;
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * Reads a number written in Chinese or Arabic numerals: 一万二, 二零二五, 百分之九十五, 三分之二, 3.5万, 1,500人.
 * @customfunction CN_NUMBER
 * @param text The text holding one number. Percentages come back as fractions (95% gives 0.95).
 * @returns The number.
 */
export function cnNumber(text: any): number {
  try {
    if (typeof text === "number") return text;
    if (typeof text !== "string" || text.trim() === "") {
      throw new PlanError("not_a_number", "请提供一段包含数字的文本", text === null || text === undefined ? "" : text);
    }
    return parseQuantity(text).value;
  } catch (e) {
    throw toExcelError(e);
  }
}

function readBaseline(cell: Cell): number | null {
  return cell === undefined ? null : readActual(cell);
}

function readTolerance(cell: Cell): number | null {
  if (cell === null || cell === undefined || cell === "") return null;
  const n = readActual(cell);
  if (n === null || !(n >= 0) || n === Infinity) {
    throw new PlanError("bad_argument", `容差应为不小于0的数，而不是“${String(cell)}”`, cell);
  }
  return n;
}

/** core judge(); a target that needs a usable baseline becomes #N/A with judge's reason. */
function judged(a: number, t: Target, b: number | null, tolerance: number | null): Evaluation {
  const j = judge(a, t, b, tolerance);
  if (j.status === "not_applicable") throw new PlanError("needs_baseline", j.reason as string, "");
  return j;
}

/** #N/A where a value is missing (no baseline); #VALUE! where an input is wrong. */
function toExcelError(e: unknown): CustomFunctions.Error {
  if (e instanceof PlanError) {
    const code = e.code === "needs_baseline" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, e.message);
  }
  // A core bug must still surface as a cell error with a message, not a crashed function.
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "Dabiao 内部错误：" + String((e as Error)?.message ?? e));
}
