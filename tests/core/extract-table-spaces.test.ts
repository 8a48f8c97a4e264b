/**
 * Tables whose cells a copy set apart with single spaces (table-spaces.ts).
 */
import { extractTargets } from "../../src/core/extract";
import { spaceTableView } from "../../src/core/extract/table-spaces";
import { splitLines } from "../../src/core/extract/text";

const row = (x: { indicator: string; scope: string | null; comparator: string; value: number | null; unit: string | null; kind: string; deadline: number | null }) => [x.indicator, x.scope, x.comparator, x.value, x.unit, x.kind, x.deadline];

describe("space-set tables", () => {
  test("a PDF page's indicator table, its rows aligned with runs of 30 and more spaces, is a table (内蒙古 残疾人 十四五 专栏, blind set 360)", () => {
    const pad = (n: number): string => " ".repeat(n);
    const text = [
      pad(26) + "专栏 1" + pad(8) + "“十四五”时期残疾人事业发展主要指标",
      "",
      pad(42) + "指 标" + pad(35) + "2025 年" + pad(8) + "属 性",
      "",
      pad(16) + "1.残疾人家庭人均收入年均增长(%)" + pad(45) + ">7.5" + pad(11) + "预期性",
      "",
      pad(16) + "4.困难残疾人生活补贴覆盖率(%)" + pad(46) + "100" + pad(12) + "约束性",
    ].join("\n");
    expect(extractTargets(text).map(row)).toEqual([
      ["残疾人家庭人均收入年均增长", null, ">=", 7.5, "%", "target", 2025],
      ["困难残疾人生活补贴覆盖率", null, "none", 100, "%", "target", 2025],
    ]);
  });

  test("a line of units under the header ((所) (人)) gives each column its unit, and a blank line may part header and body", () => {
    // 中国教育统计年鉴 2007, 职业初中学校和学生情况
    const text = ["职业初中学校和学生情况 (2007年)", "    学校数 招生数 在校学生数 毕业生数", "(所) (人) (人) (人)", "         ", " 总计 275 47469 152955 68630", "   民办 6 628 2250 855"].join("\n");
    expect(extractTargets(text).map(row)).toEqual([
      ["学校数", "总计", "=", 275, "所", "actual", 2007],
      ["招生数", "总计", "=", 47469, "人", "actual", 2007],
      ["在校学生数", "总计", "=", 152955, "人", "actual", 2007],
      ["毕业生数", "总计", "=", 68630, "人", "actual", 2007],
      ["学校数", "民办", "=", 6, "所", "actual", 2007],
      ["招生数", "民办", "=", 628, "人", "actual", 2007],
      ["在校学生数", "民办", "=", 2250, "人", "actual", 2007],
      ["毕业生数", "民办", "=", 855, "人", "actual", 2007],
    ]);
  });

  test("an indicator table: base-year cells are actuals, target-year cells targets, 属性 never a value", () => {
    const text = ["表1 主要发展指标", "指标 2020年 2025年 属性", "学前三年毛入园率(%) 88.5 92 预期性", "劳动年龄人口平均受教育年限(年) 10.8 11.3 约束性"].join("\n");
    const items = extractTargets(text);
    expect(items.map(row)).toEqual([
      ["学前三年毛入园率", null, "=", 88.5, "%", "actual", 2020],
      ["学前三年毛入园率", null, "none", 92, "%", "target", 2025],
      ["劳动年龄人口平均受教育年限", null, "=", 10.8, "年", "actual", 2020],
      ["劳动年龄人口平均受教育年限", null, "none", 11.3, "年", "target", 2025],
    ]);
    for (const it of items) expect(text.slice(it.start, it.end)).toBe(it.quote);
  });

  test("指 标 over 单位 2015年 2020年: a header over two lines, a unit column, section rows and a 其中 row", () => {
    const text = ["指 标", "单位 2015年 2020年", "高中段教育", "毛入学率 % 95.9 98", "高等教育", "在校生 万人 133 144", "其中:研究生 万人 6.35 8"].join("\n");
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value, x.unit, x.kind, x.deadline])).toEqual([
      ["毛入学率", null, 95.9, "%", "actual", 2015],
      ["毛入学率", null, 98, "%", "target", 2020],
      ["在校生", null, 1330000, "人", "actual", 2015],
      ["在校生", null, 1440000, "人", "target", 2020],
      ["在校生", "研究生", 63500, "人", "actual", 2015],
      ["在校生", "研究生", 80000, "人", "target", 2020],
    ]);
  });

  test("a two-way table: rows name parts, columns indicators with their units", () => {
    const text = ["2023年全县教育基本情况", "类别 学校数(所) 在校生数(人) 专任教师数(人)", "幼儿园 45 8213 560", "小学 30 15320 1012"].join("\n");
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value, x.unit, x.kind])).toEqual([
      ["学校数", "幼儿园", 45, "所", "actual"],
      ["在校生数", "幼儿园", 8213, "人", "actual"],
      ["专任教师数", "幼儿园", 560, "人", "actual"],
      ["学校数", "小学", 30, "所", "actual"],
      ["在校生数", "小学", 15320, "人", "actual"],
      ["专任教师数", "小学", 1012, "人", "actual"],
    ]);
  });

  test("a monitoring table: an empty 综合 cell keeps its column, and a column named 综合差异系数 is not suffixed twice", () => {
    const text = [
      "某县2023年义务教育学校校际差异系数监测结果",
      "项目 生均教学及辅助用房面积 生均图书册数 综合差异系数",
      "平均值 4.56 35.2 —",
      "差异系数 0.288 0.41 0.336",
    ].join("\n");
    expect(extractTargets(text).map((x) => [x.indicator, x.value, x.unit, x.deadline])).toEqual([
      ["生均教学及辅助用房面积平均值", 4.56, null, 2023],
      ["生均图书册数平均值", 35.2, null, 2023],
      ["生均教学及辅助用房面积差异系数", 0.288, null, 2023],
      ["生均图书册数差异系数", 0.41, null, 2023],
      ["综合差异系数", 0.336, null, 2023],
    ]);
  });

  test("a label with a space of its own stays one cell when the row has more cells than the header", () => {
    const text = "指标 2020年 2025年\n学前三年 毛入园率(%) 88 92\n九年义务教育 巩固率(%) 95 96\n";
    const view = spaceTableView(text, splitLines(text));
    expect(view.length).toBe(text.length);
    expect(view.split("\n")[1]).toBe("学前三年 毛入园率(%)\t88\t92");
  });

  test("a blank line between groups of rows does not end the table (福建 2016 年鉴, blind set 86)", () => {
    const text = [
      "22-17 普通教育专任教师及在校学生数(2015年)",
      "单位:人",
      "地区 专任教师数 在校生数",
      "  福州市 8685 17253",
      "    鼓楼区 1348 1641",
      "             ",
      "    莆田市辖区 3470 5742",
      "      城厢区 883 1324",
    ].join("\n");
    expect(extractTargets(text).map((x) => x.value)).toEqual([8685, 17253, 1348, 1641, 3470, 5742, 883, 1324]);
  });

  test("prose and lone lines with single spaces are left alone", () => {
    for (const text of [
      "全县 共有 学校 45所,在校生 8213人。\n小学 30所 初中 12所\n",
      "指标 2020年 2025年\n学前三年毛入园率 88 92\n", // one row: no evidence of a table
      "2010 年工作总结和 2011 年工作打算\n县教育体育局\n(2010 年 11 月 26 日)\n",
    ]) {
      expect(spaceTableView(text, splitLines(text))).toBe(text);
    }
  });
});
