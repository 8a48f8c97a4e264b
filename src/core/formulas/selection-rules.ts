/**
 * The highlighting rules of a checked selection (sheets that did not come from a template), as
 * formula text relative to the actual range's top-left cell. They translate core evaluate():
 * met ⇔ gap ≈ 0, 接近 ⇔ 0 < gap ≤ tolerance, 未达标 beyond, with the same float allowance.
 * Text only: no Office call.
 */
import { PlanError } from "../errors";
import { DEFAULT_TOLERANCE, defaultTolerance, FLOAT_EPSILON } from "../evaluate";
import { targetBounds, type Target } from "../target";
import { FLOAT_EPS, formulaNumber } from "./formula-text";

export type SelectionMeaning = "met" | "at_risk" | "missed";

/** Shortfall and tolerance as formula text, relative to the actual range's top-left cell. */
export interface RuleParts {
  gap: string;
  tolerance: string;
  /** Extra condition: a target exists for this cell. */
  has: string | null;
}

/** The three rules, as in core statusOf: met ⇔ gap ≈ 0, at risk ⇔ 0 < gap ≤ tolerance, missed beyond. */
export function statusRules(actual: string, parts: RuleParts): { meaning: SelectionMeaning; formula: string }[] {
  const eps = `${FLOAT_EPS}*MAX(1,ABS(${actual}))`;
  const pre = [`ISNUMBER(${actual})`, ...(parts.has ? [parts.has] : [])].join(",");
  const g = parts.gap;
  return [
    // The same float allowance at the tolerance edge as core statusOf.
    { meaning: "missed", formula: `=AND(${pre},${g}>MAX(${parts.tolerance},0)+${eps})` },
    { meaning: "at_risk", formula: `=AND(${pre},${g}>${eps},${g}<=${parts.tolerance}+${eps})` },
    { meaning: "met", formula: `=AND(${pre},${g}<=${eps})` },
  ];
}

/** Gap of a parsed target with constant bounds; `scale` 100 when actuals are typed as 99.2. */
export function typedRuleParts(actual: string, t: Target, scale: number, tolerance?: number): RuleParts {
  const { low, high } = targetBounds(t);
  const n = (x: number) => formulaNumber(x * scale);
  let gap: string;
  if (low !== null && high !== null) gap = low === high ? `ABS(${actual}-${n(low)})` : `MAX(${n(low)}-${actual},${actual}-${n(high)})`;
  else if (low !== null) gap = `${n(low)}-${actual}`;
  else if (high !== null) gap = `${actual}-${n(high)}`;
  else throw new PlanError("not_a_target", "目标没有可比较的数值。");
  const tol = tolerance ?? defaultTolerance(t);
  return { gap: `(${gap})`, tolerance: formulaNumber(tol * (t.percent ? scale : 1)), has: null };
}

/**
 * A target cell holding a plain number means "at least this": its default at-risk band as
 * formula text, evaluate's defaultTolerance for a numericTarget (1 point when the cell shows a
 * percentage, else 5% of the target).
 */
export function numberCellTolerance(targetCell: string, percent: boolean): string {
  return percent ? formulaNumber(DEFAULT_TOLERANCE.percent) : `${formulaNumber(DEFAULT_TOLERANCE.shareOfTarget)}*ABS(${targetCell})`;
}


/** Excel's rule editor works with formulas of at most 255 characters; every rule is kept within it. */
export const RULE_FORMULA_MAX = 255;

/** True when every rule's formula fits Excel's rule editor. */
export function rulesFit(rules: readonly { formula: string }[]): boolean {
  return rules.every((r) => r.formula.length <= RULE_FORMULA_MAX);
}

/** Stands for "no lower bound" / "no upper bound" in the helper sheet, so that the gap needs no IF. */
export const NO_BOUND = 1e300;

/**
 * One target's row of the helper sheet: its low and high bounds (±NO_BOUND when open), the
 * missed edge (tolerance plus statusOf's float allowance) and the met allowance (the float
 * allowance of the bounds). Null for a blank target: its actual gets no colour. The rules
 * then compare MAX(low − actual, actual − high) with constants, short enough for Excel.
 */
export function helperBlockRow(low: number | null, high: number | null, tolerance: number): [number, number, number, number] {
  const lo = low ?? -NO_BOUND;
  const hi = high ?? NO_BOUND;
  const edge = Math.max(tolerance, 0) + FLOAT_EPSILON * Math.max(1, tolerance);
  const met = FLOAT_EPSILON * Math.max(1, Math.abs(low ?? 0), Math.abs(high ?? 0));
  return [lo, hi, edge, met];
}

/** The rules over the helper blocks whose top-left cells are `low`, `high`, `edge` and `met`. */
export function helperRules(actual: string, low: string, high: string, edge: string, met: string): { meaning: SelectionMeaning; formula: string }[] {
  const pre = `ISNUMBER(${actual}),ISNUMBER(${edge})`;
  const gap = `MAX(${low}-${actual},${actual}-${high})`;
  return [
    { meaning: "missed", formula: `=AND(${pre},${gap}>${edge})` },
    { meaning: "at_risk", formula: `=AND(${pre},${gap}>${met},${gap}<=${edge})` },
    { meaning: "met", formula: `=AND(${pre},${gap}<=${met})` },
  ];
}
