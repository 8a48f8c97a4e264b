/**
 * What the three sheets of the balance workbook share: the sheet plan the appliers write,
 * the verdict words, and the cell-text helpers (quoted strings, numbers, row placeholders).
 */
import { columnLetters } from "../a1";
import { PlanError } from "../errors";
import type { ColumnKind, PlanColumn, SheetLike } from "../template";
import { PLAN_FILLS } from "../template";

export type SheetRole = "input" | "school" | "county";

/** One sheet, written by the appliers like a template sheet. */
export interface SheetPlan extends SheetLike {
  role: SheetRole;
  /** In-cell drop-down lists: column key → allowed values. */
  lists: { column: string; values: readonly string[] }[];
}

/** Verdict labels, shared with the pane (it reads them back). */
export const BALANCE_LABELS = { met: "达标", missed: "未达标", blocked: "数据有误" } as const;

export function column(key: string, header: string, kind: ColumnKind, width: number, text = false, hidden = false): PlanColumn {
  return { key, header, kind, width, text, hidden };
}

export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A number as formula text: full precision, never exponent notation for ordinary thresholds. */
export function num(x: number): string {
  if (!Number.isFinite(x)) throw new PlanError("bad_argument", `标准中的数值无效：${x}`, x);
  return String(x);
}

/** Cells of one sheet by column key, row placeholder ROW filled in later (10,000 rows would otherwise parse 10,000 times). */
export const ROW = "\u0000";

export function letterOf(columns: readonly PlanColumn[], key: string): string {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new PlanError("bad_argument", `均衡工作簿缺少列 ${key}`, key);
  return columnLetters(i);
}

/** The input row of a formula, when the input is the user's own range (its rows are not the school sheet's). */
export const IN_ROW = "\u0001";

export function filled(template: string, row: number, inputRow = row): string {
  return template.split(ROW).join(String(row)).split(IN_ROW).join(String(inputRow));
}

/** A sheet of the balance workbook: header at A1, frozen, the national fills. */
export function sheetPlan(role: SheetRole, sheetName: string, tableName: string, columns: PlanColumn[], grid: Pick<SheetPlan, "values" | "formulas" | "numberFormats" | "rules" | "lists">): SheetPlan {
  return { role, sheetName, tableName, anchor: { row: 0, col: 0 }, columns, fills: { ...PLAN_FILLS }, freezeHeader: true, ...grid };
}
