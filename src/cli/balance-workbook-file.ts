/**
 * `plan-targets balance … -o out.xlsx [--mode live|portable] [--force]`: the school rows as
 * the three balance sheets. Refuses an existing file before any work (unless --force).
 */
import { buildBalanceWorkbookPlan, type EquipmentUnit, type InputRow, type WorkbookStandard } from "../core/balance/workbook-plan";
import type { FormulaMode } from "../core/template";
import { balanceToXlsx } from "../xlsx/balance-workbook";
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

export interface OutputOptions {
  output: string;
  mode: FormulaMode;
  force: boolean;
}

/**
 * Takes -o/--output, --mode and --force out of `argv` (for the balance command, which reads
 * the rest): the options, or null without -o; the other arguments in order. Throws a usage
 * message (Chinese) for a missing value, a wrong mode, --mode or --force without -o, or an
 * output that is not .xlsx.
 */
export function takeOutputOptions(argv: readonly string[]): { options: OutputOptions | null; rest: string[] } {
  const rest: string[] = [];
  let output: string | undefined;
  let mode: FormulaMode | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const m = /^(-o|--output|--mode|--force)(?:=(.*))?$/.exec(argv[i]);
    if (!m) {
      rest.push(argv[i]);
      continue;
    }
    if (m[1] === "--force") {
      force = true;
      continue;
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined || value === "") throw new Error(`选项 ${m[1]} 需要一个值。`);
    if (m[1] === "--mode") {
      if (value !== "portable" && value !== "live") throw new Error(`--mode 应为 portable 或 live，而不是“${value}”。`);
      mode = value;
    } else output = value;
  }
  if (output === undefined) {
    if (mode !== undefined || force) throw new Error("--mode 与 --force 只与 -o 输出文件一起使用，如 -o 均衡.xlsx。");
    return { options: null, rest };
  }
  if (!/\.xlsx$/i.test(output)) throw new Error(`输出文件应以 .xlsx 结尾：${output}`);
  return { options: { output, mode: mode ?? "portable", force }, rest };
}

/** Writes the file; returns the line to print. Throws OutputRefusal or PlanError with a Chinese message. */
export async function writeBalanceWorkbook(request: BalanceFileRequest): Promise<string> {
  const force = request.force === true;
  checkOutput(request.output, force);
  const mode = request.mode ?? "portable";
  const plan = buildBalanceWorkbookPlan(request.standard, { mode, schools: request.schools, equipmentUnit: request.equipmentUnit });
  writeOutput(request.output, await balanceToXlsx(plan), force);
  const how = mode === "portable" ? "便携模式：仅原生公式，WPS 与旧版 Excel 可用" : "实时模式：差异系数用 PLAN.SCHOOL_CV，需安装加载项";
  return `已写入 ${request.output}：${plan.sheets.map((s) => `“${s.sheetName}”`).join("、")}，${request.schools.length} 行学校数据（${how}）。`;
}
