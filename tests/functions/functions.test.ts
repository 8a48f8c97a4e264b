import fc from "fast-check";
import { cnNumber, targetGap, targetMet, targetParse, targetProgress, targetStatus } from "../../src/functions/functions";

type CfError = { code: string; message: string; name: string };

/** The function's CustomFunctions.Error, or fail the test if it returned or threw something else. */
function excelError(call: () => unknown): CfError {
  try {
    const value = call();
    throw new Error(`expected a cell error, got ${JSON.stringify(value)}`);
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return e as CfError;
  }
}

describe("PLAN.TARGET_GAP", () => {
  test.each([
    [0.98, "≥99.2%", 0.012],
    [0.995, "≥99.2%", 0],
    [0.007, "控制在0.5%以内", 0.002],
    [2, "3~5所", 1],
    [6, "3~5所", 1],
    [4, "3~5所", 0],
    [1500, "≥1500人", 0],
    [1400, 1500, 100],
    ["98%", "≥99.2%", 0.012],
    ["1,400人", "≥1500人", 100],
  ])("actual %p against %p gives %p", (actual, target, gap) => {
    expect(targetGap(actual, target) as number).toBeCloseTo(gap, 12);
  });

  test("increase by percentage points is measured from the baseline", () => {
    expect(targetGap(0.925, "比上年提高3-5个百分点", 0.9) as number).toBeCloseTo(0.005, 12);
    expect(targetGap(0.94, "+3pp", 0.9)).toBe(0);
  });

  test("a blank actual is pending: blank result, not an error", () => {
    expect(targetGap(null, "≥99.2%")).toBe("");
    expect(targetGap("", "≥99.2%")).toBe("");
    expect(targetGap(undefined, "≥99.2%")).toBe("");
  });

  test("an increase target without a baseline is #N/A with a message", () => {
    const e = excelError(() => targetGap(0.93, "比上年提高3个百分点"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/基期值/);
  });

  test("an unreadable target is #VALUE! naming it", () => {
    const e = excelError(() => targetGap(0.9, "提高教学质量"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("提高教学质量");
  });

  test("an unreadable actual is #VALUE!", () => {
    const e = excelError(() => targetGap("不详", "≥99.2%"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("不详");
  });
});

describe("PLAN.TARGET_STATUS", () => {
  test.each([
    [0.995, "≥99.2%", undefined, "达标"],
    [0.985, "≥99.2%", undefined, "接近"],
    [0.985, "≥99.2%", 0, "未达标"],
    [0.97, "≥99.2%", undefined, "未达标"],
    [null, "≥99.2%", undefined, "待填报"],
    [0.004, "<=0.5%", undefined, "达标"],
    [2, "前三名", undefined, "达标"],
    [5, "前三名", 0, "未达标"],
    [1 / 15, "1:15", undefined, "达标"],
    [0, "无流生", undefined, "达标"],
  ])("actual %p, target %p, tolerance %p → %p", (actual, target, tolerance, label) => {
    expect(targetStatus(actual, target, null, tolerance)).toBe(label);
  });

  test("a negative tolerance is #VALUE!", () => {
    expect(excelError(() => targetStatus(0.9, "≥99.2%", null, -1)).code).toBe("#VALUE!");
  });

  test("a blank target is #VALUE! even before the actual is reported", () => {
    expect(excelError(() => targetStatus(null, null)).code).toBe("#VALUE!");
  });
});

describe("PLAN.TARGET_MET and PLAN.TARGET_PROGRESS", () => {
  test("met is a boolean; blank while pending", () => {
    expect(targetMet(0.995, "≥99.2%")).toBe(true);
    expect(targetMet(0.98, "≥99.2%")).toBe(false);
    expect(targetMet("", "≥99.2%")).toBe("");
  });

  test("progress without and with a baseline, not clipped", () => {
    expect(targetProgress(750, "≥1000人") as number).toBeCloseTo(0.75, 12);
    expect(targetProgress(1200, "≥1000人") as number).toBeCloseTo(1.2, 12);
    expect(targetProgress(0.92, "≥95%", 0.9) as number).toBeCloseTo(0.4, 12);
  });
});

describe("PLAN.TARGET_PARSE", () => {
  test("one row: comparator, low, high, unit, percent", () => {
    const [row] = targetParse("达到99.2%以上");
    expect(row[0]).toBe(">=");
    expect(row[1] as number).toBeCloseTo(0.992, 12);
    expect(row[2]).toBe("");
    expect(row[3]).toBe("%");
    expect(row[4]).toBe(true);
    expect(targetParse("3-5所")[0]).toEqual(["range", 3, 5, "所", false]);
    expect(targetParse("控制在0.5%以内")[0].slice(0, 3)).toEqual(["<=", "", 0.005]);
  });

  test("not a target is #VALUE!", () => {
    expect(excelError(() => targetParse("加强党建")).code).toBe("#VALUE!");
  });
});

describe("PLAN.CN_NUMBER", () => {
  test.each([
    ["一万二", 12000],
    ["二零二五", 2025],
    ["百分之九十五", 0.95],
    ["三分之二", 2 / 3],
    ["4.52万", 45200],
    ["1,500人", 1500],
    [42, 42],
  ])("%p → %p", (text, value) => {
    expect(cnNumber(text)).toBe(value);
  });

  test("text with no number is #VALUE!", () => {
    expect(excelError(() => cnNumber("未知")).code).toBe("#VALUE!");
    expect(excelError(() => cnNumber(null)).code).toBe("#VALUE!");
  });
});

describe("no function ever throws anything but CustomFunctions.Error", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.constant(""),
    fc.boolean(),
    fc.double(),
    fc.string(),
    fc.constantFrom("≥99.2%", "3~5所", "+3pp", "1:0", "比上年提高", "前三名", "无流生", "-1pp", "1:15", "九十五", "%"),
  );
  const functions = [targetGap, targetMet, targetStatus, targetProgress];

  test("random cells", () => {
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, t, b, tol) => {
        for (const f of functions) {
          try {
            f(a, t, b, tol);
          } catch (e) {
            if (!(e instanceof CustomFunctions.Error)) return false;
            if (!(e as CfError).message) return false;
          }
        }
        for (const f of [targetParse, cnNumber] as ((x: unknown) => unknown)[]) {
          try {
            f(t);
          } catch (e) {
            if (!(e instanceof CustomFunctions.Error)) return false;
          }
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });
});
