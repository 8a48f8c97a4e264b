/**
 * The rows of an inserted template for the summary (two syncs), and actuals filled from a
 * year-end summary (three syncs: shape, the 实际值 column, the writes). Filling never writes
 * over a figure the statistician entered: a cell holding anything, even a formula, is skipped.
 */
import { cellA1, qualify } from "../core/a1";
import type { SheetRow } from "../core/template";
import { toWorkbookError } from "./errors";
import { countedSync, inExcel } from "./run";
import { isBlankCell } from "../core/cell";
import { loadTableShape, requireColumn } from "./template-table";

export interface ActualWrite {
  row: number;
  value: number;
}

export interface WriteActualsResult {
  written: number;
  /** Writes not made: the cell was not empty, the row is no longer in the table, the value is not a number, or a repeat. */
  skipped: number;
  syncs: number;
}

function text(v: unknown): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

/** The template's rows (blank rows left out), read through `context`. Two syncs. */
export async function readTemplateRowsIn(context: Excel.RequestContext, tableName: string): Promise<SheetRow[]> {
  try {
    const pending = loadTableShape(context, tableName);
    await context.sync();
    const shape = pending.read();
    const keys = ["indicator", "target", "actual", "status"] as const;
    const index = Object.fromEntries(keys.map((k) => [k, requireColumn(shape, k)])) as Record<(typeof keys)[number], number>;
    const load = (i: number | undefined) => {
      if (i === undefined) return null;
      const col = shape.body.getColumn(i);
      col.load("values");
      return col;
    };
    const cols = {
      section: load(shape.columns.get("section")),
      scope: load(shape.columns.get("scope")),
      indicator: load(index.indicator),
      target: load(index.target),
      actual: load(index.actual),
      status: load(index.status),
    };
    await context.sync();

    const at = (col: Excel.Range | null, r: number): unknown => (col ? col.values[r]?.[0] : null);
    const rows: SheetRow[] = [];
    for (let r = 0; r < shape.rowCount; r++) {
      const indicator = text(at(cols.indicator, r));
      const target = text(at(cols.target, r));
      if (indicator === "" && target === "") continue;
      const actual = at(cols.actual, r);
      rows.push({
        row: r,
        section: text(at(cols.section, r)) || null,
        indicator,
        scope: text(at(cols.scope, r)) || null,
        target,
        actual: isBlankCell(actual) ? "" : actual,
        status: at(cols.status, r),
        actualAddress: qualify(shape.sheetName, cellA1(shape.rowIndex + r, shape.columnIndex + index.actual)),
      });
    }
    return rows;
  } catch (e) {
    throw toWorkbookError(e);
  }
}

/** Writes numbers into empty 实际值 cells of the table only. Three syncs, whatever the count. */
export async function writeActualsIn(context: Excel.RequestContext, tableName: string, writes: readonly ActualWrite[]): Promise<WriteActualsResult> {
  const counter = countedSync(context);
  const { sync } = counter;
  try {
    const pending = loadTableShape(context, tableName);
    await sync();
    const shape = pending.read();
    const column = shape.body.getColumn(requireColumn(shape, "actual"));
    column.load("formulas");
    await sync();

    const chosen = new Map<number, number>();
    for (const w of writes) {
      const ok = Number.isInteger(w.row) && w.row >= 0 && w.row < shape.rowCount && typeof w.value === "number" && Number.isFinite(w.value);
      if (ok && !chosen.has(w.row) && isBlankCell(column.formulas[w.row]?.[0])) chosen.set(w.row, w.value);
    }
    const written = chosen.size;
    if (written > 0) {
      // One write over the span; null leaves a cell as it is, so filled cells are never touched.
      const rows = [...chosen.keys()];
      const first = Math.min(...rows);
      const span = Math.max(...rows) - first + 1;
      const values = Array.from({ length: span }, (_, k) => [chosen.get(first + k) ?? null]);
      column.getCell(first, 0).getResizedRange(span - 1, 0).values = values as number[][];
      await sync();
    }
    return { written, skipped: writes.length - written, syncs: counter.count };
  } catch (e) {
    throw toWorkbookError(e);
  }
}

export function readTemplateRows(tableName: string): Promise<SheetRow[]> {
  return inExcel((context) => readTemplateRowsIn(context, tableName));
}

export function writeActuals(tableName: string, writes: readonly ActualWrite[]): Promise<WriteActualsResult> {
  return inExcel((context) => writeActualsIn(context, tableName, writes));
}
