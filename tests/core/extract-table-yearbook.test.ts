/**
 * Statistical yearbook tables (table-yearbook.ts): a header of years, measure rows, part rows
 * with English glosses. Layout of a city yearbook's education page.
 */
import { extractTargets } from "../../src/core/extract";

const table = [
  "175  教育事业基本情况",
  "Basic Statistics on Education",
  "单位:人、所     (person, unit)",
  "             Item 2006 2007",
  "学校数 Number of Schools",
  "普通高等学校 Regular Institutions of Higher Education 38 38",
  "   高 中         Senior 286 262",
  "专任教师 Number of Full-time Teachers",
  "普通高等学校 Regular Institutions of Higher Education 23717 26089",
  "小 学 Primary Schools 113724 119831",
].join("\n");

describe("yearbook tables", () => {
  test("one cell per line under a caption (一、学校数 / 计量单位:所 / 2017 / 2016): each row a part of the caption's measure, or a measure of its own (在校学生总数); the next caption starts the next table", () => {
    // 南京年鉴 2018, 表13—6 各类教育事业基本情况
    const text = ["一、学校数", "", " 计量单位:所", "", "2017", "", "2016", "", "全  市", "", "1608", "", "1575", "", "# 普通高校", "", "53", "", "53", "", "二、在校学生数", "计量单位:人", "2017", "2016", "在校学生总数", "2012200", "1952085", "高等教育", "1025856", "1007157"].join("\n");
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value, x.unit, x.deadline])).toEqual([
      ["学校数", "全市", 1608, "所", 2017],
      ["学校数", "全市", 1575, "所", 2016],
      ["学校数", "普通高校", 53, "所", 2017],
      ["学校数", "普通高校", 53, "所", 2016],
      ["在校学生总数", null, 2012200, "人", 2017],
      ["在校学生总数", null, 1952085, "人", 2016],
      ["在校学生数", "高等教育", 1025856, "人", 2017],
      ["在校学生数", "高等教育", 1007157, "人", 2016],
    ]);
  });

  test("one cell per line with a corner (指 标) and groups: the rows under a group are its measures, in the units the caption lists (单位:所、万人)", () => {
    // 湖北省统计局, 高、中等学校基本情况
    const text = ["高、中等学校基本情况", "单位:所、万人", "指 标", "2005年", "2012年", "2013年", "  普通高等学校", "  学校数", "85", "122", "123", "  专任教师", "5.9", "8.07", "8.18"].join("\n");
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value, x.unit, x.deadline])).toEqual([
      ["学校数", "普通高等学校", 85, "所", 2005],
      ["学校数", "普通高等学校", 122, "所", 2012],
      ["学校数", "普通高等学校", 123, "所", 2013],
      ["专任教师数", "普通高等学校", 59000, "人", 2005],
      ["专任教师数", "普通高等学校", 80700, "人", 2012],
      ["专任教师数", "普通高等学校", 81800, "人", 2013],
    ]);
  });

  test("a unit column after the label (单位 1978 年 …), thousands set apart by single spaces and columns by wider ones; a row cut off mid-figure keeps the figures before", () => {
    // 成都年鉴 2021, 成都市统计资料
    const text = [
      "                              单位       1978 年     1980 年     2019 年     2020 年",
      "          在校生数",
      "           普通高等学校              人       19 632     28 790     879 335    927 111",
      "           小学                  人      1 202 491  1 234 444   1 029 271  1 062 195",
      "          专任教师数",
      "           普通高等学校              人        6 940      7 366     10 69",
    ].join("\n");
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value, x.unit, x.deadline])).toEqual([
      ["在校生数", "普通高等学校", 19632, "人", 1978],
      ["在校生数", "普通高等学校", 28790, "人", 1980],
      ["在校生数", "普通高等学校", 879335, "人", 2019],
      ["在校生数", "普通高等学校", 927111, "人", 2020],
      ["在校生数", "小学", 1202491, "人", 1978],
      ["在校生数", "小学", 1234444, "人", 1980],
      ["在校生数", "小学", 1029271, "人", 2019],
      ["在校生数", "小学", 1062195, "人", 2020],
      ["专任教师数", "普通高等学校", 6940, "人", 1978],
      ["专任教师数", "普通高等学校", 7366, "人", 1980],
    ]);
  });

  test("a header stacked one cell per line, each Chinese name over its English gloss, over rows of label, gloss and figures", () => {
    // 教育部 教育统计数据 2018, 小学校数、教学点数及班数
    const text = [
      "小学校数、教学点数及班数", "  学校数(所)", "Schools", "教学点数(个)", "External", "Teaching Sites", "班数(个)", "Classes",
      "      Total 161811 101398 2753904",
      "    教育部门 Run by Ed. Dept. 155372 101247 2525770",
      "    其中:城乡结合区   Of Which:Urban-rural Transitional Area 7857 1282 160863",
    ].join("\n");
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value, x.unit, x.kind])).toEqual([
      ["学校数", "总计", 161811, "所", "actual"],
      ["教学点数", "总计", 101398, "个", "actual"],
      ["班数", "总计", 2753904, "个", "actual"],
      ["学校数", "教育部门", 155372, "所", "actual"],
      ["教学点数", "教育部门", 101247, "个", "actual"],
      ["班数", "教育部门", 2525770, "个", "actual"],
      ["学校数", "城乡结合区", 7857, "所", "actual"],
      ["教学点数", "城乡结合区", 1282, "个", "actual"],
      ["班数", "城乡结合区", 160863, "个", "actual"],
    ]);
  });

  test("a row that states its unit (学校固定资产 (万元), glossed 10 000 yuan) is a measure; rows indented under a measure in 万平方米 are parts in its unit", () => {
    // 青海统计年鉴 2011, 18-12 教育事业办学条件
    const text = [
      "18-12  2009-2010年教育事业办学条件",
      "  Item 2009 2010",
      "学校校舍面积  (万平方米) Schoolhouse Area        (10 000 square meter ) 744.86 506.52",
      "  高等学校产权校舍面积   Schoolhouse Area of Institutions of Higher Education 149.36 154.75",
      "    危房     Danger Schoolhouse 0.50 1.94",
      "学校固定资产      (万元) Fixed Assets of Schools        (10 000 yuan) 600965.20 667785.78",
      "  小学固定资产    Regular Primary Schools  203924.03 216966.10",
    ].join("\n");
    expect(extractTargets(text).map((x) => [x.value, x.unit, x.deadline])).toEqual([
      [7448600, "平方米", 2009],
      [5065200, "平方米", 2010],
      [1493600, "平方米", 2009],
      [1547500, "平方米", 2010],
      [5000, "平方米", 2009],
      [19400, "平方米", 2010],
      [600965.2, "万元", 2009],
      [667785.78, "万元", 2010],
      [203924.03, "万元", 2009],
      [216966.1, "万元", 2010],
    ]);
  });

  test("each figure is its measure's actual for its part in its column's year; the unit follows the measure", () => {
    const items = extractTargets(table);
    expect(items.map((x) => [x.indicator, x.scope, x.comparator, x.value, x.unit, x.kind, x.deadline])).toEqual([
      ["学校数", "普通高等学校", "=", 38, "所", "actual", 2006],
      ["学校数", "普通高等学校", "=", 38, "所", "actual", 2007],
      ["学校数", "高中", "=", 286, "所", "actual", 2006],
      ["学校数", "高中", "=", 262, "所", "actual", 2007],
      ["专任教师数", "普通高等学校", "=", 23717, "人", "actual", 2006],
      ["专任教师数", "普通高等学校", "=", 26089, "人", "actual", 2007],
      ["专任教师数", "小学", "=", 113724, "人", "actual", 2006],
      ["专任教师数", "小学", "=", 119831, "人", "actual", 2007],
    ]);
    for (const it of items) expect(table.slice(it.start, it.end)).toBe(it.quote);
    expect(items[1].quote.endsWith("38 38")).toBe(true);
  });

  test("a plan's years (2020 | 2025) are no yearbook: the base year reports, the target year plans", () => {
    const items = extractTargets("Item 2020 2025\n学前三年毛入园率 88 92\n巩固率 95 96\n");
    expect(items.every((x) => !(x.kind === "actual" && x.deadline === 2025))).toBe(true);
  });
});

describe("a measure row with its own total, over its part rows", () => {
  // 广州统计年鉴2022 18-9 (blind set 21): 项   目 spaced out, the measure's total on its own row
  const text = [
    "18-9 各类学校教职工人数及专任教师数",
    "单位:人 (person)",
    "项   目 Item 2020 2021",
    "各类学校教职工人数 Number of Staff and Workers by Type of School 247224 266394",
    " 普通高等学校  Regular Institutions of Higher Education 98415 111499",
    " 小 学  Primary Schools 67648 75302",
    "各类学校专任教师数 Number of Full-time Teachers by Type of School  194760 202702",
    " # 高 中   Senior Secondary Schools 14620 14713",
  ].join("\n");
  test("the total is of 各类学校; the parts after it take its measure", () => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value, x.unit, x.deadline])).toEqual([
      ["教职工人数", "各类学校", 247224, "人", 2020],
      ["教职工人数", "各类学校", 266394, "人", 2021],
      ["教职工人数", "普通高等学校", 98415, "人", 2020],
      ["教职工人数", "普通高等学校", 111499, "人", 2021],
      ["教职工人数", "小学", 67648, "人", 2020],
      ["教职工人数", "小学", 75302, "人", 2021],
      ["专任教师数", "各类学校", 194760, "人", 2020],
      ["专任教师数", "各类学校", 202702, "人", 2021],
      ["专任教师数", "高中", 14620, "人", 2020],
      ["专任教师数", "高中", 14713, "人", 2021],
    ]);
  });
});

describe("yearbook tables in | cells and markdown", () => {
  test("| cells, a unit marker in its own cell (所), an English gloss cell; 各类学校数合计 is of 各类学校", () => {
    // 统计年鉴2015 17-8 (blind set 21)
    const text = [
      "| 17-8 各类学校数及在校学生数 | |||||||",
      "| 项 目 | Item | 2014 | 2015 | ||||",
      "| 各类学校数合计 | (所) | Total Number of Schools | (unit) | 1693 | 1697 | ||",
      "| 普通高等学校 | Regular Institutions of Higher Education | 80 | 81 | ||||",
      "| 各类学校在校学生数 | (人) | Number of Enrolled Students by Type of School | (person) | 2941554 | 2974053 | ||",
      "| # 高 中 | Senior Secondary Schools | 178106 | 178564 | ||||",
    ].join("\n");
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value, x.unit, x.deadline])).toEqual([
      ["学校数", "各类学校", 1693, "所", 2014],
      ["学校数", "各类学校", 1697, "所", 2015],
      ["学校数", "普通高等学校", 80, "所", 2014],
      ["学校数", "普通高等学校", 81, "所", 2015],
      ["在校学生数", "各类学校", 2941554, "人", 2014],
      ["在校学生数", "各类学校", 2974053, "人", 2015],
      ["在校学生数", "高中", 178106, "人", 2014],
      ["在校学生数", "高中", 178564, "人", 2015],
    ]);
  });
  test("a markdown table of years with pinyin readings: (万人) counts in 人, a short row reads from the left", () => {
    // 初中教育 2014-2022 (blind set 21), Traditional with a converter's readings
    const text = [
      "| 指標 | 2022年 | 2021年 | 2020年 | 2019年 | 2018年 | 2017年 | 2016年 | 2015年 | 2014年 |",
      "|---|---|---|---|---|---|---|---|---|---|",
      "| 初中學校數(shù)(所) | 1405 | 1409 | 1414 | 1420 | 1418 | 1429 | 1451 | 1564 | 1569.0 |",
      "| 初中招生數(shù)(萬人) | 26.32 | ||||||||",
      "| 初中在校學生數(shù)(萬人) | 79.97 | 83.45 | 86.54 | 91.4 | 93.28 | 90.4 | 90.39 | 89.98 | 91.63 |",
    ].join("\n");
    const got = extractTargets(text);
    expect(got.map((x) => x.indicator)).toEqual([...Array(9).fill("初中學校數"), "初中招生數", ...Array(9).fill("初中在校學生數")]);
    expect(got.slice(8, 11).map((x) => [x.value, x.unit, x.deadline, x.kind])).toEqual([
      [1569, "所", 2014, "actual"],
      [263200, "人", 2022, "actual"],
      [799700, "人", 2022, "actual"],
    ]);
  });
});

describe("an indicator table's labels lose a converter's pinyin readings", () => {
  test("初中學校數(shù)(所) is 初中學校數 in 所", () => {
    const text = ["| 指標 | 2022年 | 2021年 | 2020年 |", "|---|---|---|---|", "| 初中學校數(shù)(所) | 1405 | 1409 | 1414 |"].join("\n");
    expect(extractTargets(text).map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ["初中學校數", 1405, "所"],
      ["初中學校數", 1409, "所"],
      ["初中學校數", 1414, "所"],
    ]);
  });
});

describe("a yearbook's series of census and survey years, glosses on lines of their own", () => {
  // 福建统计年鉴2020 3-5 (blind set 24)
  const text = [
    "3-5 各种受教育程度人口占总人口的比重",
    "单位:% (%)",
    "  1982 1990 1995 2000 2010 2018 2019",
    "项目  Item",
    "  大专以上 0.6 1.2 1.4 3.0 8.4 11.2 11.4",
    "    College and Higher Lever              ",
    "  初中 12.6 16.9 20.4 33.5 37.9 38.6 38.7",
  ].join("\n");
  test("seven years far apart are a series, not a plan; each figure is its row's actual in its column's year", () => {
    const got = extractTargets(text);
    expect(got.length).toBe(14);
    expect(got.slice(0, 3).map((x) => [x.indicator, x.value, x.unit, x.deadline, x.kind])).toEqual([
      ["大专以上", 0.6, "%", 1982, "actual"],
      ["大专以上", 1.2, "%", 1990, "actual"],
      ["大专以上", 1.4, "%", 1995, "actual"],
    ]);
    expect(got[13]).toMatchObject({ indicator: "初中", value: 38.7, deadline: 2019 });
  });
});

describe("a bilingual yearbook whose rows wrap their figures onto the next line (a PDF copy, blind set 232)", () => {
  // 中国残疾人事业主要业务进展情况 2014–2018
  const text = [
    "2014 2015 2016 2017 2018",
    "康  复",
    "1. 残疾人精准康复服务",
    "Provision of Targeted Rehabilitation Service",
    "视力残疾人 (万人) Visual  Disability (10,000 persons)",
    "- - 40.0 88.3 120.5",
    "残疾人康复机构 (个) Rehabilitation Institutions for PWDs (unit)",
    "6914 7111 7858 8334 9036",
    "其他残疾儿童学前教育助学 (人) Students supported by Other Pre-School Educational Projects for (person)",
    "2908 1767 2607",
    "Disabled Children",
  ].join("\n");
  test("a label line and the figures under it are one row: - holds a year's place, (万人) counts in 人, a numbered group line starts no row", () => {
    expect(extractTargets(text).map((x) => [x.indicator, x.value, x.unit, x.deadline, x.kind])).toEqual([
      ["视力残疾人", 400000, "人", 2016, "actual"],
      ["视力残疾人", 883000, "人", 2017, "actual"],
      ["视力残疾人", 1205000, "人", 2018, "actual"],
      ["残疾人康复机构", 6914, "个", 2014, "actual"],
      ["残疾人康复机构", 7111, "个", 2015, "actual"],
      ["残疾人康复机构", 7858, "个", 2016, "actual"],
      ["残疾人康复机构", 8334, "个", 2017, "actual"],
      ["残疾人康复机构", 9036, "个", 2018, "actual"],
      ["其他残疾儿童学前教育助学", 2908, "人", 2014, "actual"],
      ["其他残疾儿童学前教育助学", 1767, "人", 2015, "actual"],
      ["其他残疾儿童学前教育助学", 2607, "人", 2016, "actual"],
    ]);
  });
  test("the quote runs from the label to the figure", () => {
    const first = extractTargets(text)[0];
    expect(text.slice(first.start, first.end)).toBe("视力残疾人 (万人) Visual  Disability (10,000 persons)\n- - 40.0");
  });
});

describe("a row of shares under a table of counts, one cell per line (a PPT's table, blind set 94)", () => {
  test("占当年总人口% with 8.7% under 单位:万人: shares in %, not counts in 万人", () => {
    const text = "单位:万人\n年份\n1949\n1980\n2000\n2009\n高等教育在校生\n11.72\n271.93\n939.85\n2826.5\n占当年总人口%\n8.7%\n24.6%\n20.2%\n19.6%\n";
    const got = extractTargets(text).map((x) => [x.indicator, x.value, x.unit, x.deadline]);
    expect(got.slice(3)).toEqual([
      ["高等教育在校生", 28265000, "人", 2009],
      ["占当年总人口比例", 8.7, "%", 1949],
      ["占当年总人口比例", 24.6, "%", 1980],
      ["占当年总人口比例", 20.2, "%", 2000],
      ["占当年总人口比例", 19.6, "%", 2009],
    ]);
  });
});

describe("a yearbook table of science activity (国家统计年鉴 高等学校科技活动情况, blind set 345)", () => {
  const text = [
    "20-42  高等学校科技活动情况",
    "    2005 2006 2007 2008 2009",
    "学校数                     (个) 1792 1867 1908 2263 2267",
    "R&D机构                   (个) 3936 4154 4502 5159 5784",
    "R&D人员全时当量       (万人年) 22.7 24.2 25.4 26.6 27.5",
    "R&D项目(课题)情况",
    "R&D项目(课题)数           (项) 280327 365294 375425 429096 476708",
  ].join("\n");
  const got = extractTargets(text);
  const row = (name: string): Array<[number | null | undefined, string | null, number | null]> => got.filter((x) => x.indicator === name).map((x) => [x.value, x.unit, x.deadline]);
  test("a label that opens on an acronym (R&D机构) is a row, not an English gloss", () => {
    expect(row("R&D机构")).toEqual([[3936, "个", 2005], [4154, "个", 2006], [4502, "个", 2007], [5159, "个", 2008], [5784, "个", 2009]]);
  });
  test("(万人年) counts person-years in ten thousands; (项) is a unit marker, so the row measures on its own", () => {
    expect(row("R&D人员全时当量")[0]).toEqual([227000, "人年", 2005]);
    expect(row("R&D项目(课题)数")[0]).toEqual([280327, "项", 2005]);
  });
});
