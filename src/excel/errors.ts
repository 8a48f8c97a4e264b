/**
 * The one place where Excel failures become sentences a statistician can act on. The task
 * pane shows `WorkbookError.message` as is.
 */
import { isPlanError } from "../core/errors";

export type WorkbookErrorCode =
  /** the target cells are not empty: nothing was written */
  | "not_empty"
  /** protected sheet or workbook (AccessDenied) */
  | "protected"
  /** a cell is being edited (InvalidOperationInCellEditMode) */
  | "edit_mode"
  /** the API is missing in this Excel (ApiNotFound) */
  | "unsupported"
  /** a sheet, table or name already exists (ItemAlreadyExists) */
  | "exists"
  /** more data than Excel accepts in one request */
  | "too_large"
  /** the selection or an address cannot be used */
  | "bad_selection"
  /** a target cannot be read or checked natively */
  | "bad_target"
  /** a sheet or table is gone (ItemNotFound) */
  | "not_found"
  /** the plan itself is inconsistent (a bug upstream, not the user's doing) */
  | "bad_plan"
  /** anything else Excel reported */
  | "excel";

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  /** Excel's own error code (OfficeExtension.Error.code), when the failure came from Excel. */
  readonly excelCode: string | null;

  constructor(code: WorkbookErrorCode, message: string, excelCode: string | null = null) {
    super(message);
    this.name = "WorkbookError";
    this.code = code;
    this.excelCode = excelCode;
  }
}

export function isWorkbookError(e: unknown): e is WorkbookError {
  return e instanceof WorkbookError;
}

const BY_CODE: Record<string, [WorkbookErrorCode, string]> = {
  AccessDenied: ["protected", "工作表或工作簿受保护，无法写入。请先撤消保护（审阅 › 撤消工作表保护 / 保护工作簿）后重试。"],
  InvalidOperationInCellEditMode: ["edit_mode", "Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。"],
  ApiNotFound: ["unsupported", "当前 Excel 版本不支持所需的功能。请更新到最新的 Microsoft 365 版本，或使用 Excel 网页版。"],
  ItemAlreadyExists: ["exists", "工作簿中已有同名的工作表、表格或名称（可能刚被创建）。请重试，达标会另选一个不重复的名称。"],
  RequestPayloadSizeLimitExceeded: ["too_large", "一次发送给 Excel 的数据超过了 5 MB 的上限。请减少行数后重试。"],
  ResponsePayloadSizeLimitExceeded: ["too_large", "Excel 返回的数据超过了 5 MB 的上限。请选择较小的区域后重试。"],
  ItemNotFound: ["not_found", "找不到要操作的工作表或表格，它可能已被删除或重命名。"],
  InvalidSelection: ["bad_selection", "当前选择无法使用。请只选择一个连续的单元格区域后重试。"],
  InsertDeleteConflict: ["excel", "插入位置与现有的表格或合并单元格冲突。请选择其他位置后重试。"],
  MergedRangeConflict: ["bad_selection", "插入位置与合并单元格、数据透视表或其他表格重叠，Excel 无法在此创建表格。请选择其他位置，或先取消合并后重试。"],
  InvalidArgument: ["excel", "Excel 拒绝了这次写入（参数无效），可能是该位置已有表格，或名称、格式不被接受。请选择其他位置后重试。"],
  ActivityLimitReached: ["excel", "Excel 正忙，请稍后重试。"],
};

/** Excel's error code (OfficeExtension.Error.code), or null when `e` did not come from Excel. */
export function excelErrorCode(e: unknown): string | null {
  if (typeof e === "object" && e !== null && !(e instanceof WorkbookError)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code.length > 0) return code;
  }
  return null;
}

function messageOf(e: unknown): string {
  if (typeof e === "object" && e !== null) {
    const m = (e as { message?: unknown }).message;
    if (typeof m === "string") return m;
  }
  return typeof e === "string" ? e : "";
}

/** A readable Chinese sentence for any failure: WorkbookError, PlanError, an Excel error, or anything thrown. */
export function describeExcelError(e: unknown): string {
  return toWorkbookError(e).message;
}

/** The same failure as a WorkbookError (unchanged when it already is one). */
export function toWorkbookError(e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  if (isPlanError(e)) return new WorkbookError("bad_target", `无法识别目标“${e.input}”：${e.message}`);
  const code = excelErrorCode(e);
  const known = code !== null ? BY_CODE[code] : undefined;
  if (known) return new WorkbookError(known[0], known[1], code);
  const detail = messageOf(e).trim();
  if (code !== null) {
    return new WorkbookError("excel", `Excel 操作失败（错误代码 ${code}）${detail ? "：" + detail : "。"}`, code);
  }
  return new WorkbookError("excel", `操作失败${detail ? "：" + detail : "，原因未知。"}`);
}
