/**
 * Reading an .xlsx back with ExcelJS, for the export and LibreOffice tests: the parts of its
 * model that index.d.ts does not declare (conditional formats and tables as read).
 */
import ExcelJS from "exceljs";

export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

export interface FoundRule {
  ref: string;
  formula: string | undefined;
  fill: string | undefined;
  font: string | undefined;
  priority: number | undefined;
}

interface CfModel {
  ref: string;
  rules: { formulae?: string[]; priority?: number; style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } }[];
}

/** Every conditional-format rule of the sheet, one entry per (range, rule). */
export function conditionalRules(ws: ExcelJS.Worksheet): FoundRule[] {
  const cfs = (ws as unknown as { conditionalFormattings: CfModel[] }).conditionalFormattings;
  return cfs.flatMap((cf) =>
    cf.rules.map((rule) => ({
      ref: cf.ref,
      formula: rule.formulae?.[0],
      fill: rule.style?.fill?.bgColor?.argb,
      font: rule.style?.font?.color?.argb,
      priority: rule.priority,
    })),
  );
}

export interface FoundTable {
  name: string;
  tableRef: string;
  columns: { name: string }[];
}

export function tablesOf(ws: ExcelJS.Worksheet): FoundTable[] {
  const tables = (ws as unknown as { tables: Record<string, { table: FoundTable }> }).tables;
  return Object.values(tables).map((t) => t.table);
}

/** A formula cell's saved result (cell.value drops a result of 0); an empty text result comes back as no result. */
export function resultOf(ws: ExcelJS.Worksheet, row: number, col: number): unknown {
  const cell = ws.getCell(row, col);
  if (cell.type !== ExcelJS.ValueType.Formula) return cell.value;
  const r = cell.result as unknown;
  return r === undefined || r === null ? "" : r;
}
