/**
 * Yearbook tables (table-caption.ts, table.ts): a caption states the measure and its unit
 * (一、学校数 计量单位:所), the rows name parts, the columns are this year and the last, and
 * the web copy lost some row labels.
 */
import { extractTargets, ExtractedItem } from "../../src/core/extract";
import { readCaption } from "../../src/core/extract/table-caption";

const row = (x: ExtractedItem): Array<string | number | null> => [x.indicator, x.scope, x.value, x.unit, x.deadline, x.kind];

describe("table captions", () => {
  test.each([
    ["一、学校数 计量单位:所", "学校数", "所"],
    ["二、在校学生数 计量单位：人", "在校学生数", "人"],
    ["(三)专任教师数(单位:万人)", "专任教师数", "万人"],
    ["表3 各类教育基本情况 单位:人", null, "人"],
    ["表13—11 学校数 单位:所", "学校数", "所"],
    ["普通高中毕业生升学率 单位:%", "普通高中毕业生升学率", "%"],
  ])("%s", (line, indicator, unit) => {
    expect(readCaption(line)).toEqual({ indicator, unit });
  });

  test.each([["一、学校数"], ["各类教育事业基本情况"], ["单位:党委办公室"], ["二、在校学生数 计量单位:党委"]])("%s states no unit", (line) => {
    expect(readCaption(line)).toBeNull();
  });
});

describe("yearbook tables under a caption", () => {
  test("one cell per line, lost labels: parts are scopes of the caption's measure, both year columns are actuals", () => {
    const text = [
      "表8—2 各级各类学校基本情况",
      "三、专任教师数 计量单位:人",
      "指 标", "|", "2023年", "|", "2022年", "|",
      "|", "52310", "|", "51877", "|",
      "普通高中", "|", "6120", "|", "5986", "|",
      "|", "3012", "|", "2990", "|",
      "# 民办", "|", "640", "|", "602", "|",
      "小学毕业生升学率(%)", "|", "100", "|", "99.9", "|",
      "注:本表数据由市教育局提供。",
    ].join("\n");
    expect(extractTargets(text).map(row)).toEqual([
      ["专任教师数", null, 52310, "人", 2023, "actual"],
      ["专任教师数", null, 51877, "人", 2022, "actual"],
      ["专任教师数", "普通高中", 6120, "人", 2023, "actual"],
      ["专任教师数", "普通高中", 5986, "人", 2022, "actual"],
      ["专任教师数", null, 3012, "人", 2023, "actual"],
      ["专任教师数", null, 2990, "人", 2022, "actual"],
      ["专任教师数", "民办", 640, "人", 2023, "actual"],
      ["专任教师数", "民办", 602, "人", 2022, "actual"],
      ["小学毕业生升学率", null, 100, "%", 2023, "actual"],
      ["小学毕业生升学率", null, 99.9, "%", 2022, "actual"],
    ]);
  });

  test("one row per line with tabs: the same reading", () => {
    const text = ["二、在校学生数 计量单位:人", "指标\t2024年\t2023年", "\t187404\t175511", "幼儿园\t98000\t91000", "毕业生总数\t534667\t526044"].join("\n");
    expect(extractTargets(text).map(row)).toEqual([
      ["在校学生数", null, 187404, "人", 2024, "actual"],
      ["在校学生数", null, 175511, "人", 2023, "actual"],
      ["在校学生数", "幼儿园", 98000, "人", 2024, "actual"],
      ["在校学生数", "幼儿园", 91000, "人", 2023, "actual"],
      ["毕业生总数", null, 534667, "人", 2024, "actual"],
      ["毕业生总数", null, 526044, "人", 2023, "actual"],
    ]);
  });

  test("a plan table with ascending years keeps its baseline and target, caption or not", () => {
    const text = ["主要指标 单位:%", "指标\t2020年\t2025年", "学前三年毛入园率\t92\t95"].join("\n");
    expect(extractTargets(text).map(row)).toEqual([
      ["学前三年毛入园率", null, 92, "%", 2020, "actual"],
      ["学前三年毛入园率", null, 95, "%", 2025, "target"],
    ]);
  });
});
