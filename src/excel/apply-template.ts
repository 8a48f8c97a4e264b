/**
 * Applying a TemplatePlan to the workbook. src/excel is the only code that calls Excel.run;
 * it knows nothing of React.
 *
 * Syncs: 1) read sheet, table and defined names (and, at a selection, whether the target
 * cells are empty); 2) write everything and read back the table's address in the same
 * request. A plan whose writes would exceed the request budget (4 MB by default, under Excel
 * on the web's 5 MB limit) is split into further write requests; 10,000 typical rows fit in
 * one because columns are written compactly (a uniform column is one scalar, identical
 * relative formulas are one R1C1 string, long runs of equal values are one scalar each).
 *
 * Never loses data: a new sheet with a unique name, or, at a selection, only when every
 * target cell is empty (checked before anything is written).
 */
import { uniqueSheetName, uniqueTableName } from "../core/template";
import type { CellValue, PlanColumn, SheetLike, TemplatePlan } from "../core/template";
import { columnsA1, rangeA1, shiftFormula, toR1C1 } from "../core/a1";
import { callsPlanFunction, localizeFormula, type FunctionNames } from "../core/formulas/localize";
import { localNamesFor, officeDisplayLanguage, probeFunctions } from "./function-language";
import { jsonBytes, utf8Length } from "./request-size";
import { WorkbookError, toWorkbookError } from "./errors";
import { TemplateRecord, templateXml } from "./template-memory";
import { API, SupportCheck, countedSync, inExcel, loadTakenNames, officeSupports, suspendUntilNextSync } from "./run";

export interface ApplyOptions {
  /** Insert at the selection's top-left cell (only into empty cells) instead of a new sheet. */
  atSelection?: boolean;
  /** Requirement-set check; default Office.context.requirements.isSetSupported. */
  isSetSupported?: SupportCheck;
  /** Estimated bytes per write request before it is split; default 4 MB. */
  maxRequestBytes?: number;
  /** Table style; default TableStyleMedium2 (Excel's own default). */
  tableStyle?: string;
  /** Activate the new sheet; default true. */
  activate?: boolean;
  /** Store the template in a custom XML part; default true. */
  remember?: boolean;
  /** Clock for the stored createdAt (tests). */
  now?: () => Date;
  /**
   * The same template in portable mode: written instead when this Excel knows the PLAN
   * functions under neither their English nor their localized names (the add-in's function
   * runtime is not loaded). Without it, a live plan is written as is.
   */
  portable?: TemplatePlan;
  /** Office's display language (zh-CN …); default Office.context.displayLanguage. */
  displayLanguage?: string | null;
  /** Waits between reads of a probe that still shows #BUSY! (tests pass an instant one). */
  wait?: (ms: number) => Promise<void>;
}

/** How the PLAN formulas were written: with English names, localized names, or not at all (portable instead). */
export type FunctionsWritten = "english" | "localized" | "portable" | "unavailable";

export interface ApplyResult {
  sheetName: string;
  tableName: string;
  /** The table's address as Excel reports it, e.g. '2008教育目标'!A1:N44. */
  address: string;
  newSheet: boolean;
  /** Whether the template was stored in the workbook (needs ExcelApi 1.5). */
  remembered: boolean;
  /** context.sync() calls made. */
  syncs: number;
  /** Write requests among them (1 unless the plan exceeded maxRequestBytes). */
  writeRequests: number;
  /** Live plans only (null otherwise): how the PLAN formulas were written, after probing this Excel. */
  functions: FunctionsWritten | null;
}

export { PROBE_RETRIES } from "./function-language";

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

function displayAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** What a table cannot be created over, read with the emptiness check (where this Excel can tell). */
interface Obstacles {
  tables: Excel.TableScopedCollection | null;
  pivots: Excel.PivotTableScopedCollection | null;
  merged: Excel.RangeAreas | null;
}

function loadObstacles(target: Excel.Range, supports: SupportCheck): Obstacles {
  const o: Obstacles = { tables: null, pivots: null, merged: null };
  if (supports("ExcelApi", API.rangeTables)) {
    const tables = target.getTables(false);
    tables.load("items/name");
    o.tables = tables;
  }
  if (supports("ExcelApi", API.rangePivotTables)) {
    const pivots = target.getPivotTables(false);
    pivots.load("items/name");
    o.pivots = pivots;
  }
  if (supports("ExcelApi", API.mergedAreas)) {
    o.merged = target.getMergedAreasOrNullObject();
    o.merged.load("address");
  }
  return o;
}

/** Refuses, before any write, an area that holds a table, a PivotTable or merged cells; the message names them. */
function refuseObstacles(area: string, o: Obstacles): void {
  const names = (c: { items: { name: string }[] } | null) => (c ? c.items.map((x) => `“${x.name}”`) : []);
  const tables = names(o.tables);
  if (tables.length > 0) throw new WorkbookError("bad_selection", `所选区域 ${area} 与表格 ${tables.join("、")} 重叠，Excel 不允许表格重叠。未做任何更改，请选择其他位置。`);
  const pivots = names(o.pivots);
  if (pivots.length > 0) throw new WorkbookError("bad_selection", `所选区域 ${area} 与数据透视表 ${pivots.join("、")} 重叠。未做任何更改，请选择其他位置。`);
  if (o.merged && !o.merged.isNullObject) {
    throw new WorkbookError("bad_selection", `所选区域 ${area} 中有合并单元格（${o.merged.address.split(",").map(displayAddress).join("、")}），表格不能建在合并单元格上。未做任何更改，请先取消合并或选择其他位置。`);
  }
}

function countNonEmpty(formulas: unknown[][]): number {
  let n = 0;
  for (const row of formulas) for (const f of row) if (f !== "" && f !== null && f !== undefined) n++;
  return n;
}

/**
 * Applies `plan` through an existing request context (tests pass a mock one). Throws
 * WorkbookError only; when it refuses (non-empty cells) nothing has been written.
 *
 * A live plan first probes which PLAN names this Excel knows (one request, plus at most
 * PROBE_RETRIES short re-reads while the probe shows #BUSY!), in header cells the table then
 * overwrites; its formulas are written in that form, or options.portable is written instead.
 */
export async function applyTemplatePlanIn(
  context: Excel.RequestContext,
  plan: TemplatePlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  checkPlan(plan);
  if (options.portable) checkPlan(options.portable);
  const supports = options.isSetSupported ?? officeSupports;
  const rows = plan.values.length;
  const live = plan.formulas.some((row) => row.some((f) => f !== null && callsPlanFunction(f)));
  const fallback = live && options.portable && options.portable.values.length === rows ? options.portable : null;
  // At a selection, the cells of whichever plan may be written must be empty.
  const widest = Math.max(plan.columns.length, fallback ? fallback.columns.length : 0);
  const counter = countedSync(context);
  const { sync } = counter;

  // 1. Read what must not be overwritten or duplicated.
  const wb = context.workbook;
  const taken = loadTakenNames(context);
  let selSheet: Excel.Worksheet | null = null;
  let sel: Excel.Range | null = null;
  let target: Excel.Range | null = null;
  let used: Excel.Range | null = null;
  let obstacles: Obstacles | null = null;
  if (options.atSelection) {
    sel = wb.getSelectedRange();
    sel.load("address, rowIndex, columnIndex");
    selSheet = sel.worksheet;
    selSheet.load("name");
    target = sel.getCell(0, 0).getResizedRange(rows, widest - 1);
    target.load("address");
    used = target.getUsedRangeOrNullObject(true);
    used.load("address, formulas");
    obstacles = loadObstacles(target, supports);
  }
  try {
    await sync();
  } catch (e) {
    throw toWorkbookError(e);
  }

  if (target && used && !used.isNullObject) {
    const n = countNonEmpty(used.formulas);
    if (n > 0) {
      throw new WorkbookError("not_empty", `所选区域 ${displayAddress(target.address)} 中有 ${n} 个非空单元格，为避免覆盖数据已停止插入。`);
    }
  }
  if (target && obstacles) refuseObstacles(displayAddress(target.address), obstacles);

  const newSheet = !options.atSelection;
  // The plan's names are legal; only the workbook knows which are taken.
  const { sheetNames, tableNames } = taken();
  const sheetName = newSheet ? uniqueSheetName(plan.sheetName, sheetNames) : (selSheet as Excel.Worksheet).name;
  const tableName = uniqueTableName(plan.tableName, tableNames);
  const at = newSheet ? plan.anchor : { row: (sel as Excel.Range).rowIndex, col: (sel as Excel.Range).columnIndex };

  // 2. A live plan: which PLAN names does this Excel know? Probed in the header cells.
  let sheet: Excel.Worksheet | null = newSheet ? null : (selSheet as Excel.Worksheet);
  let functions: FunctionsWritten | null = null;
  let names: FunctionNames | null = null;
  let chosen: TemplatePlan = plan;
  if (live) {
    names = localNamesFor(options.displayLanguage === undefined ? officeDisplayLanguage() : options.displayLanguage);
    sheet = newSheet ? wb.worksheets.add(sheetName) : (selSheet as Excel.Worksheet);
    let verdict;
    try {
      verdict = await probeFunctions(sheet, at.row, at.col, names, sync, options.wait);
    } catch (e) {
      const err = toWorkbookError(e);
      throw new WorkbookError(err.code, newSheet ? `${err.message}（可删除工作表“${sheetName}”后重试。）` : err.message, err.excelCode);
    }
    functions = verdict === "unavailable" && fallback ? "portable" : verdict;
    if (functions === "portable") chosen = fallback as TemplatePlan;
    if (functions !== "localized") names = null;
  }
  const cols = chosen.columns.length;
  // Plan formulas are written for the header at plan.anchor; move them with the table.
  const layout: Layout = { row: at.row, col: at.col, dRow: at.row - chosen.anchor.row, dCol: at.col - chosen.anchor.col };
  const tableAddress = rangeA1(layout.row, layout.col, rows + 1, cols);
  const remember = options.remember !== false && supports("ExcelApi", API.customXmlParts);

  // 3. Everything is written in plan order; text formats precede their values.
  const ops: Op[] = [];
  if (!sheet) {
    ops.push(
      op(utf8Length(sheetName), (s) => {
        s.sheet = s.context.workbook.worksheets.add(sheetName);
      }),
    );
  }
  const headerAddr = rangeA1(layout.row, layout.col, 1, cols);
  const headers = [chosen.columns.map((c) => c.header)];
  ops.push(setRange(headerAddr, "numberFormat", [headers[0].map(() => "@")]), setRange(headerAddr, "values", headers));
  const budget = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const canFill = supports("ExcelApi", API.autoFill);
  for (let c = 0; c < cols; c++) ops.push(...columnOps(chosen, c, layout, Math.max(1024, budget / 4), names, canFill));
  const style = options.tableStyle ?? "TableStyleMedium2";
  ops.push(
    op(utf8Length(tableAddress + tableName + style) + 2 * OP_OVERHEAD_BYTES, (s) => {
      s.table = s.sheet.tables.add(tableAddress, true);
      s.table.name = tableName;
      s.table.style = style;
    }),
  );
  ops.push(...ruleOps(chosen, layout), ...layoutOps(chosen, layout, newSheet, supports("ExcelApi", API.freezePanes)));
  if (remember) {
    const record: TemplateRecord = {
      templateId: chosen.metadata.templateId,
      title: chosen.metadata.title,
      source: chosen.metadata.source,
      mode: chosen.metadata.mode,
      version: 1,
      sheetName,
      tableName,
      address: tableAddress,
      columns: chosen.columns.map((c) => c.key),
      targets: chosen.metadata.targets,
      createdAt: (options.now ?? (() => new Date()))().toISOString(),
      ...(chosen.metadata.rowKeys ? { rowKeys: chosen.metadata.rowKeys } : {}),
      ...(chosen.metadata.overrides ? { overrides: chosen.metadata.overrides } : {}),
    };
    const xml = templateXml(record);
    ops.push(
      op(utf8Length(xml), (s) => {
        s.context.workbook.customXmlParts.add(xml);
      }),
    );
  }
  ops.push(
    op(16, (s) => {
      s.tableRange = (s.table as Excel.Table).getRange();
      s.tableRange.load("address");
      if (newSheet && options.activate !== false) s.sheet.activate();
    }),
  );

  const batches = packRequests(ops, budget);
  const state = { context, sheet, table: null, tableRange: null } as unknown as WriteState;
  for (let b = 0; b < batches.length; b++) {
    suspendUntilNextSync(context, supports);
    for (const o of batches[b]) o.run(state);
    try {
      await sync();
    } catch (e) {
      const err = toWorkbookError(e);
      const partial = newSheet
        ? `工作表“${sheetName}”可能只写入了一部分，可将其删除后重试。`
        : `区域 ${tableAddress} 可能只写入了一部分。`;
      throw new WorkbookError(err.code, `${err.message}（${partial}）`, err.excelCode);
    }
  }

  return {
    sheetName,
    tableName,
    address: (state.tableRange as Excel.Range).address,
    newSheet,
    remembered: remember,
    syncs: counter.count,
    writeRequests: batches.length,
    functions,
  };
}

/** Applies `plan` in its own Excel.run. */
export function applyTemplatePlan(plan: TemplatePlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  return inExcel((context) => applyTemplatePlanIn(context, plan, options));
}
