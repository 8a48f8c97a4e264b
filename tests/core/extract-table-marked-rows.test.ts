/**
 * Tables whose rows each state their unit (table-marked-rows.ts): a city yearbook's bilingual
 * table of parts (合计 | 市科协 | 区科协), no years over its columns. 广州统计年鉴 2022, 17-4 (blind set 242).
 */
import { extractTargets } from "../../src/core/extract";

const table = [
  "17-4 科协基本情况(2021年)",
  "Basic Statistics on Associations for Science and Technology (2021)",
  "项   目   Item   合 计    ",
  "    Total # 市科协 区科协",
  "      City-level District-level",
  "      Associations Associations",
  "机构数               (个)   Number of Associations for Science & Technology                                (unit)   15 4 11",
  "机关人数              (人)   Number of Agency Personnel                                              (person)   117 43 74",
  "乡镇/街道科协个数          (个)   Associations in County-level cities/Communities                                 (unit)   155   155",
  "举行国内外学术交流活动       (次)   Number of Domestic and International Academic Meetings                        (times)   41 41  ",
  " 其中:专家科普报告会       (次)   Number of Experts Popular Science Reports                                    (times)   318 281 37",
].join("\n");

describe("a yearbook table whose rows state their units, under a header of parts", () => {
  const got = extractTargets(table);
  test("each figure is its row's measure in the row's unit, for its column's part; every one is an actual", () => {
    expect(got.map((x) => [x.indicator, x.scope, x.value, x.unit, x.comparator, x.kind])).toEqual([
      ["机构数", "合计", 15, "个", "=", "actual"],
      ["机构数", "市科协", 4, "个", "=", "actual"],
      ["机构数", "区科协", 11, "个", "=", "actual"],
      ["机关人数", "合计", 117, "人", "=", "actual"],
      ["机关人数", "市科协", 43, "人", "=", "actual"],
      ["机关人数", "区科协", 74, "人", "=", "actual"],
      ["乡镇/街道科协个数", "合计", 155, "个", "=", "actual"],
      ["乡镇/街道科协个数", "区科协", 155, "个", "=", "actual"],
      ["举行国内外学术交流活动次数", "合计", 41, "次", "=", "actual"],
      ["举行国内外学术交流活动次数", "市科协", 41, "次", "=", "actual"],
      ["专家科普报告会次数", "合计", 318, "次", "=", "actual"],
      ["专家科普报告会次数", "市科协", 281, "次", "=", "actual"],
      ["专家科普报告会次数", "区科协", 37, "次", "=", "actual"],
    ]);
  });
  test("a wide gap is a blank column (155   155 skips 市科协); a row's quote runs from its label to the figure", () => {
    const first = got[0];
    expect(table.slice(first.start, first.end)).toMatch(/^机构数 .*\(unit\) {3}15$/);
    const blank = got.find((x) => x.value === 155 && x.scope === "区科协");
    expect(table.slice(blank!.start, blank!.end)).toMatch(/\(unit\) {3}155 {3}155$/);
  });
  test("rows of one figure each are a list, not a table of parts: none is read as one", () => {
    const census = ["指标 Item 数量 Volume", "家庭户(万户) Number of Households (10 000 households) 1862.57", "总人口(万人) Total Population (10 000 persons) 6570.08", "大专及以上(万人)        College and Over (10 000 persons) 499.19"].join("\n");
    expect(extractTargets(census).filter((x) => x.scope === "数量")).toEqual([]);
  });
  test("a header spaced out to its columns' widths (合 计   城 区   乡 村) names each column, not one run of them", () => {
    const spaced = ["表1", "项   目   Item   合 计   城 区   乡 村", "学校数 (所) Schools (unit) 30 10 20", "教师数 (人) Teachers (person) 300 100 200", "学生数 (人) Students (person) 3000 1000 2000"].join("\n");
    expect(extractTargets(spaced).slice(0, 3).map((x) => [x.indicator, x.scope, x.value])).toEqual([
      ["学校数", "合计", 30],
      ["学校数", "城区", 10],
      ["学校数", "乡村", 20],
    ]);
  });
});
