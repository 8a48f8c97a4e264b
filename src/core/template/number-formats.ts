/**
 * Number formats of an indicator row: 基期值 and 实际值 show as many decimals as the target's own
 * figures, percentages as percentages, money with its unit.
 */
import { isRelativeChange } from "../evaluate";
import { showTarget, type Target } from "../target";

/** Money keeps its unit visible in the cell. */
const MONEY_UNITS: Record<string, string> = { 万元: '#,##0.00"万元"', 亿元: '#,##0.00"亿元"' };

function decimalsOf(x: number | null | undefined): number {
  if (x === null || x === undefined || !Number.isFinite(x)) return 0;
  const s = String(Number(x.toPrecision(12)));
  if (/e/i.test(s)) return 0;
  return (s.split(".")[1] || "").length;
}

/** The most decimals the target's own figures show (99.62% → 2). */
function targetDecimals(t: Target): number {
  const s = showTarget(t);
  return Math.max(decimalsOf(s.value), decimalsOf(s.min), decimalsOf(s.max));
}

function fixed(decimals: number): string {
  return decimals > 0 ? "0." + "0".repeat(decimals) : "0";
}

/** Formats of 基期值/实际值 (level) and 差距 (gap) for one target. */
export function numberFormatsFor(t: Target, override?: string): { level: string; gap: string } {
  const d = targetDecimals(t);
  let level: string;
  if (override) level = override;
  else if (t.comparator === "ratio") level = "0.00";
  else if (isRelativeChange(t)) level = "General"; // the level is in an unstated unit; only the growth is a percent
  else if (t.percent) level = fixed(Math.max(1, d)) + "%";
  else if (t.unit !== null && MONEY_UNITS[t.unit]) level = MONEY_UNITS[t.unit];
  else if (t.unit === "平方米") level = "#,##0." + "0".repeat(Math.max(1, d));
  else level = d > 0 ? "#,##0." + "0".repeat(d) : "#,##0";
  // A relative-change gap is a growth rate (0.02 = 2 points of growth).
  const gap = isRelativeChange(t) ? "0.0%" : level;
  return { level, gap };
}
