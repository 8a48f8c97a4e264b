/**
 * The ExcelJS applier, read back with ExcelJS: everything in the file comes from the plan
 * (values, formulas, formats, fills, rules, widths, hidden columns), plus the table, frozen
 * header and print setup the file itself needs. Expected addresses and settings are written
 * out by hand here.
 */
import JSZip from "jszip";
import { planToXlsx } from "../../src/xlsx/template-workbook";
import { buildTemplatePlan, type TemplateDefinition, type TemplatePlan } from "../../src/core/template";
import { getTemplate } from "../../src/templates";
import { conditionalRules, loadWorkbook, tablesOf } from "./read-xlsx";

const NOW = new Date("2025-01-02T03:04:05Z");

async function exported(plan: TemplatePlan) {
  const bytes = await planToXlsx(plan, { now: NOW });
  const wb = await loadWorkbook(bytes);
  return { bytes, wb, ws: wb.worksheets[0] };
}

describe("seed-000, portable, at A1", () => {
  const plan = buildTemplatePlan(getTemplate("seed-000")!, { mode: "portable" });
  let ws: Awaited<ReturnType<typeof exported>>["ws"];
  let bytes: Buffer;
  beforeAll(async () => {
    ({ ws, bytes } = await exported(plan));
  });

  test("sheet and table: name, range A1:U44, every header", () => {
    expect(ws.name).toBe("2008教育目标");
    const [t] = tablesOf(ws);
    expect(t.name).toBe("表2008教育目标");
    expect(t.tableRef).toBe("A1:U44");
    expect(t.columns.map((c) => c.name)).toEqual(plan.columns.map((c) => c.header));
    expect(ws.getCell("A1").value).toBe("序号");
    expect(ws.getCell("U1").value).toBe("辅助·校验");
  });

  test("every value and every formula of the plan, shared formulas included", () => {
    plan.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = ws.getCell(i + 2, j + 1);
        const f = plan.formulas[i][j];
        if (f) expect([cell.address, cell.formula]).toEqual([cell.address, f.slice(1)]);
        else expect([cell.address, cell.value]).toEqual([cell.address, v]);
      }),
    );
    // Row 3 onwards shares row 2's formula instead of repeating 600 characters.
    expect((ws.getCell("J3").value as { sharedFormula?: string }).sharedFormula).toBe("J2");
  });

  test("number formats: text columns @, percent levels, formula cells never @", () => {
    expect(ws.getCell("C2").numFmt).toBe("@");
    expect(ws.getCell("E2").numFmt).toBe("@");
    expect(ws.getCell("I2").numFmt).toBe("0.0%"); // ≥100% → at least one decimal
    expect(ws.getCell("K2").numFmt).toBe("0.0%");
    expect(ws.getCell("L2").numFmt ?? "General").toBe("General"); // ExcelJS reads General back as no format
    expect(ws.getCell("O2").numFmt).toBe("@");
    plan.numberFormats.forEach((row, i) =>
      row.forEach((f, j) => {
        if (f !== "@" || plan.formulas[i][j]) expect(ws.getCell(i + 2, j + 1).numFmt ?? "General").toBe(f === "@" ? "General" : f);
      }),
    );
  });

  test("fills: white input, light-blue computed, pale reference", () => {
    const fg = (a: string) => (ws.getCell(a).fill as { fgColor?: { argb?: string } }).fgColor?.argb;
    expect(fg("I2")).toBe("FFFFFFFF");
    expect(fg("J2")).toBe("FFDDEBF7");
    expect(fg("C2")).toBe("FFF2F2F2");
    expect(fg("U44")).toBe("FFDDEBF7");
  });

  test("conditional formats: each rule on each of its columns, in priority order, with its colours", () => {
    expect(conditionalRules(ws)).toEqual([
      { ref: "I2:I44", formula: '$L2="未达标"', fill: "FFFFC7CE", font: "FF9C0006", priority: 1 },
      { ref: "L2:L44", formula: '$L2="未达标"', fill: "FFFFC7CE", font: "FF9C0006", priority: 2 },
      { ref: "I2:I44", formula: '$L2="接近"', fill: "FFFFEB9C", font: "FF9C5700", priority: 3 },
      { ref: "L2:L44", formula: '$L2="接近"', fill: "FFFFEB9C", font: "FF9C5700", priority: 4 },
      { ref: "I2:I44", formula: '$L2="达标"', fill: "FFC6EFCE", font: "FF006100", priority: 5 },
      { ref: "L2:L44", formula: '$L2="达标"', fill: "FFC6EFCE", font: "FF006100", priority: 6 },
      { ref: "I2:I44", formula: '$L2="已说明"', fill: "FFE7E6E6", font: "FF595959", priority: 7 },
      { ref: "L2:L44", formula: '$L2="已说明"', fill: "FFE7E6E6", font: "FF595959", priority: 8 },
      { ref: "E2:E44", formula: '$L2="目标已修改，请刷新"', fill: "FFE4DFEC", font: "FF60497A", priority: 9 },
      { ref: "L2:L44", formula: '$L2="目标已修改，请刷新"', fill: "FFE4DFEC", font: "FF60497A", priority: 10 },
    ]);
  });

  test("frozen header, widths, hidden helpers", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1, xSplit: 0, topLeftCell: "A2" });
    expect(ws.getColumn(3).width).toBe(30);
    expect(ws.getColumn(14).width).toBe(48);
    expect(ws.getColumn(14).hidden).toBe(false);
    for (let c = 15; c <= 21; c++) expect(ws.getColumn(c).hidden).toBe(true);
  });

  test("print setup: A4 landscape, one page wide, header row repeated, page numbers", () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1", printArea: "A1:U44" });
    expect(ws.headerFooter.oddFooter).toBe("&C第 &P 页，共 &N 页");
  });

  test("the file asks every engine to calculate on open (no cached results are written)", async () => {
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).not.toMatch(/<f[^>]*>[^<]*<\/f><v>/);
  });
});

test("live mode writes the PLAN formulas and no helper columns", async () => {
  const plan = buildTemplatePlan(getTemplate("xueqian-puhui-2020")!, { mode: "live" });
  const { ws } = await exported(plan);
  expect(ws.getCell("L2").formula).toMatch(/^IF\(AND\(PLAN\.TARGET_STATUS\(I2,E2,H2\)/);
  expect(tablesOf(ws)[0].tableRef).toBe(`A1:N${plan.values.length + 1}`);
  expect(conditionalRules(ws)).toHaveLength(8);
});

test("a plan placed at C4 keeps its addresses: table, formulas, rules, frozen rows", async () => {
  const plan = buildTemplatePlan(getTemplate("youzhi-junheng-2017")!, { mode: "portable", anchor: { row: 3, col: 2 } });
  const { ws } = await exported(plan);
  const n = plan.values.length;
  expect(tablesOf(ws)[0].tableRef).toBe(`C4:W${4 + n}`);
  expect(ws.getCell("N5").formula).toBe(plan.formulas[0][11]!.slice(1));
  expect(ws.getCell("N5").formula).toMatch(/^IF\(W5<>"",W5,/);
  expect(conditionalRules(ws)[0]).toMatchObject({ ref: `K5:K${4 + n}`, formula: '$N5="未达标"' });
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
});

test("text stays text: indicators, quotes and notes starting with =, +, - or @", async () => {
  const def: TemplateDefinition = {
    id: "t",
    title: "文本",
    kind: "targets",
    sheetName: "文本",
    source: "《测试》",
    rows: [
      { key: "a", section: "=SUM(A1)", indicator: "+3", scope: "-5", target: "=0%", deadline: null, kind: "target", quote: "@x" },
      { key: "b", section: null, indicator: "=1+1", scope: null, target: "≥1人", deadline: null, kind: "target", quote: "-" },
    ],
  };
  const { ws } = await exported(buildTemplatePlan(def, { mode: "portable" }));
  for (const [a, v] of [["B2", "=SUM(A1)"], ["C2", "+3"], ["D2", "-5"], ["E2", "=0%"], ["C3", "=1+1"], ["O2", "=0%"]]) {
    expect([a, ws.getCell(a).value, ws.getCell(a).formula]).toEqual([a, v, undefined]);
  }
  expect(ws.getCell("N2").value).toBe("《测试》：“@x”");
});

test("a broken plan is refused before anything is written", async () => {
  const plan = buildTemplatePlan(getTemplate("seed-002")!, { mode: "portable" });
  await expect(planToXlsx({ ...plan, formulas: plan.formulas.slice(1) })).rejects.toThrow(/不一致/);
  await expect(planToXlsx({ ...plan, rules: [{ ...plan.rules[0], columns: ["nope"] }] })).rejects.toThrow(/nope/);
});
