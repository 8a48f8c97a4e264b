/**
 * Inserting the balance workbook (学校数据, 学校指标, 县域差异系数) with Office.js.
 *
 * Syncs: 1) read sheet, table and defined names; 2) write the three sheets (more write
 * requests only when the plan exceeds the request budget, which a few thousand school rows
 * do not: uniform columns are one scalar, relative formulas one R1C1 string). The plan is
 * built after the first sync, from the names the workbook already holds, so that its
 * cross-sheet formulas name the sheets actually created.
 *
 * Never loses data: three new sheets with fresh names; a plan Excel would reject (a
 * conditional-format formula over 255 characters, a malformed plan) is refused before the
 * first write. Input cells are formatted as text or numbers before anything is typed.
 */
import type { BalanceWorkbookPlan, SheetPlan } from "../core/balance/workbook-plan";
import { rangeA1 } from "../core/a1";
import { callsPlanFunction, type FunctionNames } from "../core/formulas/localize";
import type { FormulaMode } from "../core/template";
import { localNamesFor, officeDisplayLanguage, probeFunctions } from "./function-language";
import type { FunctionsWritten } from "./apply-template";
import { utf8Length } from "./request-size";
import { WorkbookError, toWorkbookError } from "./errors";
import {
  DEFAULT_MAX_REQUEST_BYTES,
  OP_OVERHEAD_BYTES,
  checkPlan,
  columnOps,
  layoutOps,
  op,
  packRequests,
  ruleOps,
  setRange,
  type Layout,
  type Op,
  type WriteState,
} from "./sheet-writes";
import { API, SupportCheck, countedSync, inExcel, loadTakenNames, officeSupports, suspendUntilNextSync } from "./run";

/** Excel's limit on a conditional-format formula. */
export const RULE_FORMULA_MAX = 255;
/** ExcelApi version of range.dataValidation (the input sheet's lists). */
const DATA_VALIDATION_API = "1.8";

export interface BalanceInsertOptions {
  isSetSupported?: SupportCheck;
  /** Estimated bytes per write request before it is split; default 4 MB. */
  maxRequestBytes?: number;
  tableStyle?: string;
  /** Office's display language (zh-CN …); default Office.context.displayLanguage. */
  displayLanguage?: string | null;
  /** Waits between reads of a probe that still shows #BUSY! (tests pass an instant one). */
  wait?: (ms: number) => Promise<void>;
}

export interface BalanceInsertResult {
  /** Sheet names as created, in plan order: input (unless the rows are an existing range), school, county. */
  sheetNames: string[];
  tableNames: string[];
  schoolSheet: string;
  countySheet: string;
  rows: number;
  /** Whether the 学段 and 学校类型 drop-down lists were added (ExcelApi 1.8). */
  lists: boolean;
  syncs: number;
  writeRequests: number;
  /** Live workbooks only (null otherwise): how PLAN.SCHOOL_CV was written, after probing this Excel. */
  functions: FunctionsWritten | null;
}

/** Builds the plan once the workbook's names are known. */
/** Builds the plan for the names already taken; `mode` overrides the chosen one (portable, where Excel lacks the PLAN functions). */
export type BalancePlanBuilder = (taken: { sheetNames: string[]; tableNames: string[] }, mode?: FormulaMode) => BalanceWorkbookPlan;

function refuse(message: string): WorkbookError {
  return new WorkbookError("bad_plan", `均衡工作簿未插入：${message}`);
}

function checkSheet(sheet: SheetPlan): void {
  try {
    checkPlan(sheet);
  } catch (e) {
    throw refuse(`工作表“${sheet.sheetName}”${(e as Error).message}`);
  }
  for (const rule of sheet.rules) {
    if (rule.formula.length - 1 > RULE_FORMULA_MAX) {
      throw refuse(`工作表“${sheet.sheetName}”列 ${rule.columns.join("、")} 的条件格式公式超过 ${RULE_FORMULA_MAX} 个字符`);
    }
  }
}

interface SheetWrite {
  budget: number;
  lists: boolean;
  canFreeze: boolean;
  style: string;
  canFill: boolean;
  /** PLAN names for formulasLocal (Chinese Excel), or null. */
  names: FunctionNames | null;
  /** A sheet the probe already created, by name. */
  created: string | null;
}

function sheetOps(sheet: SheetPlan, w: SheetWrite): Op[] {
  const { budget, lists, canFreeze, style, canFill } = w;
  const layout: Layout = { row: sheet.anchor.row, col: sheet.anchor.col, dRow: 0, dCol: 0 };
  const rows = sheet.values.length;
  const cols = sheet.columns.length;
  const ops: Op[] = [
    op(utf8Length(sheet.sheetName), (s) => {
      s.sheet = sheet.sheetName === w.created ? s.context.workbook.worksheets.getItem(sheet.sheetName) : s.context.workbook.worksheets.add(sheet.sheetName);
    }),
  ];
  const headerAddr = rangeA1(layout.row, layout.col, 1, cols);
  ops.push(setRange(headerAddr, "numberFormat", [sheet.columns.map(() => "@")]), setRange(headerAddr, "values", [sheet.columns.map((c) => c.header)]));
  for (let c = 0; c < cols; c++) ops.push(...columnOps(sheet, c, layout, Math.max(1024, budget / 4), w.names, canFill));
  const tableAddress = rangeA1(layout.row, layout.col, rows + 1, cols);
  ops.push(
    op(utf8Length(tableAddress + sheet.tableName + style) + 2 * OP_OVERHEAD_BYTES, (s) => {
      s.table = s.sheet.tables.add(tableAddress, true);
      s.table.name = sheet.tableName;
      s.table.style = style;
    }),
  );
  ops.push(...ruleOps(sheet, layout), ...layoutOps(sheet, layout, true, canFreeze));
  if (lists) {
    for (const list of sheet.lists) {
      const c = sheet.columns.findIndex((x) => x.key === list.column);
      const addr = rangeA1(layout.row + 1, layout.col + c, rows, 1);
      const source = list.values.join(",");
      const header = sheet.columns[c].header;
      ops.push(
        op(utf8Length(addr + source + header) * 2, (s) => {
          const dv = s.sheet.getRange(addr).dataValidation;
          dv.rule = { list: { inCellDropDown: true, source } };
          dv.errorAlert = { showAlert: true, style: "Stop", title: header, message: `请从列表中选择：${list.values.join("、")}` };
        }),
      );
    }
  }
  return ops;
}

/**
 * Inserts the balance workbook through an existing request context (tests pass a fake one).
 * Throws WorkbookError only; when it refuses, nothing has been written.
 */
export async function insertBalanceIn(
  context: Excel.RequestContext,
  build: BalancePlanBuilder,
  options: BalanceInsertOptions = {},
): Promise<BalanceInsertResult> {
  const supports = options.isSetSupported ?? officeSupports;
  const counter = countedSync(context);
  const taken = loadTakenNames(context);
  try {
    await counter.sync();
  } catch (e) {
    throw toWorkbookError(e);
  }

  const names0 = taken();
  const plan0 = (mode?: FormulaMode) => {
    try {
      return build(names0, mode);
    } catch (e) {
      throw refuse((e as Error).message);
    }
  };
  let plan: BalanceWorkbookPlan = plan0();
  plan.sheets.forEach(checkSheet);

  // A live workbook: which PLAN names does this Excel know? Probed on the first new sheet's header.
  let functions: FunctionsWritten | null = null;
  let names: FunctionNames | null = null;
  let created: string | null = null;
  if (plan.sheets.some((s) => s.formulas.some((row) => row.some((f) => f !== null && callsPlanFunction(f))))) {
    names = localNamesFor(options.displayLanguage === undefined ? officeDisplayLanguage() : options.displayLanguage);
    const first = plan.sheets[0];
    created = first.sheetName;
    let verdict;
    try {
      verdict = await probeFunctions(context.workbook.worksheets.add(first.sheetName), first.anchor.row, first.anchor.col, names, counter.sync, options.wait);
    } catch (e) {
      const err = toWorkbookError(e);
      throw new WorkbookError(err.code, `${err.message}（可删除工作表“${first.sheetName}”后重试。）`, err.excelCode);
    }
    functions = verdict;
    if (verdict === "unavailable") {
      const portable = plan0("portable");
      // Same names taken, same names given: the portable sheets land where the probe was.
      if (portable.sheets.every((s, i) => s.sheetName === plan.sheets[i]?.sheetName)) {
        portable.sheets.forEach(checkSheet);
        plan = portable;
        functions = "portable";
      }
    }
    if (verdict !== "localized") names = null;
  }

  const budget = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const lists = supports("ExcelApi", DATA_VALIDATION_API);
  const style = options.tableStyle ?? "TableStyleMedium2";
  const write: SheetWrite = { budget, lists, canFreeze: supports("ExcelApi", API.freezePanes), style, canFill: supports("ExcelApi", API.autoFill), names, created };
  const ops = plan.sheets.flatMap((s) => sheetOps(s, write));
  ops.push(
    op(16, (s) => {
      // The statistician starts on the input sheet.
      s.context.workbook.worksheets.getItem(plan.sheets[0].sheetName).activate();
    }),
  );
  const batches = packRequests(ops, budget);
  const state = { context, sheet: null, table: null, tableRange: null } as unknown as WriteState;
  for (const batch of batches) {
    suspendUntilNextSync(context, supports);
    for (const o of batch) o.run(state);
    try {
      await counter.sync();
    } catch (e) {
      const err = toWorkbookError(e);
      const partial = `工作表${plan.sheets.map((s) => `“${s.sheetName}”`).join("、")}可能只写入了一部分，可将其删除后重试。`;
      throw new WorkbookError(err.code, `${err.message}（${partial}）`, err.excelCode);
    }
  }
  const named = (role: SheetPlan["role"]) => (plan.sheets.find((s) => s.role === role) as SheetPlan).sheetName;
  return {
    sheetNames: plan.sheets.map((s) => s.sheetName),
    tableNames: plan.sheets.map((s) => s.tableName),
    schoolSheet: named("school"),
    countySheet: named("county"),
    rows: plan.rows,
    lists,
    syncs: counter.count,
    writeRequests: batches.length,
    functions,
  };
}

/** Inserts the balance workbook in its own Excel.run. */
export function insertBalance(build: BalancePlanBuilder, options: BalanceInsertOptions = {}): Promise<BalanceInsertResult> {
  return inExcel((context) => insertBalanceIn(context, build, options));
}

