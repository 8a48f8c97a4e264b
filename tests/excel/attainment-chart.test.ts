import { addAttainmentChartIn } from "../../src/excel/attainment-chart";
import { CHART_SERIES } from "../../src/core/status";
import { WorkbookError } from "../../src/excel/errors";
import { FakeWorkbook } from "../support/fake-workbook";

const SECTIONS = [
  { section: "教育普及", met: 5, atRisk: 1, missed: 2, pending: 3 },
  { section: "=SUM(1,2)", met: 0, atRisk: 0, missed: 1, pending: 0 },
  { section: "质量提升", met: 2, atRisk: 0, missed: 0, pending: 4 },
];

describe("addAttainmentChart", () => {
  test("a stacked bar chart of the counts by section, on a new sheet, with its data beside it, in two syncs", async () => {
    const wb = new FakeWorkbook({ sheets: ["Sheet1", "2008教育目标"] });
    const out = await addAttainmentChartIn(wb.context, { title: "2008年教育局工作计划", sections: SECTIONS }, { isSetSupported: wb.supports });
    expect(out).toEqual({ sheetName: "达标情况图", syncs: 2 });
    expect(wb.syncs).toBe(2);
    expect(wb.activeSheet.name).toBe("达标情况图");

    const cell = (a1: string) => wb.cell("达标情况图", a1)?.value;
    expect(["A1", "B1", "C1", "D1", "E1"].map(cell)).toEqual(["领域", "达标", "接近", "未达标", "待填报"]);
    expect(["A2", "B2", "C2", "D2", "E2"].map(cell)).toEqual(["教育普及", 5, 1, 2, 3]);
    // A section name from the user's sheet stays text, never a formula.
    expect(wb.cell("达标情况图", "A3")).toMatchObject({ value: "=SUM(1,2)", numberFormat: "@" });
    expect(wb.cell("达标情况图", "A3")?.formula).toBeUndefined();
    expect(["A4", "E4"].map(cell)).toEqual(["质量提升", 4]);

    expect(wb.charts).toHaveLength(1);
    const chart = wb.charts[0];
    expect(chart).toMatchObject({ type: "BarStacked", source: "A1:E4", seriesBy: "Columns", title: "2008年教育局工作计划：各领域达标情况", legendPosition: "Bottom" });
    expect(chart.sheet.name).toBe("达标情况图");
    expect(chart.seriesColors).toEqual(Object.fromEntries(CHART_SERIES.map((s, i) => [i, s.color])));
    // Placed below the data, not over it; sections read top-down as in the data.
    expect(chart.position?.[0]).toBe("A6");
    expect(chart.categoriesReversed).toBe(true);
  });

  test("an Excel without ExcelApi 1.7 gets the chart without the reversed order, not a failure", async () => {
    const wb = new FakeWorkbook({ supports: (_set, version) => Number(version) <= 1.6 });
    const out = await addAttainmentChartIn(wb.context, { title: "甲", sections: SECTIONS }, { isSetSupported: wb.supports });
    expect(out.sheetName).toBe("达标情况图");
    expect(wb.charts[0].categoriesReversed).toBe(false);
  });

  test("a second chart gets its own sheet; nothing is written over the first", async () => {
    const wb = new FakeWorkbook();
    await addAttainmentChartIn(wb.context, { title: "甲", sections: SECTIONS });
    const second = await addAttainmentChartIn(wb.context, { title: "乙", sections: SECTIONS.slice(0, 1) });
    expect(second.sheetName).toBe("达标情况图 (2)");
    expect(wb.cell("达标情况图", "A4")?.value).toBe("质量提升");
    expect(wb.charts.map((c) => c.source)).toEqual(["A1:E4", "A1:E2"]);
  });

  test("no sections: a readable refusal and nothing written", async () => {
    const wb = new FakeWorkbook();
    const err = await addAttainmentChartIn(wb.context, { title: "甲", sections: [] }).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err.message).toContain("无法生成图表");
    expect(wb.syncs).toBe(0);
    expect(wb.sheets).toHaveLength(1);
  });

  test("a protected workbook fails with the protected message", async () => {
    const wb = new FakeWorkbook({ failOnSync: { sync: 2, code: "AccessDenied" } });
    const err = await addAttainmentChartIn(wb.context, { title: "甲", sections: SECTIONS }).catch((e) => e);
    expect(err).toMatchObject({ code: "protected" });
  });
});
