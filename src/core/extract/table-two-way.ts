/**
 * The readers of two-way tables (a part and an indicator for each figure), tried in order at
 * a line: a yearbook by years, a header stacked one cell per line, a table with a corner cell, a statistics table stating its unit
 * once, a table whose indicators group repeating parts, a numbered list of records with an amount column,
 * a statistics table copied one cell per line, rows and header alike, a yearbook's two-row header
 * copied cell after cell (spanning groups over the cells copied last), a year on each row under
 * its measures, a header nested over two or three lines, a table whose header
 * nobody parsed but which states one unit for all its rows, and last one whose rows each state theirs.
 */
import { readGroupedHeader } from "./table-grouped-header";
import { MatrixTable, readGroupedMatrix, readMatrix } from "./table-matrix";
import { readCellRows } from "./table-cell-rows";
import { readNestedHeader } from "./table-nested-header";
import { readRecords } from "./table-records";
import { readSpannedHeader } from "./table-spanned-header";
import { readYearRows } from "./table-year-rows";
import { readStacked } from "./table-stacked";
import { readUnitRows } from "./table-unit-rows";
import { readMarkedRows } from "./table-marked-rows";
import { readYearbook } from "./table-yearbook";
import type { Line } from "./text";

/** `s` is the text, `grid` its view with space-set cells tabbed (same offsets). */
export function readTwoWay(s: string, grid: string, lines: Line[], i: number): MatrixTable | null {
  const found = readWithHeader(s, grid, lines, i);
  if (found) return found;
  const unitRows = readUnitRows(s, grid, lines, i);
  // 单位:万元 over a header another reader parses (地区 | 已预下达 | 本次下达): that reader's, from the next line
  if (unitRows) return i + 1 < lines.length && readWithHeader(s, grid, lines, i + 1) ? null : unitRows;
  return readMarkedRows(s, lines, i);
}

function readWithHeader(s: string, grid: string, lines: Line[], i: number): MatrixTable | null {
  return readYearbook(s, lines, i) ?? readStacked(s, lines, i) ?? readMatrix(grid, lines, i) ?? readCellRows(s, lines, i) ?? readGroupedMatrix(grid, lines, i) ?? readGroupedHeader(grid, lines, i) ?? readSpannedHeader(s, lines, i) ?? readYearRows(s, lines, i) ?? readNestedHeader(s, lines, i) ?? readRecords(grid, lines, i);
}
