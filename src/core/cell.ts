/** What a cell read back from a workbook means, whichever engine wrote it. */

/** Blank: nothing, or only spaces. A blank cell is "not filled in", never 0. */
export function isBlankCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
