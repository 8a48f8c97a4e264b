/**
 * Conditional-format rules as formula text: the template's rules on 实际值 and 状态, which read
 * the computed 状态 cell. Native functions only: Excel cannot evaluate custom functions in a
 * rule. Text only: no Office call.
 */
import { columnLetters } from "../a1";
import { RULE_COLORS, RULE_LABELS, type RuleMeaning } from "../status";
import type { FormulaMode } from "../template/columns";
import { formulaString } from "./formula-text";

export interface PlanRule {
  /** Column keys the rule is applied to (e.g. ["actual", "status"]), over all data rows. */
  columns: string[];
  /** A native formula (no PLAN.* call), A1-relative to the first data row of the first listed column. */
  formula: string;
  fill: string;
  fontColor: string;
  /** What the rule shows, for tests and the legend: missed, at_risk, met, explained; stale (portable: 目标 edited). */
  meaning: RuleMeaning;
}

/**
 * Conditional-format rules on 实际值 and 状态. Native formulas only (conditional formats
 * cannot evaluate custom functions): each compares the computed 状态 cell of its row, with
 * the column absolute so that the same rule serves both columns. Pending has no rule.
 */
export function planRules(statusColumn: number, firstDataRow: number, mode: FormulaMode = "live"): PlanRule[] {
  const status = "$" + columnLetters(statusColumn) + String(firstDataRow + 1);
  const rule = (meaning: PlanRule["meaning"], columns: string[]): PlanRule => ({
    columns,
    formula: `=${status}=${formulaString(RULE_LABELS[meaning])}`,
    fill: RULE_COLORS[meaning].fill,
    fontColor: RULE_COLORS[meaning].fontColor,
    meaning,
  });
  const rules = (["missed", "at_risk", "met", "explained"] as const).map((m) => rule(m, ["actual", "status"]));
  // Portable: an edited 目标 is flagged on the target itself, where the user typed.
  return mode === "portable" ? [...rules, rule("stale", ["target", "status"])] : rules;
}
