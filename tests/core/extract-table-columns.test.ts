/**
 * What a table's header says of its columns (table.ts): a year's figures (2023年数据), a wider
 * area's level beside the row's own (全省中位数), and a row label's unit marker written as a symbol (㎡).
 */
import { extractTargets } from "../../src/core/extract";

const SELF_CHECK = [
  "指标类别 | 2023年数据 | 2022年数据 | 全省中位数 |",
  "---|---|---|---|",
  "生均校舍面积(㎡) | 18.6 | 17.9 | 19.2 |",
  "生均实训设备值(万元) | 1.2 | 1.0 | 1.3 |",
].join("\n");

const row = (x: ReturnType<typeof extractTargets>[number]): string => `${x.indicator} ${x.scope ?? "-"} ${x.value} ${x.unit} ${x.deadline} ${x.kind}`;

describe("a vocational school's self-check table (blind set 289)", () => {
  test("each year's column and the province's median are read, the square metres as 平方米", () => {
    expect(extractTargets(SELF_CHECK).map(row)).toEqual([
      "生均校舍面积 - 18.6 平方米 2023 actual",
      "生均校舍面积 - 17.9 平方米 2022 actual",
      "生均校舍面积 全省中位数 19.2 平方米 null actual",
      "生均实训设备值 - 1.2 万元 2023 actual",
      "生均实训设备值 - 1 万元 2022 actual",
      "生均实训设备值 全省中位数 1.3 万元 null actual",
    ]);
  });

  test("m2 marks square metres too", () => {
    const text = "指标 | 2023年 | 2022年 |\n---|---|---|\n生均校舍面积(m2) | 18.6 | 17.9 |\n生均图书(册) | 30 | 28 |";
    expect(extractTargets(text).map(row)).toEqual(["生均校舍面积 - 18.6 平方米 2023 actual", "生均校舍面积 - 17.9 平方米 2022 actual", "生均图书 - 30 册 2023 actual", "生均图书 - 28 册 2022 actual"]);
  });
});

describe("a two-way table of counts (本学年 | 1,443 | 681; 中南财经政法大学, blind set 294)", () => {
  const text = ["表3 近两学年教师总数", " | 专任教师数 | 外聘教师数 | 学校数 | 生师比 |", "本学年 | 1,443 | 681 | 12 | 20.55 |", "上学年 | 1,439 | 510 | 11 | 19.97 |"].join("\n");

  test("a count with thousands separators is one figure, and a count's column says what it counts in", () => {
    expect(extractTargets(text).map(row)).toEqual([
      "专任教师数 本学年 1443 人 null actual",
      "外聘教师数 本学年 681 人 null actual",
      "学校数 本学年 12 所 null actual",
      "生师比 本学年 20.55 null null actual",
      "专任教师数 上学年 1439 人 null actual",
      "外聘教师数 上学年 510 人 null actual",
      "学校数 上学年 11 所 null actual",
      "生师比 上学年 19.97 null null actual",
    ]);
  });
});

describe("a two-way table whose columns name kinds of people (各区 | 专任教师 | 行政人员; blind set 89)", () => {
  test("counts of people are in 人; a column of school levels (小学 | 初中) says nothing of its unit", () => {
    const people = ["各区 | 专任教师 | 行政人员 |", "北京 | 54531 | 3393 |", "天津 | 40210 | 2101 |"].join("\n");
    expect(extractTargets(people).map(row)).toEqual([
      "专任教师 北京 54531 人 null actual",
      "行政人员 北京 3393 人 null actual",
      "专任教师 天津 40210 人 null actual",
      "行政人员 天津 2101 人 null actual",
    ]);
    const levels = ["地区 | 小学 | 初中 |", "北京 | 54531 | 3393 |", "天津 | 40210 | 2101 |"].join("\n");
    expect(extractTargets(levels).map((x) => x.unit)).toEqual([null, null, null, null]);
  });
});

describe("a plan table's base column said as 实绩 (2010年实绩 | 2015年目标; 镇江 十二五 现代农业, blind set 374)", () => {
  test("the year's results are the baseline, the target year's cells the targets", () => {
    const text = ["“十二五”现代农业主要经济指标表", "类别", "指标", "2010年实绩", "2015年目标", "一、经济增长", "农业增加值(亿元)", "81.53", "163"].map((x) => "  " + x).join("\n\n");
    expect(extractTargets(text).map(row)).toEqual(["农业增加值 - 81.53 亿元 2010 actual", "农业增加值 - 163 亿元 2015 target"]);
  });
});

describe("a header glossed in brackets (2020年基期值(起始日期用作比较的数据); 十四五 农业农村现代化, blind set 374)", () => {
  test("the gloss says what the column is, not which: the year and the kind stay read", () => {
    const text = ["指标 |", "2020年基期值(起始日期用作比较的数据) |", "2025年目标值(各项目标应达到的水平) |", "农业科技进步贡献率(%) |", "60 |", "64 |"].join("\n");
    expect(extractTargets(text).map(row)).toEqual(["农业科技进步贡献率 - 60 % 2020 actual", "农业科技进步贡献率 - 64 % 2025 target"]);
  });
});

describe("a 十一五 results table one cell per line, | between cells, a 序号 column and a 年均增长(%) column (blind set 361)", () => {
  const cells = (...rows: string[][]): string => rows.map((r) => r.join("\n|\n") + "\n|\n||").join("\n");
  const text = cells(
    ["序号", "主要项目和指标", "2005年", "2010年", "年均增长(%)"],
    ["1", "民政事业费支出(亿元)", "718.4", "2697.5", "30.29"],
    ["2", "社会组织数(万个)", "32.0", "44.6", "6.87"],
    ["3", "救灾物资储备库(个)", "[1562]"],
    ["4", "社区服务中心(个)", "8479", "12720", "-8.45"],
  );

  test("主要项目和指标 heads the labels, the | lines are no header cells, and the growth is a change in % to the last year", () => {
    expect(extractTargets(text).map((x) => `${x.indicator} ${x.comparator} ${x.value} ${x.unit} ${x.deadline}`)).toEqual([
      "民政事业费支出 = 718.4 亿元 2005",
      "民政事业费支出 none 2697.5 亿元 2010",
      "民政事业费支出 increase_by 30.29 % 2010",
      "社会组织数 = 320000 个 2005",
      "社会组织数 none 446000 个 2010",
      "社会组织数 increase_by 6.87 % 2010",
      // a row filling only its first cell: the next row's number (4) is still its number, not this row's 2010 figure
      "救灾物资储备库 = 1562 个 2005",
      "社区服务中心 = 8479 个 2005",
      "社区服务中心 none 12720 个 2010",
      "社区服务中心 decrease_by 8.45 % 2010",
    ]);
  });

  test("other ways of heading the labels: 监测指标, 指标名称, 核心指标", () => {
    for (const head of ["监测指标", "指标名称", "核心指标", "主要指标"]) {
      expect(extractTargets(`序号 | ${head} | 2020年 | 2025年\n1 | 学前三年毛入园率(%) | 90 | 95`).map((x) => `${x.indicator} ${x.value} ${x.deadline}`)).toEqual(["学前三年毛入园率 90 2020", "学前三年毛入园率 95 2025"]);
    }
  });
});

describe("a university's tables of school years (東吳大學 110-112學年度, blind set 369)", () => {
  const table = (corner: string, years: string[], row: string): string[] =>
    extractTargets(`${corner} | ${years.join(" | ")} |\n---|${years.map(() => "---|").join("")}\n${row}`).map((x) => `${x.indicator} ${x.value} ${x.unit} ${x.deadline}`);
  test("a corner naming both axes (類別/學年度) heads the labels; a year of the Republic (110學年度) is the year it is", () => {
    expect(table("類別/學年度", ["110學年度", "111學年度"], "專任助教人數 | 91 | 84 |")).toEqual(["專任助教人數 91 人 2021", "專任助教人數 84 人 2022"]);
  });
  test("a school year written 2021学年度 is a year column", () => {
    expect(table("指标", ["2021学年度", "2022学年度"], "专任助教人数 | 91 | 84 |")).toEqual(["专任助教人数 91 人 2021", "专任助教人数 84 人 2022"]);
  });
  test("a count the label names (…人数, …学校数) is counted in its noun's unit", () => {
    expect(table("指标", ["2021年", "2022年"], "兼任教师人数 | 860 | 818 |")).toEqual(["兼任教师人数 860 人 2021", "兼任教师人数 818 人 2022"]);
    expect(table("指标", ["2021年", "2022年"], "民办学校数 | 12 | 13 |")).toEqual(["民办学校数 12 所 2021", "民办学校数 13 所 2022"]);
  });
  test("a label naming no count and no unit stays unread", () => {
    expect(table("指标", ["2021年", "2022年"], "综合评价 | 91 | 84 |")).toEqual([]);
  });
});
