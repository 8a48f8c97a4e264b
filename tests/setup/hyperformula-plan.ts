/**
 * HyperFormula with the PLAN functions registered (calling the real src/functions wrappers),
 * so that a live plan and a portable plan can run side by side. GPL-v3 key: tests only.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { TemplatePlan } from "../../src/core/template";
import { targetGap, targetProgress, targetStatus } from "../../src/functions/functions";
import { parseRangeAddress } from "../../src/core/a1";
import type { FakeWorkbook } from "../support/fake-workbook";

function fromEngine(x: unknown): unknown {
  return x === EmptyValue ? null : x;
}

function call(fn: (...args: unknown[]) => unknown, args: unknown[]): number | string | boolean | CellError {
  try {
    return fn(...args.map(fromEngine)) as number | string | boolean;
  } catch (e) {
    const code = (e as { code?: string }).code;
    return new CellError(code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, (e as Error).message);
  }
}

const ARGS = [
  { argumentType: FunctionArgumentType.SCALAR },
  { argumentType: FunctionArgumentType.SCALAR },
  { argumentType: FunctionArgumentType.SCALAR, optionalArg: true },
  { argumentType: FunctionArgumentType.SCALAR, optionalArg: true },
];

class PlanPlugin extends FunctionPlugin {
  static implementedFunctions = {
    "PLAN.TARGET_GAP": { method: "gap", parameters: ARGS },
    "PLAN.TARGET_PROGRESS": { method: "progress", parameters: ARGS.slice(0, 3) },
    "PLAN.TARGET_STATUS": { method: "status", parameters: ARGS },
  };

  gap(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("PLAN.TARGET_GAP"), (...a: unknown[]) => call(targetGap as never, a));
  }

  progress(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("PLAN.TARGET_PROGRESS"), (...a: unknown[]) => call(targetProgress as never, a));
  }

  status(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("PLAN.TARGET_STATUS"), (...a: unknown[]) => call(targetStatus as never, a));
  }
}

const NAMES = ["PLAN.TARGET_GAP", "PLAN.TARGET_PROGRESS", "PLAN.TARGET_STATUS"];
HyperFormula.registerFunctionPlugin(PlanPlugin, { enGB: Object.fromEntries(NAMES.map((n) => [n, n])) });

export { HyperFormula };

/** Header plus rows as an applier writes them: formulas, and text columns as text (a leading '). */
export function grid(plan: TemplatePlan): RawCellContent[][] {
  const header = plan.columns.map((c) => c.header);
  const rows = plan.values.map((row, i) =>
    row.map((value, j) => {
      const f = plan.formulas[i][j];
      if (f !== null) return f;
      return plan.columns[j].text && typeof value === "string" ? "'" + value : value;
    }),
  );
  return [header, ...rows];
}

/** A typed value: text as text (HyperFormula would parse "  " or "58%" otherwise). */
export function typed(x: number | string | null): RawCellContent {
  return typeof x === "string" ? "'" + x : x;
}

/**
 * Computes every formula of a FakeWorkbook sheet with the engine above and stores the results
 * (FakeCell.result), so that reading values back returns what Excel would show.
 */
const EXCEL_ERRORS: Partial<Record<ErrorType, string>> = {
  [ErrorType.NA]: "#N/A",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.REF]: "#REF!",
};

export function recalculate(wb: FakeWorkbook, sheetName: string): void {
  const sheet = wb.sheet(sheetName);
  const cells: RawCellContent[][] = [];
  for (const [a1, c] of sheet.cells) {
    const p = parseRangeAddress(a1);
    (cells[p.row] ??= [])[p.col] = c.formula ?? (typeof c.value === "string" ? "'" + c.value : (c.value ?? null));
  }
  for (let r = 0; r < cells.length; r++) cells[r] = Array.from(cells[r] ?? [], (x) => x ?? null);
  const hf = HyperFormula.buildFromArray(cells, { licenseKey: "gpl-v3" });
  for (const [a1, c] of sheet.cells) {
    if (c.formula === undefined) continue;
    const p = parseRangeAddress(a1);
    const v = hf.getCellValue({ sheet: 0, row: p.row, col: p.col });
    c.result = v instanceof CellError ? EXCEL_ERRORS[v.type] ?? "#VALUE!" : ((v ?? "") as string | number | boolean);
  }
  hf.destroy();
}
