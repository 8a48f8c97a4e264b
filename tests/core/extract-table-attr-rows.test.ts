/**
 * Rows of a plan's indicator table whose header the page lost, closed by the attribute column
 * (table-attr-rows.ts). The rows are a county 十四五 plan's, as the page gives them (blind set 14).
 */
import { extractTargets } from "../../src/core/extract";

const row = (x: ReturnType<typeof extractTargets>[number]): string => `${x.indicator} ${x.comparator} ${x.value} ${x.unit} ${x.kind}`;

const ROWS = [
  "城镇登记失业率(%) 2.6% ≤ 4% 约束性",
  "文化体育 城乡居民文化娱乐消费支出占家庭支出比重(%) - ≥12% 预期性",
  "人均公共文化财政支出(元) - 150 预期性",
  "全县公共图书馆年流通人次 - 120万 预期性",
];

describe("headerless rows closed by 约束性 / 预期性 (a county 十四五 plan, blind set 14)", () => {
  test("the last figure is the target, one before it the baseline; 约束性 is never an indicator", () => {
    expect(extractTargets(ROWS.join("\n")).map(row)).toEqual([
      "城镇登记失业率 = 2.6 % actual",
      "城镇登记失业率 <= 4 % target",
      "城乡居民文化娱乐消费支出占家庭支出比重 >= 12 % target",
      "人均公共文化财政支出 none 150 元 target",
      "全县公共图书馆年流通人次 none 1200000 人次 target",
    ]);
  });

  test("one such line alone is not taken for a table", () => {
    expect(extractTargets(ROWS[2]).map(row)).not.toContain("人均公共文化财政支出 none 150 元 target");
  });
});
