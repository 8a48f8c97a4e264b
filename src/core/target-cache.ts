import { PlanError } from "./errors";
import { parseTarget } from "./parse-target";
import { numericTarget, type Target } from "./target";

/**
 * Parsed targets by cell value. A template column repeats a few dozen target texts over
 * thousands of rows, and Excel recalculates them all at once, so parsing once per distinct
 * text is what keeps the custom functions at millions of rows a second. Failures are cached
 * too: a bad target in 10,000 rows should cost one parse, not 10,000.
 */
const LIMIT = 10_000;
const byText = new Map<string, Target | PlanError>();
let lastText: string | null = null;
let lastResult: Target | PlanError | null = null;

export function cachedTarget(cell: unknown): Target {
  if (typeof cell === "string") {
    if (cell === lastText) return unwrap(lastResult as Target | PlanError);
    let hit = byText.get(cell);
    if (hit === undefined) {
      hit = parseOrError(cell);
      if (byText.size >= LIMIT) byText.clear();
      byText.set(cell, hit);
    }
    lastText = cell;
    lastResult = hit;
    return unwrap(hit);
  }
  if (typeof cell === "number" && Number.isFinite(cell)) return numericTarget(cell);
  if (cell === null || cell === undefined) throw new PlanError("not_a_target", "目标为空：请填写目标值或目标文本（如 ≥99.2%）", "");
  throw new PlanError("not_a_target", `目标应为数值或目标文本，而不是“${String(cell)}”`, cell);
}

function parseOrError(text: string): Target | PlanError {
  try {
    return parseTarget(text);
  } catch (e) {
    if (e instanceof PlanError) return e;
    throw e;
  }
}

function unwrap(x: Target | PlanError): Target {
  if (x instanceof PlanError) throw x;
  return x;
}
