/**
 * Reports (统计公报, 工作总结, 监测结果) and the language around figures that real documents use:
 * genre → kind, year-on-year changes on the indicator just named, bulleted lists, names that
 * end at their rate noun, plan titles with a period.
 */
import fs from "fs";
import path from "path";
import { extractTargets, ExtractedItem } from "../../src/core/extract";

const real = (name: string): string => fs.readFileSync(path.join(__dirname, "../fixtures/extraction/real", name), "utf8");
const row = (x: ExtractedItem): Array<string | number | null> => [x.indicator, x.comparator, x.value, x.unit, x.kind, x.deadline];

describe("a report's 至YEAR年末 before the page's date is a time already over", () => {
  test("至2024年末,全州有…4所 in a review published in 2025 reports; in a plan it still commits", () => {
    const report = "黔东南州教育事业发展成就综述\n2025-04-10 黔东南州融媒体中心\n至2024年末,全州有高等教育学校4所。其中,本科院校1所。";
    expect(extractTargets(report).map((x) => [x.kind, x.comparator, x.value, x.deadline])).toEqual([
      ["actual", "=", 4, 2024],
      ["actual", "=", 1, null],
    ]);
    const plan = "2023年教育工作要点\n至2025年末,全州新建高等教育学校4所。";
    expect(extractTargets(plan).map((x) => [x.kind, x.deadline])).toEqual([["target", 2025]]);
  });
});

describe("reports", () => {
  test("a bulletin's title makes its figures actuals of its year; changes are on the indicator just named", () => {
    const text = "某省2022年教育事业发展统计公报\n全省共有幼儿园6973所,比上年增加36所,增长0.52%。学前教育毛入园率达到89.7%,比上年提高0.64个百分点。";
    expect(extractTargets(text).map(row)).toEqual([
      ["幼儿园数", "=", 6973, "所", "actual", 2022],
      ["幼儿园数", "increase_by", 36, "所", "actual", 2022],
      ["幼儿园数", "increase_by", 0.52, "%", "actual", 2022],
      ["学前教育毛入园率", "=", 89.7, "%", "actual", 2022],
      ["学前教育毛入园率", "increase_by", 0.64, "个百分点", "actual", 2022],
    ]);
  });

  test("an untitled digest of year-on-year changes is a report; each bullet is its own item", () => {
    const text = "- 幼儿园28.12万所,比上年增长5.44%\n- 在园幼儿4713.88万人,比上年增长1.23%\n- 专任教师276.31万人,比上年增长7.04%\n";
    expect(extractTargets(text).map(row)).toEqual([
      ["幼儿园数", "=", 281200, "所", "actual", null],
      ["幼儿园数", "increase_by", 5.44, "%", "actual", null],
      ["在园幼儿数", "=", 47138800, "人", "actual", null],
      ["在园幼儿数", "increase_by", 1.23, "%", "actual", null],
      ["专任教师数", "=", 2763100, "人", "actual", null],
      ["专任教师数", "increase_by", 7.04, "%", "actual", null],
    ]);
  });

  test("分别 after a change word: every listed figure is a change", () => {
    const text = "2018年工作总结\n全市幼儿园及专任教师数量比上年分别增长4.60%以及6.14%。";
    expect(extractTargets(text).map((x) => [x.comparator, x.value, x.unit])).toEqual([
      ["increase_by", 4.6, "%"],
      ["increase_by", 6.14, "%"],
    ]);
  });

  test("a plan of the same shape stays a plan", () => {
    const text = "到2025年,力争全市学前教育毛入园率达到95%,比上年提高1个百分点。";
    expect(extractTargets(text).map((x) => x.kind)).toEqual(["target", "target"]);
  });
});

describe("names and years in real documents", () => {
  test("adverbs after a rate are not part of its name (no 比例 glued on)", () => {
    const text = "2019年工作总结\n同时毛入园率也在稳步提高至83.4%。";
    expect(extractTargets(text).map((x) => x.indicator)).toEqual(["毛入园率"]);
  });

  test("九年义务教育 is a name, not a figure of 9 years", () => {
    const text = "巩固提高九年义务教育水平,巩固率达99.5%。";
    expect(extractTargets(text).map((x) => [x.value, x.unit])).toEqual([[99.5, "%"]]);
  });

  test("a plan title with its period (2021-2025) gives the deadline", () => {
    const text = "某区教育“十四五”发展规划(2021-2025)\n1、普及学前教育。毛入园率达到99%。";
    expect(extractTargets(text).map((x) => x.deadline)).toEqual([2025]);
  });
});

describe("numbered lines of a label and its value (1.新增学位:1500个; 新竹 subsidy list, blind set 167)", () => {
  test.each([
    ["1.", "2024年工作总结\n1.新增学位:1500个\n2.新建学校:3所"],
    ["一、", "2024年工作总结\n一、新增学位:1500个\n二、新建学校:3所"],
    ["(1)", "2024年工作总结\n(1)新增学位:1500个\n(2)新建学校:3所"],
  ])("numbered %s", (_name, text) => {
    expect(extractTargets(text).map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ["新增学位数", 1500, "个"],
      ["新建学校数", 3, "所"],
    ]);
  });
});

describe("a figure in a clause of its own after its measure (…总投入最多,为1441.00亿元; 河南 funds bulletin, blind set 173)", () => {
  test("the clause before names the measure, past the superlative that ranks it; the change after is the same measure's", () => {
    const text = "2020年统计公报\n义务教育经费总投入最多,为1441.00亿元,比上年增长4.01%;高中阶段教育经费总投入增长最快,为482.92亿元。";
    expect(extractTargets(text).map((x) => [x.indicator, x.comparator, x.value, x.unit])).toEqual([
      ["义务教育经费总投入", "=", 1441, "亿元"],
      ["义务教育经费总投入", "increase_by", 4.01, "%"],
      ["高中阶段教育经费总投入", "=", 482.92, "亿元"],
    ]);
  });
  test("a clause that opens on 为 with no figure after it borrows nothing", () => {
    expect(extractTargets("2020年工作总结\n全县中小学校舍,为改善办学条件投入资金300万元。").map((x) => x.indicator)).toEqual(["改善办学条件投入资金"]);
  });
});

describe("由A上升到B (from-to.ts)", () => {
  test("two figures: the baseline on the indicator marked (基期), of its own year", () => {
    const text = "2023年工作总结\n毛入园率从2013年的67.5%提高到2023年的91.1%。幼儿园生师比从2013年的23.4:1降低到2023年的13.3:1。";
    expect(extractTargets(text).map((x) => [x.indicator, x.comparator, x.value ?? x.ratio, x.kind, x.deadline])).toEqual([
      ["毛入园率(基期)", "=", 67.5, "actual", 2013],
      ["毛入园率", "=", 91.1, "actual", 2023],
      ["生师比(基期)", "ratio", [23.4, 1], "actual", 2013],
      ["生师比", "ratio", [13.3, 1], "actual", 2023],
    ]);
  });

  test("a baseline year the sentence compares with before 由 (与2010年第六次全国人口普查相比) is A's year (census bulletins, blind sets 63 and 224)", () => {
    const text = "2020年人口普查公报\n与2010年第六次全国人口普查相比,每10万人中拥有大学文化程度的由3566人增加到6776人。";
    expect(extractTargets(text).map((x) => [x.value, x.deadline])).toEqual([
      [3566, 2010],
      [6776, 2020],
    ]);
  });

  test("…扩增到如今 and 增加到现在的 are the same phrase (惠城 普惠, blind set 121)", () => {
    const text = "2022年工作总结\n惠城区公益普惠性幼儿园从150所扩增到如今255所,学位从4万个增加到现在的9万个。";
    expect(extractTargets(text).map((x) => [x.indicator, x.value])).toEqual([
      ["惠城区公益普惠性幼儿园数(基期)", 150],
      ["惠城区公益普惠性幼儿园数", 255],
      ["学位数(基期)", 40000],
      ["学位数", 90000],
    ]);
  });

  test("an approximate baseline keeps its own comparator, and an adverb may stand before the change (武汉 校园足球, blind set 332)", () => {
    const text = "2024年工作总结\n校园足球布局学校规模从2014年的近100所迅速扩大到500多所。";
    expect(extractTargets(text).map((x) => [x.indicator, x.comparator, x.value, x.deadline])).toEqual([
      ["校园足球布局学校规模(基期)", "<=", 100, 2014],
      ["校园足球布局学校规模", ">=", 500, 2024],
    ]);
  });

  test("由去年的A: the baseline is of the year before B's; 将由A增加到B plans B, a bound (山东 3+2 news, blind set 337)", () => {
    const text = "2014年工作总结\n山东高职院校将由去年的10所增加到20所。全省招生规模由去年的1320人增加到2520人。";
    expect(extractTargets(text).map((x) => [x.indicator, x.comparator, x.value, x.kind, x.deadline])).toEqual([
      ["山东高职院校数(基期)", "=", 10, "actual", 2013],
      ["山东高职院校数", ">=", 20, "target", 2014],
      ["招生规模(基期)", "=", 1320, "actual", 2013],
      ["招生规模", "=", 2520, "actual", 2014],
    ]);
  });

  test("with nothing before 由 but a place and a level, the level is what is counted", () => {
    const text = "2022年工作总结\n全市幼儿园由2013年的150所增加到2018年的255所。";
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value])).toEqual([
      ["幼儿园数(基期)", "全市", 150],
      ["幼儿园数", "全市", 255],
    ]);
  });

  test("a month in the baseline's date, an adverb before 由, and counts in ten thousands without 人 (控辍保学, blind set 160)", () => {
    const text = "2019年工作总结\n全国辍学学生人数已经由2019年5月底的29万减少至6.5万。";
    expect(extractTargets(text).map((x) => [x.indicator, x.value, x.unit, x.deadline])).toEqual([
      ["辍学学生人数(基期)", 290000, "人", 2019],
      ["辍学学生人数", 65000, "人", 2019],
    ]);
  });

  test("in a plan, the baseline is reported and the end is the target", () => {
    const text = "力争全县毛入园率由85.2%提高到91%。";
    expect(extractTargets(text).map((x) => [x.indicator, x.comparator, x.value, x.kind])).toEqual([
      ["毛入园率(基期)", "=", 85.2, "actual"],
      ["毛入园率", ">=", 91, "target"],
    ]);
  });
});

describe("one document holding both kinds", () => {
  test("a plan recalling last year's figure reports it; a summary's next-year sentence plans it", () => {
    const plan = "2024年教育工作要点\n2023年,全县学前三年毛入园率达到92%。2024年,力争全县学前三年毛入园率达到95%。";
    expect(extractTargets(plan).map((x) => [x.comparator, x.value, x.kind, x.deadline])).toEqual([
      ["=", 92, "actual", 2023],
      [">=", 95, "target", 2024],
    ]);
    const summary = "2023年工作总结\n全县学前三年毛入园率达到92%。2024年,全县学前三年毛入园率达到95%。";
    expect(extractTargets(summary).map((x) => [x.comparator, x.value, x.kind, x.deadline])).toEqual([
      ["=", 92, "actual", 2023],
      [">=", 95, "target", 2024],
    ]);
  });

  test("a plan for a period: its year-by-year targets are targets, a year before the period reports", () => {
    // 永嘉县发展学前教育第四轮三年行动计划(2022-2025年), with a 2021 figure added before the period
    const plan = [
      "永嘉县发展学前教育第四轮三年行动计划(2022-2025年)",
      "2021年,公办幼儿园在园幼儿覆盖面为46%。",
      "年度目标",
      "2022年,新改扩建公办幼儿园7所,公办幼儿园在园幼儿覆盖面力争达50%。",
      "2023年,新改扩建公办幼儿园7所,公办幼儿园在园幼儿覆盖面达53%。",
    ].join("\n");
    expect(extractTargets(plan).map((x) => [x.comparator, x.value, x.kind, x.deadline])).toEqual([
      ["=", 46, "actual", 2021],
      ["none", 7, "target", 2022],
      [">=", 50, "target", 2022],
      ["none", 7, "target", 2023],
      [">=", 53, "target", 2023],
    ]);
  });
});

describe("a verb of the work, then the count and the noun it counts (完善10个基层综合文化站)", () => {
  test("the noun after the count names it, with the verb", () => {
    const text = "2023年工作总结\n全县完善10个基层综合文化站,调查了400名受助学生。";
    expect(extractTargets(text).map((x) => [x.indicator, x.value])).toEqual([
      ["完善基层综合文化站数", 10],
      ["调查受助学生数", 400],
    ]);
  });
});

describe("a list under a lead without figures (以下为近年来…概述:), its items bulleted with a dash (潞城 gaokao, blind set 175)", () => {
  test("the lead's 近年来 makes the items reports, and - 2018年: dates them", () => {
    const text = "高考成绩概述\n近年来,全区高考成绩稳步提升。以下为近年来全区高考成绩的简要概述:\n- 2018年:一本上线率20%,二本上线率60%。\n- 2019年:一本上线率25%。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [20, "actual", 2018],
      [60, "actual", 2018],
      [25, "actual", 2019],
    ]);
  });
});

describe("names in bulletins", () => {
  test("a share of the count just named (占总数的68.08%), staff of a level keep the level, 在园幼儿数", () => {
    const text = "2018年统计公报\n全省有普惠性幼儿园4747所,占总数的68.08%;幼儿园教职工90319人。在园幼儿987853人。";
    expect(extractTargets(text).map((x) => x.indicator)).toEqual(["普惠性幼儿园数", "普惠性幼儿园占比", "幼儿园教职工数", "在园幼儿数"]);
  });
  test("…and a share of a base named after 占 (645人,占考生数的14.04%; 昭平 质量分析, blind set 122)", () => {
    const text = "2023年质量分析报告\n优秀人数(160分以上)645人,占考生数的14.04%。";
    expect(extractTargets(text).map((x) => x.indicator)).toEqual(["优秀人数", "优秀占考生数比例"]);
  });
});

describe("a subjectless sentence", () => {
  test("continues the indicator of the sentence before it in the paragraph (2024年,力争达到95%)", () => {
    const text = "2024年教育工作要点\n2023年,全县学前三年毛入园率达到92%。2024年,力争达到95%。";
    expect(extractTargets(text).map((x) => [x.indicator, x.comparator, x.value, x.kind, x.deadline])).toEqual([
      ["学前三年毛入园率", "=", 92, "actual", 2023],
      ["学前三年毛入园率", ">=", 95, "target", 2024],
    ]);
  });
});

describe("lists with one unit", () => {
  test("分别比上年提高0.5、0.3个百分点: the unit written once, the items of the list before", () => {
    const text = "全县小学、初中巩固率分别达到100%、99%,分别比上年提高0.5、0.3个百分点。";
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.comparator, x.value, x.unit])).toEqual([
      // 比上年提高 tells a report: the levels it reached are measured
      ["巩固率", "小学", "=", 100, "%"],
      ["巩固率", "初中", "=", 99, "%"],
      ["巩固率", "小学", "increase_by", 0.5, "个百分点"],
      ["巩固率", "初中", "increase_by", 0.3, "个百分点"],
    ]);
  });

  // real pages: national student-health monitoring reports (sets 113, 161)
  test.each([
    ["男生、女生平均身高分别增加2.1、1.8厘米。", [["男生平均身高", "increase_by", 2.1, "厘米"], ["女生平均身高", "increase_by", 1.8, "厘米"]]],
    ["男生、女生平均身高分别为152.1和148.8厘米。", [["男生平均身高", "=", 152.1, "厘米"], ["女生平均身高", "=", 148.8, "厘米"]]],
    ["11岁男生身高比以前的同龄孩子增高5.7厘米。", [["11岁男生身高比以前的同龄孩子", "increase_by", 5.7, "厘米"]]],
  ])("any unit written once ends its list, and 增高 grows: %s", (text, want) => {
    expect(extractTargets(text, { genre: "actual" }).map((x) => [x.indicator, x.comparator, x.value, x.unit])).toEqual(want);
  });

  test.each([
    ["七年级1、2班开展研学活动50人。", 1],
    ["2020、2021年新建学校5所。", 2020],
    ["一、二期工程新建校舍3栋。", 1],
  ])("the first of a list of classes, years or phases counts nothing: %s", (text, first) => {
    expect(extractTargets(text).map((x) => x.value)).not.toContain(first);
  });

  test.each([
    ["全省已有百余名主持人和成员获奖。", ">=", 100, "名"],
    ["新增近万个普惠性幼儿园学位。", "<=", 10000, "个"],
    ["每年为上万名残疾学生提供合理便利。", ">=", 10000, "名"],
  ])("a round count without its 一 keeps its bound in a report: %s", (text, comparator, value, unit) => {
    expect(extractTargets(text, { genre: "actual" }).map((x) => [x.comparator, x.value, x.unit])).toEqual([[comparator, value, unit]]);
  });

  test("增高中学位 adds places at the 高中: the 增高 inside it is no change in height", () => {
    expect(extractTargets("全市共增高中学位3000个。").map((x) => [x.indicator, x.comparator, x.value])).toEqual([["增高中学位数", "none", 3000]]);
  });
});

describe("reference years of actuals", () => {
  test("a report's dated heading (2022年亮点工作) dates the figures under it", () => {
    const text = "教育局工作总结\n一、2022年亮点工作\n全县新建幼儿园5所。";
    expect(extractTargets(text).map((x) => [x.indicator, x.comparator, x.value, x.kind, x.deadline])).toEqual([["新建幼儿园数", "=", 5, "actual", 2022]]);
  });
});

describe("a graduating cohort (2014届) is the year of its figures", () => {
  test("2011届至2014届 is a span of cohorts, no deadline; 2014届…就业率 is dated 2014; 比2013届 compares (高职 质量报告 Q&A, blind set 94)", () => {
    const text = "2022年问答\n今年的报告显示,计分卡指标总体稳中有升。2011届至2014届,高职毕业生就业率持续提升,2014届高职毕业生毕业半年后就业率为91.5%,比2013届高0.6个百分点。";
    expect(extractTargets(text).map((x) => [x.comparator, x.value, x.kind, x.deadline])).toEqual([
      ["=", 91.5, "actual", 2014],
      ["increase_by", 0.6, "actual", 2014],
    ]);
  });
});

describe("a year one sentence opens inside a line stays in that line", () => {
  test("2013年,这两项数字… inside a news paragraph does not date the next paragraph's figures (新华网 on the 2014 bulletin, blind set 97)", () => {
    const text = "2014年全国教育事业发展统计公报\n\n  新华网北京7月30日电 全国随迁子女共1294.73万人。2013年,这两项数字分别为1277.17万人和2126.75万人。\n\n  据统计,全国共有幼儿园20.99万所,比上年增加1.13万所。\n";
    expect(extractTargets(text).filter((x) => x.unit === "所").map((x) => [x.value, x.deadline])).toEqual([
      [209900, 2014],
      [11300, 2014],
    ]);
  });
  test("…but a deadline (明确到2027年,) frames the lines after it (宁夏 2027 action plan, blind set 52)", () => {
    const text = "宁夏出台《关于实施教育质量提升行动的意见》\n近日,宁夏出台《意见》。该《意见》明确到2027年,宁夏基本建成高质量教育体系。\n宁夏将新建、改扩建幼儿园60所,新增学位2.1万个。\n";
    expect(extractTargets(text).map((x) => [x.value, x.deadline])).toEqual([
      [60, 2027],
      [21000, 2027],
    ]);
  });
});

describe("a term or a school year written without 年 dates its figures", () => {
  test.each([
    ["2023秋季开学 (a town's 控辍保学 report, blind set 97)", "控辍保学工作情况\n2023秋季开学,经过排查,全区义务教育阶段学校未到校学生84人。", 2023],
    ["2021学年 (a vocational school's quality report, blind set 56)", "质量年度报告\n2021学年,学校共有在校生5200人。", 2021],
  ])("%s", (_name, text, year) => {
    expect(extractTargets(text).map((x) => x.deadline)).toEqual([year]);
  });
});

describe("years of the Republic of China calendar (Taiwanese pages)", () => {
  test("114學年度 is 2025 and dates its figures; 相較113學年度 compares (臺北 and 屏東 news, blind set 92)", () => {
    const text = "教育局新聞稿\n114學年度新增3間非營利幼兒園,共13班280個名額。屏東縣國小學生共45000人,相較113學年度減少725人。";
    expect(extractTargets(text).map((x) => [x.value, x.deadline])).toEqual([
      [3, 2025],
      [13, 2025],
      [280, 2025],
      [45000, 2025],
      [725, 2025],
    ]);
  });
});

describe("years that compare or start a period do not date a figure", () => {
  test.each([
    ["是2010年的…倍 compares with a year", "2020年全国儿童发展纲要终期监测报告\n全国特殊教育在校生人数是2010年的2.5倍。", 2020],
    ["从2012年开始 starts a period", "2019年教育统计公报\n从2012年开始,财政性教育经费支出占GDP比重连续7年达4%以上。", 2019],
  ])("%s", (_name, text, year) => {
    expect(extractTargets(text).map((x) => [x.kind, x.deadline])).toEqual([["actual", year]]);
  });
});

describe("a dense bulletin: shared 均为, a list's one unit, breakdowns in parentheses", () => {
  const items = (text: string) => extractTargets("2023年教育事业发展统计公报\n" + text).map((x) => [x.indicator, x.scope, x.comparator, x.ratio ?? x.value, x.unit]);
  test("入学率、稳固率均为99.94%: each indicator, the prefix shared", () => {
    expect(items("义务教育入学率、稳固率均为99.94%。")).toEqual([
      ["义务教育入学率", null, "=", 99.94, "%"],
      ["义务教育稳固率", null, "=", 99.94, "%"],
    ]);
  });
  test("提高0.08个、2.35个百分点: the last unit completes the first", () => {
    expect(items("专任教师学历合格率及高学历教师比例分别为99.78%和86.85%,分别比上年提高0.08个、2.35个百分点。").slice(2)).toEqual([
      ["专任教师学历合格率", null, "increase_by", 0.08, "个百分点"],
      ["高学历教师比例", null, "increase_by", 2.35, "个百分点"],
    ]);
  });
  test("(其中:城市…;县镇…;农村…): one ratio per area on the indicator before, the area staying inside", () => {
    expect(items("初中生师比13.87:1(其中:城市14.5:1;县镇13.8:1;农村12.5:1),每名教师负担学生数比上年下降0.9人。")).toEqual([
      ["生师比", "初中", "ratio", [13.87, 1], null],
      ["生师比", "城市", "ratio", [14.5, 1], null],
      ["生师比", "县镇", "ratio", [13.8, 1], null],
      ["生师比", "农村", "ratio", [12.5, 1], null],
      ["每名教师负担学生数", "初中", "decrease_by", 0.9, "人"],
    ]);
  });
});

describe("names in a bulletin copied with its title", () => {
  const names = (text: string) => extractTargets(text).map((x) => x.indicator);
  test("a title glued to the first sentence is no part of the name", () => {
    expect(names("1、2023年教育事业发展统计公报范文全省义务教育中小学5734所,较上年减少184所。")).toEqual(["义务教育中小学数", "义务教育中小学数"]);
  });
  test("a level with a count of schools after a rate counts itself", () => {
    expect(names("2023年统计公报\n义务教育巩固率99.14%。小学3989所,比上年减少158所。")).toEqual(["义务教育巩固率", "小学数", "小学数"]);
  });
});

describe("a list after a lead that looks back", () => {
  // a 2020 news page (Wenzhou): the lead says 以来, the first bullet 五年来; the others say nothing of time
  const text = [
    "明确了!温州38所新扩建公办幼儿园11月前全部开园",
    "今年要高质量完成新建改扩建幼儿园80所。",
    "自2016年以来,我市为迎接二孩高峰做了一系列工作。",
    "●    五年来,共新建改扩建幼儿园390所,新增学位10.53万个。",
    "●   普惠性幼儿园达到1290所,占比91.81%。",
    "●    公办幼儿园在园覆盖率从14.4%增加到30.11%。",
    "今年,一二级幼儿园在园幼儿覆盖面达到60%以上。",
  ].join("\n");
  const kinds = extractTargets(text).map((x) => [x.value, x.comparator, x.kind]);

  test("五年来 and 以来 make a report; the bullets after them keep it", () => {
    expect(kinds).toEqual([
      [38, "none", "target"],
      [80, "none", "target"],
      [390, "=", "actual"],
      [105300, "=", "actual"],
      [1290, "=", "actual"],
      [91.81, "=", "actual"],
      [14.4, "=", "actual"],
      [30.11, "=", "actual"],
      [60, ">=", "target"],
    ]);
  });
});

describe("a list of captions run into the article's first sentence (西安 school lists, blind set 147)", () => {
  const text = [
    "新城区", "新建2所中小学", "碑林区", "新建2所幼儿园", "改扩建4所中小学", "莲湖区", "新建8所幼儿园", "经开区", "新建、改扩建12所幼儿园、中小学",
    "《西安市基础教育提升三年行动计划(2019-2021年)》发布,该计划提出,全市三年内将完成新建、改扩建中小学幼儿园430所,增加学位38.95万个。",
  ].join("\n");

  test("each caption line is a clause of its own, the sentence after them one sentence", () => {
    expect(extractTargets(text).map((x) => [x.indicator, x.value])).toEqual([
      ["新建中小学数", 2],
      ["新建幼儿园数", 2],
      ["改扩建中小学数", 4],
      ["新建幼儿园数", 8],
      ["新建、改扩建幼儿园、中小学数", 12],
      ["完成新建、改扩建中小学幼儿园数", 430],
      ["增加学位数", 389500],
    ]);
  });

  test("三年内 before the action is the plan's period, no figure (控制在3年内 at a clause's end, 48小时内补学 stay)", () => {
    expect(extractTargets("2019年计划\n全市三年内将完成新建幼儿园43所。").map((x) => x.value)).toEqual([43]);
    expect(extractTargets("2019年计划\n审批时间控制在3年内。").map((x) => [x.value, x.unit])).toEqual([[3, "年"]]);
    expect(extractTargets("2025年计划\n缺席党员48小时内补学。").map((x) => [x.value, x.unit])).toEqual([[48, "小时"]]);
    expect(extractTargets("2019年办法\n普惠性民办幼儿园自认定之日起3年内有效。").map((x) => [x.value, x.unit])).toEqual([[3, "年"]]);
  });

  test("a number broken across two lines keeps the lines one sentence (2\\n003年9月)", () => {
    const broken = ["我园创办于2", "003年9月", "占地面积", "5000余平方米", "建筑面积", "3200平方米,现有15个班级。"].join("\n");
    expect(extractTargets(broken).map((x) => x.unit)).toEqual(["平方米", "平方米", "个"]);
  });
});

describe("an infographic: one phrase per line", () => {
  // a city's 2021-2024 school-building results laid out as captions (blind set 4, in Simplified here)
  const text = [
    "我市加大投入优化布局 让孩子“上好学”", "2021年以来", "我市按照", "“高中向城区集中、初中向集镇和城区集中、", "小学向乡镇集中、幼儿园向行政村集中”的",
    "总体思路", "不断加大教育投入", "优化校点布局", "新建初级中学1所、小学3所、幼儿园5所", "完成改、扩建幼儿园28所", "小学143所、中学26所",
    "新增公办幼儿学位3600个、小学学位3960个", "2所中小学、7所中心城区幼儿园转为公办园", "连续两年全市教育支出", "占一般公共预算支出的比例均超过20%",
    "2023年全市下达教育项目资金14.05亿元", "投入2.78亿元",
  ].join("\n");
  const items = extractTargets(text);

  test("each line is a clause of its own: a list's verb counts each kind of school", () => {
    expect(items.slice(0, 3).map((x) => [x.indicator, x.value])).toEqual([
      ["新建初级中学数", 1],
      ["新建小学数", 3],
      ["新建幼儿园数", 5],
    ]);
    expect(items.find((x) => x.value === 3600)?.indicator).toBe("新增公办幼儿学位数");
    expect(items.find((x) => x.value === 14.05)?.indicator).toBe("下达教育项目资金");
  });

  test("2021年以来 opening the lines makes every figure an actual, the dated one too", () => {
    expect(items.map((x) => x.value)).toEqual([1, 3, 5, 28, 143, 26, 3600, 3960, 2, 7, 20, 14.05, 2.78]);
    expect(items.every((x) => x.kind === "actual")).toBe(true);
  });

  test("a sentence a PDF broke across lines of one width stays one sentence", () => {
    const pdf = [
      "2024年工作要点",
      "进一步扩大普惠性学前教育资源,全年新建改扩建公办幼",
      "儿园12所,新增公办学位3600个,学前三年毛入园率达到",
      "98%以上,普惠性幼儿园覆盖率稳定在92%以上,公办园在",
      "园幼儿占比达到55%。",
    ].join("\n");
    expect(extractTargets(pdf).map((x) => [x.indicator, x.value])).toEqual([
      ["新建改扩建公办幼儿园数", 12],
      ["新增公办学位数", 3600],
      ["学前三年毛入园率", 98],
      ["普惠性幼儿园覆盖率", 92],
      ["公办园在园幼儿占比", 55],
    ]);
  });
});

describe("a bulletin copied through a Big5 converter and a spam site", () => {
  // 2020 national special-education figures (blind set 6): pinyin after characters, symbols strewn in
  const text = [
    "實施《第二期特殊教育提升計(jì)劃(2017-2020年(nián))》,為(wèi)殘疾學生(shēng)提供特别扶助。",
    "2020年(nián),全國(guó)共有(yǒu)特殊教育學校(xiào)2244所,比上(shàng)年(nián)增加52所。特殊教育在校(xiào®)生(shēng)88.1萬人(rén),比上(shàng)年(nián)增加8.6萬人(rén),增長(chánσg)10.8%。",
    "初中階段特殊教育在校(xiào)生(shēng)總數(shù)26.0萬人(rén),比上(shàng)年(nián)增長(cháng)≠13.5%,占比52.0%,比上(shàng)年(nián)下(xià)降1.6ε個(gè)百分(fēn)點,略增0.9個(gè)百分(fēn)點。",
    "高(gāo)中階段特殊教育在校(xiào)生(shēng)總數(shù)11737人(rén),增長(cháng)'7.9%。",
  ].join("\n");
  const items = extractTargets(text);

  test("its year-on-year changes make it a report, under the title of a plan it implements", () => {
    expect(items.every((x) => x.kind === "actual" && x.deadline === 2020)).toBe(true);
  });

  test("readings with a symbol inside (xiào®, chánσg, ' rén') and symbols before a figure (≠, ', ε) are junk", () => {
    expect(items.map((x) => [x.comparator, x.value, x.unit])).toEqual([
      ["=", 2244, "所"],
      ["increase_by", 52, "所"],
      ["=", 881000, "人"],
      ["increase_by", 86000, "人"],
      ["increase_by", 10.8, "%"],
      ["=", 260000, "人"],
      ["increase_by", 13.5, "%"],
      ["=", 52, "%"],
      ["decrease_by", 1.6, "个百分点"],
      ["increase_by", 0.9, "个百分点"],
      ["=", 11737, "人"],
      ["increase_by", 7.9, "%"],
    ]);
    expect(items[2].indicator).toBe("特殊教育在校生數");
  });

  test("the symbols plans write stay: ≤, ≥, the ratio colon ∶ and ≈", () => {
    const plan = extractTargets("班额≤45人,生师比达到17∶1,覆盖率≥95%。");
    expect(plan.map((x) => [x.comparator, x.value ?? x.ratio])).toEqual([
      ["<=", 45],
      ["ratio", [17, 1]],
      [">=", 95],
    ]);
  });
});

describe("news pages: the dateline, the headline, 将 and another body's standard", () => {
  const kinds = (text: string): Array<[number | null, string, string, number | null]> =>
    extractTargets(text).map((x) => [x.value, x.comparator, x.kind, x.deadline]);

  test("a page published in 2021 telling of 2019 and 2020 reports them", () => {
    // Xinhua, 2021-06-02 (blind set 6)
    const text = [
      "“三孩”時代來臨 學前教育加速布局",
      "編輯: 陳凱茵 趙雪(實習) 設計: 趙雪(實習) 2021年06月02日 10:12:25 來源: 新華網",
      "2020年,全國幼兒園總數達到29.17萬所,與2010年相比幾乎翻了一倍。2019年我國幼兒園教職工491.57萬人,比上年增加38.42萬人。",
    ].join("\n");
    expect(kinds(text)).toEqual([
      [291700, "=", "actual", 2020],
      [4915700, "=", "actual", 2019],
      [384200, "increase_by", "actual", 2019],
    ]);
  });

  test("a plan's headline year, after a page summary, dates its undated targets", () => {
    const text = [
      "武威2021年新建哪些学校?一、目标任务为进一步扩大城镇教育资源,提升公共服务能力,着力化解“入园难、入园贵”和中小学“大班额”问题",
      "武威2021年新建哪些学校?",
      "二、实施步骤",
      "(一)新建公办幼儿园、中小学9所,其中:凉州区4所,天祝县1所。",
    ].join("\n");
    expect(kinds(text)).toEqual([
      [9, "none", "target", 2021],
      [4, "none", "target", 2021],
      [1, "none", "target", 2021],
    ]);
  });

  test("a headline that reports dates the page's undated figures; 新增加 adds, 班 counts classes", () => {
    const text = [
      "上海2016年秋季開學新增85所中小幼學校",
      "2016-08-29 13:58:00 來源:央廣網",
      "上海共有85所中小幼學校新開辦,擴充班級規模1881班。如松江區九亭鎮今年新增加1所小學。",
    ].join("\n");
    expect(kinds(text)).toEqual([
      [85, "=", "actual", 2016],
      [85, "=", "actual", 2016],
      [1881, "=", "actual", 2016],
      [1, "=", "actual", 2016],
    ]);
  });

  test("将新增 plans, dated by 今秋 and the dateline; a span of years (2018到2022年4年间) plans nothing; 国家…的要求 is a benchmark", () => {
    const text = [
      "廈門今秋新增學位1.16萬個 普惠率達96%",
      "來源: 中國教育新聞網2023-08-30 08:20:00",
      "今秋開學,廈門全市將新增28所公辦幼兒園。",
      "2018到2022年4年間,廈門全市建設公辦幼兒園項目100個。",
      "目前,公辦率達55%,超過國家規定公辦率50%的要求。",
    ].join("\n");
    const items = extractTargets(text);
    const at = (v: number) => items.find((x) => x.value === v);
    expect([at(28)?.kind, at(28)?.deadline]).toEqual(["target", 2023]);
    expect([at(100)?.kind, at(100)?.comparator]).toEqual(["actual", "="]);
    expect(at(4)).toBeUndefined();
    expect([at(55)?.kind, at(55)?.deadline]).toEqual(["actual", 2023]);
    expect([at(50)?.kind, at(50)?.comparator, at(50)?.deadline]).toEqual(["target", ">=", null]);
  });

  test("a headline naming a plan period still ahead of its dateline plans; 江苏提出,到2020年, frames the next sentence", () => {
    const text = [
      "江苏:“十三五”高教毛入学率达60%",
      "2016/11/8 14:34:00    【 】",
      "江苏提出,到2020年,江苏教育主要发展指标达到教育现代化水平。其中,学前三年教育毛入园率达98%以上,高等教育毛入学率达60%。",
    ].join("\n");
    expect(kinds(text)).toEqual([
      [60, ">=", "target", 2020],
      [98, ">=", "target", 2020],
      [60, ">=", "target", 2020],
    ]);
  });

  test("a paragraph that said 过去一年 keeps reporting until it plans (计划为, “十四五”时期,要…)", () => {
    // a county head's speech at the education work conference, run on in one line (blind set 7)
    const speech = "副县长在全县教育工作会议上的讲话(摘要) 过去一年,全县教育事业取得了新的进展和突破。第一,普及水平持续提高。学前三年教育毛入学率提高到87.5%,认定的普惠性幼儿园 115 所。年度建设计划为348个。";
    expect(kinds(speech).map((x) => x.slice(0, 3))).toEqual([
      [87.5, "=", "actual"],
      [115, "=", "actual"],
      [348, "=", "target"],
    ]);
    const study = "截至2019年,全国学前教育毛入园率达到83.4%。“十四五”时期,要“完善普惠性学前教育;推进高等教育分类管理,高等教育毛入学率提高到60%”。";
    expect(kinds(study).map((x) => x.slice(0, 3))).toEqual([
      [83.4, "=", "actual"],
      [60, ">=", "target"],
    ]);
  });

  test("统计结果 in a title reports", () => {
    const text = "2020年全县基础教育统计结果表明教育事业持续健康发展\n全县有小学34所,在校生28073人,小学适龄儿童入学率100%。";
    expect(kinds(text)).toEqual([
      [34, "=", "actual", 2020],
      [28073, "=", "actual", 2020],
      [100, "=", "actual", 2020],
    ]);
  });

  test("a plan's target recalled in a report (纲要提出的2020年达到70%的目标任务) is a target of the year it names", () => {
    // MoE press conference, 2017 (blind set 4, in Simplified here)
    const text = "截至2016年底,全国学前三年毛入园率达到77.4%,提前完成了教育规划纲要提出的2020年达到70%的目标任务。";
    expect(kinds(text)).toEqual([
      [77.4, "=", "actual", 2016],
      [70, ">=", "target", 2020],
    ]);
  });
});

describe("比上年A增加B: last year's value, then the change", () => {
  test("A is the level's baseline of the year before, marked (上年) as a statistician heads its column; the changes keep the level's name", () => {
    // 青田 2022 教育经费 公告 (blind set 35)
    const text = "2022年全县教育经费统计公报\n2022年,全县地方教育经费总收入21.27亿元,比上年18.39亿元增加2.88亿元,增长15.66%。";
    expect(extractTargets(text).map((x) => [x.value, x.comparator, x.indicator, x.kind, x.deadline])).toEqual([
      [21.27, "=", "地方教育经费总收入", "actual", 2022],
      [18.39, "=", "地方教育经费总收入(上年)", "actual", 2021],
      [2.88, "increase_by", "地方教育经费总收入", "actual", 2022],
      [15.66, "increase_by", "地方教育经费总收入", "actual", 2022],
    ]);
  });
  test("a named year (较2019年的) dates the baseline", () => {
    const text = "2020年,全区普通小学生均公用经费为7857.06元,较2019年的7681.97元增加2.28%。";
    const base = extractTargets(text).find((x) => x.value === 7681.97);
    expect(base && [base.indicator.endsWith("(基期)"), base.deadline, base.kind]).toEqual([true, 2019, "actual"]);
  });
});

describe("a standard stated as such in a report (评估标准为…小于或等于0.65)", () => {
  test("is a target bound, not a reported figure", () => {
    // 安徽 六区 国检 (blind set 27)
    const text = "2018年督导检查反馈\n检查组实地检查了6个区。评估标准为小学、初中综合差异系数分别小于或等于0.65、0.55。所检查的6个区小学和初中综合差异系数均达到标准。";
    expect(extractTargets(text).filter((x) => x.value === 0.65 || x.value === 0.55).map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [0.65, "<=", "target"],
      [0.55, "<=", "target"],
    ]);
  });
});

describe("a bound written as a symbol in a report (≥95%, ≤1.2:1)", () => {
  test("states a standard: a target with its bound, while the report's own figures stay actual", () => {
    // the symbols as the Q&A page on the ten balance indicators writes them (blind set 40), in a report
    const text = "2024年教育工作总结\n一、主要成绩\n对照评估标准(教师学历达标率≥95%、城乡生均经费比≤1.2:1),全县教师学历达标率达到98.2%,城乡生均经费比为1.1:1。";
    const got = extractTargets(text).map((x) => [x.value ?? x.ratio, x.comparator, x.kind]);
    expect(got).toEqual([
      [95, ">=", "target"],
      [[1.2, 1], "ratio", "target"],
      [98.2, "=", "actual"],
      [[1.1, 1], "ratio", "actual"],
    ]);
  });
});

describe("由A1、A2分别下降到B1、B2: a list of baselines, then as many values (河南 2019, blind set 61)", () => {
  test("each value and its baseline take the name of their place in the list", () => {
    const text = "2019年工作总结\n全省义务教育学校大班额、超大班额比例由2013年的26.13%、12.42%分别下降到2018年底的13.01%、1.99%。";
    expect(extractTargets(text).map((x) => [x.indicator, x.value, x.deadline, x.kind])).toEqual([
      ["大班额比例(基期)", 26.13, 2013, "actual"],
      ["超大班额比例(基期)", 12.42, 2013, "actual"],
      ["大班额比例", 13.01, 2018, "actual"],
      ["超大班额比例", 1.99, 2018, "actual"],
    ]);
  });

  test("…and the list of names may stand in a clause before 由 (the first keeps the words before it)", () => {
    const text = "2019年工作总结\n义务教育学校大班额、超大班额比例连续5年下降,由2013年的26.13%、12.42%分别下降到2018年底的13.01%、1.99%。";
    expect(extractTargets(text).map((x) => x.indicator)).toEqual(["义务教育学校大班额比例(基期)", "超大班额比例(基期)", "义务教育学校大班额比例", "超大班额比例"]);
  });
});

describe("a growth rate a report states is the change itself (山东 2018 经费统计公告, blind set 63)", () => {
  test.each([
    ["增幅为", "2018年全省教育经费统计公告\n全省生均一般公共预算教育经费增幅为14.88%。", [["生均一般公共预算教育经费", "increase_by", 14.88]]],
    ["降幅为", "2018年工作总结\n全县近视率降幅为2.1%。", [["近视率", "decrease_by", 2.1]]],
    // 电大 work plan (blind set 188): 调高, 上调 raise as 提高 does
    ["调高", "2016年工作计划\n本科招生比例调高5个百分点。", [["本科招生比例", "increase_by", 5]]],
    // 湘阴 2023 12345 bulletin (blind set 189)
    ["同比减幅", "2023年工作总结\n全年受理市民来电诉求4081件,同比减幅6.44%。", [["受理市民来电诉求数", "=", 4081], ["受理市民来电诉求数", "decrease_by", 6.44]]],
    ["超过 keeps its bound and the rate's name", "2018年统计公报\n全省教育经费增长率超过10%。", [["教育经费增长率", ">=", 10]]],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => [x.indicator, x.comparator, x.value])).toEqual(expected);
  });
});

describe("a date without its year (截至2月28日) is of the year the page is written in (济宁 2018 progress, blind set 127)", () => {
  test("what stands by then is dated that year", () => {
    const text = "时间:2018-03-12 08:39:49\n消除大班额工程进展情况\n截至2月28日,已开工95所,占规划量的71.43%。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [95, "actual", 2018],
      [71.43, "actual", 2018],
    ]);
  });
});

describe("a span of time (自2012年11月至2014年1月底) and a dateline whose year lost its century (教育部 2014 教学点 news, blind set 128)", () => {
  test("至 that ends a span opened by 自…年…月 sets no deadline: what the span saw is reported", () => {
    const items = extractTargets(real("blind113-labour-base-1999-2016-abstract.txt")).filter((x) => x.value === 280 || x.value === 240000);
    expect(items.map((x) => [x.value, x.kind, x.comparator])).toEqual([
      [280, "actual", "="],
      [240000, "actual", "="],
    ]);
  });

  test("时间:14-03-07 08:55:09 dates the page 2014: a later line opening on 2012年 recalls history, so 2014 is no year after the report's", () => {
    const counts = extractTargets(real("blind128-national-2014-teaching-points-resources.txt")).filter((x) => [58000, 57800, 51700, 99, 89].includes(x.value as number));
    expect(counts.map((x) => [x.value, x.kind, x.comparator, x.deadline])).toEqual([
      [58000, "actual", "=", 2014],
      [57800, "actual", "=", 2014],
      [99, "actual", "=", 2014],
      [51700, "actual", "=", 2014],
      [89, "actual", "=", 2014],
    ]);
  });
});

describe("what a contest gave out (评出, 荣获, 夺得) is told as done (崇州 2020 科技创新大赛, blind set 139)", () => {
  test("评出…752件 and 荣获 report; a plan's 力争…获奖 still commits", () => {
    const news = "崇州市第三十五届青少年科技创新大赛举行\n本届大赛评出获奖作品752件,崇庆中学等13所学校荣获团体奖。";
    expect(extractTargets(news).map((x) => [x.value, x.kind, x.comparator])).toEqual([
      [752, "actual", "="],
      [13, "actual", "="],
    ]);
    expect(extractTargets("2021年工作计划\n力争在省级竞赛中获奖50人次。").map((x) => [x.value, x.kind])).toEqual([[50, "target"]]);
  });
});

describe("what a funder approved (获批) is told as done (上海师大 2023 and a 武大 lab's grants, blind set 236)", () => {
  test("共获批7项 and 获批经费657万元 report; a plan's 力争获批 still commits", () => {
    const news = "近日,科技部和国家自然科学基金委员会发布了2023年度立项通知,我校作为牵头单位共获批7项,国拨经费共计3583.8万元。";
    expect(extractTargets(news).map((x) => [x.value, x.kind, x.comparator])).toEqual([
      [7, "actual", "="],
      [3583.8, "actual", "="],
    ]);
    const lab = "获批国家自然科学基金项目18项,获批经费657万元(直接经费)。";
    expect(extractTargets(lab).map((x) => [x.value, x.kind])).toEqual([
      [18, "actual"],
      [657, "actual"],
    ]);
    expect(extractTargets("2024年工作要点\n力争获批国家级一流本科专业5个。").map((x) => [x.value, x.kind])).toEqual([[5, "target"]]);
  });
});

describe("a plan a report names inside a title (《全民科学素质行动计划纲要》颁布前) is no promise of the page's (blind set 242)", () => {
  // 第十一次中国公民科学素质抽样调查结果公布, 2021: the whole page, since its genre is the page's
  const news = real("blind242-shanghai-2020-literacy-survey-provinces.txt");
  test("the provinces' shares in a paragraph with no cue of its own are what the survey found", () => {
    const got = extractTargets(news);
    expect([16.58, 13.84, 12.79, 10.8].map((v) => got.find((x) => x.value === v)?.kind)).toEqual(["actual", "actual", "actual", "actual"]);
  });
  test("a plan whose name ends the title (《…三年行动计划(2020—2022年)》) still counts: a school project's news stays a plan (blind set 40)", () => {
    const got = extractTargets(real("blind40-fuyang-2022-special-school-lines.txt"));
    expect(got.filter((x) => x.unit === "亿元" || x.value === 21000).map((x) => [x.indicator, x.kind])).toEqual([
      ["估算总投资", "target"],
      ["总建筑面积", "target"],
      ["估算总投资", "target"],
      ["计划投资", "target"],
    ]);
  });
});

describe("an exam's own counts are facts of the exam (泉州 2016 高考首日, blind set 240; 大连 中考, blind set 175)", () => {
  test("candidates, sites and rooms of this year's exam are actuals on a page that states no genre", () => {
    const news = "2016年高考拉开帷幕,泉州市考生分别在45个考点、1165个考场迎考。泉州市33460名考生报名参加普通高考。考试结束后,省教育考试院将组织专门人员对所有考场录像进行回放审看。";
    const got = extractTargets(news);
    expect(got.map((x) => [x.value, x.kind, x.comparator])).toEqual([
      [45, "actual", "="],
      [1165, "actual", "="],
      [33460, "actual", "="],
    ]);
  });
  test("参加中考 counts candidates too, and 共设9个考点 names the sites it counts (武穴 2025 中考, blind set 257)", () => {
    const news = "中考开考\n我市共设9个考点。全市7.1万人参加中考。";
    expect(extractTargets(news).map((x) => [x.indicator, x.value, x.kind])).toEqual([
      ["设考点数", 9, "actual"],
      ["参加中考人数", 71000, "actual"],
    ]);
  });
  test("…unless the sentence plans them (计划, 将)", () => {
    expect(extractTargets("2024年工作要点\n明年计划增设考点3个,考场增加到600个。").map((x) => x.kind)).toEqual(["target", "target"]);
  });
});

describe("a survey's report (调查报告, 调查结果, 测评结果) tells what was found (无锡 2014 满意度, blind set 133)", () => {
  test.each([
    ["调查报告", "全国基础教育满意度调查报告\n本次调查覆盖全国31个省份、4925所学校,回收有效问卷72420份。"],
    ["调查结果", "无锡公布义务教育均衡发展社会满意度调查结果\n此次调查涵盖74所义务教育阶段学校,选取三类对象共3867人。"],
  ])("%s", (_name, text) => {
    const items = extractTargets(text);
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.map((x) => [x.kind, x.comparator])).toEqual(items.map(() => ["actual", "="]));
  });
});

describe("a colon after 分别为 opens its list of figures (2017 经费统计公告 news, blind set 135)", () => {
  test("增幅分别为:6.71%、9.13%、11.80% gives each level its growth; 依次是:禹州市91.87%、… still names each place", () => {
    const text = "2017年全国教育经费统计公告\n2017年全国普通小学、普通初中、普通高中生均一般公共预算教育事业费支出增幅分别为:6.71%、9.13%、11.80%。";
    expect(extractTargets(text).map((x) => [x.comparator, x.value])).toEqual([
      ["increase_by", 6.71],
      ["increase_by", 9.13],
      ["increase_by", 11.8],
    ]);
    const places = "2016年改薄工程进展通报\n校舍建设类项目开工率由高到低依次是:禹州市91.87%、襄城县88.61%。";
    expect(extractTargets(places).map((x) => [x.indicator, x.value])).toEqual([
      ["校舍建设类项目开工率", 91.87],
      ["校舍建设类项目开工率", 88.61],
    ]);
  });
});

describe("a teaching plan's 学情分析 tells the class it starts from (七年级数学 plan, blind set 143)", () => {
  test("figures under 学情分析 are actuals; the plan's goals after it stay targets", () => {
    const plan = "2023-2024学年上学期数学教学工作计划\n二、学情分析\n本学期七年级入学测试平均分68.5分,及格率72%。\n三、教学目标\n期末及格率达到85%以上。";
    expect(extractTargets(plan).map((x) => [x.value, x.kind])).toEqual([
      [68.5, "actual"],
      [72, "actual"],
      [85, "target"],
    ]);
  });
});

describe("a ratio of people written as one number (生师比为16.49; 湖州 bulletin, a university's quality report: blind sets 125, 144)", () => {
  test.each([
    ["生师比为16.49", "2024年本科教学质量报告\n按折合在校生数22379.6计算,生师比为16.49。", [["生师比", 16.49, null]]],
    ["小学生师比12.78", "2023年教育统计公报\n全市小学生师比12.78。", [["生师比", 12.78, null]]],
    ["a count after the ratio's name is no ratio (生师比较高的学校12所)", "2023年教育统计公报\n生师比较高的学校12所。", [["生师比较高的学校数", 12, "所"]]],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => [x.indicator, x.value, x.unit])).toEqual(expected);
  });
});

describe("a sentence that speaks of a table is no caption (表2为…参与率。总体上,有24.4%…; a survey report, blind set 154)", () => {
  test("its figures are read", () => {
    const text = "研究报告\n\n表2为全国分城乡中小学生补习班参与率。总体上,有24.4%的中小学生在过去一学年参加过学科类校外补习。";
    expect(extractTargets(text).map((x) => [x.value, x.unit])).toEqual([[24.4, "%"]]);
  });

  test("a caption line still heads its table (表1 …主要指标)", () => {
    const text = "表1 “十四五”时期教育发展主要指标\n指标 | 2020年 | 2025年\n学前三年毛入园率(%) | 90.5 | 95\n";
    expect(extractTargets(text).map((x) => x.value)).toEqual([90.5, 95]);
  });
});

describe("a band of shares before a count names what is counted (前10%的学科27个; 学科评估 digest, blind set 144)", () => {
  test("the band is no figure, the count is", () => {
    const values = extractTargets("2018年学科评估结果\n四川省前10%的学科27个,10%-20%的学科33个。").map((x) => [x.value, x.unit]);
    expect(values).toEqual([[27, "个"], [33, "个"]]);
  });

  test("a share of people stays a share (85%的学生能独立完成3项以上)", () => {
    expect(extractTargets("2025年工作总结\n85%的学生能独立完成3项以上日常劳动。").map((x) => x.value)).toContain(85);
  });
});

describe("a report's cutoff said 截止到2016年12月底 is its reference year (许昌 改薄 bulletin, blind set 103)", () => {
  test("every figure of the bulletin is of 2016", () => {
    const file = path.join(__dirname, "../fixtures/extraction/real/blind103-xuchang-2016-gaibo-progress-bulletin.txt");
    const items = extractTargets(fs.readFileSync(file, "utf8"));
    expect(items.length).toBeGreaterThan(20);
    expect(new Set(items.map((x) => x.deadline))).toEqual(new Set([2016]));
  });
});

describe("a headline reviewing a five-year period dates its figures at the period's end (县教育局“十四五”期间教育发展工作总结, blind set 80)", () => {
  test("the review's figures are of 2025", () => {
    const text = "县教育局“十四五”期间教育发展工作总结\n一、基本情况\n全县共有各级各类学校120所,在校学生5.6万人。";
    expect(extractTargets(text).map((x) => [x.value, x.deadline])).toEqual([
      [120, 2025],
      [56000, 2025],
    ]);
  });

  test("a plan's headline is no review (“十四五”教育发展规划)", () => {
    const text = "县“十四五”教育发展规划\n一、发展基础\n全县共有各级各类学校120所。";
    expect(extractTargets(text).map((x) => x.deadline)).not.toEqual([2025]);
  });
});

describe("a Taiwanese page counts years from the Republic (113年 is 2024; 台北 and 苗栗 pages, blind sets 155, 157)", () => {
  test("a three-digit year before 年 on a Taiwanese page is the Republic's", () => {
    const text = "苗栗县政府新闻稿\n苗栗县113年度全县社区大学开设课程320门。";
    expect(extractTargets(text).map((x) => [x.value, x.deadline])).toEqual([[320, 2024]]);
  });

  test("one mention of a Taiwanese place is not enough (平台北京 is none)", () => {
    expect(extractTargets("社区教育平台北京站工作总结\n113年度全县社区大学开设课程320门。").map((x) => [x.value, x.deadline])).toEqual([[320, null]]);
  });

  test("elsewhere 113年度 is no year", () => {
    expect(extractTargets("社区教育工作总结\n113年度全县社区大学开设课程320门。").map((x) => [x.value, x.deadline])).toEqual([[320, null]]);
  });
});

describe("a size stated as a bare count in ten thousands (规模达3.42亿)", () => {
  test("in people when the noun before the measure names them, else in no unit (CNNIC 2020, blind set 186; 2016 本科 news, blind set 94)", () => {
    const rows = (text: string): Array<[number | null, string | null]> => extractTargets(text, { genre: "actual" }).map((x) => [x.value, x.unit]);
    expect(rows("截至2020年12月,我国在线教育用户规模达3.42亿,占网民整体的34.6%。")).toEqual([
      [342000000, null],
      [34.6, "%"],
    ]);
    expect(rows("2016年全国普通本科高校在校生规模突破1613万。")).toEqual([[16130000, "人"]]);
  });

  test("any measure of an amount (浏览量, 总量), also after 分别 (国家智慧教育平台 2022, blind set 128; 安徽 技能人才 2023, blind set 244)", () => {
    const rows = (text: string): Array<[number | null, string | null]> => extractTargets(text, { genre: "actual" }).map((x) => [x.value, x.unit]);
    expect(rows("平台日均浏览量达到2888万以上,最高日浏览量达到6433万。")).toEqual([
      [28880000, null],
      [64330000, null],
    ]);
    expect(rows("全省技能人才总量分别达到724.4万。")).toEqual([[7244000, null]]);
  });
});
