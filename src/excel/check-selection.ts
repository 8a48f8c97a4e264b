/**
 * Checking any selection against targets, for sheets that did not come from a template: the
 * user selects actual values and points at targets. Highlighting is native conditional
 * formatting (no PLAN.* in the rules: Excel cannot evaluate custom functions there), so it
 * updates whenever a value changes. Two syncs: read, then write.
 *
 * Three ways to express the target, chosen from what the target cells hold:
 * - typed: one target text (≥99.2%). Parsed here; its bounds become constants in the rule.
 *   No cell is written.
 * - cells: a same-shaped range of plain numbers (each meaning "at least this"). The rule
 *   refers to the target cells, so editing a target updates the colours too.
 * - helper: a range holding target text (≥99.2%, 3~5所), or numbers with mixed % formats.
 *   A rule cannot parse text, so the parsed bounds (low, high, at-risk band) are written as
 *   numbers to a hidden sheet, 达标检查辅助, and the rule refers to them. Actual values stay
 *   live; a changed target text needs a new check. Text that is not a target, and targets
 *   relative to a baseline (比上年提高…), are refused with the cells named.
 *
 * The rule follows core evaluate(): gap = shortfall in the target's unit (0 when met, with a
 * 1e-9 relative float allowance), 接近 when 0 < gap ≤ tolerance, 未达标 beyond; blank or text
 * actuals are pending and get no colour.
 */
import { defaultTolerance } from "../core/evaluate";
import { formulaNumber } from "../core/formulas/formula-text";
import { helperBlockRow, helperRules, numberCellTolerance, rulesFit, statusRules, typedRuleParts, type SelectionMeaning } from "../core/formulas/selection-rules";
import { tryParseTarget } from "../core/parse-target";
import { numericTarget, Target, targetBounds } from "../core/target";
import { RULE_COLORS } from "../core/status";
import { RangeRef, cellA1, displayAddress, parseRangeAddress, qualify, rangeA1 } from "../core/a1";
import { isBlankCell } from "../core/cell";
import { WorkbookError, toWorkbookError } from "./errors";
import { SupportCheck, countedSync, inExcel, officeSupports, suspendUntilNextSync } from "./run";

export const HELPER_SHEET = "达标检查辅助";
/** Target ranges above this many cells are refused (their values are read in one response). */
export const MAX_TARGET_CELLS = 100000;

/** What a selection rule shows. */
export type Meaning = SelectionMeaning;

export interface CheckOptions {
  /** Address of the actual values ('Sheet'!B2:B40); default: the current selection. */
  actual?: string;
  /** A range of targets of the same shape as the actual values… */
  targetRange?: string;
  /** …or one typed target for all of them, such as ≥99.2% or 3~5所. */
  target?: string;
  /** At-risk band in the target's unit (0.01 = 1 percentage point); default as core evaluate(). */
  tolerance?: number;
  /**
   * How the actual cells hold percentages: 0.992 ("fraction", Excel's way) or 99.2 ("number").
   * "auto" (default): fraction when any actual cell has a % format, else number when a
   * numeric actual exceeds 1, else fraction.
   */
  percentAs?: "auto" | "fraction" | "number";
  isSetSupported?: SupportCheck;
}

export interface CheckResult {
  mode: "typed" | "cells" | "helper";
  actualAddress: string;
  targetAddress: string | null;
  /** Where the parsed bounds were written (helper mode). */
  helperAddress: string | null;
  percentAs: "fraction" | "number";
  /** The rules added to the actual range, relative to its top-left cell. */
  rules: { meaning: Meaning; formula: string }[];
  /**
   * Set when target cells were asked for but the rules refer to copies on the helper sheet:
   * rules naming `targetSheet` would exceed Excel's 255 characters. Editing a target then needs
   * a new check; the pane says so.
   */
  fallback: { reason: "rule_too_long"; targetSheet: string } | null;
  syncs: number;
}

/** 比上年提高… needs 基期值, which a bare selection does not have. */
function needsBaseline(t: Target): boolean {
  return t.comparator === "increase_by" || t.comparator === "decrease_by";
}


function listCells(cells: string[]): string {
  return cells.slice(0, 5).join("、") + (cells.length > 5 ? ` 等 ${cells.length} 个单元格` : "");
}

function decidePercent(option: CheckOptions["percentAs"], used: Excel.Range | null): "fraction" | "number" {
  if (option === "fraction" || option === "number") return option;
  if (!used || used.isNullObject) return "fraction";
  if (used.numberFormat.some((row) => row.some((f) => typeof f === "string" && f.includes("%")))) return "fraction";
  return used.values.some((row) => row.some((v) => typeof v === "number" && Math.abs(v) > 1)) ? "number" : "fraction";
}

function resolveRange(wb: Excel.Workbook, ref: RangeRef): Excel.Range {
  const a1 = rangeA1(ref.row, ref.col, ref.rows, ref.cols);
  const sheet = ref.sheet === null ? wb.worksheets.getActiveWorksheet() : wb.worksheets.getItem(ref.sheet);
  return sheet.getRange(a1);
}

function parseAddress(address: string, what: string): RangeRef {
  try {
    return parseRangeAddress(address);
  } catch {
    throw new WorkbookError("bad_selection", `${what}地址无效：${address}`);
  }
}

/** Adds live highlighting to the actual values, through an existing request context. Throws WorkbookError only. */
export async function checkSelectionIn(context: Excel.RequestContext, options: CheckOptions): Promise<CheckResult> {
  const supports = options.isSetSupported ?? officeSupports;
  const typedText = options.target?.trim() ?? "";
  if ((typedText === "") === (options.targetRange === undefined || options.targetRange.trim() === "")) {
    throw new WorkbookError("bad_target", "请指定一个目标单元格区域，或输入一个目标（如“≥99.2%”）。");
  }
  let typed: Target | null = null;
  if (typedText !== "") {
    typed = tryParseTarget(typedText);
    if (!typed) throw new WorkbookError("bad_target", `无法识别目标“${typedText}”。请输入如“≥99.2%”“≤0.5%”“3~5所”“1:15”的目标。`);
    if (needsBaseline(typed)) {
      throw new WorkbookError("bad_target", `“${typedText}”是相对基期的目标，需要基期值才能判断；请改用模板插入（含基期值列）。`);
    }
  }
  let targetRef: RangeRef | null = null;
  if (!typed) {
    targetRef = parseAddress(options.targetRange as string, "目标区域");
    if (targetRef.rows * targetRef.cols > MAX_TARGET_CELLS) {
      throw new WorkbookError("bad_selection", `目标区域过大（超过 ${MAX_TARGET_CELLS} 个单元格）。请只选择有目标的单元格。`);
    }
  }
  if (typeof options.tolerance === "number" && !(options.tolerance >= 0 && Number.isFinite(options.tolerance))) {
    throw new WorkbookError("bad_target", "容差必须是非负数。");
  }

  const counter = countedSync(context);
  const { sync } = counter;
  const wb = context.workbook;

  // 1. Read: the actual range (and the used part of it, for the percent decision), the targets, the helper sheet.
  const actual = options.actual ? resolveRange(wb, parseAddress(options.actual, "实际值区域")) : wb.getSelectedRange();
  actual.load("address, rowIndex, columnIndex, rowCount, columnCount");
  const actualSheet = actual.worksheet;
  actualSheet.load("name");
  const used = actual.getUsedRangeOrNullObject(true);
  used.load("values, numberFormat");
  let targets: Excel.Range | null = null;
  let targetSheet: Excel.Worksheet | null = null;
  let helper: Excel.Worksheet | null = null;
  let helperUsed: Excel.Range | null = null;
  if (targetRef) {
    targets = resolveRange(wb, targetRef);
    targets.load("address, rowIndex, columnIndex, rowCount, columnCount, values, numberFormat");
    targetSheet = targets.worksheet;
    targetSheet.load("name");
    helper = wb.worksheets.getItemOrNullObject(HELPER_SHEET);
    helper.load("name");
    helperUsed = helper.getUsedRangeOrNullObject(false);
    helperUsed.load("rowIndex, rowCount");
  }
  try {
    await sync();
  } catch (e) {
    throw toWorkbookError(e);
  }

  const a = cellA1(actual.rowIndex, actual.columnIndex);
  const percentAs = decidePercent(options.percentAs, used);
  const scale = percentAs === "number" ? 100 : 1;
  let mode: CheckResult["mode"] = "typed";
  let rules: { meaning: Meaning; formula: string }[] = [];
  let fallback: CheckResult["fallback"] = null;
  let helperWrite: { labelRow: number; address: string; label: string; cells: (number | null)[][] } | null = null;

  if (typed) {
    try {
      rules = statusRules(a, typedRuleParts(a, typed, typed.percent ? scale : 1, options.tolerance));
    } catch (e) {
      throw new WorkbookError("bad_target", `“${typedText}”：${e instanceof Error ? e.message : String(e)}`);
    }
  } else {
    const t = targets as Excel.Range;
    if (t.rowCount !== actual.rowCount || t.columnCount !== actual.columnCount) {
      throw new WorkbookError(
        "bad_selection",
        `目标区域 ${displayAddress(t.address)}（${t.rowCount} 行 × ${t.columnCount} 列）与实际值区域 ${displayAddress(actual.address)}（${actual.rowCount} 行 × ${actual.columnCount} 列）大小不一致。`,
      );
    }
    const tSheet = (targetSheet as Excel.Worksheet).name;
    const sameSheet = tSheet === actualSheet.name;
    const tTopLeft = cellA1(t.rowIndex, t.columnIndex);
    const tRef = sameSheet ? tTopLeft : qualify(tSheet, tTopLeft);
    const numeric: boolean[] = [];
    let allNumbers = true;
    t.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (isBlankCell(v)) return;
        if (typeof v !== "number") allNumbers = false;
        else numeric.push(String(t.numberFormat[r][c]).includes("%"));
      }),
    );
    const pct = numeric.every((p) => p);
    if (allNumbers && (pct || numeric.every((p) => !p))) {
      const tol = options.tolerance !== undefined ? formulaNumber(options.tolerance) : numberCellTolerance(tRef, pct && numeric.length > 0);
      const live = statusRules(a, { gap: `(${tRef}-${a})`, tolerance: tol, has: `ISNUMBER(${tRef})` });
      if (rulesFit(live)) {
        mode = "cells";
        rules = live;
      } else {
        // A long sheet name makes the live rules too long for Excel: use copies of the targets.
        fallback = { reason: "rule_too_long", targetSheet: tSheet };
      }
    }
    if (rules.length === 0) {
      mode = "helper";
      const rows = t.rowCount;
      const cols = t.columnCount;
      const bad: string[] = [];
      const relative: string[] = [];
      const blocks: (number | null)[][][] = [[], [], [], []];
      for (let r = 0; r < rows; r++) {
        blocks.forEach((b) => b.push([]));
        for (let c = 0; c < cols; c++) {
          const v: unknown = t.values[r][c];
          const cell = cellA1(t.rowIndex + r, t.columnIndex + c);
          let row: (number | null)[] = [null, null, null, null];
          if (typeof v === "number") {
            const isPct = String(t.numberFormat[r][c]).includes("%");
            row = helperBlockRow(v, null, options.tolerance ?? defaultTolerance({ ...numericTarget(v), percent: isPct }));
          } else if (!isBlankCell(v)) {
            const parsed = typeof v === "string" ? tryParseTarget(v) : null;
            if (!parsed) bad.push(cell);
            else if (needsBaseline(parsed)) relative.push(cell);
            else {
              const k = parsed.percent ? scale : 1;
              const b = targetBounds(parsed);
              const low = b.low === null ? null : Number((b.low * k).toPrecision(15));
              const high = b.high === null ? null : Number((b.high * k).toPrecision(15));
              row = helperBlockRow(low, high, Number(((options.tolerance ?? defaultTolerance(parsed)) * k).toPrecision(15)));
            }
          }
          row.forEach((x, k) => blocks[k][r].push(x));
        }
      }
      if (bad.length > 0) {
        throw new WorkbookError("bad_target", `目标单元格 ${listCells(bad)} 无法识别为目标（应为数字，或如“≥99.2%”“3~5所”“1:15”的目标）。未做任何更改。`);
      }
      if (relative.length > 0) {
        throw new WorkbookError("bad_target", `目标单元格 ${listCells(relative)} 是相对基期的目标（比上年提高…），需要基期值才能判断；请改用模板插入。未做任何更改。`);
      }
      // Block layout: low bounds, high bounds, missed edges, met allowances side by side, so that
      // one relative reference per block follows each actual cell.
      const h0 = helper && !helper.isNullObject && helperUsed && !helperUsed.isNullObject ? helperUsed.rowIndex + helperUsed.rowCount + 1 : 0;
      const ref = (block: number) => qualify(HELPER_SHEET, cellA1(h0 + 1, block * cols));
      helperWrite = {
        labelRow: h0,
        address: rangeA1(h0 + 1, 0, rows, 4 * cols),
        label: `达标检查：实际值 ${actual.address}，目标 ${t.address}。下方依次为下限、上限、未达标界限（容差）、达标允许误差，各 ${cols} 列；无下限或上限处为 ±1E+300。`,
        cells: blocks[0].map((row, r) => [...row, ...blocks[1][r], ...blocks[2][r], ...blocks[3][r]]),
      };
      rules = helperRules(a, ref(0), ref(1), ref(2), ref(3));
    }
  }

  // 2. Write: the helper numbers (helper mode only) and the three rules.
  suspendUntilNextSync(context, supports);
  let helperAddress: string | null = null;
  if (helperWrite) {
    let sheet: Excel.Worksheet;
    if (helper && !helper.isNullObject) sheet = helper;
    else {
      sheet = wb.worksheets.add(HELPER_SHEET);
      sheet.visibility = "Hidden";
    }
    const labelCell = sheet.getRange(cellA1(helperWrite.labelRow, 0));
    labelCell.numberFormat = [["@"]];
    labelCell.values = [[helperWrite.label]];
    sheet.getRange(helperWrite.address).values = helperWrite.cells;
    helperAddress = qualify(HELPER_SHEET, helperWrite.address);
  }
  // Added in reverse so that the list order is the priority order (they never overlap anyway).
  for (const rule of [...rules].reverse()) {
    const cf = actual.conditionalFormats.add("Custom");
    cf.custom.rule.formula = rule.formula;
    cf.custom.format.fill.color = RULE_COLORS[rule.meaning].fill;
    cf.custom.format.font.color = RULE_COLORS[rule.meaning].fontColor;
  }
  try {
    await sync();
  } catch (e) {
    throw toWorkbookError(e);
  }

  return {
    mode,
    actualAddress: actual.address,
    targetAddress: targets ? targets.address : null,
    helperAddress,
    percentAs,
    rules,
    fallback,
    syncs: counter.count,
  };
}

/** checkSelectionIn in its own Excel.run, for the task pane. */
export function checkSelection(options: CheckOptions): Promise<CheckResult> {
  return inExcel((context) => checkSelectionIn(context, options));
}
