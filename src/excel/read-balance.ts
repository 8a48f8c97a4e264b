/**
 * Reading the computed school and county sheets of a balance workbook: two syncs, values only
 * (what Excel calculated), from A1 to the end of each sheet's used range.
 */
import { WorkbookError, toWorkbookError } from "./errors";
import { inExcel } from "./run";

export interface BalanceSheetsRead {
  school: { sheetName: string; values: unknown[][] };
  county: { sheetName: string; values: unknown[][] };
  syncs: number;
}

/** Cells read at most: a few thousand schools, well under Excel's 5 MB response. */
export const MAX_BALANCE_CELLS = 400000;

export async function readBalanceSheetsIn(context: Excel.RequestContext, schoolSheet: string, countySheet: string): Promise<BalanceSheetsRead> {
  try {
    // 1. Both sheets still there? 2. Their used ranges' values.
    const sheets = [schoolSheet, countySheet].map((name) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("name");
      return { name, sheet };
    });
    await context.sync();
    const ranges = sheets.map(({ name, sheet }) => {
      if (sheet.isNullObject) throw new WorkbookError("not_found", `找不到工作表“${name}”，请重新插入均衡工作表。`);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("values, rowIndex, columnIndex, cellCount");
      return { name, used };
    });
    await context.sync();
    const out = ranges.map(({ name, used }) => {
      if (used.isNullObject) return { sheetName: name, values: [] as unknown[][] };
      if (used.cellCount > MAX_BALANCE_CELLS) throw new WorkbookError("too_large", `工作表“${name}”有 ${used.cellCount} 个单元格，超过 ${MAX_BALANCE_CELLS} 个的上限。`);
      // The reader expects the sheet from A1: pad what the used range left out above and to the left.
      const pad = (row: unknown[]) => [...new Array<unknown>(used.columnIndex).fill(""), ...row];
      const values = [...Array.from({ length: used.rowIndex }, () => pad([])), ...used.values.map(pad)];
      return { sheetName: name, values };
    });
    return { school: out[0], county: out[1], syncs: 2 };
  } catch (e) {
    throw toWorkbookError(e);
  }
}

export function readBalanceSheets(schoolSheet: string, countySheet: string): Promise<BalanceSheetsRead> {
  return inExcel((context) => readBalanceSheetsIn(context, schoolSheet, countySheet));
}
