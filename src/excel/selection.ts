/**
 * The selection as plan text (the statistician has pasted a plan into cells), and selecting a
 * cell the summary points at. Reading loads only the used part of the selection: a whole
 * selected column costs what its filled cells cost.
 */
import { parseRangeAddress } from "../core/a1";
import { WorkbookError, toWorkbookError } from "./errors";
import { inExcel } from "./run";

/** Non-empty cells read at most; more would approach Excel's 5 MB response limit. */
export const MAX_SELECTION_CELLS = 100000;

export interface SelectionText {
  /** The selection's address, e.g. Sheet1!A1:A40. */
  address: string;
  /** Cells as displayed: a tab between cells, a newline between rows; "" when all are empty. */
  text: string;
}

/** Rows of display text as plan text: trailing empty cells and lines dropped. */
export function gridText(grid: readonly (readonly unknown[])[]): string {
  const lines = grid.map((row) => {
    const cells = row.map((c) => (c === null || c === undefined ? "" : String(c)));
    while (cells.length > 0 && cells[cells.length - 1].trim() === "") cells.pop();
    return cells.join("\t");
  });
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  return lines.join("\n");
}

/** Two syncs: the selection and its used part, then the used cells' text. */
export async function getSelectionIn(context: Excel.RequestContext, options: { maxCells?: number } = {}): Promise<SelectionText> {
  const max = options.maxCells ?? MAX_SELECTION_CELLS;
  try {
    const selection = context.workbook.getSelectedRange();
    selection.load("address");
    const used = selection.getUsedRangeOrNullObject(true);
    used.load("address, cellCount");
    await context.sync();
    if (used.isNullObject) return { address: selection.address, text: "" };
    // cellCount counts the used block, blanks included, and is -1 beyond 2^31 − 1 cells.
    if (used.cellCount < 0 || used.cellCount > max) {
      const size = used.cellCount < 0 ? "超过 20 亿" : String(used.cellCount);
      throw new WorkbookError("too_large", `所选区域中有内容的部分共 ${size} 个单元格，超过 ${max} 个的上限。请选择较小的区域后重试。`);
    }
    used.load("text");
    await context.sync();
    return { address: selection.address, text: gridText(used.text) };
  } catch (e) {
    throw toWorkbookError(e);
  }
}

/** Activates the sheet and selects `address` ('Sheet'!I5, or A1 on the active sheet). One sync. */
export async function selectRangeIn(context: Excel.RequestContext, address: string): Promise<void> {
  let ref;
  try {
    ref = parseRangeAddress(address);
  } catch {
    throw new WorkbookError("bad_selection", `无法定位单元格“${address}”。`);
  }
  try {
    const sheets = context.workbook.worksheets;
    const sheet = ref.sheet === null ? sheets.getActiveWorksheet() : sheets.getItem(ref.sheet);
    sheet.activate();
    sheet.getRange(address.slice(address.lastIndexOf("!") + 1)).select();
    await context.sync();
  } catch (e) {
    throw toWorkbookError(e);
  }
}

export function getSelection(): Promise<SelectionText> {
  return inExcel((context) => getSelectionIn(context));
}

export function selectRange(address: string): Promise<void> {
  return inExcel((context) => selectRangeIn(context, address));
}
