import { isBlankCell } from "../../src/core/cell";
import {
  columnIndex,
  displayAddress,
  columnLetters,
  fromR1C1,
  mapCellRefs,
  parseRangeAddress,
  rangeA1,
  shiftFormula,
  toR1C1,
} from "../../src/core/a1";
import { utf8Length } from "../../src/excel/request-size";

describe("A1 addresses", () => {
  test("column letters both ways", () => {
    for (const [i, s] of [[0, "A"], [25, "Z"], [26, "AA"], [701, "ZZ"], [702, "AAA"], [16383, "XFD"]] as const) {
      expect(columnLetters(i)).toBe(s);
      expect(columnIndex(s)).toBe(i);
    }
    expect(columnIndex("1")).toBe(-1);
  });

  test("parses qualified, quoted, absolute, whole-column and whole-row addresses", () => {
    expect(parseRangeAddress("B2:F10")).toEqual({ sheet: null, row: 1, col: 1, rows: 9, cols: 5 });
    expect(parseRangeAddress("'数据 表'!$C$3")).toEqual({ sheet: "数据 表", row: 2, col: 2, rows: 1, cols: 1 });
    expect(parseRangeAddress("'It''s'!A1:B2").sheet).toBe("It's");
    expect(parseRangeAddress("Sheet1!F10:B2")).toMatchObject({ row: 1, col: 1, rows: 9, cols: 5 });
    expect(parseRangeAddress("C:E")).toMatchObject({ row: 0, col: 2, rows: 1048576, cols: 3 });
    expect(parseRangeAddress("3:4")).toMatchObject({ row: 2, col: 0, rows: 2, cols: 16384 });
    expect(() => parseRangeAddress("not an address")).toThrow("不是有效的单元格地址");
    expect(() => parseRangeAddress("XFE1")).toThrow();
    expect(rangeA1(1, 1, 1, 1)).toBe("B2");
    expect(rangeA1(0, 0, 44, 14)).toBe("A1:N44");
  });
});

describe("cell references in formulas", () => {
  const refs = (f: string) => {
    const found: string[] = [];
    mapCellRefs(f, (r) => {
      found.push(`${r.colAbs ? "$" : ""}${columnLetters(r.col)}${r.rowAbs ? "$" : ""}${r.row + 1}`);
      return "";
    });
    return found;
  };

  test("finds references, not function names, strings, sheet names or structured references", () => {
    expect(refs("=PLAN.TARGET_GAP(I2,E2,H2)")).toEqual(["I2", "E2", "H2"]);
    expect(refs('=IF($L2="A1",LOG10(B3),Sheet1!C4)')).toEqual(["$L2", "B3", "C4"]);
    expect(refs("='AB1 x'!D5+AB1!E6")).toEqual(["D5", "E6"]);
    expect(refs("=Table1[@[实际值]]+[@A1]+1E5+R1C1")).toEqual([]);
    expect(refs('="say ""A1"""&$A$1')).toEqual(["$A$1"]);
  });

  test("relocate moves every reference, copy only the relative parts", () => {
    expect(shiftFormula('=$L2="未达标"', 2, 1, "relocate")).toBe('=$M4="未达标"');
    expect(shiftFormula('=$L2="未达标"', 0, 3, "copy")).toBe('=$L2="未达标"');
    expect(shiftFormula("=A1+$B$2+C$3", 1, 1, "copy")).toBe("=B2+$B$2+D$3");
    expect(shiftFormula("=A1", -1, 0, "copy")).toBe("=#REF!");
  });

  test("R1C1 of identical relative formulas is identical, and converts back", () => {
    const rows = [1, 2, 500, 9999].map((r) => toR1C1(`=PLAN.TARGET_GAP(I${r + 1},E${r + 1},H${r + 1})`, r, 9));
    expect(new Set(rows).size).toBe(1);
    expect(rows[0]).toBe("=PLAN.TARGET_GAP(RC[-1],RC[-5],RC[-2])");
    expect(fromR1C1(rows[0], 9999, 9)).toBe("=PLAN.TARGET_GAP(I10000,E10000,H10000)");
    const mixed = '=IF(AND($L2="未达标",LEN(TRIM(M2))>0),"已说明",ROUND(A$1,2))';
    expect(fromR1C1(toR1C1(mixed, 1, 11), 1, 11)).toBe(mixed);
    expect(fromR1C1(toR1C1(mixed, 1, 11), 7, 11)).toBe('=IF(AND($L8="未达标",LEN(TRIM(M8))>0),"已说明",ROUND(A$1,2))');
  });

  test("utf8Length counts bytes as JSON would send them", () => {
    expect(utf8Length("a")).toBe(1);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("达标")).toBe(6);
    expect(utf8Length("😀")).toBe(4);
  });
});

describe("displayAddress: the cells without their sheet", () => {
  test.each([
    ["Sheet1!B2:C3", "B2:C3"],
    ["'2008 教育目标'!I5", "I5"],
    ["'a!b'!A1", "A1"],
    ["D4", "D4"],
  ])("%s → %s", (address, shown) => expect(displayAddress(address)).toBe(shown));
});

describe("isBlankCell: not filled in, never 0", () => {
  test.each([null, undefined, "", "  ", "\t"])("%p is blank", (v) => expect(isBlankCell(v)).toBe(true));
  test.each([0, "0", false, " x ", "=A1", Number.NaN])("%p is not blank", (v) => expect(isBlankCell(v)).toBe(false));
});
