/**
 * Record tables (table-records.ts): a numbered list of places or projects, one row per line or
 * one cell per line, with an amount column whose header or a 单位 line states the unit.
 * Tables from public notices.
 */
import { extractTargets } from "../../src/core/extract";

const row = (x: { indicator: string; scope: string | null; comparator: string; value: number | null; unit: string | null; kind: string }): unknown[] => [x.indicator, x.scope, x.comparator, x.value, x.unit, x.kind];

describe("record tables", () => {
  test("an allocation table (安排表): each row's amount is planned for its place, in the header's unit, named by the caption's fund", () => {
    // 韶关 2023 奖补资金安排表 (blind set 48), with its | debris lines
    const text = [
      "附件1 |",
      "2023年创建广东省基础教育高质量发展试验区奖补资金安排表 |",
      "序号 | 地区 | 实施单位 | 项目内容 | 金额 (万元) | 备注 |",
      "1 | 仁化县 | 仁化县教育局 | 支持仁化县创建广东省义务教育优质均衡发展县。 | 1000 |",
      "|",
      "2 | 始兴县 | 始兴县教育局 | 支持始兴县创建广东省学前教育普及普惠县。 | 800 |",
      "|",
      "3 | 新丰县 | 新丰县教育局 | 用于第四幼儿园城乡教育共同体建设。 | 1,100 |",
    ].join("\n");
    expect(extractTargets(text).map(row)).toEqual([
      ["奖补资金金额", "仁化县", "none", 1000, "万元", "target"],
      ["奖补资金金额", "始兴县", "none", 800, "万元", "target"],
      ["奖补资金金额", "新丰县", "none", 1100, "万元", "target"],
    ]);
  });

  test("a unit stated once above (单位:万元) makes the columns of figures amounts; subtotal rows are skipped", () => {
    const text = [
      "2022年义务教育经费保障机制补助经费分配表",
      "单位:万元",
      "序号 | 单位名称 | 项目名称 | 合计 | 中央直达资金 |",
      "合计 | 54.00 | 54.00 |",
      "1 | 长峙小学 | 公用经费 | 27.00 | 27.00 |",
      "2 | 东港中学 | 公用经费 | 27.00 | 20.00 |",
    ].join("\n");
    expect(extractTargets(text).map(row)).toEqual([
      ["补助经费合计", "长峙小学", "none", 27, "万元", "target"],
      ["中央直达资金", "长峙小学", "none", 27, "万元", "target"],
      ["补助经费合计", "东港中学", "none", 27, "万元", "target"],
      ["中央直达资金", "东港中学", "none", 20, "万元", "target"],
    ]);
  });

  test("a numbered list of one row is no table", () => {
    const text = ["序号 | 学校 | 金额(万元) |", "1 | 长峙小学 | 27.00 |", "以上资金请及时拨付到位。"].join("\n");
    expect(extractTargets(text).filter((x) => x.value === 27)).toEqual([]);
  });

  test("one cell per line: the header runs to the first serial number, a count's header says its unit, the total row ends it", () => {
    // 天心区 2018 招考职位 (blind set 56), as the page pastes it
    const text = [
      "根据《长沙市天心区2018年公开招聘中小学名优特教师简章》,报名人数与招考职位数须达到2:1的竞争比例方可开考。",
      ...["序号", "类别", "招考人数", "1", "中小学语文", "2", "2", "中小学数学", "2", "3", "理综学科", "1", "合计", "5"].map((c) => c + " |"),
      "长沙市天心区教育局",
    ].join("\n");
    expect(extractTargets(text).filter((x) => x.indicator === "招考人数").map((x) => [x.scope, x.value, x.unit])).toEqual([
      ["中小学语文", 2, "人"],
      ["中小学数学", 2, "人"],
      ["理综学科", 1, "人"],
    ]);
  });

  test("one cell per line with numbers that are not counts (a school's code) is no record table", () => {
    const text = ["序号 |", "学校 |", "代码 |", "1 |", "一中 |", "A01 |", "2 |", "二中 |", "A02 |"].join("\n");
    expect(extractTargets(text)).toEqual([]);
  });
});
