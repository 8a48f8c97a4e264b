import { PlanError } from "../../src/core/errors";
import { WorkbookError, describeExcelError, excelErrorCode, toWorkbookError } from "../../src/excel/errors";

/** What Office.js rejects with: an OfficeExtension.Error carries a string code. */
const excel = (code: string, message = "Excel says no") => Object.assign(new Error(message), { name: "RichApi.Error", code });

describe("describeExcelError", () => {
  test.each([
    ["AccessDenied", "protected", "工作表或工作簿受保护"],
    ["InvalidOperationInCellEditMode", "edit_mode", "Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑"],
    ["ApiNotFound", "unsupported", "当前 Excel 版本不支持所需的功能"],
    ["ItemAlreadyExists", "exists", "已有同名的工作表、表格或名称"],
    ["RequestPayloadSizeLimitExceeded", "too_large", "5 MB"],
    ["ItemNotFound", "not_found", "找不到"],
    ["InvalidSelection", "bad_selection", "连续的单元格区域"],
  ])("%s → %s", (code, mapped, text) => {
    const err = toWorkbookError(excel(code));
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err.code).toBe(mapped);
    expect(err.excelCode).toBe(code);
    expect(err.message).toContain(text);
    expect(describeExcelError(excel(code))).toBe(err.message);
    // Chinese, never Excel's English text.
    expect(err.message).not.toContain("Excel says no");
  });

  test("an unknown Excel code keeps the code and Excel's words", () => {
    expect(describeExcelError(excel("GeneralException", "An internal error has occurred."))).toBe(
      "Excel 操作失败（错误代码 GeneralException）：An internal error has occurred.",
    );
    expect(describeExcelError({ code: "Conflict" })).toBe("Excel 操作失败（错误代码 Conflict）。");
  });

  test("other failures", () => {
    const mine = new WorkbookError("not_empty", "所选区域 B2 中有 1 个非空单元格，为避免覆盖数据已停止插入。");
    expect(toWorkbookError(mine)).toBe(mine);
    expect(describeExcelError(new PlanError("not_a_target", "无法读取", "尽快"))).toBe("无法识别目标“尽快”：无法读取");
    expect(describeExcelError(new TypeError("x is undefined"))).toBe("操作失败：x is undefined");
    expect(describeExcelError("boom")).toBe("操作失败：boom");
    expect(describeExcelError(undefined)).toBe("操作失败，原因未知。");
    expect(excelErrorCode(new Error("plain"))).toBeNull();
    expect(excelErrorCode({ code: 42 })).toBeNull();
  });
});
