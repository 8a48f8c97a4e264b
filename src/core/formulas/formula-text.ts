import { FLOAT_EPSILON } from "../evaluate";

/**
 * Pieces of native formula text shared by everything that writes formulas: the portable
 * plan (src/core/formulas/computed-columns), the check-selection rules (src/excel) and the appliers.
 * Only functions every engine evaluates (Excel 2010+, WPS, LibreOffice, HyperFormula).
 */

/** A number as formula text: 15 significant digits, plain decimals (some engines reject 1E-9). */
export function formulaNumber(x: number): string {
  const v = Number(x.toPrecision(15));
  const s = String(v);
  const m = /e-(\d+)$/.exec(s);
  if (!m) return s.replace("e+", "E+");
  return v.toFixed(Math.min(100, Number(m[1]) + 14)).replace(/\.?0+$/, "");
}

/** A string literal: "…" with inner quotes doubled. */
export function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The relative float allowance of core evaluate (1e-9), as formula text. */
export const FLOAT_EPS = formulaNumber(FLOAT_EPSILON);

/** True when `x` is one function call from its first character to its last, such as IF(…). */
function isOneCall(x: string): boolean {
  const open = /^[A-Z][A-Z0-9.]*\(/.exec(x);
  if (!open) return false;
  let depth = 0;
  let quoted = false;
  for (let i = open[0].length - 1; i < x.length; i++) {
    const ch = x[i];
    if (ch === '"') quoted = !quoted; // a doubled quote toggles twice
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")" && --depth === 0) return i === x.length - 1;
  }
  return false;
}

/** Wraps an expression in parentheses unless it is a reference, a number or one function call. */
export function operand(x: string): string {
  return /^\$?[A-Z]{1,3}\$?[0-9]+$|^[0-9.]+$/.test(x) || isOneCall(x) ? x : `(${x})`;
}

/**
 * need − have, snapped to 0 when within 1e-9 × max(1, |need|, |have|), as core
 * evaluate's shortfall(): the same allowance so that portable and live agree on 0.1 + 0.2.
 */
export function shortfallFormula(need: string, have: string): string {
  const n = operand(need);
  const h = operand(have);
  return `IF(${n}-${h}<=${FLOAT_EPS}*MAX(1,ABS(${n}),ABS(${h})),0,${n}-${h})`;
}
