/**
 * Indicator tables pasted with | where a web copy joined the lines of each cell: one row of the
 * page holds a group of indicators, each cell their figures set apart by spaces (陕西 十三五
 * 教育规划, blind set 83), and markdown rows that fill only their first columns.
 */
import { extractTargets } from "../../src/core/extract";

const row = (x: { indicator: string; comparator: string; value: number | null; unit: string | null; kind: string; deadline: number | null }) => [x.indicator, x.comparator, x.value, x.unit, x.kind, x.deadline];

describe("cells whose lines a copy joined", () => {
  test("a group row splits into one row per indicator, the base year reported and the target year planned", () => {
    const text = [
      "指 标 | 2015年 | 2020年 (行业测算数据) | 属性 |",
      "学前教育 在园幼儿数(万人) 三年毛入园率(%) | 139.69 85.06 | 159.89 96.01 | 预期性 预期性 |",
      "九年义务教育 在校生(万人) 巩固率(%) | 340.19 99.28 | 387.07 99.76 | 预期性 约束性 |",
    ].join("\n");
    expect(extractTargets(text).map(row)).toEqual([
      ["在园幼儿数", "=", 1396900, "人", "actual", 2015],
      ["在园幼儿数", "none", 1598900, "人", "target", 2020],
      ["三年毛入园率", "=", 85.06, "%", "actual", 2015],
      ["三年毛入园率", "none", 96.01, "%", "target", 2020],
      ["在校生", "=", 3401900, "人", "actual", 2015],
      ["在校生", "none", 3870700, "人", "target", 2020],
      ["巩固率", "=", 99.28, "%", "actual", 2015],
      ["巩固率", "none", 99.76, "%", "target", 2020],
    ]);
  });

  test("a long row of a group is still a row, and a 其中 part stating no unit is counted as its whole", () => {
    const text = [
      "指 标 | 2015年 | 2020年 | 属性 |",
      "高中阶段教育 在校生(万人) 其中:中等职业教育 毛入学率(%) | 124.36 43.78 96.40 | 118.03 47.60 98.00 | 预期性 预期性 约束性 |",
    ].join("\n");
    expect(extractTargets(text).map((x) => [x.value, x.unit, x.kind])).toEqual([
      [1243600, "人", "actual"],
      [1180300, "人", "target"],
      [437800, "人", "actual"],
      [476000, "人", "target"],
      [96.4, "%", "actual"],
      [98, "%", "target"],
    ]);
  });

  test("a markdown row that fills only its first column keeps that figure", () => {
    const text = [
      "| 指標 | 2022年 | 2021年 | 2020年 |",
      "|---|---|---|---|",
      "| 中等職業學校(機構)教職工總數(萬人) | 5.33 | 5.28 | 5.06 |",
      "| 中等職業學校(機構)校本部教職工數(萬人) | 5.27 | |||",
      "| 中等職業學校(機構)專任教師數(萬人) | 4.63 | 4.55 | 4.35 |",
    ].join("\n");
    expect(extractTargets(text).map((x) => [x.value, x.deadline])).toEqual([
      [53300, 2022],
      [52800, 2021],
      [50600, 2020],
      [52700, 2022],
      [46300, 2022],
      [45500, 2021],
      [43500, 2020],
    ]);
  });

  test("prose with spaced figures under a header is no joined cell", () => {
    const text = "指标 | 2020年 | 2025年 |\n学前三年毛入园率(%) | 88 | 92 |\n全县共有学校 45 所,在校生 8213 人。";
    expect(extractTargets(text).map((x) => x.value)).toEqual([88, 92, 45, 8213]);
  });
});
