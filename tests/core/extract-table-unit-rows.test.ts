/**
 * The last reader of a statistics table: a header nobody parsed, one unit for every cell
 * (table-unit-rows.ts; 中国教育统计 2012 普通高校教职工, blind set 89; 职业学校 2005, blind set 66).
 */
import fs from "fs";
import path from "path";
import { extractTargets } from "../../src/core/extract";

const real = (name: string): string => fs.readFileSync(path.join(__dirname, "../fixtures/extraction/real", name), "utf8");

describe("rows under a unit for every cell", () => {
  test("Unit: person over a header of four lines: each figure of each row is an actual in 人, named by its row and its column's place", () => {
    const items = extractTargets(real("blind89-national-2012-hei-staff-spaces.txt"));
    expect(items.slice(0, 3).map((x) => [x.indicator, x.scope, x.comparator, x.value, x.unit, x.kind])).toEqual([
      ["总计人数", "第1列", "=", 2254372, "人", "actual"],
      ["总计人数", "第2列", "=", 2124081, "人", "actual"],
      ["总计人数", "第3列", "=", 1440292, "人", "actual"],
    ]);
    expect(items.find((x) => x.indicator === "女人数" && x.scope === "第1列")?.value).toBe(1039161);
  });

  test("单位:个 over rows of school kinds: each row's measure (中等职业学校数)", () => {
    const items = extractTargets(real("blind66-national-2005-vocational-schools-by-sponsor-spaces.txt"));
    expect(items.slice(0, 2).map((x) => [x.indicator, x.scope, x.value, x.unit])).toEqual([
      ["中等职业学校数", "第1列", 11611, "个"],
      ["中等职业学校数", "第2列", 92, "个"],
    ]);
  });

  test("a unit line over rows of fewer than three figures, or over prose, is no table", () => {
    expect(extractTargets("单位:人\n全县教师 120 130\n全县学生 2000 2100\n全县班级 50 52\n")).toEqual([]);
    expect(extractTargets("单位:人\n今年全县新招聘教师120人,比上年增加20人。").map((x) => x.indicator)).not.toContain("第1列");
  });
});
