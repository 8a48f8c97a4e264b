/**
 * The last reader of a statistics table: a header nobody parsed, one unit for every cell
 * (table-unit-rows.ts; 中国教育统计 2012 普通高校教职工, blind set 89; 职业学校 2005, blind set 66),
 * and the bilingual 福建统计年鉴 tables whose Chinese header drops a column its English line names
 * (english-heads.ts; blind sets 74 and 86).
 */
import fs from "fs";
import path from "path";
import { englishHeads, englishUnitLine, mergedHeads } from "../../src/core/extract/english-heads";
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

  test("rows whose cells a web copy set off by | read as rows set off by spaces (教育统计 2005 小学教职工, blind set 127)", () => {
    const items = extractTargets(real("blind127-national-2005-primary-staff-pipes.txt"));
    expect(items.slice(0, 3).map((x) => [x.scope, x.comparator, x.value, x.unit, x.kind])).toEqual([
      ["第1列", "=", 6132155, "人", "actual"],
      ["第2列", "=", 5592453, "人", "actual"],
      ["第3列", "=", 296172, "人", "actual"],
    ]);
    const table = "单位:所 |\n| 合计 | 城区 | 镇区 | 乡村 |\n小学 | 120 | 30 | 40 | 50 |\n初中 | 45 | 15 | 20 | 10 |\n高中 | 12 | 8 | 3 | 1 |\n";
    expect(extractTargets(table).map((x) => [x.value, x.unit, x.quote])).toEqual([
      [120, "所", "120"], [30, "所", "30"], [40, "所", "40"], [50, "所", "50"],
      [45, "所", "45"], [15, "所", "15"], [20, "所", "20"], [10, "所", "10"],
      [12, "所", "12"], [8, "所", "8"], [3, "所", "3"], [1, "所", "1"],
    ]);
  });

  test("a unit line over a header another reader parses leaves the table to it: its columns name the figures", () => {
    const table = "单位:万元\n地区 | 已预下达 | 本次下达 | 合计下达 |\n全省合计 | 18900 | 5100 | 24000 |\n甲市合计 | 650 | 175 | 825 |\n乙县 | 650 | 175 | 825 |\n";
    expect(extractTargets(table).slice(0, 3).map((x) => [x.indicator, x.scope, x.value, x.unit])).toEqual([
      ["已预下达", "全省合计", 18900, "万元"],
      ["本次下达", "全省合计", 5100, "万元"],
      ["合计下达", "全省合计", 24000, "万元"],
    ]);
  });

  test("a unit line over rows of fewer than three figures, or over prose, is no table", () => {
    expect(extractTargets("单位:人\n全县教师 120 130\n全县学生 2000 2100\n全县班级 50 52\n")).toEqual([]);
    expect(extractTargets("单位:人\n今年全县新招聘教师120人,比上年增加20人。").map((x) => x.indicator)).not.toContain("第1列");
  });

  test("a bilingual header: the Chinese heads and the English heads merged name all six columns; 学校数 under 单位:人 is counted in 所; the year comes from the Chinese title above the English one", () => {
    const items = extractTargets(real("blind86-fujian-2021-private-schools-bilingual-spaces.txt"));
    expect(items.slice(0, 6).map((x) => [x.indicator, x.scope, x.value, x.unit, x.deadline, x.kind])).toEqual([
      ["学校数", "民办高等教育", 36, "所", 2021, "actual"],
      ["毕业生数", "民办高等教育", 68650, "人", 2021, "actual"],
      ["招生数", "民办高等教育", 106998, "人", 2021, "actual"],
      ["在校学生数", "民办高等教育", 329856, "人", 2021, "actual"],
      ["教职工数", "民办高等教育", 20093, "人", 2021, "actual"],
      ["专任教师数", "民办高等教育", 13864, "人", 2021, "actual"],
    ]);
  });

  test("rows wrapped under their label (民办高校 Private … ⏎ 31 47038 …) are read as one row each", () => {
    const items = extractTargets(real("blind74-fujian-2020-private-schools-wrapped.txt"));
    expect(items.filter((x) => x.scope === "专科").map((x) => [x.indicator, x.value])).toEqual([
      ["学校数", 20],
      ["毕业生数", 24086],
      ["招生数", 48820],
      ["在校学生数", 123604],
      ["教职工数", 6591],
      ["专任教师数", 4742],
    ]);
  });

  test("English heads in order, longest first; the merge keeps both orders or gives up", () => {
    expect(englishHeads("Number of Schools(unit) Number of Graduates New Enrollment Total Enrollment Teachers and Staff Full-time Teachers")).toEqual([
      "学校数", "毕业生数", "招生数", "在校学生数", "教职工数", "专任教师数",
    ]);
    expect(englishHeads("Number of\nNew Enrollment")).toEqual(["招生数"]); // a head cut off names nothing
    expect(mergedHeads(["学校数", "毕业生数", "招生数"], ["学校数", "招生数", "专任教师数"], 4)).toEqual(["学校数", "毕业生数", "招生数", "专任教师数"]);
    expect(mergedHeads(["学校数", "毕业生数", "招生数"], ["学校数", "招生数", "专任教师数"], 5)).toBeNull();
    // Unit: person, Unit:in Person (教育部 1990s tables, blind sets 78 and 89)
    expect([englishUnitLine("Unit: person"), englishUnitLine("Unit:in Person"), englishUnitLine("Unit: 10000 persons")]).toEqual(["人", "人", null]);
  });
});

describe("rows under an English caption that names the measures", () => {
  test("Number of Schools, Educational Personnel and Full-time Teachers by …: three columns named, each counted as its name says (教育部 2022, blind set 86)", () => {
    const items = extractTargets(real("blind86-national-2022-schools-staff-english-header.txt"));
    expect(items.slice(0, 3).map((x) => [x.indicator, x.value, x.unit, x.kind])).toEqual([
      ["学校数", 518549, "所", "actual"],
      ["教职工数", 23788919, "人", "actual"],
      ["专任教师数", 18803607, "人", "actual"],
    ]);
    // a line that is no row does not end the table
    expect(items.find((x) => x.scope === "幼儿园" && x.indicator === "专任教师数")?.value).toBe(3123018);
    // an English label with a digit (12-Year Schools), a count left out of the totals ((269) 11877 9088)
    expect(items.filter((x) => x.scope === "十二年一贯制学校").map((x) => x.value)).toEqual([1763, 477149, 357900]);
    expect(items.filter((x) => x.scope === "其他中职机构(不计校数)").map((x) => [x.indicator, x.value])).toEqual([
      ["学校数", 269],
      ["教职工数", 11877],
      ["专任教师数", 9088],
    ]);
  });

  test("…over a Chinese header the space reader would set apart (学校数() Schools 教职工数() …), and rows that open with counts not in the totals (教育部 2018 mirror, blind set 95)", () => {
    const items = extractTargets(real("blind95-national-2018-schools-staff-table.txt"));
    expect(items.filter((x) => x.scope === "普通高等学校").map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ["学校数", 2663, "所"],
      ["教职工数", 2487544, "人"],
      ["专任教师数", 1672753, "人"],
    ]);
  });

  test("an English caption whose measures are not the rows' columns reads nothing", () => {
    expect(extractTargets("Number of Schools and Full-time Teachers by Region\n北京 12 30 45 60\n天津 13 31 46 61\n河北 14 32 47 62\n").map((x) => x.indicator)).not.toContain("学校数");
  });
});
