import { toWorkbookError } from "./errors";

/** Requirement-set checks: an API Excel lacks fails the whole batch at sync, so ask first. */
export type SupportCheck = (set: string, version: string) => boolean;

/** Office.context.requirements.isSetSupported, false outside Office or when it throws. */
export const officeSupports: SupportCheck = (set, version) => {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
};

/** ExcelApi versions of the optional calls. */
export const API = {
  customXmlParts: "1.5",
  suspendCalculation: "1.6",
  /** Conditional formats: every insert highlights, so this is the manifest's minimum. */
  conditionalFormats: "1.6",
  freezePanes: "1.7",
  suspendScreenUpdating: "1.9",
  /** Range.autoFill: one formula filled down a column instead of one copy per row in the request. */
  autoFill: "1.9",
  /** Range.getTables: a selection insert refuses over a table before writing. */
  rangeTables: "1.9",
  /** Range.getPivotTables. */
  rangePivotTables: "1.12",
  /** Range.getMergedAreasOrNullObject. */
  mergedAreas: "1.13",
} as const;

/** Suspends calculation and screen updating until the next sync, where this Excel can. */
export function suspendUntilNextSync(context: Excel.RequestContext, supports: SupportCheck): void {
  if (supports("ExcelApi", API.suspendCalculation)) context.application.suspendApiCalculationUntilNextSync();
  if (supports("ExcelApi", API.suspendScreenUpdating)) context.application.suspendScreenUpdatingUntilNextSync();
}

/** Runs `batch` in its own Excel.run; any failure leaves as a WorkbookError. */
export async function inExcel<R>(batch: (context: Excel.RequestContext) => Promise<R>): Promise<R> {
  try {
    return await Excel.run(batch);
  } catch (e) {
    throw toWorkbookError(e);
  }
}

/** context.sync() that counts its calls, for the results that report them (the budget is a constant). */
export function countedSync(context: Excel.RequestContext): { sync(): Promise<void>; readonly count: number } {
  let count = 0;
  return {
    async sync() {
      count++;
      await context.sync();
    },
    get count() {
      return count;
    },
  };
}

/**
 * Queues loading the names a new sheet or table must not take (sheets; tables and defined
 * names share one namespace). Call the result after the next sync.
 */
export function loadTakenNames(context: Excel.RequestContext): () => { sheetNames: string[]; tableNames: string[] } {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name");
  const names = wb.names.load("items/name");
  return () => ({
    sheetNames: sheets.items.map((s) => s.name),
    tableNames: [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)],
  });
}
