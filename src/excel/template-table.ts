/**
 * An inserted template's table as the sheet holds it now. Columns are found by their header
 * text, not by position: the statistician may have moved the table, added rows or columns,
 * or renamed the sheet, and the summary, filling actuals and refreshing helpers still work.
 */
import { planColumns } from "../core/template";
import { WorkbookError } from "./errors";

/** Header text of each column key, live and portable (e.g. actual → 实际值, h_cmp → 辅助·比较), and back. */
const HEADERS: ReadonlyMap<string, string> = new Map(planColumns("portable").map((c) => [c.key, c.header]));
const KEYS: ReadonlyMap<string, string> = new Map(planColumns("portable").map((c) => [c.header, c.key]));

/** The column key a header text stands for (实际值 → actual), or the trimmed text for a column not ours. */
export function columnKey(header: string): string {
  const text = header.trim();
  return KEYS.get(text) ?? text;
}

export interface ListedTable {
  name: string;
  sheetName: string;
  table: Excel.Table;
  /** The header texts, after the next sync. */
  columnNames(): string[];
}

/**
 * Every table of a collection loaded with items/name and items/worksheet/name, with its column
 * names queued for the next sync. Column names are the header texts, and Excel keeps them
 * when the header row is hidden.
 */
export function queueColumnNames(context: Excel.RequestContext, tables: Excel.TableCollection): ListedTable[] {
  return tables.items.map((item) => {
    const table = context.workbook.tables.getItem(item.name);
    const columns = table.columns;
    columns.load("items/name");
    return { name: item.name, sheetName: item.worksheet.name, table, columnNames: () => columns.items.map((c) => c.name) };
  });
}

export interface TableShape {
  tableName: string;
  sheetName: string;
  /** Sheet position (zero-based) of the first data cell. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  /** Column key → zero-based index within the table, for the headers present. */
  columns: Map<string, number>;
  /** The data body, for loading or writing columns. */
  body: Excel.Range;
}

/**
 * Queues the loads that describe a table; call `read()` after the next sync. A missing table
 * fails that sync with ItemNotFound, which toWorkbookError words for the statistician.
 */
export function loadTableShape(context: Excel.RequestContext, tableName: string): { read(): TableShape } {
  const table = context.workbook.tables.getItem(tableName);
  // Column names are the header texts, and Excel keeps them when the header row is hidden.
  const names = table.columns;
  names.load("items/name");
  const body = table.getDataBodyRange();
  body.load("rowIndex, columnIndex, rowCount");
  const sheet = table.worksheet;
  sheet.load("name");
  return {
    read() {
      const columns = new Map<string, number>();
      names.items.forEach((c, i) => {
        const key = columnKey(c.name);
        if (HEADERS.has(key) && !columns.has(key)) columns.set(key, i);
      });
      return { tableName, sheetName: sheet.name, rowIndex: body.rowIndex, columnIndex: body.columnIndex, rowCount: body.rowCount, columns, body };
    },
  };
}

/** The column's index, or a sentence naming the table and the header that is gone. */
export function requireColumn(shape: TableShape, key: string): number {
  const i = shape.columns.get(key);
  if (i === undefined) {
    throw new WorkbookError("not_found", `表格“${shape.tableName}”中找不到“${HEADERS.get(key) ?? key}”列，可能已被改名或删除。请恢复该列标题后重试。`);
  }
  return i;
}

