/**
 * TemplatePlan: a whole indicator sheet as data, with no Office.js. Built from targets
 * (built-in or extracted); consumed by the Office.js applier (src/excel) and by the ExcelJS
 * exporter (src/cli/workbook-xlsx). Neither applier knows any target logic: everything they
 * write is here.
 *
 * Cells are addressed in A1 notation relative to `anchor` (the header's top-left cell), so
 * a plan can be placed anywhere; a new sheet uses A1.
 */
import { columnLetters } from "./a1";
import { PlanError } from "./errors";
import { ADDIN_LABEL, EXPLAINED_LABEL, NO_TARGET_LABEL, RULE_COLORS, RULE_LABELS, STALE_LABEL, STATUS_LABELS, type RuleMeaning } from "./status";
import { DEFAULT_TOLERANCE, isRelativeChange } from "./evaluate";
import { FLOAT_EPS, formulaNumber, formulaString, operand, shortfallFormula } from "./formula-text";
import { parseTarget } from "./parse-target";
import { formatTarget, showTarget, targetBounds, targetReference, type Target } from "./target";

export type FormulaMode = "live" | "portable";

/** National statistics convention: white input cells, light-blue computed cells, pale reference cells. */
export type ColumnKind = "input" | "computed" | "reference";

export type ColumnKey =
  | "seq"
  | "section"
  | "indicator"
  | "scope"
  | "target"
  | "unit"
  | "deadline"
  | "baseline"
  | "actual"
  | "gap"
  | "progress"
  | "status"
  | "note"
  | "source";

export interface PlanColumn {
  /** A ColumnKey, or a helper-column key (portable mode) such as "h_cmp". */
  key: ColumnKey | string;
  /** Header text: 序号, 领域, 指标, 范围, 目标, 单位, 期限, 基期值, 实际值, 差距, 进度, 状态, 说明, 来源 */
  header: string;
  kind: ColumnKind;
  /** Width in characters (Excel's column width unit; appliers convert). */
  width: number;
  hidden: boolean;
  /** Written as text whatever it holds (plan text starting with =, +, - or @ must stay text). */
  text: boolean;
}

export type CellValue = string | number | boolean | null;

export interface PlanRule {
  /** Column keys the rule is applied to (e.g. ["actual", "status"]), over all data rows. */
  columns: string[];
  /** A native formula (no PLAN.* call), A1-relative to the first data row of the first listed column. */
  formula: string;
  fill: string;
  fontColor: string;
  /** What the rule shows, for tests and the legend: missed, at_risk, met, explained; stale (portable: 目标 edited). */
  meaning: RuleMeaning;
}

export interface TemplateMetadata {
  templateId: string;
  title: string;
  /** Document cited, e.g. 《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）. */
  source: string;
  mode: FormulaMode;
  /** One per row, in row order: the parsed target that the formulas check. */
  targets: Target[];
  version: 1;
  /** Row keys of the template (TemplateRowDefinition.key), in row order. */
  rowKeys?: string[];
  /** Target texts the user replaced (row key or indicator → text), e.g. a province's stricter threshold. */
  overrides?: Record<string, string>;
}

export interface TemplatePlan {
  sheetName: string;
  tableName: string;
  /** Zero-based row and column of the header's top-left cell. */
  anchor: { row: number; col: number };
  columns: PlanColumn[];
  /** Data rows × columns. Exactly one of value or formula is meaningful per cell: formulas start with "=". */
  values: CellValue[][];
  formulas: (string | null)[][];
  /** Data rows × columns, Excel number format codes ("General", "0.0%", "0", "#,##0.00\"万元\"", "@"). */
  numberFormats: string[][];
  /** Fill colours by column kind. */
  fills: Record<ColumnKind, string>;
  rules: PlanRule[];
  freezeHeader: boolean;
  metadata: TemplateMetadata;
}

// =======================================================================================
// Built-in template definitions (the JSON shape of src/templates/*.json) and the plan builder.

/** One indicator of a built-in template, in the plan's own numbers (99.2 for 99.2%). */
export interface TemplateRowDefinition {
  /** Stable key, for overrides and for the workbook's memory: "000-05", "小学1". */
  key: string;
  /** The heading the figure sits under, verbatim; null when none. */
  section: string | null;
  indicator: string;
  /** Population, level or area (全市, 小学); null when not stated. */
  scope: string | null;
  /** Target text that parseTarget reads (≥99.2%, 3~5所, 280人); null for a reported figure. */
  target: string | null;
  /** kind "actual": the reported figure as text parseTarget reads (=61.2%, ≥60万元 for 60余万元). */
  reported?: string;
  /** Year the target is due (or the reference year of an actual); null when the text gives none. */
  deadline: number | null;
  kind: "target" | "actual";
  /** The exact words of the source that state the figure. */
  quote: string;
  /** Baseline (基期值) and actual (实际值), in Excel's numbers (0.992 for 99.2%); filled by fillActualsFromSummary. */
  baseline?: number | null;
  actual?: number | null;
  /** Number format of 基期值/实际值 when the target's own digits mislead (差异系数 ≤0.50 → "0.00"). */
  format?: string;
  /** Inclusion is debatable (gold set's borderline). */
  borderline?: boolean;
  note?: string;
}

/** A built-in template: a plan's targets (kind "targets") or a summary's reported figures ("actuals"). */
export interface TemplateDefinition {
  /** Typeable id: seed-000, youzhi-junheng-2017. */
  id: string;
  title: string;
  kind: "targets" | "actuals";
  /** Suggested sheet and table name, e.g. 2008教育目标; made legal and unique on insertion. */
  sheetName: string;
  /** The document cited, e.g. 《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）. */
  source: string;
  sourceUrl?: string;
  /** The seed document in tests/fixtures, for templates generated from the gold set. */
  sourceFile?: string;
  /** How the figures were checked, what could not be verified, how rules were expressed. */
  note?: string;
  rows: TemplateRowDefinition[];
}

export interface BuildOptions {
  mode?: FormulaMode;
  /** Zero-based row and column of the header's top-left cell; default A1. */
  anchor?: { row: number; col: number };
  existingSheetNames?: string[];
  /** Table names and defined names already in the workbook (one namespace). */
  existingTableNames?: string[];
  /** Replaces a row's target text: key is a row key or an indicator naming exactly one row. */
  overrides?: Record<string, string>;
}

export { ADDIN_LABEL, EXPLAINED_LABEL, NO_TARGET_LABEL, RULE_COLORS, STALE_LABEL, statusKind, type StatusKind } from "./status";

/**
 * Reference columns come from the document (序号 to 期限, 来源); input columns are what the
 * statistician types (基期值, 实际值, 说明). 目标 is reference although it stays editable: a
 * stricter provincial threshold is meant to go through BuildOptions.overrides.
 */
const COLUMN_SPECS: ReadonlyArray<Omit<PlanColumn, "hidden">> = [
  { key: "seq", header: "序号", kind: "reference", width: 5, text: false },
  { key: "section", header: "领域", kind: "reference", width: 18, text: true },
  { key: "indicator", header: "指标", kind: "reference", width: 30, text: true },
  { key: "scope", header: "范围", kind: "reference", width: 10, text: true },
  { key: "target", header: "目标", kind: "reference", width: 12, text: true },
  { key: "unit", header: "单位", kind: "reference", width: 8, text: true },
  { key: "deadline", header: "期限", kind: "reference", width: 6, text: false },
  { key: "baseline", header: "基期值", kind: "input", width: 10, text: false },
  { key: "actual", header: "实际值", kind: "input", width: 10, text: false },
  { key: "gap", header: "差距", kind: "computed", width: 10, text: false },
  { key: "progress", header: "进度", kind: "computed", width: 8, text: false },
  { key: "status", header: "状态", kind: "computed", width: 8, text: false },
  { key: "note", header: "说明", kind: "input", width: 24, text: true },
  { key: "source", header: "来源", kind: "reference", width: 48, text: true },
];

/** White input, light-blue computed, pale reference cells (national statistics convention). */
export const PLAN_FILLS: Record<ColumnKind, string> = { input: "#FFFFFF", computed: "#DDEBF7", reference: "#F2F2F2" };


/**
 * The plan's columns, in order; the same for every template. Portable mode appends the
 * hidden helper columns and widens 状态 for its longer labels.
 */
export function planColumns(mode: FormulaMode = "live"): PlanColumn[] {
  const columns = COLUMN_SPECS.map((c) => ({ ...c, hidden: false }));
  if (mode !== "portable") return columns;
  return [
    ...columns.map((c) => (c.key === "status" ? { ...c, width: 10 } : c)),
    ...HELPER_SPECS.map((c) => ({ ...c, hidden: true })),
  ];
}

// ---------------------------------------------------------------------------------------
// Names

const SHEET_NAME_MAX = 31;
const TABLE_NAME_MAX = 255;

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/**
 * A name Excel accepts for a worksheet: none of []:*?/\ (replaced by _), no leading or
 * trailing apostrophe, at most 31 characters, not blank, not the reserved "History".
 */
export function legalSheetName(name: string): string {
  let s = String(name ?? "")
    .replace(/[[\]:*?/\\]/g, "_")
    .split("")
    .map((ch) => (ch.charCodeAt(0) < 32 ? " " : ch)) // control characters (tabs, line breaks)
    .join("");
  // Cut first: the cut may expose an apostrophe or a space at the end.
  s = cut(s.replace(/^[\s']+/, ""), SHEET_NAME_MAX).replace(/[\s']+$/, "");
  if (s === "") s = "达标";
  if (sameName(s, "History")) s = "History_";
  return s;
}

/** legalSheetName, then “name (2)”, “name (3)” … until no existing sheet has it (case-insensitively). */
export function uniqueSheetName(name: string, existing: readonly string[] = []): string {
  const base = legalSheetName(name);
  const taken = (n: string) => existing.some((e) => sameName(e, n));
  if (!taken(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = cut(base, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
    if (!taken(candidate)) return candidate;
  }
}

/** A1 (up to 3 letters and a row) or R1C1 shapes: names that Excel would read as a cell. */
function looksLikeCellReference(s: string): boolean {
  return /^[A-Za-z]{1,3}[0-9]+$/.test(s) || /^[Rr][0-9]*([Cc][0-9]*)?$/.test(s) || /^[Cc][0-9]*$/.test(s);
}

/**
 * A name Excel accepts for a table: starts with a letter, _ or \ (Chinese characters are
 * letters; a leading digit gets the prefix 表), then letters, digits, _ and . only (others
 * become _), at most 255 characters, and not a cell reference such as A1 or R1C1.
 */
export function legalTableName(name: string): string {
  let s = Array.from(String(name ?? "").trim())
    .map((ch, i) => (/[\p{L}\p{N}_.]/u.test(ch) || (i === 0 && ch === "\\") ? ch : "_"))
    .join("");
  if (s === "" || /^[_\\]+$/.test(s)) s = "达标表";
  if (!/^[\p{L}_\\]/u.test(s)) s = "表" + s;
  if (looksLikeCellReference(s)) s = "_" + s;
  return cut(s, TABLE_NAME_MAX);
}

/** legalTableName, then name_2, name_3 … until unique among tables and defined names (case-insensitively). */
export function uniqueTableName(name: string, existing: readonly string[] = []): string {
  const base = legalTableName(name);
  const taken = (n: string) => existing.some((e) => sameName(e, n));
  if (!taken(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = `_${i}`;
    const candidate = cut(base, TABLE_NAME_MAX - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

// ---------------------------------------------------------------------------------------
// Cell addresses and formulas


/** The cells one data row's formulas read, as relative A1 addresses. */
export interface RowCells {
  actual: string;
  target: string;
  baseline: string;
  note: string;
  /** Portable mode only: the row's 差距 cell (进度 and 状态 read it) … */
  gap?: string;
  /** … and its helper cells, by key (h_text … h_check). */
  helpers?: Partial<Record<HelperKey, string>>;
}

export interface ComputedFormulas {
  gap: string;
  progress: string;
  status: string;
  /** Portable mode: the hidden check column (h_check). */
  check?: string;
}

type FormulaWriter = (cells: RowCells) => ComputedFormulas;

/** Live mode: the PLAN functions, by their English names. 已说明 replaces 未达标 when 说明 is not blank. */
const liveFormulas: FormulaWriter = ({ actual, target, baseline, note }) => {
  const args = `${actual},${target},${baseline}`;
  const status = `PLAN.TARGET_STATUS(${args})`;
  return {
    gap: `=PLAN.TARGET_GAP(${args})`,
    progress: `=PLAN.TARGET_PROGRESS(${args})`,
    // IF/AND/LEN/TRIM only, no LET: WPS and Excel 2016 must read it too.
    status: `=IF(AND(${status}="${STATUS_LABELS.missed}",LEN(TRIM(${note}))>0),"${EXPLAINED_LABEL}",${status})`,
  };
};

// ---------------------------------------------------------------------------------------
// Portable mode: native formulas over hidden helper columns

/**
 * Hidden helper columns of portable mode, after 来源. The first six are constants written
 * from parseTarget at insertion (and by refreshHelpers): the 目标 text they describe, the
 * comparator code (as PLAN.TARGET_PARSE spells it), targetBounds' low and high, the percent
 * flag (1: default tolerance 1 point) and whether an increase/decrease is relative growth
 * (1: unit % or 倍). h_check is a formula: "" when the row can be judged, else the label 状态 shows.
 */
export type HelperKey = "h_text" | "h_cmp" | "h_low" | "h_high" | "h_pct" | "h_rel" | "h_check";

const HELPER_SPECS: ReadonlyArray<Omit<PlanColumn, "hidden">> = [
  { key: "h_text", header: "辅助·目标", kind: "reference", width: 12, text: true },
  { key: "h_cmp", header: "辅助·比较", kind: "reference", width: 10, text: true },
  { key: "h_low", header: "辅助·下限", kind: "reference", width: 10, text: false },
  { key: "h_high", header: "辅助·上限", kind: "reference", width: 10, text: false },
  { key: "h_pct", header: "辅助·百分数", kind: "reference", width: 8, text: false },
  { key: "h_rel", header: "辅助·相对增减", kind: "reference", width: 8, text: false },
  { key: "h_check", header: "辅助·校验", kind: "computed", width: 12, text: false },
];

/** The helper keys refreshHelpers writes, in column order (h_check is a formula and never rewritten). */
export const HELPER_VALUE_KEYS: readonly HelperKey[] = ["h_text", "h_cmp", "h_low", "h_high", "h_pct", "h_rel"];

/** The helper constants for one target (HELPER_VALUE_KEYS order); `text` is the 目标 cell they describe. */
export function helperValues(t: Target, text: string | number): CellValue[] {
  const { low, high } = targetBounds(t);
  // Flags as 1/0, not TRUE/FALSE: HyperFormula has no boolean literals, and engines differ on booleans.
  return [text, t.comparator, low, high, t.percent ? 1 : 0, isRelativeChange(t) ? 1 : 0];
}

/**
 * 差距, 进度 and 状态 with IF, AND, OR, MAX, ABS, ISNUMBER, LEN and TRIM only (no TRUE/FALSE,
 * no NOT, no LET: Excel 2010, WPS, LibreOffice and HyperFormula all read them), reproducing
 * core evaluate(): the 1e-9 float allowance (also at the tolerance edge), the default
 * tolerance, increase/decrease from 基期值 (relative for % and 倍), `<=` progress as
 * reference/actual. What a formula cannot read (text in 实际值/基期值) shows 需加载项; a
 * 目标 edited since the helpers were written shows 目标已修改，请刷新. Both leave 差距/进度 blank.
 */
const portableFormulas: FormulaWriter = (cells) => {
  const h = cells.helpers ?? {};
  const missing = (["h_text", "h_cmp", "h_low", "h_high", "h_pct", "h_rel", "h_check"] as const).filter((k) => !h[k]);
  if (missing.length > 0 || !cells.gap) {
    throw new PlanError("bad_argument", `便携模式的公式需要辅助列与差距单元格：缺少 ${[...missing, ...(cells.gap ? [] : ["gap"])].join("、")}`);
  }
  const { actual: a, baseline: b, note: n, target: e } = cells;
  const g = cells.gap;
  const [text, cmp, low, high, pct, rel, check] = [h.h_text, h.h_cmp, h.h_low, h.h_high, h.h_pct, h.h_rel, h.h_check] as string[];
  const is = (code: string) => `${cmp}="${code}"`;
  const change = `OR(${is("increase_by")},${is("decrease_by")})`;
  const blank = (x: string) => `LEN(TRIM(${x}))=0`;
  // Level change of increase/decrease: the amount (low), times |基期值| for relative growth.
  const step = `IF(${rel}=1,ABS(${b}),1)*${low}`;
  const reference = `IF(${is("<=")},${high},${low})`; // targetReference
  const tolerance = `IF(${pct}=1,${formulaNumber(DEFAULT_TOLERANCE.percent)},${formulaNumber(DEFAULT_TOLERANCE.shareOfTarget)}*ABS(${reference}))`; // defaultTolerance

  const checkFormula =
    `=IF(${e}<>${text},${formulaString(STALE_LABEL)},` +
    `IF(OR(ISNUMBER(${low}),ISNUMBER(${high})),` +
    `IF(${blank(a)},${formulaString(STATUS_LABELS.pending)},` +
    `IF(AND(ISNUMBER(${a}),OR(ISNUMBER(${b}),${blank(b)})),` +
    `IF(AND(${change},OR(${blank(b)},AND(${rel}=1,${b}=0))),${formulaString(STATUS_LABELS.not_applicable)},""),` +
    `${formulaString(ADDIN_LABEL)})),` +
    // No bounds: a row without a target, or helpers that were never filled.
    `IF(${blank(e)},${formulaString(NO_TARGET_LABEL)},${formulaString(STALE_LABEL)})))`;

  const belowLow =
    `IF(${is("increase_by")},${shortfallFormula(`${b}+${step}`, a)},` +
    `IF(AND(${cmp}<>"decrease_by",ISNUMBER(${low})),${shortfallFormula(low, a)},0))`;
  const aboveHigh =
    `IF(${is("decrease_by")},${shortfallFormula(a, `${b}-${step}`)},` +
    `IF(AND(${cmp}<>"increase_by",ISNUMBER(${high})),${shortfallFormula(a, high)},0))`;
  // Relative growth: the shortfall as a growth rate, in the target's own unit.
  const gap = `=IF(${check}<>"","",MAX(${belowLow},${aboveHigh})/IF(AND(${change},${rel}=1),ABS(${b}),1))`;

  // num/den; den near 0 (evaluate's nearlyEqual(base + den, base)) gives 1 if met, else blank.
  const ratio = (num: string, den: string, base: string | null) => {
    const d = operand(den);
    const size = base === null ? `ABS(${d})` : `ABS(${base}+${d}),ABS(${base})`;
    return `IF(ABS(${d})<=${FLOAT_EPS}*MAX(1,${size}),IF(${g}=0,1,""),${operand(num)}/${d})`;
  };
  // From 基期值 (always for increase/decrease): (actual − base)/(level − base); else actual/reference,
  // or reference/actual for <= (逆指标: progress ≥ 1 still means reached).
  const levelStep = `IF(${change},IF(${is("decrease_by")},-1,1)*${step},${reference}-${b})`;
  const progress =
    `=IF(${check}<>"","",IF(OR(${change},ISNUMBER(${b})),${ratio(`${a}-${b}`, levelStep, b)},` +
    `IF(${is("<=")},${ratio(high, a, null)},${ratio(a, low, null)})))`;

  const status =
    `=IF(${check}<>"",${check},IF(${g}<=0,${formulaString(STATUS_LABELS.met)},` +
    `IF(${g}<=${tolerance}+${FLOAT_EPS}*MAX(1,${tolerance}),${formulaString(STATUS_LABELS.at_risk)},` +
    `IF(LEN(TRIM(${n}))>0,${formulaString(EXPLAINED_LABEL)},${formulaString(STATUS_LABELS.missed)}))))`;
  return { gap, progress, status, check: checkFormula };
};

const FORMULA_WRITERS: Record<FormulaMode, FormulaWriter> = {
  live: liveFormulas,
  portable: portableFormulas,
};

/** The 差距, 进度 and 状态 formulas (and, portable, the check column's) of one row in the given mode. */
export function formulasFor(mode: FormulaMode, cells: RowCells): ComputedFormulas {
  const writer = Object.prototype.hasOwnProperty.call(FORMULA_WRITERS, mode) ? FORMULA_WRITERS[mode] : undefined;
  if (!writer) throw new PlanError("bad_argument", `未知的公式模式“${String(mode)}”`, mode);
  return writer(cells);
}

/**
 * Conditional-format rules on 实际值 and 状态. Native formulas only (conditional formats
 * cannot evaluate custom functions): each compares the computed 状态 cell of its row, with
 * the column absolute so that the same rule serves both columns. Pending has no rule.
 */
export function planRules(statusColumn: number, firstDataRow: number, mode: FormulaMode = "live"): PlanRule[] {
  const status = "$" + columnLetters(statusColumn) + String(firstDataRow + 1);
  const rule = (meaning: PlanRule["meaning"], columns: string[]): PlanRule => ({
    columns,
    formula: `=${status}=${formulaString(RULE_LABELS[meaning])}`,
    fill: RULE_COLORS[meaning].fill,
    fontColor: RULE_COLORS[meaning].fontColor,
    meaning,
  });
  const rules = (["missed", "at_risk", "met", "explained"] as const).map((m) => rule(m, ["actual", "status"]));
  // Portable: an edited 目标 is flagged on the target itself, where the user typed.
  return mode === "portable" ? [...rules, rule("stale", ["target", "status"])] : rules;
}

// ---------------------------------------------------------------------------------------
// Number formats

/** Money keeps its unit visible in the cell. */
const MONEY_UNITS: Record<string, string> = { 万元: '#,##0.00"万元"', 亿元: '#,##0.00"亿元"' };

function decimalsOf(x: number | null | undefined): number {
  if (x === null || x === undefined || !Number.isFinite(x)) return 0;
  const s = String(Number(x.toPrecision(12)));
  if (/e/i.test(s)) return 0;
  return (s.split(".")[1] || "").length;
}

/** The most decimals the target's own figures show (99.62% → 2). */
function targetDecimals(t: Target): number {
  const s = showTarget(t);
  return Math.max(decimalsOf(s.value), decimalsOf(s.min), decimalsOf(s.max));
}

function fixed(decimals: number): string {
  return decimals > 0 ? "0." + "0".repeat(decimals) : "0";
}

/** Formats of 基期值/实际值 (level) and 差距 (gap) for one target. */
export function numberFormatsFor(t: Target, override?: string): { level: string; gap: string } {
  const d = targetDecimals(t);
  let level: string;
  if (override) level = override;
  else if (t.comparator === "ratio") level = "0.00";
  else if (isRelativeChange(t)) level = "General"; // the level is in an unstated unit; only the growth is a percent
  else if (t.percent) level = fixed(Math.max(1, d)) + "%";
  else if (t.unit !== null && MONEY_UNITS[t.unit]) level = MONEY_UNITS[t.unit];
  else if (t.unit === "平方米") level = "#,##0." + "0".repeat(Math.max(1, d));
  else level = d > 0 ? "#,##0." + "0".repeat(d) : "#,##0";
  // A relative-change gap is a growth rate (0.02 = 2 points of growth).
  const gap = isRelativeChange(t) ? "0.0%" : level;
  return { level, gap };
}

// ---------------------------------------------------------------------------------------
// Building the plan

function describeRow(row: TemplateRowDefinition): string {
  return `${row.key}（${row.scope ? row.scope + "·" : ""}${row.indicator}）`;
}

function parseRowTarget(text: string, row: TemplateRowDefinition, what: string): Target {
  try {
    return parseTarget(text);
  } catch (e) {
    const why = e instanceof PlanError ? e.message : String(e);
    throw new PlanError("not_a_target", `${what}“${text}”无法读取（${describeRow(row)}）：${why}`, text);
  }
}

/** Row index for an override key: a row key, else an indicator naming exactly one row. */
function overrideRow(rows: readonly TemplateRowDefinition[], key: string, templateId: string): number {
  const byKey = rows.findIndex((r) => r.key === key);
  if (byKey >= 0) return byKey;
  const byIndicator = rows.map((r, i) => (r.indicator === key ? i : -1)).filter((i) => i >= 0);
  if (byIndicator.length === 1) return byIndicator[0];
  if (byIndicator.length > 1) {
    const keys = byIndicator.map((i) => rows[i].key).join("、");
    throw new PlanError("bad_argument", `指标“${key}”在模板 ${templateId} 中有 ${byIndicator.length} 行，请用行号之一：${keys}`, key);
  }
  throw new PlanError("bad_argument", `模板 ${templateId} 中没有行号或指标“${key}”，无法覆盖其目标`, key);
}

/**
 * The whole sheet for a template, as data: names, columns, values, formulas (live: PLAN
 * functions; portable: native formulas over hidden helper columns), number formats, fills,
 * rules and metadata. Throws PlanError for a template without targets (a summary's actuals:
 * use fillActualsFromSummary), for an unreadable target or override, and for an unknown mode.
 */
export function buildTemplatePlan(definition: TemplateDefinition, options: BuildOptions = {}): TemplatePlan {
  const mode: FormulaMode = options.mode ?? "live";
  if (mode !== "live" && mode !== "portable") throw new PlanError("bad_argument", `未知的公式模式“${String(mode)}”`, String(mode));
  const anchor = options.anchor ?? { row: 0, col: 0 };
  if (!(Number.isInteger(anchor.row) && Number.isInteger(anchor.col) && anchor.row >= 0 && anchor.col >= 0)) {
    throw new PlanError("bad_argument", "锚点必须是非负整数行列", JSON.stringify(anchor));
  }
  const rows = definition.rows;
  if (definition.kind !== "targets" || rows.some((r) => r.target === null)) {
    throw new PlanError(
      "bad_argument",
      `“${definition.title}”是实际值样本，没有目标，不能单独生成目标表；请用它填写其他模板的实际值（fillActualsFromSummary）`,
      definition.id,
    );
  }

  const targetText = rows.map((r) => r.target as string);
  const overrides = options.overrides ?? {};
  for (const key of Object.keys(overrides)) {
    targetText[overrideRow(rows, key, definition.id)] = overrides[key];
  }
  const targets = rows.map((r, i) =>
    parseRowTarget(targetText[i], r, targetText[i] === r.target ? "目标" : "覆盖目标"),
  );

  const columns = planColumns(mode);
  const col = (key: ColumnKey | HelperKey) => anchor.col + columns.findIndex((c) => c.key === key);
  const firstDataRow = anchor.row + 1;

  // Every row has the same relative formulas: write them once with a row placeholder, then
  // fill in each row's number (10,000 portable rows would otherwise build 40,000 long strings).
  const ROW = "\u0000";
  const at = (key: ColumnKey | HelperKey) => columnLetters(col(key)) + ROW;
  const helpers = mode === "portable" ? Object.fromEntries(HELPER_SPECS.map((c) => [c.key, at(c.key as HelperKey)])) : undefined;
  const template = formulasFor(mode, {
    actual: at("actual"),
    target: at("target"),
    baseline: at("baseline"),
    note: at("note"),
    ...(helpers ? { gap: at("gap"), helpers } : {}),
  });
  const pieces = Object.fromEntries(Object.entries(template).map(([k, f]) => [k, (f as string).split(ROW)]));

  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  rows.forEach((r, i) => {
    const t = targets[i];
    const rowNumber = String(firstDataRow + i + 1);
    const computed = Object.fromEntries(Object.entries(pieces).map(([k, p]) => [k, p.join(rowNumber)])) as unknown as ComputedFormulas;
    const { level, gap } = numberFormatsFor(t, r.format);
    const targetText = formatTarget(t);
    const helperCells = helperValues(t, targetText);
    const cell: Record<ColumnKey | HelperKey, { value: CellValue; formula?: string; format: string }> = {
      seq: { value: i + 1, format: "0" },
      section: { value: r.section, format: "@" },
      indicator: { value: r.indicator, format: "@" },
      scope: { value: r.scope, format: "@" },
      target: { value: targetText, format: "@" },
      unit: { value: t.unit, format: "@" },
      deadline: { value: r.deadline, format: "0" },
      baseline: { value: r.baseline ?? null, format: level },
      actual: { value: r.actual ?? null, format: level },
      gap: { value: null, formula: computed.gap, format: gap },
      progress: { value: null, formula: computed.progress, format: "0.0%" },
      // Never "@" on a formula cell: Excel would keep the formula as text.
      status: { value: null, formula: computed.status, format: "General" },
      note: { value: null, format: "@" },
      source: { value: `${definition.source}：“${r.quote}”`, format: "@" },
      // Portable helpers (unused in live mode): constants from parseTarget, then the check formula.
      ...(Object.fromEntries(
        HELPER_VALUE_KEYS.map((k, j) => [k, { value: helperCells[j], format: k === "h_text" || k === "h_cmp" ? "@" : "General" }]),
      ) as Record<Exclude<HelperKey, "h_check">, { value: CellValue; format: string }>),
      h_check: { value: null, formula: computed.check, format: "General" },
    };
    type Key = ColumnKey | HelperKey;
    values.push(columns.map((c) => cell[c.key as Key].value));
    formulas.push(columns.map((c) => cell[c.key as Key].formula ?? null));
    numberFormats.push(columns.map((c) => cell[c.key as Key].format));
  });

  const name = definition.sheetName || definition.title;
  const usedOverrides = Object.keys(overrides).length > 0 ? { ...overrides } : undefined;
  return {
    sheetName: uniqueSheetName(name, options.existingSheetNames ?? []),
    tableName: uniqueTableName(name, options.existingTableNames ?? []),
    anchor: { row: anchor.row, col: anchor.col },
    columns,
    values,
    formulas,
    numberFormats,
    fills: { ...PLAN_FILLS },
    rules: planRules(col("status"), firstDataRow, mode),
    freezeHeader: true,
    metadata: {
      templateId: definition.id,
      title: definition.title,
      source: definition.source,
      mode,
      targets,
      version: 1,
      rowKeys: rows.map((r) => r.key),
      ...(usedOverrides ? { overrides: usedOverrides } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------
// Refreshing the helpers of a portable table

export interface HelperRefresh {
  /** Zero-based data row. */
  row: number;
  /** Helper constants to write (HELPER_VALUE_KEYS order); null when 目标 cannot be read. */
  values: CellValue[] | null;
  /** The parsed target, for the workbook's memory; null for a blank or unreadable 目标. */
  target: Target | null;
  /** Text to write back into 目标 when it held a number, so that 目标 and 辅助·目标 compare equal; else null. */
  targetText: string | null;
  /** Why 目标 cannot be read; its helpers stay as they are and 状态 keeps showing 目标已修改，请刷新. */
  error: string | null;
}

function isBlankCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A helper cell read back from a workbook against the value refreshHelpers would write. */
function sameHelper(actual: unknown, expected: CellValue): boolean {
  if (expected === null) return actual === null || actual === undefined || actual === "";
  if (typeof expected === "number") {
    // Engines may store 15 significant digits (1/15 → 0.0666666666666667).
    return typeof actual === "number" && Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
  }
  return actual === expected;
}

/**
 * The rows of a portable table whose hidden helper cells no longer describe their 目标: an
 * edited target, a row the user added, damaged helpers. `targets` holds the 目标 column's
 * values and `helpers` each row's helper values (HELPER_VALUE_KEYS order), as read from the
 * workbook. Returns only the rows to change, with what to write; [] means nothing to offer.
 */
export function refreshHelpers(targets: readonly unknown[], helpers: readonly (readonly unknown[])[]): HelperRefresh[] {
  const out: HelperRefresh[] = [];
  targets.forEach((cell, row) => {
    const current = helpers[row] ?? [];
    const same = (expected: CellValue[]) => expected.every((v, k) => sameHelper(current[k], v));
    if (isBlankCell(cell)) {
      // No target: the check column shows 无目标 once 辅助·目标 equals 目标.
      const values: CellValue[] = [typeof cell === "string" && cell !== "" ? cell : null, null, null, null, null, null];
      if (!same(values)) out.push({ row, values, target: null, targetText: null, error: null });
      return;
    }
    const isNumber = typeof cell === "number";
    const text = typeof cell === "string" ? cell : String(cell);
    let target: Target;
    try {
      target = parseTarget(text);
    } catch (e) {
      if (!sameHelper(current[0], text)) {
        out.push({ row, values: null, target: null, targetText: null, error: e instanceof PlanError ? e.message : String(e) });
      }
      return;
    }
    const values = helperValues(target, text);
    if (isNumber || !same(values)) out.push({ row, values, target, targetText: isNumber ? text : null, error: null });
  });
  return out;
}

/**
 * Column positions of a portable table recognised by its header texts (an exported file
 * carries no add-in memory): key → zero-based index, or null when a helper column is missing.
 */
export function portableColumnIndexes(headers: readonly unknown[]): Record<string, number> | null {
  const found: Record<string, number> = {};
  for (const c of planColumns("portable")) {
    const i = headers.findIndex((h) => typeof h === "string" && h.trim() === c.header);
    if (i < 0) return null;
    found[c.key] = i;
  }
  return found;
}

// ---------------------------------------------------------------------------------------
// Filling actuals from a summary

export interface ActualMatch {
  rowKey: string;
  indicator: string;
  summaryKey: string;
  summaryIndicator: string;
  summaryScope: string | null;
  /** In Excel's numbers (0.612 for 61.2%). */
  actual: number;
  /** The summary's figure as text, e.g. ≥60万元 for “60余万元”. */
  reported: string;
  /** True when the summary gave an approximation (余, 多, 近): the actual is its stated bound. */
  approximate: boolean;
  quote: string;
}

export interface FillResult {
  /** A copy of the template with `actual` set on matched rows. */
  template: TemplateDefinition;
  matches: ActualMatch[];
  /** Rows with several equally good summary figures: left blank, never guessed. */
  ambiguous: { rowKey: string; candidates: string[] }[];
}

const WHOLE_AREA = /^全(县|市|区|省|旗|州|盟)$/;

/** Indicator text for comparison: no spaces, quotes, brackets or a trailing 数. */
function normalizeIndicator(s: string): string {
  return s
    .replace(/[\s“”"‘’'《》()（）]/g, "")
    .replace(/(人数|数)$/, "");
}

/** Words that make an indicator a flow (培养学科带头人数: newly trained) rather than a stock (学科带头人数). */
const FLOW_WORDS = /新增|新建|新招|培养|培训|累计|建设|建成|完成|选派|招聘|撤并|改扩建/;

/** 1 exact, 2 one contains the other (the shorter at least 4 characters and half the longer, no flow word added), 0 no match. */
function indicatorMatch(a: string, b: string): 0 | 1 | 2 {
  const x = normalizeIndicator(a);
  const y = normalizeIndicator(b);
  if (x === y) return 1;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (!(short.length >= 4 && short.length * 2 >= long.length && long.includes(short))) return 0;
  return FLOW_WORDS.test(long.replace(short, "")) ? 0 : 2;
}

/** Same unit, or both percent-like (an actual rate against a rate or a point change), or both head counts. */
function unitsCompatible(target: Target, actual: Target): boolean {
  if (target.unit === actual.unit) return true;
  if (target.percent && actual.percent) return true;
  const people = ["人", "名", "位"];
  return target.unit !== null && actual.unit !== null && people.includes(target.unit) && people.includes(actual.unit);
}

function scopesCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b || a.includes(b) || b.includes(a);
}

/** Lower is better: exact scope, then a whole-area scope (全县), then no scope, then a related scope. */
function scopeRank(template: string | null, summary: string | null): number {
  if (template !== null && template === summary) return 0;
  if (summary !== null && WHOLE_AREA.test(summary)) return template === null ? 1 : 3;
  if (summary === null) return 2;
  return template === null ? 4 : 3;
}

/**
 * Fills 实际值 of a target template from a summary's reported figures. A summary row
 * supplies a template row when (1) the indicators match, after dropping spaces, quotes,
 * brackets and a trailing 数/人数: equal, or one contains the other and the shorter is at
 * least 4 characters and half the longer (本科上线率 ⊂ 普通高校本科上线率), and the extra words
 * hold no flow word (培养学科带头人数 is not 学科带头人数: newly trained vs on the staff); (2) the scopes
 * agree (equal, one contains the other, or either is unstated); (3) the units agree (same
 * unit, both percent-like, or both head counts 人/名/位). Among candidates, an exact
 * indicator beats containment, then the scope decides: equal, whole-area (全县/全市), unstated,
 * related. A tie is reported as ambiguous and left blank. Rows already holding an actual keep it.
 */
export function fillActualsFromSummary(template: TemplateDefinition, summary: TemplateDefinition): FillResult {
  const reported = summary.rows
    .filter((r) => r.kind === "actual" && typeof r.reported === "string")
    .map((r) => ({ row: r, figure: parseRowTarget(r.reported as string, r, "实际值") }));
  const matches: ActualMatch[] = [];
  const ambiguous: FillResult["ambiguous"] = [];
  const rows = template.rows.map((row) => {
    if (row.target === null || (row.actual !== undefined && row.actual !== null)) return { ...row };
    const target = parseRowTarget(row.target, row, "目标");
    const ranked = reported
      .map((c) => ({ c, how: indicatorMatch(row.indicator, c.row.indicator) }))
      .filter(({ c, how }) => how > 0 && scopesCompatible(row.scope, c.row.scope) && unitsCompatible(target, c.figure))
      .map(({ c, how }) => ({ c, rank: how * 10 + scopeRank(row.scope, c.row.scope) }))
      .sort((a, b) => a.rank - b.rank);
    if (ranked.length === 0) return { ...row };
    const best = ranked.filter((x) => x.rank === ranked[0].rank);
    if (best.length > 1) {
      ambiguous.push({ rowKey: row.key, candidates: best.map((x) => x.c.row.key) });
      return { ...row };
    }
    const { row: s, figure } = best[0].c;
    const actual = targetReference(figure);
    matches.push({
      rowKey: row.key,
      indicator: row.indicator,
      summaryKey: s.key,
      summaryIndicator: s.indicator,
      summaryScope: s.scope,
      actual,
      reported: s.reported as string,
      approximate: figure.comparator !== "=",
      quote: s.quote,
    });
    return { ...row, actual };
  });
  return { template: { ...template, rows }, matches, ambiguous };
}
