/**
 * The fake workbook refuses what Excel refuses: one test per class, each showing the refusal
 * with Excel's own error code. Code that passes against the fake then cannot rely on Excel
 * being lenient where it is not.
 */
import { FakeWorkbook, excelAcceptsNumberFormat, formatForText } from "../support/fake-workbook";
import { numberFormatsFor, buildTemplatePlan } from "../../src/core/template";
import { parseTarget } from "../../src/core/parse-target";
import { getTemplate, listTemplates } from "../../src/templates";

async function refusal(wb: FakeWorkbook, queue: (wb: FakeWorkbook) => void): Promise<{ code?: string } | null> {
  queue(wb);
  return wb.context.sync().then(
    () => null,
    (e: { code?: string }) => e,
  );
}

const sheet1 = (wb: FakeWorkbook) => wb.context.workbook.worksheets.getItem("Sheet1");

describe("names", () => {
  test.each(["History", "history", "a[b]", "a:b", "a/b", "'lead", "x".repeat(32), ""])("sheet name %j is refused", async (name) => {
    const err = await refusal(new FakeWorkbook(), (wb) => wb.context.workbook.worksheets.add(name));
    expect(err?.code).toBe("InvalidArgument");
  });

  test.each(["TRUE", "false", "A1", "R2D2目标", "C1类指标", "R", "RC", "1表", "a b"])("table name %j is refused", async (name) => {
    const err = await refusal(new FakeWorkbook(), (wb) => {
      sheet1(wb).tables.add("A1:B3", true).name = name;
    });
    expect(err?.code).toBe("InvalidArgument");
  });

  test("control: ordinary names pass", async () => {
    expect(await refusal(new FakeWorkbook(), (wb) => (sheet1(wb).tables.add("A1:B3", true).name = "表2008教育目标"))).toBeNull();
  });
});

describe("tables.add over what a table cannot cover", () => {
  test("another table: InvalidArgument (office-js #1199)", async () => {
    const wb = new FakeWorkbook({ tables: [{ name: "旧表", sheet: "Sheet1", address: "C3:D9" }] });
    expect((await refusal(wb, (w) => sheet1(w).tables.add("A1:C4", true)))?.code).toBe("InvalidArgument");
  });

  test("merged cells and PivotTables: MergedRangeConflict", async () => {
    const merged = new FakeWorkbook();
    merged.sheet("Sheet1").merged.push("B2:C2");
    expect((await refusal(merged, (w) => sheet1(w).tables.add("A1:D5", true)))?.code).toBe("MergedRangeConflict");
    const pivot = new FakeWorkbook();
    pivot.sheet("Sheet1").pivots.push({ name: "数据透视表1", address: "F1:H20" });
    expect((await refusal(pivot, (w) => sheet1(w).tables.add("E1:G5", true)))?.code).toBe("MergedRangeConflict");
    // Beside them, not over them: fine.
    expect(await refusal(pivot, (w) => sheet1(w).tables.add("A1:D5", true))).toBeNull();
  });
});

describe("number formats", () => {
  test.each(['0.0"%', "[Red0", "0;0;0;0;0", "0]", "0{x}"])("%j is refused", async (code) => {
    const err = await refusal(new FakeWorkbook(), (wb) => (sheet1(wb).getRange("A1").numberFormat = [[code]]));
    expect(err?.code).toBe("InvalidArgument");
  });

  test("every format the add-in writes is accepted", () => {
    const formats = new Set<string>(["General", "@", "0", "0.0%", "0.0000", "0.00"]);
    for (const t of ["≥99.2%", "≤0.5%", "3~5所", "1:15", "≥60万元", "≥2亿元", "≥7.6万平方米", "比上年增长10%", "280人", "≥99.62%"]) {
      const f = numberFormatsFor(parseTarget(t));
      formats.add(f.level);
      formats.add(f.gap);
    }
    for (const def of listTemplates().filter((d) => d.kind === "targets")) {
      for (const mode of ["live", "portable"] as const) for (const row of buildTemplatePlan(getTemplate(def.id)!, { mode }).numberFormats) row.forEach((f) => formats.add(f));
    }
    for (const f of formats) expect([f, excelAcceptsNumberFormat(f)]).toEqual([f, true]);
  });
});

test("a conditional-format formula over 255 characters is refused", async () => {
  const long = `=A1>${"1+".repeat(130)}1`;
  expect(long.length).toBeGreaterThan(255);
  const err = await refusal(new FakeWorkbook(), (wb) => {
    sheet1(wb).getRange("A1:A9").conditionalFormats.add("Custom").custom.rule.formula = long;
  });
  expect(err?.code).toBe("InvalidArgument");
  const ok = await refusal(new FakeWorkbook(), (wb) => {
    sheet1(wb).getRange("A1:A9").conditionalFormats.add("Custom").custom.rule.formula = "=A1>1";
  });
  expect(ok).toBeNull();
});

test("a request over 5 MB is refused as on Excel on the web", async () => {
  const big = Array.from({ length: 60000 }, (_, i) => [`${"很长的原文".repeat(6)}${i}`]);
  const err = await refusal(new FakeWorkbook(), (wb) => (sheet1(wb).getRange("A1:A60000").values = big));
  expect(err?.code).toBe("RequestPayloadSizeLimitExceeded");
});

test("Range.text is the formatted text, as Excel shows it", async () => {
  const wb = new FakeWorkbook();
  wb.putCells("Sheet1", {
    A1: { value: 0.992, numberFormat: "0.0%" },
    A2: { value: 0.99624, numberFormat: "0.00%" },
    A3: { value: 12345.678, numberFormat: "#,##0.00" },
    A4: { value: 60.5, numberFormat: '#,##0.00"万元"' },
    A5: { value: 1500, numberFormat: "#,##0" },
    A6: { value: 0.4567, numberFormat: "0.00" },
    A7: { value: 3, numberFormat: "General" },
    A8: "≥99.2%",
  });
  const r = sheet1(wb).getRange("A1:A8");
  r.load("text");
  await wb.context.sync();
  expect(r.text.map((x) => x[0])).toEqual(["99.2%", "99.62%", "12,345.68", "60.50万元", "1,500", "0.46", "3", "≥99.2%"]);
  expect(formatForText(-0.004, "0.0%")).toBe("-0.4%");
});

test("a call whose requirement set this Excel lacks fails with ApiNotFound", async () => {
  const old = new FakeWorkbook({ supports: (_set, v) => Number(v) <= 1.6 });
  expect((await refusal(old, (wb) => sheet1(wb).freezePanes.freezeRows(1)))?.code).toBe("ApiNotFound");
  expect((await refusal(new FakeWorkbook({ supports: (_set, v) => Number(v) <= 1.8 }), (wb) => sheet1(wb).getRange("A1").getTables(false)))?.code).toBe("ApiNotFound");
  expect(await refusal(new FakeWorkbook(), (wb) => sheet1(wb).freezePanes.freezeRows(1))).toBeNull();
});
