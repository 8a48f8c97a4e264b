/**
 * The WorkbookPort over src/excel, loaded on demand so that the first screen does not carry
 * the Office.js writer. Every failure leaves here as a PaneError with a readable message.
 */
import { PaneError, type WorkbookPort } from "./workbook-port";

export async function loadExcelPort(): Promise<WorkbookPort> {
  const excel = await import(/* webpackChunkName: "excel" */ "../../excel");
  const balance = () => import(/* webpackChunkName: "balance-plan" */ "../../core/balance/workbook-plan");
  const fail = (e: unknown): never => {
    throw new PaneError(excel.toWorkbookError(e).code, excel.describeExcelError(e));
  };
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      fn(...args).catch(fail);
  return {
    insertPlan: guard((plan, portable) => excel.applyTemplatePlan(plan, portable ? { portable } : {})),
    checkSelection: guard((options) => excel.checkSelection(options)),
    listTemplates: guard(() => excel.loadTemplates()),
    getSelection: guard(() => excel.getSelection()),
    readTemplateRows: guard((tableName) => excel.readTemplateRows(tableName)),
    selectRange: guard((address) => excel.selectRange(address)),
    addAttainmentChart: guard((input) => excel.addAttainmentChart(input)),
    writeActuals: guard((tableName, writes) => excel.writeActuals(tableName, writes)),
    findStaleHelpers: guard(() => excel.findStaleHelpers()),
    refreshHelpers: guard((tableName, partId) => excel.refreshPortableHelpers(tableName, partId)),
    insertBalance: guard(async (standard, options) => {
      const { buildBalanceWorkbookPlan } = await balance();
      return excel.insertBalance((taken, mode) =>
        buildBalanceWorkbookPlan(standard, { ...options, ...(mode ? { mode } : {}), existingSheetNames: taken.sheetNames, existingTableNames: taken.tableNames }),
      );
    }),
    readBalance: guard((school, county) => excel.readBalanceSheets(school, county)),
  };
}
