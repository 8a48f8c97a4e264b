/** The excel layer: the only code that calls Excel.run. The task pane imports from here. */
export { applyTemplatePlan, applyTemplatePlanIn, charsToPoints } from "./apply-template";
export type { ApplyOptions, ApplyResult } from "./apply-template";
export { checkSelection, checkSelectionIn, HELPER_SHEET } from "./check-selection";
export type { CheckOptions, CheckResult } from "./check-selection";
export { findTemplates, loadTemplates, TEMPLATE_NAMESPACE } from "./metadata";
export type { FoundTemplate, TemplateRecord } from "./metadata";
export { WorkbookError, describeExcelError, toWorkbookError, isWorkbookError } from "./errors";
export type { WorkbookErrorCode } from "./errors";
