/**
 * PLAN formulas in the display language's function names. Excel registers a custom function
 * under its localized name (PLAN.目标状态 in Chinese Excel), and a formula written with the
 * English name through `formulas` can show #NAME? there (office-js #891, #6614); written
 * through `formulasLocal` with the localized name it works.
 */

/** English function id (TARGET_STATUS) → the display language's name (目标状态). */
export type FunctionNames = Readonly<Record<string, string>>;

const PLAN_CALL = /\bPLAN\.([A-Z][A-Z0-9_]*)\(/g;

/** The formula with every PLAN.<ID>( call renamed; ids without a localized name stay. Text in quotes is left alone. */
export function localizeFormula(formula: string, names: FunctionNames): string {
  // Split on string literals ("…" with "" inside) so that a label such as "PLAN.X(" is never renamed.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(PLAN_CALL, (m, id: string) => (Object.prototype.hasOwnProperty.call(names, id) ? `PLAN.${names[id]}(` : m))))
    .join("");
}

/** True when the formula calls a PLAN function (so that the host must know the add-in's names). */
export function callsPlanFunction(formula: string): boolean {
  return formula.split(/"(?:[^"]|"")*"/).some((part) => /\bPLAN\.[A-Z][A-Z0-9_]*\(/.test(part));
}
