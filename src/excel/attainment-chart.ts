/**
 * A native Excel chart of attainment by section (领域): a stacked bar per section of met,
 * at risk, missed and pending, on a new sheet with its data beside it, so the chart stays
 * editable and prints with the workbook. Two syncs: sheet names, then everything.
 */
import { rangeA1 } from "../core/a1";
import { CHART_SERIES, type SectionCounts } from "../core/status";
import { uniqueSheetName } from "../core/template";
import { WorkbookError, toWorkbookError } from "./errors";
import { SupportCheck, inExcel, officeSupports } from "./run";

export interface AttainmentChartInput {
  /** The template's title; the chart's title is built from it. */
  title: string;
  sections: readonly SectionCounts[];
}

export const CHART_SHEET = "达标情况图";


function count(n: unknown): number {
  return typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.round(n) : 0;
}

export async function addAttainmentChartIn(
  context: Excel.RequestContext,
  input: AttainmentChartInput,
  options: { isSetSupported?: SupportCheck } = {},
): Promise<{ sheetName: string; syncs: number }> {
  const supports = options.isSetSupported ?? officeSupports;
  const sections = input.sections.filter((s) => s && typeof s.section === "string");
  if (sections.length === 0) throw new WorkbookError("bad_plan", "模板中没有可统计的指标，无法生成图表。");
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();

    const sheetName = uniqueSheetName(CHART_SHEET, sheets.items.map((s) => s.name));
    const sheet = sheets.add(sheetName);
    const rows = sections.length;
    const header = ["领域", ...CHART_SERIES.map((s) => s.header)];
    // Section names come from the user's sheet: text, never read as a formula.
    sheet.getRange(rangeA1(0, 0, rows + 1, 1)).numberFormat = [["@"], ...sections.map(() => ["@"])];
    sheet.getRange(rangeA1(0, 0, 1, header.length)).values = [header];
    sheet.getRange(rangeA1(1, 0, rows, 1)).values = sections.map((s) => [s.section.trim() || "（未分领域）"]);
    sheet.getRange(rangeA1(1, 1, rows, CHART_SERIES.length)).values = sections.map((s) => CHART_SERIES.map((c) => count(s[c.key])));
    sheet.getRange(rangeA1(0, 0, 1, header.length)).format.font.bold = true;
    const data = sheet.getRange(rangeA1(0, 0, rows + 1, header.length));
    data.format.autofitColumns();

    const chart = sheet.charts.add("BarStacked" as Excel.ChartType, data, "Columns" as Excel.ChartSeriesBy);
    chart.name = "达标情况";
    chart.title.text = `${input.title.trim() || "指标"}：各领域达标情况`;
    chart.legend.position = "Bottom" as Excel.ChartLegendPosition;
    CHART_SERIES.forEach((s, i) => chart.series.getItemAt(i).format.fill.setSolidColor(s.color));
    // Bars plot the first section at the bottom; reversed, they read top-down like the data beside them.
    if (supports("ExcelApi", "1.7")) chart.axes.categoryAxis.reversePlotOrder = true;
    // Below the data, one bar row per section and room for the legend.
    chart.setPosition(rangeA1(rows + 2, 0, 1, 1), rangeA1(rows + 2 + Math.max(14, 2 * rows + 6), 7, 1, 1));
    sheet.activate();
    await context.sync();
    return { sheetName, syncs: 2 };
  } catch (e) {
    throw toWorkbookError(e);
  }
}

export async function addAttainmentChart(input: AttainmentChartInput): Promise<{ sheetName: string }> {
  const { sheetName } = await inExcel((context) => addAttainmentChartIn(context, input));
  return { sheetName };
}
