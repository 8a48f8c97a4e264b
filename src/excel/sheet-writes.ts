/**
 * The writes every sheet insert shares (templates and the balance workbook): compact column
 * encoding, 2-D array writes within the request budget, autoFill where ExcelApi 1.9 allows,
 * rules, widths and frozen headers, and packing operations into requests. No sync here: the
 * callers own their sync budget.
 */
import type { CellValue, PlanColumn, SheetLike } from "../core/template";
import { columnsA1, rangeA1, shiftFormula, toR1C1 } from "../core/a1";
import { callsPlanFunction, localizeFormula, type FunctionNames } from "../core/formulas/localize";
import { jsonBytes, utf8Length } from "./request-size";
import { WorkbookError } from "./errors";

export const DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/** Office.js wraps each call in an object path and an action (ids, types, names): about this much JSON. */
export const OP_OVERHEAD_BYTES = 200;

/** Excel's column width unit (characters of the default font) → points, for a 7-pixel digit. */
export function charsToPoints(chars: number): number {
  const pixels = Math.trunc(chars * 7 + 5);
  return Math.round(pixels * 0.75 * 100) / 100;
}

function planError(message: string): WorkbookError {
  return new WorkbookError("bad_plan", `模板数据不完整：${message}`);
}

export function checkPlan(plan: SheetLike): void {
  const cols = plan.columns.length;
  if (cols === 0) throw planError("没有列");
  const rows = plan.values.length;
  if (plan.formulas.length !== rows || plan.numberFormats.length !== rows) throw planError("值、公式与数字格式的行数不一致");
  for (let r = 0; r < rows; r++) {
    if (plan.values[r].length !== cols || plan.formulas[r].length !== cols || plan.numberFormats[r].length !== cols) {
      throw planError(`第 ${r + 1} 行的列数不是 ${cols}`);
    }
  }
  const keys = new Set(plan.columns.map((c) => c.key));
  for (const rule of plan.rules) {
    for (const k of rule.columns) if (!keys.has(k)) throw planError(`条件格式引用了不存在的列 ${k}`);
  }
}

function isString(v: CellValue): v is string {
  return typeof v === "string";
}

// ---------------------------------------------------------------------------------------
// Compact column encoding

/** v: a value; f: an R1C1 formula; l: an A1 formula in the display language's names (formulasLocal). */
export type Item = { kind: "v" | "f" | "l"; key: string; raw: unknown } | { kind: "skip" };

export interface Segment {
  kind: "v" | "f" | "l";
  /** Offset of the first row within the column. */
  start: number;
  count: number;
  /** One value for every cell of the segment… */
  scalar?: unknown;
  /** …or one per cell (null = leave the cell alone). */
  cells?: unknown[];
}

/**
 * Splits a column into writes: a run of equal items becomes one scalar write when that saves
 * more than the cost of two extra calls, the rest go in arrays. Long blank runs are not written.
 */
export function encodeColumn(items: Item[]): Segment[] {
  const segs: Segment[] = [];
  let cur: (Segment & { cells: unknown[] }) | null = null;
  let i = 0;
  while (i < items.length) {
    const it = items[i];
    let j = i + 1;
    if (it.kind === "skip") while (j < items.length && items[j].kind === "skip") j++;
    else while (j < items.length && items[j].kind === it.kind && (items[j] as { key: string }).key === it.key) j++;
    const len = j - i;
    if (it.kind === "skip") {
      if (cur && len * 5 <= OP_OVERHEAD_BYTES) {
        for (let k = 0; k < len; k++) cur.cells.push(null);
      } else if (cur) {
        segs.push(cur);
        cur = null;
      }
    } else if (len === items.length || (len >= 2 && (len - 1) * (utf8Length(it.key) + 1) > 2 * OP_OVERHEAD_BYTES)) {
      // Worth a call of its own only if it saves more than that call and the array it interrupts.
      if (cur) segs.push(cur);
      cur = null;
      segs.push({ kind: it.kind, start: i, count: len, scalar: it.raw });
    } else {
      if (cur && cur.kind !== it.kind) {
        segs.push(cur);
        cur = null;
      }
      if (!cur) cur = { kind: it.kind, start: i, count: 0, cells: [] };
      for (let k = 0; k < len; k++) cur.cells.push(it.raw);
    }
    i = j;
  }
  if (cur) segs.push(cur);
  for (const s of segs) {
    // Trailing blanks inside an array add nothing.
    if (s.cells) while (s.cells.length > 0 && s.cells[s.cells.length - 1] === null) s.cells.pop();
    if (s.cells) s.count = s.cells.length;
  }
  return segs;
}

// ---------------------------------------------------------------------------------------
// Write operations

export interface WriteState {
  context: Excel.RequestContext;
  sheet: Excel.Worksheet;
  table: Excel.Table | null;
  tableRange: Excel.Range | null;
}

export interface Op {
  bytes: number;
  run: (s: WriteState) => void;
}

export interface Layout {
  row: number;
  col: number;
  /** Shift from the plan's coordinates (header at plan.anchor) to the sheet's (header at row, col). */
  dRow: number;
  dCol: number;
}

export function op(bytes: number, run: (s: WriteState) => void): Op {
  return { bytes: bytes + OP_OVERHEAD_BYTES, run };
}

export function setRange(address: string, prop: "values" | "numberFormat" | "formulasR1C1" | "formulasLocal", value: unknown): Op {
  return op(utf8Length(address) + jsonBytes(value), (s) => {
    (s.sheet.getRange(address) as unknown as Record<string, unknown>)[prop] = value;
  });
}

/**
 * Splits segments so that no single write exceeds `maxBytes` (a long text column under a small
 * budget). A run of one value becomes its cells: the API takes a 2-D array the size of the
 * range (a scalar on a multi-cell range works, but is not documented).
 */
function chunked(segments: Segment[], maxBytes: number): (Segment & { cells: unknown[] })[] {
  const out: (Segment & { cells: unknown[] })[] = [];
  for (const seg of segments) {
    const s = seg.cells ? (seg as Segment & { cells: unknown[] }) : { ...seg, cells: new Array<unknown>(seg.count).fill(seg.scalar) };
    let start = 0;
    let bytes = 0;
    for (let k = 0; k < s.cells.length; k++) {
      const b = jsonBytes(s.cells[k]) + 4;
      if (k > start && bytes + b > maxBytes) {
        out.push({ kind: s.kind, start: s.start + start, count: k - start, cells: s.cells.slice(start, k) });
        start = k;
        bytes = 0;
      }
      bytes += b;
    }
    out.push({ kind: s.kind, start: s.start + start, count: s.cells.length - start, cells: s.cells.slice(start) });
  }
  return out;
}

/**
 * The writes of one column. `names`: write PLAN formulas through formulasLocal with these
 * names (Chinese Excel); null: English, R1C1. `canFill`: a run of one relative formula is
 * written once and filled down (Range.autoFill, ExcelApi 1.9), else as a 2-D array.
 */
/**
 * Writes of a column's segments as 2-D arrays. With `canFill`, a run of one relative formula or
 * one number format is written into its first cell and filled down (Range.autoFill, ExcelApi
 * 1.9): the request holds it once, so 10,000 rows cost what 10 do. Formulas fill with
 * FillValues and formats with FillFormats, so that neither touches what the other wrote.
 */
function segmentOps(
  segments: Segment[],
  firstRow: number,
  sheetCol: number,
  maxBytes: number,
  canFill: boolean,
  prop: (kind: Segment["kind"]) => "values" | "numberFormat" | "formulasR1C1" | "formulasLocal",
): Op[] {
  const ops: Op[] = [];
  const fillable = (s: Segment) => s.scalar !== undefined && s.count > 1 && (s.kind === "f" || prop(s.kind) === "numberFormat");
  const filled = canFill ? segments.filter(fillable) : [];
  for (const s of filled) {
    const first = rangeA1(firstRow + s.start, sheetCol, 1, 1);
    const all = rangeA1(firstRow + s.start, sheetCol, s.count, 1);
    const p = prop(s.kind);
    const type = p === "numberFormat" ? "FillFormats" : "FillValues";
    ops.push(setRange(first, p, [[s.scalar]]));
    ops.push(
      op(utf8Length(first + all + type), (st) => {
        st.sheet.getRange(first).autoFill(all, type);
      }),
    );
  }
  const rest = segments.filter((s) => !filled.includes(s));
  for (const s of chunked(rest, maxBytes)) {
    ops.push(setRange(rangeA1(firstRow + s.start, sheetCol, s.count, 1), prop(s.kind), s.cells.map((x) => [x])));
  }
  return ops;
}

export function columnOps(plan: SheetLike, c: number, layout: Layout, maxBytes: number, names: FunctionNames | null = null, canFill = false): Op[] {
  const col: PlanColumn = plan.columns[c];
  const rows = plan.values.length;
  if (rows === 0) return [];
  const sheetCol = layout.col + c;
  const firstRow = layout.row + 1;
  const ops: Op[] = [];

  // Number formats first: a text cell must be text before its value arrives.
  const formats: Item[] = plan.numberFormats.map((fmts, r) => {
    const f = fmts[c];
    const v = plan.values[r][c];
    const formula = plan.formulas[r][c];
    // A formula cell is never text (it would not calculate); any other string is, in any
    // column: Excel would still parse it (=…, +3, 1/2, 3-5).
    const fmt = formula ? (f === "@" ? "General" : f) : col.text || isString(v) ? "@" : f;
    return { kind: "v", key: fmt, raw: fmt };
  });
  ops.push(...segmentOps(encodeColumn(formats), firstRow, sheetCol, maxBytes, canFill, () => "numberFormat"));

  const content: Item[] = plan.values.map((row, r) => {
    const f = plan.formulas[r][c];
    if (f) {
      const sheetRow = firstRow + r;
      const placed = shiftFormula(f, layout.dRow, layout.dCol, "relocate");
      if (names && callsPlanFunction(placed)) {
        // formulasLocal has no R1C1 form: each row's A1 text, with the localized names.
        const local = localizeFormula(placed, names);
        return { kind: "l", key: local, raw: local };
      }
      const r1c1 = toR1C1(placed, sheetRow, sheetCol);
      return { kind: "f", key: r1c1, raw: r1c1 };
    }
    const v = row[c];
    return v === null || v === "" ? { kind: "skip" } : { kind: "v", key: JSON.stringify(v), raw: v };
  });
  const prop = (k: Segment["kind"]) => (k === "f" ? "formulasR1C1" : k === "l" ? "formulasLocal" : "values");
  ops.push(...segmentOps(encodeColumn(content), firstRow, sheetCol, maxBytes, canFill, prop));

  const fill = plan.fills[col.kind];
  if (fill) {
    const addr = rangeA1(firstRow, sheetCol, rows, 1);
    ops.push(
      op(utf8Length(addr + fill), (s) => {
        s.sheet.getRange(addr).format.fill.color = fill;
      }),
    );
  }
  return ops;
}

export function ruleOps(plan: SheetLike, layout: Layout): Op[] {
  const rows = plan.values.length;
  if (rows === 0) return [];
  const ops: Op[] = [];
  const index = (key: string) => plan.columns.findIndex((c) => c.key === key);
  // add() puts each new format on top: add the last rule first so plan.rules[0] wins.
  for (const rule of [...plan.rules].reverse()) {
    if (rule.columns.length === 0) continue;
    const first = index(rule.columns[0]);
    const placed = shiftFormula(rule.formula, layout.dRow, layout.dCol, "relocate");
    for (const key of rule.columns) {
      const c = index(key);
      const formula = shiftFormula(placed, 0, c - first, "copy");
      const addr = rangeA1(layout.row + 1, layout.col + c, rows, 1);
      ops.push(
        op(utf8Length(addr + formula + rule.fill + rule.fontColor) + 3 * OP_OVERHEAD_BYTES, (s) => {
          const cf = s.sheet.getRange(addr).conditionalFormats.add("Custom");
          cf.custom.rule.formula = formula;
          if (rule.fill) cf.custom.format.fill.color = rule.fill;
          if (rule.fontColor) cf.custom.format.font.color = rule.fontColor;
          cf.stopIfTrue = true;
        }),
      );
    }
  }
  return ops;
}

/** Widths, frozen header and hidden columns; `canFreeze` when this Excel has freezePanes (ExcelApi 1.7). */
export function layoutOps(plan: SheetLike, layout: Layout, newSheet: boolean, canFreeze: boolean): Op[] {
  const ops: Op[] = [];
  if (newSheet) {
    // Consecutive columns of equal width share one call.
    let c = 0;
    while (c < plan.columns.length) {
      let d = c + 1;
      while (d < plan.columns.length && plan.columns[d].width === plan.columns[c].width) d++;
      const addr = columnsA1(layout.col + c, d - c);
      const points = charsToPoints(plan.columns[c].width);
      ops.push(
        op(utf8Length(addr) + 8, (s) => {
          s.sheet.getRange(addr).format.columnWidth = points;
        }),
      );
      c = d;
    }
    if (plan.freezeHeader && canFreeze) {
      ops.push(
        op(8, (s) => {
          s.sheet.freezePanes.freezeRows(layout.row + 1);
        }),
      );
    }
  }
  plan.columns.forEach((col, c) => {
    if (!col.hidden) return;
    const addr = columnsA1(layout.col + c);
    ops.push(
      op(utf8Length(addr) + 4, (s) => {
        s.sheet.getRange(addr).columnHidden = true;
      }),
    );
  });
  return ops;
}

/** Packs operations into requests of at most `budget` estimated bytes, keeping their order. */
export function packRequests<T extends { bytes: number }>(ops: T[], budget: number): T[][] {
  const batches: T[][] = [];
  let cur: T[] = [];
  let size = 0;
  for (const o of ops) {
    if (cur.length > 0 && size + o.bytes > budget) {
      batches.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(o);
    size += o.bytes;
  }
  if (cur.length > 0 || batches.length === 0) batches.push(cur);
  return batches;
}

