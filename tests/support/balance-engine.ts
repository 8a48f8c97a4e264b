/**
 * A balance workbook plan calculated by HyperFormula (three sheets, as the appliers write
 * them): the values Excel would show, for the formula tests and the pane's read-back.
 */
import type { RawCellContent } from "hyperformula";
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, EmptyValue } from "hyperformula";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { SimpleRangeValue } from "hyperformula/typings/SimpleRangeValue";
import type { BalanceWorkbookPlan, SheetPlan } from "../../src/core/balance/workbook-plan";
import { HyperFormula } from "../setup/hyperformula-plan";
import { schoolCv as planCv } from "../../src/functions/functions";

/** PLAN.SCHOOL_CV(resources, students, [per100]) as a HyperFormula function: the add-in's own src/functions code. */
class PlanCvPlugin extends FunctionPlugin {
  static implementedFunctions = {
    "PLAN.SCHOOL_CV": {
      method: "cv",
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.BOOLEAN, optionalArg: true, defaultValue: false },
      ],
    },
  };

  cv(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("PLAN.SCHOOL_CV"), (r: SimpleRangeValue, p: SimpleRangeValue, per100: boolean) => {
      const cells = (x: SimpleRangeValue) => x.rawData().map((row) => row.map((v) => (v === EmptyValue ? null : v)));
      try {
        return planCv(cells(r), cells(p), per100);
      } catch (e) {
        return new CellError(ErrorType.VALUE, (e as Error).message);
      }
    });
  }
}
HyperFormula.registerFunctionPlugin(PlanCvPlugin, { enGB: { "PLAN.SCHOOL_CV": "PLAN.SCHOOL_CV" } });

function grid(sheet: SheetPlan): RawCellContent[][] {
  const header = sheet.columns.map((c) => c.header);
  const rows = sheet.values.map((row, i) => row.map((value, j) => sheet.formulas[i][j] ?? (typeof value === "string" ? "'" + value : value)));
  return [header, ...rows];
}

export function calculate(plan: BalanceWorkbookPlan) {
  // SUMPRODUCT's array arguments need HyperFormula's array arithmetic (Excel and LibreOffice do it natively).
  const hf = HyperFormula.buildFromSheets(Object.fromEntries(plan.sheets.map((s) => [s.sheetName, grid(s)])), {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    // Full precision: HyperFormula rounds results to 10 significant digits by default.
    smartRounding: false,
  });
  const reader = (k: 0 | 1 | 2) => {
    const s = plan.sheets[k];
    const id = hf.getSheetId(s.sheetName) as number;
    return (i: number, key: string) => hf.getCellValue({ sheet: id, row: i + 1, col: s.columns.findIndex((c) => c.key === key) });
  };
  /** A sheet's values from A1 as Office.js reads them (errors as their #codes). */
  const values = (k: 0 | 1 | 2): unknown[][] => {
    const id = hf.getSheetId(plan.sheets[k].sheetName) as number;
    return hf.getSheetValues(id).map((row) => row.map((x) => (x instanceof CellError ? `#${String(x.type)}` : x === null ? "" : x)));
  };
  return { hf, school: reader(1), county: reader(2), values };
}
