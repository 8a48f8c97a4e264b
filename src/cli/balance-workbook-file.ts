/**
 * `plan-targets balance … -o out.xlsx [--mode live|portable] [--force]`: the school rows as
 * the three balance sheets. Refuses an existing file before any work (unless --force).
 */
import { buildBalanceWorkbookPlan, type EquipmentUnit, type InputRow, type WorkbookStandard } from "../core/balance/workbook-plan";
import type { FormulaMode } from "../core/template-plan";
import { balanceToXlsx } from "./balance-xlsx";
import { checkOutput, writeOutput } from "./output-file";

export interface BalanceFileRequest {
  output: string;
  standard: WorkbookStandard;
  schools: InputRow[];
  /** Default portable: a file sent to schools must work without the add-in (as `workbook`). */
  mode?: FormulaMode;
  force?: boolean;
  equipmentUnit?: EquipmentUnit;
}

/** Writes the file; returns the line to print. Throws OutputRefusal or PlanError with a Chinese message. */
export async function writeBalanceWorkbook(request: BalanceFileRequest): Promise<string> {
  const force = request.force === true;
  checkOutput(request.output, force);
  const mode = request.mode ?? "portable";
  const plan = buildBalanceWorkbookPlan(request.standard, { mode, schools: request.schools, equipmentUnit: request.equipmentUnit });
  writeOutput(request.output, await balanceToXlsx(plan), force);
  const how = mode === "portable" ? "便携模式：仅原生公式，WPS 与旧版 Excel 可用" : "实时模式：差异系数用 PLAN.CV，需安装加载项";
  return `已写入 ${request.output}：${plan.sheets.map((s) => `“${s.sheetName}”`).join("、")}，${request.schools.length} 行学校数据（${how}）。`;
}
