/**
 * The highlighting rules of a checked selection (sheets that did not come from a template), as
 * formula text relative to the actual range's top-left cell. They translate core evaluate():
 * met ⇔ gap ≈ 0, 接近 ⇔ 0 < gap ≤ tolerance, 未达标 beyond, with the same float allowance.
 * Text only: no Office call.
 */
import { PlanError } from "../errors";
import { DEFAULT_TOLERANCE, defaultTolerance } from "../evaluate";
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

