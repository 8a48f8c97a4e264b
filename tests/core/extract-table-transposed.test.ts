/**
 * Indicator tables set on their side (table-transposed.ts): the indicators across, a row per year
 * below. The first is 益阳's 乡村振兴 主要指标 box as the page gives it (blind set 233).
 */
import { extractTargets } from "../../src/core/extract";

const row = (x: ReturnType<typeof extractTargets>[number]): string => `${x.indicator} ${x.comparator} ${x.value} ${x.unit} ${x.deadline} ${x.kind}`;

describe("a plan box printed sideways, its corner and its row label on lines of their own (益阳, blind set 233)", () => {
  const text = [
    "主 要 指 标 |",
    "粮食综合生产能力 | 农业科技进步贡献率 | 农业劳动生产率 | 农产品加工产值与农业产值比 | 休闲农业与乡村旅游接待人数 |",
    "2022 年 目 标 值 |",
    ">6亿吨 | 61.5% | 5.5万元/人 | 2.5 | 32亿人次 |",
    "属 性 | 约束性 | 预期性 | 预期性 | 预期性 | 预期性 |",
    "主 要 指 标 |",
    "畜禽粪污综合利用率 | 村庄绿化覆盖率 | 对生活垃圾进行处理的村占比 |",
    "2022 年 目 标 值 |",
    "78% | 32% | >90% |",
    "属 性 | 约束性 | 预期性 | 预期性 |",
  ].join("\n");

  test("each indicator gets its figure as a 2022 target; 万元/人 stays a unit of money, a ratio needs none", () => {
    expect(extractTargets(text).map(row)).toEqual([
      "粮食综合生产能力 >= 600000000 吨 2022 target",
      "农业科技进步贡献率 none 61.5 % 2022 target",
      "农业劳动生产率 none 5.5 万元/人 2022 target",
      "农产品加工产值与农业产值比 none 2.5 null 2022 target",
      "休闲农业与乡村旅游接待人数 none 3200000000 人次 2022 target",
      "畜禽粪污综合利用率 none 78 % 2022 target",
      "村庄绿化覆盖率 none 32 % 2022 target",
      "对生活垃圾进行处理的村占比 >= 90 % 2022 target",
    ]);
  });
});

describe("a row per year (指标 | 学前三年毛入园率 | …; 2020年 | 2025年)", () => {
  test("the first year is the baseline, the last the target, as upright columns would be", () => {
    const text = "指标 | 学前三年毛入园率 | 九年义务教育巩固率\n2020年 | 90% | 96%\n2025年 | 95% | 97%";
    expect(extractTargets(text).map(row)).toEqual([
      "学前三年毛入园率 = 90 % 2020 actual",
      "九年义务教育巩固率 = 96 % 2020 actual",
      "学前三年毛入园率 none 95 % 2025 target",
      "九年义务教育巩固率 none 97 % 2025 target",
    ]);
  });

  test("an upright table (its header names years) is not read sideways", () => {
    expect(extractTargets("指标 | 2020年 | 2025年\n学前三年毛入园率(%) | 90 | 95").map(row)).toEqual(["学前三年毛入园率 = 90 % 2020 actual", "学前三年毛入园率 none 95 % 2025 target"]);
  });
});
