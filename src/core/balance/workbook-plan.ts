/**
 * The balance workbook as data (no Office.js, no ExcelJS): three sheet plans that the
 * Office.js applier (src/excel/insert-balance) and the ExcelJS writer (src/xlsx/balance-workbook)
 * write without knowing any balance logic.
 *
 * - 学校数据 (input-sheet.ts), 学校指标 (school-sheet.ts), 县域差异系数 (county-sheet.ts);
 * - what a school row holds (school-inputs.ts) and what the sheets share (workbook-sheet.ts).
 *
 * Live mode computes CV with PLAN.SCHOOL_CV over per-学段 helper columns; portable mode with
 * SUMPRODUCT and SQRT only, so the file works in WPS and old Office.
 */
import { PlanError } from "../errors";
import type { FormulaMode } from "../template";
import { uniqueSheetName, uniqueTableName } from "../template";
import { countySheet } from "./county-sheet";
import { inputSheet } from "./input-sheet";
import { INPUT_COLUMNS, inputColumns, requiredInputs, RESOURCE, STAGES, type EquipmentUnit, type InputRow, type InputSource, type InputSpec, type WorkbookStandard } from "./school-inputs";
import { schoolSheet } from "./school-sheet";
import { num, type SheetPlan } from "./workbook-sheet";

export * from "./school-inputs";
export { BALANCE_LABELS, type SheetPlan, type SheetRole } from "./workbook-sheet";
export { schoolKeys } from "./school-sheet";
export { countyRowKeys, type CountyRowKey } from "./county-sheet";

export interface BalanceWorkbookPlan {
  standardId: string;
  mode: FormulaMode;
  /** input (unless the rows are an existing range), school, county, in that order. */
  sheets: SheetPlan[];
  /** Data rows of the input and school sheets. */
  rows: number;
}


export interface BalanceWorkbookOptions {
  mode?: FormulaMode;
  /** Rows to fill (CLI); their count sets the sheet size unless `rows` is larger. */
  schools?: InputRow[];
  /** Data rows of an empty template (pane); default 100. */
  rows?: number;
  existingSheetNames?: string[];
  existingTableNames?: string[];
  /** Unit of 教学仪器设备值 in the input sheet; default 万元 (as the statistics record it). */
  equipmentUnit?: EquipmentUnit;
  /** The school rows are an existing range: no input sheet; `rows` counts its rows. */
  source?: InputSource;
  /** Sheet names before uniquing; default 均衡·学校数据, 均衡·学校指标, 均衡·县域差异系数. */
  names?: { input?: string; school?: string; county?: string };
}

export const DEFAULT_BALANCE_ROWS = 100;
export const MAX_BALANCE_ROWS = 20000;

const DEFAULT_NAMES = { input: "均衡·学校数据", school: "均衡·学校指标", county: "均衡·县域差异系数" };

function checkStandard(std: WorkbookStandard): void {
  for (const ind of std.indicators) {
    if (!RESOURCE[ind.code]) throw new PlanError("bad_argument", `均衡工作簿暂不支持指标 ${ind.code}（${ind.name}）：目前只提供优质均衡 L1–L7`, ind.code);
    if (ind.thresholds) for (const s of STAGES) num(ind.thresholds[s]);
  }
  if (std.indicators.length === 0) throw new PlanError("bad_argument", `标准“${std.title}”没有指标`, std.id);
}

/** The three sheets for `std`, with fresh sheet and table names. */
export function buildBalanceWorkbookPlan(std: WorkbookStandard, options: BalanceWorkbookOptions = {}): BalanceWorkbookPlan {
  checkStandard(std);
  const mode = options.mode ?? "live";
  const schools = options.schools ?? [];
  const rows = Math.max(schools.length, options.rows ?? (schools.length > 0 ? 0 : DEFAULT_BALANCE_ROWS), 1);
  if (rows > MAX_BALANCE_ROWS) {
    throw new PlanError("bad_argument", `学校行数 ${rows} 超过上限 ${MAX_BALANCE_ROWS}`, rows);
  }
  const sheetsTaken = [...(options.existingSheetNames ?? [])];
  const tablesTaken = [...(options.existingTableNames ?? [])];
  const names = { ...DEFAULT_NAMES, ...(options.names ?? {}) };
  const fresh = (n: string) => {
    const sheet = uniqueSheetName(n, sheetsTaken);
    sheetsTaken.push(sheet);
    const table = uniqueTableName(sheet.replace(/·/g, "_"), tablesTaken);
    tablesTaken.push(table);
    return [sheet, table] as const;
  };
  const unit = options.equipmentUnit ?? "万元";
  const given = options.source;
  if (given) {
    const missing = requiredInputs(std).filter((k) => given.columns[k] === undefined);
    if (missing.length > 0) {
      throw new PlanError("bad_argument", `所选区域缺少列：${missing.map((k) => (INPUT_COLUMNS.find((x) => x.key === k) as InputSpec).header).join("、")}`, missing.join(","));
    }
  }
  const [inName, inTable] = given ? [given.sheetName, ""] : fresh(names.input);
  const [schoolName, schoolTable] = fresh(names.school);
  const [countyName, countyTable] = fresh(names.county);
  const source: InputSource = given ?? {
    sheetName: inName,
    firstRow: 1,
    equipmentUnit: unit,
    columns: Object.fromEntries(inputColumns(unit, std.inputs).map((c, i) => [c.key, { col: i, header: c.header }])),
  };
  const school = schoolSheet(std, mode, schoolName, schoolTable, source, rows);
  const county = countySheet(std, mode, countyName, countyTable, school, rows);
  const sheets = given ? [school, county] : [inputSheet(std, inName, inTable, rows, schools, unit), school, county];
  return { standardId: std.id, mode, sheets, rows };
}
