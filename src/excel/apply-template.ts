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
import type { TemplatePlan } from "../core/template";
import { displayAddress, rangeA1 } from "../core/a1";
import { callsPlanFunction, type FunctionNames } from "../core/formulas/localize";
import { localNamesFor, officeDisplayLanguage, probeFunctions } from "./function-language";
import { utf8Length } from "./request-size";
import { DEFAULT_MAX_REQUEST_BYTES, OP_OVERHEAD_BYTES, checkPlan, columnOps, layoutOps, op, packRequests, ruleOps, setRange, type Layout, type Op, type WriteState } from "./sheet-writes";
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

export * from "./sheet-writes";

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
