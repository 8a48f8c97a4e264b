/**
 * HyperFormula with the PLAN functions registered (calling the real src/functions wrappers),
 * so that a live plan and a portable plan can run side by side. GPL-v3 key: tests only.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { TemplatePlan } from "../../src/core/template-plan";
import { targetGap, targetProgress, targetStatus } from "../../src/functions/functions";

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
