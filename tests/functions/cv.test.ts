/** PLAN.SCHOOL_CV as Excel calls it: two ranges (2-D arrays), an optional per100 flag; bad input is #VALUE! with a message. */
import { schoolCv as cv } from "../../src/functions/functions";
import { coefficientOfVariation } from "../../src/core/balance/coefficient";

const col = (xs: unknown[]) => xs.map((x) => [x]);

test("the weighted CV of two columns, as core computes it", () => {
  expect(cv(col([10, 30, 8]), col([500, 1000, 310]))).toBe(coefficientOfVariation([10, 30, 8], [500, 1000, 310]).cv);
  expect(cv(col([10, 30]), col([500, 1000]), true)).toBeCloseTo(coefficientOfVariation([10, 30], [500, 1000]).cv, 15);
});

test("rows blank in both ranges are skipped (another 学段's rows); text numbers are read", () => {
  expect(cv(col([10, null, "30", ""]), col([500, null, "1,000", ""]))).toBeCloseTo(coefficientOfVariation([10, 30], [500, 1000]).cv, 15);
});

test.each([
  [col([1, 2]), col([100, 0]), /在校生数为空或不大于0/],
  [col([1, 2]), col([100, null]), /在校生数为空/],
  [col([1, null]), col([100, 200]), /资源数为空/],
  [col([1, 2, 3]), col([100, 200]), /大小不同/],
  [col(["abc", 2]), col([100, 200]), /.+/],
  [col([0, 0]), col([100, 200]), /平均值为0/],
])("bad input is #VALUE! with a message (%#)", (r, p, message) => {
  let err: unknown;
  try {
    cv(r, p);
  } catch (e) {
    err = e;
  }
  expect(err).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(message) });
});

test("per100 must be a flag", () => {
  expect(() => cv(col([1, 2]), col([100, 200]), "yes")).toThrow(/TRUE 或 FALSE/);
});
