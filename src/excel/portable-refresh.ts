/**
 * Portable tables whose hidden helper cells no longer describe their 目标 (the statistician,
 * or a school in WPS, edited a target; 状态 shows 目标已修改，请刷新), and rewriting those
 * helpers from parseTarget. The table is recognised by its headers, so a workbook exported by
 * the command line (no add-in memory) is found too. What to write is decided in core
 * (refreshHelpers); this file only reads and writes cells.
 */
import { HELPER_VALUE_KEYS, portableColumnIndexes, refreshHelpers, type CellValue, type HelperRefresh } from "../core/template";
import type { Target } from "../core/target";
import { cellA1, qualify } from "../core/a1";
import { tryParseTarget } from "../core/parse-target";
import { WorkbookError, toWorkbookError } from "./errors";
import { parseTemplateXml, templateXml } from "./template-memory";
import { API, SupportCheck, countedSync, inExcel, officeSupports, suspendUntilNextSync } from "./run";
import { loadTableShape, queueColumnNames, requireColumn, type TableShape } from "./template-table";

export interface UnreadableTarget {
  /** Zero-based data row. */
  row: number;
  /** The 目标 cell's text. */
  target: string;
  /** Why it cannot be read, in Chinese. */
  error: string;
  /** The 目标 cell, e.g. '2008教育目标'!E3. */
  address: string;
}

export interface StaleTable {
  tableName: string;
  sheetName: string;
  /** Rows whose helpers a refresh would rewrite. */
  stale: number;
  /** Rows whose 目标 cannot be read: a refresh leaves them flagged. */
  unreadable: UnreadableTarget[];
}

export interface RefreshResult {
  tableName: string;
  /** Rows whose helper cells were rewritten. */
  refreshed: number;
  unreadable: UnreadableTarget[];
  /** Whether the add-in's memory of the table (its targets) was updated too. */
  remembered: boolean;
  syncs: number;
}

const HELPER_COUNT = HELPER_VALUE_KEYS.length;

/** Loads the 目标 column and the block of helper value columns (h_text … h_rel are adjacent). */
function loadHelperCells(body: Excel.Range, columns: Record<string, number>) {
  const target = body.getColumn(columns.target);
  target.load("values");
  const helpers = body.getColumn(columns[HELPER_VALUE_KEYS[0]]).getResizedRange(0, HELPER_COUNT - 1);
  helpers.load("values");
  return { target, helpers };
}

function adjacentHelpers(columns: Record<string, number>): boolean {
  return HELPER_VALUE_KEYS.every((k, i) => columns[k] === columns[HELPER_VALUE_KEYS[0]] + i);
}

/** Rows whose 目标 cannot be read, with the cell's address (sheet, first data cell, 目标 column). */
function unreadableOf(changes: HelperRefresh[], targets: unknown[][], where: { sheet: string; row: number; col: number }): UnreadableTarget[] {
  return changes
    .filter((c) => c.error !== null)
    .map((c) => ({
      row: c.row,
      target: String(targets[c.row]?.[0] ?? ""),
      error: c.error as string,
      address: qualify(where.sheet, cellA1(where.row + c.row, where.col)),
    }));
}

/**
 * Writes the given rows of a block in one call per property: null rows in between are left as
 * they are (Office.js skips null cells), so the request grows with the span, not per row. The
 * first `formats.length` columns get those number formats first (辅助·目标, 辅助·比较 are text).
 */
function writeRows(block: Excel.Range, rows: HelperRefresh[], width: number, values: (c: HelperRefresh) => CellValue[], formats: string[]): void {
  const first = Math.min(...rows.map((c) => c.row));
  const span = Math.max(...rows.map((c) => c.row)) - first + 1;
  const byRow = new Map(rows.map((c) => [c.row, c]));
  const top = block.getCell(first, 0);
  const empty = (n: number) => Array<null>(n).fill(null);
  top.getResizedRange(span - 1, formats.length - 1).numberFormat = Array.from({ length: span }, (_, k) =>
    byRow.has(first + k) ? formats : empty(formats.length),
  ) as string[][];
  top.getResizedRange(span - 1, width - 1).values = Array.from({ length: span }, (_, k) => {
    const c = byRow.get(first + k);
    return c ? values(c) : empty(width);
  }) as (string | number)[][];
}

/**
 * Every portable table of the workbook with helpers to refresh or targets that cannot be
 * read; [] when all are current. Three syncs at most: tables, their headers, the 目标 and
 * helper columns of the portable ones.
 */
export async function findStaleHelpersIn(context: Excel.RequestContext): Promise<StaleTable[]> {
  try {
    const tables = context.workbook.tables;
    tables.load("items/name, items/worksheet/name");
    await context.sync();
    if (tables.items.length === 0) return [];

    const shapes = queueColumnNames(context, tables).map((t) => {
      const body = t.table.getDataBodyRange();
      body.load("rowIndex, columnIndex");
      return { ...t, body };
    });
    await context.sync();

    const portable = shapes.flatMap((s) => {
      const columns = portableColumnIndexes(s.columnNames());
      return columns && adjacentHelpers(columns) ? [{ ...s, targetColumn: columns.target, cells: loadHelperCells(s.body, columns) }] : [];
    });
    if (portable.length === 0) return [];
    await context.sync();

    const out: StaleTable[] = [];
    for (const p of portable) {
      const targets = p.cells.target.values;
      const changes = refreshHelpers(targets.map((r) => r[0]), p.cells.helpers.values);
      const unreadable = unreadableOf(changes, targets, { sheet: p.sheetName, row: p.body.rowIndex, col: p.body.columnIndex + p.targetColumn });
      const stale = changes.length - unreadable.length;
      if (stale > 0 || unreadable.length > 0) out.push({ tableName: p.name, sheetName: p.sheetName, stale, unreadable });
    }
    return out;
  } catch (e) {
    throw toWorkbookError(e);
  }
}

/**
 * Rewrites the stale helper cells of one portable table (and 目标 cells that hold a bare
 * number, as text), and the targets the add-in remembers for it when `partId` names its
 * custom XML part. Three syncs.
 */
export async function refreshHelpersIn(
  context: Excel.RequestContext,
  tableName: string,
  options: { partId?: string; isSetSupported?: SupportCheck } = {},
): Promise<RefreshResult> {
  const supports = options.isSetSupported ?? officeSupports;
  const counter = countedSync(context);
  const { sync } = counter;
  try {
    const pending = loadTableShape(context, tableName);
    const usePart = Boolean(options.partId) && supports("ExcelApi", API.customXmlParts);
    // A part deleted since the pane listed it must not fail the refresh of the cells.
    const part = usePart ? context.workbook.customXmlParts.getItemOrNullObject(options.partId as string) : null;
    part?.load("id");
    await sync();
    const shape: TableShape = pending.read();
    const xml = part && !part.isNullObject ? part.getXml() : null;
    const columns: Record<string, number> = {};
    for (const k of ["target", ...HELPER_VALUE_KEYS]) columns[k] = requireColumn(shape, k);
    if (!adjacentHelpers(columns)) {
      throw new WorkbookError("not_found", `表格“${tableName}”的隐藏辅助列顺序已被改动，无法刷新。请重新插入该模板。`);
    }
    const cells = loadHelperCells(shape.body, columns);
    await sync();

    const targets = cells.target.values;
    const changes = refreshHelpers(targets.map((r) => r[0]), cells.helpers.values);
    const unreadable = unreadableOf(changes, targets, { sheet: shape.sheetName, row: shape.rowIndex, col: shape.columnIndex + columns.target });
    const writes = changes.filter((c) => c.values !== null);

    let remembered = false;
    if (writes.length > 0) {
      suspendUntilNextSync(context, supports);
      writeRows(cells.helpers, writes, HELPER_COUNT, (c) => (c.values as CellValue[]).map((v) => (v === null ? "" : v)), ["@", "@"]);
      const asText = writes.filter((c) => c.targetText !== null);
      if (asText.length > 0) writeRows(cells.target, asText, 1, (c) => [c.targetText as string], ["@"]);
      // The memory last: Excel does not roll back a batch, and memory ahead of the cells would lie.
      const record = xml ? parseTemplateXml(xml.value) : null;
      if (record) {
        // Every row needs a target in memory; a row that cannot be read keeps the old one.
        const next = targets.map((r, i) => tryParseTarget(String(r[0] ?? "")) ?? record.targets[i] ?? null);
        if (next.every((t): t is Target => t !== null)) {
          part?.setXml(templateXml({ ...record, targets: next }));
          remembered = true;
        }
      }
      await sync();
    }
    return { tableName: shape.tableName, refreshed: writes.length, unreadable, remembered, syncs: counter.count };
  } catch (e) {
    throw toWorkbookError(e);
  }
}

export function findStaleHelpers(): Promise<StaleTable[]> {
  return inExcel((context) => findStaleHelpersIn(context));
}

export function refreshPortableHelpers(tableName: string, partId?: string): Promise<RefreshResult> {
  return inExcel((context) => refreshHelpersIn(context, tableName, partId ? { partId } : {}));
}
