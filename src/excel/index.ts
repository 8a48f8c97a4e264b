/** The excel layer: the only code that calls Excel.run. The task pane imports from here. */
export { applyTemplatePlan, applyTemplatePlanIn, charsToPoints } from "./apply-template";
export type { ApplyOptions, ApplyResult } from "./apply-template";
export { checkSelection, checkSelectionIn, HELPER_SHEET } from "./check-selection";
export type { CheckOptions, CheckResult } from "./check-selection";
export { findTemplates, loadTemplates, TEMPLATE_NAMESPACE } from "./template-memory";
export type { FoundTemplate, TemplateRecord } from "./template-memory";
export { readTemplateRows, readTemplateRowsIn, writeActuals, writeActualsIn } from "./template-rows";
export type { ActualWrite, TemplateRow, WriteActualsResult } from "./template-rows";
export { getSelection, getSelectionIn, selectRange, selectRangeIn, MAX_SELECTION_CELLS } from "./selection";
export type { SelectionText } from "./selection";
export { addAttainmentChart, addAttainmentChartIn, CHART_SHEET } from "./attainment-chart";
export type { AttainmentChartInput, SectionCounts } from "./attainment-chart";
export { findStaleHelpers, findStaleHelpersIn, refreshHelpersIn, refreshPortableHelpers } from "./portable-refresh";
export type { RefreshResult, StaleTable, UnreadableTarget } from "./portable-refresh";
export { WorkbookError, describeExcelError, toWorkbookError, isWorkbookError } from "./errors";
export type { WorkbookErrorCode } from "./errors";
