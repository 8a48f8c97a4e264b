/** 学校数据: one row per school and 学段, raw figures with their units in the headers, white input cells, lists for 学段 and 学校类型. */
import type { CellValue } from "../template";
import { inputColumns, SCHOOL_TYPES, STAGES, type EquipmentUnit, type InputRow, type WorkbookStandard } from "./school-inputs";
import { column, sheetPlan, type SheetPlan } from "./workbook-sheet";

export function inputSheet(std: WorkbookStandard, name: string, table: string, rows: number, schools: InputRow[], unit: EquipmentUnit): SheetPlan {
  const specs = inputColumns(unit, std.inputs);
  const columns = specs.map((c) => column(c.key, c.header, "input", c.width, c.text));
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const s = schools[i] ?? {};
    values.push(specs.map((c) => (s[c.key] === undefined ? null : (s[c.key] as CellValue))));
    formulas.push(specs.map(() => null));
    numberFormats.push(specs.map((c) => c.format));
  }
  const lists = [
    { column: "stage", values: STAGES },
    { column: "type", values: SCHOOL_TYPES },
  ];
  return sheetPlan("input", name, table, columns, { values, formulas, numberFormats, rules: [], lists });
}

// ---------------------------------------------------------------------------------------
