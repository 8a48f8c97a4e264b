/**
 * What the pane asks of the workbook. The Excel implementation (excel-port.ts) forwards to
 * src/excel; component tests pass a fake. Optional members are actions that this build's
 * src/excel may not provide yet: the pane shows them as unavailable rather than failing.
 */
import type { TemplatePlan } from "../../core/template-plan";
import type { ApplyResult, CheckOptions, CheckResult, FoundTemplate } from "../../excel";

export type { ApplyResult, CheckOptions, CheckResult, FoundTemplate };

/** One data row of an inserted template, as the sheet holds it now. */
export interface SheetRow {
  /** Zero-based data row of the table. */
  row: number;
  section: string | null;
  indicator: string;
  scope: string | null;
  /** The 目标 cell's text, e.g. ≥99.2%. */
  target: string;
  /** The 实际值 cell: a number, "" when blank. */
  actual: unknown;
  /** The computed 状态 cell: 达标, 接近, 未达标, 已说明, 待填报, or an error value. */
  status: unknown;
  /** Where the 实际值 cell is, e.g. '2008教育目标'!I5, for selecting it. */
  actualAddress: string;
}

/** Status counts of one section (领域), for the summary and the chart. */
export interface SectionCounts {
  section: string;
  met: number;
  atRisk: number;
  missed: number;
  pending: number;
}

export interface WorkbookPort {
  insertPlan(plan: TemplatePlan): Promise<ApplyResult>;
  checkSelection(options: CheckOptions): Promise<CheckResult>;
  listTemplates(): Promise<FoundTemplate[]>;
  /** The selection's address and its cells as text (tab between cells, newline between rows). */
  getSelection?(): Promise<{ address: string; text: string }>;
  readTemplateRows?(tableName: string): Promise<SheetRow[]>;
  selectRange?(address: string): Promise<void>;
  addAttainmentChart?(input: { title: string; sections: SectionCounts[] }): Promise<{ sheetName: string }>;
  /** Writes numbers into empty 实际值 cells only. */
  writeActuals?(tableName: string, writes: { row: number; value: number }[]): Promise<{ written: number; skipped: number }>;
}

/** A failure the pane can show: Excel's own code when known, and a readable Chinese sentence. */
export class PaneError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "PaneError";
  }
}
