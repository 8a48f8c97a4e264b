/**
 * Judging an actual figure against a plan target: 达标 / 接近 / 未达标 / 待填报 / 不适用.
 *
 * Choices (all numbers follow Excel's convention: 99.2% → 0.992, 3个百分点 → 0.03):
 * - gap is the shortfall in the target's own unit, never negative: `>=` target − actual,
 *   `<=` actual − target, range distance to the nearest bound, `=`/ratio |actual − reference|
 *   (ratio a:b compares with a/b).
 * - increase_by/decrease_by need a baseline (else gap NaN → 不适用). The required change is
 *   `value`, or `min` for a range (going past `max` is still met). Unit "%" (and 倍: 增长1倍 =
 *   doubled) is relative growth: required level = baseline ± |baseline|×v (|baseline| so 增长
 *   means upwards even from a negative baseline), and the gap is expressed as a growth rate,
 *   (level − actual)/|baseline|, i.e. in the target's own unit, so tolerance 0.01 = 1 point of
 *   growth. A baseline of 0 carries no relative growth → 不适用. Any other unit (个百分点, 人 …)
 *   is absolute: level = baseline ± v, gap in that unit.
 * - Comparisons use a relative epsilon of 1e-9 × max(1, |a|, |b|): float noise (0.1 + 0.2)
 *   counts as equal and such a gap is exactly 0. The floor of 1 makes it absolute (1e-9) near 0.
 * - Status: met ⇔ gap 0; at_risk (接近) when 0 < gap ≤ tolerance; missed otherwise.
 *   Tolerance is absolute, in the target's unit. Default: 0.01 (1个百分点) for percent targets,
 *   else 5% of |targetReference|. 0 switches the at-risk band off; negative/non-finite →
 *   PlanError("bad_argument").
 * - Progress (not clipped): with a baseline (actual − baseline)/(level − baseline), level being
 *   the reference or, for increase_by/decrease_by, the required level (so improvement is
 *   positive). Without one: actual/reference, except `<=` which uses reference/actual (the
 *   逆指标 completion-rate convention, so that progress ≥ 1 still means reached).
 *   A zero denominator gives 1 if the target is met, else NaN.
 * - Blank (null, undefined, "" or whitespace-only text) is no value → 待填报. Text holding a
 *   number is read with parseQuantity ("99.2%" → 0.992, "九十五", "1,500人"). Booleans,
 *   NaN/±Infinity, objects and unreadable text → PlanError("not_a_number").
 */
import { PlanError } from "./errors";
import { parseQuantity } from "./number";
import { parseTarget } from "./parse-target";
import { COMPARATORS, numericTarget, Target, targetReference } from "./target";

import type { Status } from "./status";

export { STATUS_LABELS, type Status } from "./status";

export interface Evaluation {
  status: Status;
  /** Shortfall in the target's unit (0 when met); null when pending or not applicable. */
  gap: number | null;
  /** 1 = exactly reached; null when undefined. */
  progress: number | null;
  /** Why there is no judgement (pending / not applicable); null otherwise. */
  reason: string | null;
}

export interface EvaluateOptions {
  /** Last year's value (比上年…); a number or text holding one. Blank = none. */
  baseline?: number | string | null;
  /** Absolute at-risk band in the target's unit; null/undefined = defaultTolerance. */
  tolerance?: number | null;
}

/** Relative float allowance: gaps within 1e-9 × max(1, |a|, |b|) are 0. Formula translations read it too. */
export const FLOAT_EPSILON = 1e-9;
const EPS = FLOAT_EPSILON;

/** The default at-risk band: 1 percentage point for percent targets, else 5% of the target. */
export const DEFAULT_TOLERANCE = { percent: 0.01, shareOfTarget: 0.05 } as const;

/** Units of relative change: 增长5% and 增长1倍 scale with the baseline; 个百分点, 人 … are absolute. */
export const RELATIVE_CHANGE_UNITS: readonly string[] = ["%", "％", "倍"];
/** Plain decimal text: read it without going through parseQuantity (hot path). */
const PLAIN_NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const BLANK = /^\s*$/;

/** need − have, snapped to 0 when at or within float noise of meeting it. */
function shortfall(need: number, have: number): number {
  const d = need - have;
  return d <= EPS * Math.max(1, Math.abs(need), Math.abs(have)) ? 0 : d;
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

/** An increase/decrease target whose change is relative (比上年增长5%): level = baseline × (1 ± v). */
export function isRelativeChange(t: Target): boolean {
  return (t.comparator === "increase_by" || t.comparator === "decrease_by") && t.unit !== null && RELATIVE_CHANGE_UNITS.includes(t.unit);
}

/** The level increase_by/decrease_by asks for; NaN without a usable baseline. */
function requiredLevel(t: Target, baseline: number | null): number {
  if (baseline === null) return NaN;
  const change = t.value !== null ? t.value : (t.min as number);
  const sign = t.comparator === "decrease_by" ? -1 : 1;
  if (isRelativeChange(t)) {
    if (baseline === 0) return NaN;
    return baseline + sign * Math.abs(baseline) * change;
  }
  return baseline + sign * change;
}

/** Text for PlanError.input that cannot itself throw (String() of an object can). */
function describe(x: unknown): string {
  if (x === null || typeof x !== "object" && typeof x !== "function") return String(x);
  return Array.isArray(x) ? "[array]" : "[" + typeof x + "]";
}

/** A cell value → number; blank → null; unreadable → PlanError("not_a_number"). */
export function readActual(x: unknown): number | null {
  if (typeof x === "number") {
    if (x - x === 0) return x; // finite
    throw new PlanError("not_a_number", "数值无效", x);
  }
  if (x === null || x === undefined) return null;
  if (typeof x === "string") {
    if (x.length === 0) return null;
    if (PLAIN_NUMBER.test(x)) {
      const n = Number(x);
      if (n - n === 0) return n;
      throw new PlanError("not_a_number", "数值超出范围", x);
    }
    if (BLANK.test(x)) return null;
    const v = parseQuantity(x).value;
    if (typeof v === "number" && v - v === 0) return v;
    throw new PlanError("not_a_number", "无法读取数值", x);
  }
  throw new PlanError("not_a_number", "不是数值", describe(x));
}

/** Shortfall in the target's own unit: 0 when met, positive when missed. NaN when the target needs a baseline that is null. */
export function gapOf(actual: number, target: Target, baseline: number | null): number {
  switch (target.comparator) {
    case ">=":
      return shortfall(target.value as number, actual);
    case "<=":
      return shortfall(actual, target.value as number);
    case "=":
    case "ratio": {
      const r = targetReference(target);
      return Math.max(shortfall(r, actual), shortfall(actual, r));
    }
    case "range": {
      const low = target.min === null ? 0 : shortfall(target.min, actual);
      const high = target.max === null ? 0 : shortfall(actual, target.max);
      return Math.max(low, high);
    }
    case "increase_by":
    case "decrease_by": {
      const level = requiredLevel(target, baseline);
      const g = target.comparator === "increase_by" ? shortfall(level, actual) : shortfall(actual, level);
      // Relative growth: express the shortfall as a growth rate (the target's unit).
      return isRelativeChange(target) ? g / Math.abs(baseline as number) : g;
    }
  }
  return NaN;
}

function fraction(num: number, den: number, denZero: boolean, actual: number, target: Target, baseline: number | null): number {
  if (denZero) return gapOf(actual, target, baseline) === 0 ? 1 : NaN;
  return num / den;
}

/** Progress towards the target (1 = reached; not clipped). NaN when undefined. */
export function progressOf(actual: number, target: Target, baseline: number | null): number {
  const c = target.comparator;
  if (c === "increase_by" || c === "decrease_by") {
    const level = requiredLevel(target, baseline);
    if (level !== level) return NaN;
    const b = baseline as number;
    return fraction(actual - b, level - b, nearlyEqual(level, b), actual, target, baseline);
  }
  const ref = targetReference(target);
  if (baseline !== null) {
    return fraction(actual - baseline, ref - baseline, nearlyEqual(ref, baseline), actual, target, baseline);
  }
  if (c === "<=") return fraction(ref, actual, nearlyEqual(actual, 0), actual, target, baseline);
  return fraction(actual, ref, nearlyEqual(ref, 0), actual, target, baseline);
}

function checkTolerance(tolerance: number): void {
  if (!(typeof tolerance === "number" && tolerance >= 0 && tolerance !== Infinity)) {
    throw new PlanError("bad_argument", "容差必须是非负数", describe(tolerance));
  }
}

/** Status from a gap: 0 → met, ≤ tolerance → at_risk, else missed; NaN → not_applicable. */
export function statusOf(gap: number, target: Target, tolerance: number | null): Status {
  let tol: number;
  if (tolerance === null || tolerance === undefined) {
    tol = defaultTolerance(target);
  } else {
    checkTolerance(tolerance);
    tol = tolerance;
  }
  if (gap !== gap) return "not_applicable";
  if (gap <= 0) return "met";
  // Same float-noise allowance as the gap: 98.2% against ≥99.2% is a 1-point gap, within 0.01.
  return gap <= tol + EPS * Math.max(1, tol) ? "at_risk" : "missed";
}

/**
 * Why an increase/decrease target cannot be judged: no baseline, or a zero one under relative
 * growth. The one wording for evaluate(), the PLAN functions and the pane.
 */
export function baselineProblem(t: Target, baseline: number | null): string {
  return baseline === null ? `需要基期值（比上年${t.comparator === "decrease_by" ? "降低/下降" : "提高/增长"}…）` : "基期值为0，无法计算增长率";
}

/** Why a row has no actual yet. */
const PENDING_REASON = "尚未填报实际值";

/**
 * The one judging rule, shared by evaluate() and the PLAN functions: an actual already read
 * (null = blank) against a checked target, a baseline (null = none) and a tolerance (null =
 * the default). The portable formulas and the selection rules translate this function.
 */
export function judge(value: number | null, t: Target, baseline: number | null, tolerance: number | null): Evaluation {
  if (value === null) return { status: "pending", gap: null, progress: null, reason: PENDING_REASON };
  const gap = gapOf(value, t, baseline);
  if (gap !== gap) return { status: "not_applicable", gap: null, progress: null, reason: baselineProblem(t, baseline) };
  const progress = progressOf(value, t, baseline);
  return {
    status: statusOf(gap, t, tolerance),
    gap,
    progress: progress - progress === 0 ? progress : null, // NaN or an overflow → null
    reason: null,
  };
}

/** 0.01 (1个百分点) for percent targets; otherwise 5% of |targetReference|. */
export function defaultTolerance(target: Target): number {
  return target.percent ? DEFAULT_TOLERANCE.percent : DEFAULT_TOLERANCE.shareOfTarget * Math.abs(targetReference(target));
}

function isFiniteNumber(x: unknown): x is number {
  return typeof x === "number" && x - x === 0;
}

function badTarget(t: unknown): never {
  throw new PlanError("bad_argument", "目标格式无效", describe(t));
}

/** A Target object from the outside, checked so that the primitives cannot produce garbage. */
function checkTarget(t: unknown): Target {
  if (typeof t !== "object" || t === null) badTarget(t);
  const x = t as Target;
  if (!COMPARATORS.includes(x.comparator)) badTarget(t);
  switch (x.comparator) {
    case ">=":
    case "<=":
    case "=":
      if (!isFiniteNumber(x.value)) badTarget(t);
      break;
    case "range":
      if (!isFiniteNumber(x.min) || !isFiniteNumber(x.max) || x.min > x.max) badTarget(t);
      break;
    case "ratio":
      if (!Array.isArray(x.ratio) || !isFiniteNumber(x.ratio[0]) || !isFiniteNumber(x.ratio[1]) || x.ratio[1] === 0) {
        badTarget(t);
      }
      break;
    case "increase_by":
    case "decrease_by":
      if (!isFiniteNumber(x.value) && !isFiniteNumber(x.min)) badTarget(t);
      break;
  }
  return x;
}

function resolveTarget(target: unknown): Target {
  if (typeof target === "string") return checkTarget(parseTarget(target));
  if (typeof target === "number") {
    if (!isFiniteNumber(target)) badTarget(target);
    return numericTarget(target);
  }
  return checkTarget(target);
}

/** Judge `actual` against `target` (a Target, a plan phrase, or a number meaning ≥ it). Throws only PlanError. */
export function evaluate(actual: unknown, target: Target | string | number, options?: EvaluateOptions): Evaluation {
  const t = resolveTarget(target);
  const opts: EvaluateOptions = options === null || options === undefined ? {} : options;
  if (typeof opts !== "object") throw new PlanError("bad_argument", "选项无效", describe(opts));
  const tolerance = opts.tolerance === undefined || opts.tolerance === null ? null : opts.tolerance;
  if (tolerance !== null) checkTolerance(tolerance);
  const baseline = readActual(opts.baseline);
  const value = readActual(actual);

  return judge(value, t, baseline, tolerance);
}
