/**
 * The balance workbook as an .xlsx file (ExcelJS): the three sheet plans, each written like a
 * template sheet (addPlanSheet), plus the drop-down lists the input sheet asks for.
 */
import type ExcelJS from "exceljs";
import type { BalanceWorkbookPlan } from "../core/balance/workbook-plan";
import { columnLetters } from "../core/a1";
import { addPlanSheet, newWorkbook, type XlsxOptions } from "./template-workbook";

/** The workbook in memory (tests inspect it); `wb` when the school rows are a sheet already in it. */
export function balanceToWorkbook(plan: BalanceWorkbookPlan, options: XlsxOptions = {}, wb: ExcelJS.Workbook = newWorkbook(options)): ExcelJS.Workbook {
  for (const sheet of plan.sheets) {
    const ws = addPlanSheet(wb, sheet, options);
    const rows = sheet.values.length;
    for (const list of sheet.lists) {
      const c = sheet.columns.findIndex((x) => x.key === list.column);
      const letter = columnLetters(sheet.anchor.col + c);
      const top = sheet.anchor.row + 2;
      // One rule over the whole column range (ExcelJS writes one <dataValidation> per address otherwise).
      (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
        `${letter}${top}:${letter}${top + rows - 1}`,
        {
          type: "list",
          allowBlank: true,
          formulae: [`"${list.values.join(",")}"`],
          showErrorMessage: true,
          errorTitle: sheet.columns[c].header,
          error: `请从列表中选择：${list.values.join("、")}`,
        },
      );
    }
  }
  return wb;
}

/** The balance workbook as the bytes of an .xlsx file. */
export async function balanceToXlsx(plan: BalanceWorkbookPlan, options: XlsxOptions = {}): Promise<Buffer> {
  return Buffer.from(await balanceToWorkbook(plan, options).xlsx.writeBuffer());
}
