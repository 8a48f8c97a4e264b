/**
 * What the pane asks of the workbook. The Excel implementation (excel-port.ts) forwards to
 * src/excel; component tests pass a fake. Optional members are actions a port may lack (a
 * fake in a test, an older host): the pane shows them as unavailable rather than failing.
 */
import type { TemplatePlan } from "../../core/template";
import type { BalanceWorkbookOptions, WorkbookStandard } from "../../core/balance/workbook-plan";
import type {
  ApplyResult,
  BalanceInsertResult,
  BalanceSheetsRead,
  CheckOptions,
  CheckResult,
  FoundTemplate,
  RefreshResult,
  SectionCounts,
  SelectionText,
  StaleTable,
  SheetRow,
  WriteActualsResult,
} from "../../excel";

export type { ApplyResult, BalanceInsertResult, BalanceSheetsRead, CheckOptions, CheckResult, FoundTemplate, RefreshResult, SectionCounts, SheetRow, StaleTable };

export interface WorkbookPort {
  /** Writes `plan`; a live plan falls back to `portable` where this Excel cannot run the PLAN functions. */
  insertPlan(plan: TemplatePlan, portable?: TemplatePlan): Promise<ApplyResult>;
  checkSelection(options: CheckOptions): Promise<CheckResult>;
  listTemplates(): Promise<FoundTemplate[]>;
  /** The selection's address and its cells as text (tab between cells, newline between rows). */
  getSelection?(): Promise<SelectionText>;
  readTemplateRows?(tableName: string): Promise<SheetRow[]>;
  selectRange?(address: string): Promise<void>;
  addAttainmentChart?(input: { title: string; sections: SectionCounts[] }): Promise<{ sheetName: string }>;
  /** Writes numbers into empty 实际值 cells only. */
  writeActuals?(tableName: string, writes: { row: number; value: number }[]): Promise<Pick<WriteActualsResult, "written" | "skipped">>;
  /** Portable tables whose hidden helper cells no longer match an edited 目标. */
  findStaleHelpers?(): Promise<StaleTable[]>;
  /** Rewrites them (and the targets the workbook remembers, given the template's part id). */
  refreshHelpers?(tableName: string, partId?: string): Promise<RefreshResult>;
  /**
   * Inserts the balance sheets for a standard with its overrides: 学校数据, 学校指标 and
   * 县域差异系数, or only the last two over an existing range of school rows (`source`).
   */
  insertBalance?(standard: WorkbookStandard, options: Pick<BalanceWorkbookOptions, "mode" | "rows" | "source">): Promise<BalanceInsertResult>;
  /** The computed school and county sheets, values only. */
  readBalance?(schoolSheet: string, countySheet: string): Promise<BalanceSheetsRead>;
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
