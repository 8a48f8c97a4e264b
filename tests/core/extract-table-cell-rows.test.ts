/**
 * Statistics tables copied one cell per line, header and rows alike (教育部 教育统计数据 pages and
 * their mirrors, blind sets 74, 80 and 86): table-cell-rows.ts.
 */
import fs from "fs";
import path from "path";
import { extractTargets } from "../../src/core/extract";

const real = (name: string): string => fs.readFileSync(path.join(__dirname, "../fixtures/extraction/real", name), "utf8");
const row = (x: { indicator: string; scope: string | null; comparator: string; value: number | null; unit: string | null; kind: string }) => [x.indicator, x.scope, x.comparator, x.value, x.unit, x.kind];

describe("tables one cell per line", () => {
  test("a measure over several columns opens its sub-columns on 合计; a spaced-out label (总 / 计) is one", () => {
    const items = extractTargets(real("blind80-national-2020-preschool-provinces-cells.txt"));
    expect(items.slice(0, 7).map(row)).toEqual([
      ["园数", "总计", "=", 291715, "所", "actual"],
      ["少数民族幼儿园", "总计", "=", 7088, "所", "actual"],
      ["班数", "总计", "=", 1772314, "个", "actual"],
      ["入园(班)人数", "总计", "=", 17914049, "人", "actual"],
      ["在园(班)人数", "总计", "=", 48182634, "人", "actual"],
      ["离园(班)人数", "总计", "=", 17794338, "人", "actual"],
      ["园数", "北京", "=", 1899, "所", "actual"],
    ]);
  });

  test("columns naming levels (大学, 高中) under a caption that counts people (…受教育程度人数) count people, not schools (census bulletins, blind set 224)", () => {
    const cells = ["地  区", "大学", "(大专及以上)", "高中", "(含中专)", "初中", "小学", "全  区", "30262", "23899", "24552", "13219", "南屏镇", "20082", "26915", "32779", "13023"];
    const table = (caption: string) => extractTargets([caption, ...cells].join("\n\n"));
    const items = table("表5-1 各镇(街道)每10万人口中拥有的各类受教育程度人数");
    expect(items.map((x) => [x.indicator, x.scope, x.value, x.unit])).toEqual([
      ["大学", "全区", 30262, "人"],
      ["高中", "全区", 23899, "人"],
      ["初中", "全区", 24552, "人"],
      ["小学", "全区", 13219, "人"],
      ["大学", "南屏镇", 20082, "人"],
      ["高中", "南屏镇", 26915, "人"],
      ["初中", "南屏镇", 32779, "人"],
      ["小学", "南屏镇", 13023, "人"],
    ]);
    // the same in Traditional script with a copy's readings (人數(shù))
    expect(table("表5-1 各鎮(zhèn)(街道)每10萬(wàn)人口中擁有的各類(lèi)受教育程度人數(shù)").every((x) => x.unit === "人")).toBe(true);
  });

  test("columns with no unit count people when they name people (代课教师, 保育员); a header cell said twice is one", () => {
    const items = extractTargets(real("blind86-provinces-kindergarten-staff-cells.txt"));
    expect(items.slice(0, 8).map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ["教职工数", 3142226, "人"],
      ["园长", 236169, "人"],
      ["专任教师", 1844148, "人"],
      ["保健医", 81006, "人"],
      ["保育员", 550808, "人"],
      ["其他", 430095, "人"],
      ["代课教师", 165907, "人"],
      ["兼任教师", 22272, "人"],
    ]);
  });

  test("a unit emptied by the copy (学校数()) is the one its measure implies; a row of fewer figures fills its first columns; group rows name no figure", () => {
    const items = extractTargets(real("blind74-national-2020-schools-staff-cells.txt"));
    expect(items.slice(0, 4).map(row)).toEqual([
      ["学校数", "研究生培养机构(不计校数)", "=", 827, "所", "actual"],
      ["学校数", "普通高校", "=", 594, "所", "actual"],
      ["学校数", "科研机构", "=", 233, "所", "actual"],
      ["学校数", "普通高等学校", "=", 2738, "所", "actual"],
    ]);
    expect(items[4].indicator).toBe("教职工数");
  });

  test("a unit line over the header (单位:人 |) gives the unit of measures named alone (毕业生数, 招生数, 在校生数)", () => {
    const items = extractTargets(real("blind86-national-students-by-level-cells.txt"));
    expect(items.slice(0, 6).map(row)).toEqual([
      ["毕业生数", "研究生", "=", 639666, "人", "actual"],
      ["招生数", "研究生", "=", 916503, "人", "actual"],
      ["在校生数", "研究生", "=", 2863712, "人", "actual"],
      ["毕业生数", "博士", "=", 62578, "人", "actual"],
      ["招生数", "博士", "=", 105169, "人", "actual"],
      ["在校生数", "博士", "=", 424182, "人", "actual"],
    ]);
    expect(items.length).toBe(79);
  });

  test("rows set on one line under a header of cells (Beijing 21 312 …); grades and stages divide the pupils' measure, not the first", () => {
    const items = extractTargets(real("blind89-national-2018-special-education-by-region.txt"));
    expect(items.slice(0, 7).map((x) => [x.indicator, x.scope, x.value, x.unit])).toEqual([
      ["学校数", "Total", 2152, "所"],
      ["班数", "Total", 27946, "个"],
      ["毕业生数", "Total", 81017, "人"],
      ["招生数", "Total", 123514, "人"],
      ["在校生数", "Total", 665942, "人"],
      ["女", "Total", 242141, "人"],
      ["小学阶段", "Total", 75163, "人"],
    ]);
    expect(items.find((x) => x.scope === "内蒙古" && x.indicator === "学校数")?.value).toBe(45);
  });

  test("columns of parts under a unit line (单位 : 平方米 / 合计 / 城区 / 其中:城乡结合区 …) make each row a measure", () => {
    const items = extractTargets(real("blind89-national-2018-senior-secondary-buildings.txt"));
    expect(items.slice(6, 9).map((x) => [x.indicator, x.scope, x.value, x.unit])).toEqual([
      ["危房面积", "合计", 2425606.93, "平方米"],
      ["危房面积", "城区", 1014811.74, "平方米"],
      ["危房面积", "城乡结合区", 58004.34, "平方米"],
    ]);
    expect(items.length).toBe(78);
  });

  test("a caption and a page's metadata above the header are no columns (小学办学条件(一), 来源:教育部)", () => {
    const text = ["小学办学条件(一)", "来源:教育部", "单位:平方米", "合计", "Total", "城区", "Urban", "     Total", "845772450.22", "269053253.11"].join("\n");
    expect(extractTargets(text).every((x) => x.indicator !== "来源:教育部")).toBe(true);
  });

  test("headers with no figure under them, or rows of one figure, are no table", () => {
    expect(extractTargets("学校数(所)\nSchools\n".repeat(50))).toEqual([]);
    expect(extractTargets("地区\n学校数(所)\n北京\n12\n".repeat(5)).filter((x) => x.unit === "所" && x.scope === "北京")).toEqual([]);
  });
});

describe("a floor-space table by area, one cell per line (教育统计 小学校舍, blind set 142)", () => {
  const table = [
    "单位:平方米 |", "unit:㎡ |", "|",
    "合计 Total |", "城区 Urban Area |", "镇区 Counties and Towns Area |", "乡村 Rural Area |",
    "总 计 Total |", "871289751.42 |", "291803778.13 |", "300541613.25 |", "278944360.04 |",
    "小学 Primary Schools |", "802563346.05 |", "289583114.42 |", "291554853.16 |", "221425378.47 |",
    "教室 Classroom |", "329155892.97 |", "107549606.92 |", "117187717.45 |", "104418568.60 |",
  ].join("\n");
  test("past 单位 and its English (unit:㎡), the heads 合计 | 城区 | 镇区 | 乡村 name the parts of each row's measure, in 平方米", () => {
    const items = extractTargets(table);
    expect(items.length).toBe(12);
    expect(items.slice(0, 4).map((x) => [x.value, x.unit, x.kind])).toEqual([
      [871289751.42, "平方米", "actual"],
      [291803778.13, "平方米", "actual"],
      [300541613.25, "平方米", "actual"],
      [278944360.04, "平方米", "actual"],
    ]);
    expect(items.slice(4, 8).map((x) => x.scope)).toEqual(["合计", "城区", "镇区", "乡村"]);
  });
});

describe("a column of words between each row's label and its figures (思明区教育局 2015 部门决算, blind set 237)", () => {
  const text = ["列入2015年部门决算编制范围的单位详细情况见下表:", "单位 |", "经费性质 |", "编制人数 |", "实有人数 |", "厦门市思明区教育局(本级) |", "全额拨款 |", "16 |", "15 |", "厦门市思明区教师进修学校 |", "全额拨款 |", "45 |", "43 |", "厦门市开禾小学 |", "全额拨款 |", "6 |", "6"].join("\n");
  test("经费性质 is no measure: each row's figures are its 编制人数 and 实有人数, in 人, for the unit its label names", () => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value, x.unit])).toEqual([
      ["编制人数", "厦门市思明区教育局(本级)", 16, "人"],
      ["实有人数", "厦门市思明区教育局(本级)", 15, "人"],
      ["编制人数", "厦门市思明区教师进修学校", 45, "人"],
      ["实有人数", "厦门市思明区教师进修学校", 43, "人"],
      ["编制人数", "厦门市开禾小学", 6, "人"],
      ["实有人数", "厦门市开禾小学", 6, "人"],
    ]);
  });
});
