import { WorkbookError } from "../../src/excel/errors";
import { FakeWorkbook } from "../support/fake-workbook";
import { getSelectionIn, gridText, selectRangeIn } from "../../src/excel/selection";

describe("getSelection", () => {
  test("cells as plan text: tabs between cells, lines between rows, in two syncs", async () => {
    const wb = new FakeWorkbook({ sheets: ["计划"], selection: "'计划'!A1:C4" });
    wb.putCells("计划", { A1: "一、主要目标", A2: "全市适龄儿童少年入学率达到100%", B2: "备注", A4: "流生率控制在0.5%以内" });
    const got = await getSelectionIn(wb.context);
    expect(wb.syncs).toBe(2);
    expect(got.address).toBe("'计划'!A1:C4");
    expect(got.text).toBe("一、主要目标\n全市适龄儿童少年入学率达到100%\t备注\n\n流生率控制在0.5%以内");
  });

  test("a whole selected column reads only its filled cells; an empty selection gives empty text in one sync", async () => {
    const wb = new FakeWorkbook({ selection: "Sheet1!A:A" });
    wb.putCells("Sheet1", { A3: "入学率达到99%", A5: 12 });
    expect((await getSelectionIn(wb.context)).text).toBe("入学率达到99%\n\n12");
    const log = wb.log.filter((e) => e.kind === "load" && /text/.test(JSON.stringify(e.value)));
    expect(log.map((e) => e.target)).toEqual(["'Sheet1'!A3:A5"]);

    const empty = new FakeWorkbook({ selection: "Sheet1!B2:D9" });
    expect(await getSelectionIn(empty.context)).toEqual({ address: "'Sheet1'!B2:D9", text: "" });
    expect(empty.syncs).toBe(1);
  });

  test("too many filled cells is refused with the count, before their text is loaded", async () => {
    const wb = new FakeWorkbook({ selection: "Sheet1!A1:B3" });
    wb.putCells("Sheet1", { A1: 1, B3: 2 });
    const err = await getSelectionIn(wb.context, { maxCells: 5 }).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err.code).toBe("too_large");
    expect(err.message).toContain("共 6 个单元格");
    expect(wb.syncs).toBe(1);
  });

  test("gridText drops trailing blanks but keeps inner ones", () => {
    expect(gridText([["a", "", "b", ""], ["", ""], [null, "c"], ["", " "]])).toBe("a\t\tb\n\n\tc");
  });
});

describe("selectRange", () => {
  test("activates the sheet and selects the cell, in one sync", async () => {
    const wb = new FakeWorkbook({ sheets: ["Sheet1", "2008教育目标"] });
    await selectRangeIn(wb.context, "'2008教育目标'!I5");
    expect(wb.syncs).toBe(1);
    expect(wb.activeSheet.name).toBe("2008教育目标");
    expect(wb.selection).toBe("'2008教育目标'!I5");
  });

  test("an address that is not one, or a sheet that is gone, gives a readable message", async () => {
    const wb = new FakeWorkbook();
    const bad = await selectRangeIn(wb.context, "不是地址").catch((e) => e);
    expect(bad).toBeInstanceOf(WorkbookError);
    expect(bad).toMatchObject({ code: "bad_selection" });
    expect(bad.message).toContain("不是地址");
    expect(wb.syncs).toBe(0);
    const gone = await selectRangeIn(wb.context, "'已删除'!A1").catch((e) => e);
    expect(gone).toMatchObject({ code: "not_found" });
  });
});
