/**
 * Indicator tables whose label header states the rows' measure and unit (指标(在校学生数/万人),
 * 紹興 2020, blind set 82), and runs of consecutive years: in a report, a series of what each
 * year was; in a plan, its yearly steps.
 */
import { extractTargets } from "../../src/core/extract";
import { headerNote } from "../../src/core/extract/table-caption";

describe("a label header's note", () => {
  test.each([
    ["指标(在校学生数/万人)", { indicator: "在校学生数", unit: "万人" }],
    ["项目（单位：万元）", { indicator: null, unit: "万元" }],
    ["指 标(%)", { indicator: null, unit: "%" }],
    ["指标(在校学生数(shù)/人)", { indicator: "在校学生数", unit: "人" }], // 天津 (blind set 86, as normalized): a converter's pinyin inside the note
    ["指标(2020年)", null],
    ["名称(万人)", null],
  ])("%s", (header, note) => {
    expect(headerNote(header)).toEqual(note);
  });

  const table = [
    "指標(在校學生數/萬人) | 2016年 | 2017年 | 2018年 |",
    "普通高中 | 9.31 | 9.45 | 9.11 |",
    "初中 | 13.87 | 13.91 | 13.94 |",
  ].join("\n");

  test("in a report, every row counts the note's measure in its unit, each year as it was", () => {
    const text = "2018年教育事业发展统计公报\n全市有普通高中54所。\n" + table;
    expect(extractTargets(text).slice(1).map((x) => [x.indicator, x.scope, x.comparator, x.value, x.unit, x.kind, x.deadline])).toEqual([
      ["在校學生數", "普通高中", "=", 93100, "人", "actual", 2016],
      ["在校學生數", "普通高中", "=", 94500, "人", "actual", 2017],
      ["在校學生數", "普通高中", "=", 91100, "人", "actual", 2018],
      ["在校學生數", "初中", "=", 138700, "人", "actual", 2016],
      ["在校學生數", "初中", "=", 139100, "人", "actual", 2017],
      ["在校學生數", "初中", "=", 139400, "人", "actual", 2018],
    ]);
  });

  test("in a plan, a run of years after the baseline are its yearly steps", () => {
    const text = "2016-2018年教育发展三年行动计划\n力争新建学校5所。\n" + table;
    expect(extractTargets(text).slice(1, 4).map((x) => [x.kind, x.deadline])).toEqual([
      ["actual", 2016],
      ["target", 2017],
      ["target", 2018],
    ]);
  });
});
