/**
 * The indicator sheet's columns: what each holds (input, computed, reference), its header and
 * width, and the hidden helper columns of portable mode. The same for every template.
 */

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

/** Every helper key, in column order. */
export const HELPER_KEYS: readonly HelperKey[] = HELPER_SPECS.map((c) => c.key as HelperKey);

/** The helper keys refreshHelpers writes, in column order (h_check is a formula and never rewritten). */
export const HELPER_VALUE_KEYS: readonly HelperKey[] = ["h_text", "h_cmp", "h_low", "h_high", "h_pct", "h_rel"];

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
