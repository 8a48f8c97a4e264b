/**
 * The ExcelJS applier: writes a TemplatePlan as an .xlsx file, without Excel. Like the
 * Office.js applier (src/excel/apply-template) it knows no target logic: values, formulas,
 * number formats, fills, rules, widths and hidden columns all come from the plan. It adds
 * only what a file needs and a plan leaves to the host: the table, the frozen header, a
 * print setup, and recalculation on open (formulas are written without cached results).
 */
import ExcelJS from "exceljs";
import type { CellValue, PlanColumn, SheetLike, TemplatePlan } from "../core/template";
import { columnLetters, mapCellRefs, shiftFormula } from "../core/a1";

export interface XlsxOptions {
  /** Table style; default TableStyleMedium2, as the Office.js applier. */
  tableStyle?: string;
  /** Creation time stored in the file (tests pin it). */
  now?: Date;
}

/** "#DDEBF7" → "FFDDEBF7" (ExcelJS wants ARGB). */
function argb(color: string): string {
  return "FF" + color.replace(/^#/, "").toUpperCase();
}

/** 1-based row/column → A1. */
function a1(row: number, col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s + String(row);
}

/**
 * The formula as Excel would copy it `rows` further down: relative row references move,
 * the rest stays. Parsed once (a1's reference grammar), then rendered by concatenation, so
 * that checking 10,000 rows costs string joins, not 10,000 parses.
 */
function mover(formula: string): (rows: number) => string {
  const refs: { head: string; row: number; abs: boolean }[] = [];
  const text = mapCellRefs(formula, (r) => {
    refs.push({ head: (r.colAbs ? "$" : "") + columnLetters(r.col) + (r.rowAbs ? "$" : ""), row: r.row + 1, abs: r.rowAbs });
    return "\u0000";
  });
  const pieces = text.split("\u0000");
  return (rows) => {
    let out = pieces[0];
    for (let k = 0; k < refs.length; k++) {
      const r = refs[k];
      out += r.head + String(r.abs ? r.row : r.row + rows) + pieces[k + 1];
    }
    return out;
  };
}

/** Same rule as the Office.js applier: a formula cell is never text; any other string is. */
function cellFormat(column: PlanColumn, value: CellValue, formula: string | null, format: string): string {
  if (formula) return format === "@" ? "General" : format;
  return column.text || typeof value === "string" ? "@" : format;
}

function checkPlan(plan: SheetLike): void {
  const cols = plan.columns.length;
  const ok =
    cols > 0 &&
    plan.formulas.length === plan.values.length &&
    plan.numberFormats.length === plan.values.length &&
    plan.values.every((r, i) => r.length === cols && plan.formulas[i].length === cols && plan.numberFormats[i].length === cols);
  if (!ok) throw new Error("模板数据不完整：值、公式与数字格式的行列数不一致");
  for (const rule of plan.rules) {
    for (const k of rule.columns) {
      if (!plan.columns.some((c) => c.key === k)) throw new Error(`模板数据不完整：条件格式引用了不存在的列 ${k}`);
    }
  }
}

/** A new workbook that every engine must calculate on open (no cached results are written). */
export function newWorkbook(options: XlsxOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const now = options.now ?? new Date();
  wb.creator = "达标 Dabiao";
  wb.created = now;
  wb.modified = now;
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

/** The workbook in memory (tests inspect it; planToXlsx serialises it). */
export function planToWorkbook(plan: TemplatePlan, options: XlsxOptions = {}): ExcelJS.Workbook {
  const wb = newWorkbook(options);
  addPlanSheet(wb, plan, options);
  return wb;
}

/** Adds `plan` as a new sheet of `wb` (its table, formats, rules, widths, print setup). */
export function addPlanSheet(wb: ExcelJS.Workbook, plan: SheetLike, options: XlsxOptions = {}): ExcelJS.Worksheet {
  checkPlan(plan);
  const rows = plan.values.length;
  const cols = plan.columns.length;
  const top = plan.anchor.row + 1; // 1-based header row
  const left = plan.anchor.col + 1;
  const last = a1(top + Math.max(rows, 1), left + cols - 1);
  const ws = wb.addWorksheet(plan.sheetName, {
    views: plan.freezeHeader ? [{ state: "frozen", xSplit: 0, ySplit: top, topLeftCell: a1(top + 1, 1), activeCell: a1(top + 1, left) }] : [],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages down as needed
      horizontalCentered: true,
      printTitlesRow: `${top}:${top}`,
      printArea: `${a1(top, left)}:${last}`,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddHeader: "&C&A", oddFooter: "&C第 &P 页，共 &N 页" },
  });

  plan.columns.forEach((c, j) => {
    const column = ws.getColumn(left + j);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  });

  // The table writes header and values; formulas go in without cached results. A formula
  // that is its column's previous formula moved down (same R1C1 text) becomes a shared
  // formula: 10,000 rows of portable formulas are ~18 MB of XML otherwise.
  const masters: ({ address: string; row: number; movedBy: (rows: number) => string } | null)[] = plan.columns.map(() => null);
  const data = plan.values.map((row, i) =>
    row.map((value, j) => {
      const f = plan.formulas[i][j];
      if (!f) {
        masters[j] = null;
        return value === null ? null : value;
      }
      const master = masters[j];
      if (master && master.movedBy(i - master.row) === f) return { sharedFormula: master.address };
      masters[j] = { address: a1(top + 1 + i, left + j), row: i, movedBy: mover(f) };
      return { formula: f.replace(/^=/, "") };
    }),
  );
  ws.addTable({
    name: plan.tableName,
    ref: a1(top, left),
    headerRow: true,
    totalsRow: false,
    style: { theme: (options.tableStyle ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: plan.columns.map((c) => ({ name: c.header, filterButton: true })),
    // An empty plan still gets a table: one blank row (Excel rejects a header-only table).
    rows: data.length > 0 ? data : [plan.columns.map(() => null)],
  });

  // Styles are shared objects, one per (format, fill): 10,000 rows would otherwise carry 200,000 copies.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const style = (numFmt: string, fill: string | undefined): Partial<ExcelJS.Style> => {
    const key = `${numFmt}\u0000${fill ?? ""}`;
    let s = styles.get(key);
    if (!s) {
      s = { numFmt, ...(fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill) } } } : {}) };
      styles.set(key, s);
    }
    return s;
  };
  const headerRow = ws.getRow(top);
  plan.columns.forEach((_, j) => {
    headerRow.getCell(left + j).style = style("@", undefined);
  });
  for (let i = 0; i < rows; i++) {
    const row = ws.getRow(top + 1 + i);
    plan.columns.forEach((c, j) => {
      const fmt = cellFormat(c, plan.values[i][j], plan.formulas[i][j], plan.numberFormats[i][j]);
      row.getCell(left + j).style = style(fmt, plan.fills[c.kind]);
    });
  }

  // Rules: plan.rules[0] has the highest priority; a rule's formula is relative to the first
  // data row of its first column and is moved, as Excel copies it, to each further column.
  if (rows > 0) {
    let priority = 1;
    for (const rule of plan.rules) {
      const first = plan.columns.findIndex((c) => c.key === rule.columns[0]);
      for (const key of rule.columns) {
        const j = plan.columns.findIndex((c) => c.key === key);
        const formula = shiftFormula(rule.formula, 0, j - first, "copy").replace(/^=/, "");
        ws.addConditionalFormatting({
          ref: `${a1(top + 1, left + j)}:${a1(top + rows, left + j)}`,
          rules: [
            {
              type: "expression",
              priority: priority++,
              formulae: [formula],
              style: {
                fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
                font: { color: { argb: argb(rule.fontColor) } },
              },
            },
          ],
        });
      }
    }
  }
  return ws;
}

/** The plan as the bytes of an .xlsx file. */
export async function planToXlsx(plan: TemplatePlan, options: XlsxOptions = {}): Promise<Buffer> {
  const wb = planToWorkbook(plan, options);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
