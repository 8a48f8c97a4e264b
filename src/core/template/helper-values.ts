/**
 * The hidden helper cells of a portable table: the constants parseTarget gives for each 目标
 * (written at insertion), and which rows need them rewritten after 目标 was edited.
 */
import { isBlankCell } from "../cell";
import { PlanError } from "../errors";
import { isRelativeChange } from "../evaluate";
import { parseTarget } from "../parse-target";
import { targetBounds, type Target } from "../target";
import type { CellValue } from "./columns";

/** The helper constants for one target (HELPER_VALUE_KEYS order); `text` is the 目标 cell they describe. */
export function helperValues(t: Target, text: string | number): CellValue[] {
  const { low, high } = targetBounds(t);
  // Flags as 1/0, not TRUE/FALSE: HyperFormula has no boolean literals, and engines differ on booleans.
  return [text, t.comparator, low, high, t.percent ? 1 : 0, isRelativeChange(t) ? 1 : 0];
}

export interface HelperRefresh {
  /** Zero-based data row. */
  row: number;
  /** Helper constants to write (HELPER_VALUE_KEYS order); null when 目标 cannot be read. */
  values: CellValue[] | null;
  /** The parsed target, for the workbook's memory; null for a blank or unreadable 目标. */
  target: Target | null;
  /** Text to write back into 目标 when it held a number, so that 目标 and 辅助·目标 compare equal; else null. */
  targetText: string | null;
  /** Why 目标 cannot be read; its helpers stay as they are and 状态 keeps showing 目标已修改，请刷新. */
  error: string | null;
}


/** A helper cell read back from a workbook against the value refreshHelpers would write. */
function sameHelper(actual: unknown, expected: CellValue): boolean {
  if (expected === null) return actual === null || actual === undefined || actual === "";
  if (typeof expected === "number") {
    // Engines may store 15 significant digits (1/15 → 0.0666666666666667).
    return typeof actual === "number" && Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
  }
  return actual === expected;
}

/**
 * The rows of a portable table whose hidden helper cells no longer describe their 目标: an
 * edited target, a row the user added, damaged helpers. `targets` holds the 目标 column's
 * values and `helpers` each row's helper values (HELPER_VALUE_KEYS order), as read from the
 * workbook. Returns only the rows to change, with what to write; [] means nothing to offer.
 */
export function refreshHelpers(targets: readonly unknown[], helpers: readonly (readonly unknown[])[]): HelperRefresh[] {
  const out: HelperRefresh[] = [];
  targets.forEach((cell, row) => {
    const current = helpers[row] ?? [];
    const same = (expected: CellValue[]) => expected.every((v, k) => sameHelper(current[k], v));
    if (isBlankCell(cell)) {
      // No target: the check column shows 无目标 once 辅助·目标 equals 目标.
      const values: CellValue[] = [typeof cell === "string" && cell !== "" ? cell : null, null, null, null, null, null];
      if (!same(values)) out.push({ row, values, target: null, targetText: null, error: null });
      return;
    }
    const isNumber = typeof cell === "number";
    const text = typeof cell === "string" ? cell : String(cell);
    let target: Target;
    try {
      target = parseTarget(text);
    } catch (e) {
      if (!sameHelper(current[0], text)) {
        out.push({ row, values: null, target: null, targetText: null, error: e instanceof PlanError ? e.message : String(e) });
      }
      return;
    }
    const values = helperValues(target, text);
    if (isNumber || !same(values)) out.push({ row, values, target, targetText: isNumber ? text : null, error: null });
  });
  return out;
}
