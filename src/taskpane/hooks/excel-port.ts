/**
 * The WorkbookPort over src/excel, loaded on demand so that the first screen does not carry
 * the Office.js writer. Every failure leaves here as a PaneError with a readable message.
 */
import { PaneError, type WorkbookPort } from "./workbook-port";

type ExcelModule = typeof import("../../excel");
/** Actions of WorkbookPort that src/excel may not export yet, under the names it is asked to use. */
type Optional = Pick<WorkbookPort, "getSelection" | "readTemplateRows" | "selectRange" | "addAttainmentChart" | "writeActuals">;
const OPTIONAL: (keyof Optional)[] = ["getSelection", "readTemplateRows", "selectRange", "addAttainmentChart", "writeActuals"];

export async function loadExcelPort(): Promise<WorkbookPort> {
  const excel: ExcelModule = await import(/* webpackChunkName: "excel" */ "../../excel");
  const fail = (e: unknown): never => {
    throw new PaneError(excel.toWorkbookError(e).code, excel.describeExcelError(e));
  };
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      fn(...args).catch(fail);
  const port: WorkbookPort = {
    insertPlan: guard((plan) => excel.applyTemplatePlan(plan)),
    checkSelection: guard((options) => excel.checkSelection(options)),
    listTemplates: guard(() => excel.loadTemplates()),
  };
  const extra = excel as unknown as Partial<Optional>;
  for (const name of OPTIONAL) {
    const fn = extra[name] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (typeof fn === "function") (port as unknown as Record<string, unknown>)[name] = guard(fn);
  }
  return port;
}
