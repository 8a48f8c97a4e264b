/**
 * Regressions found by the property runs and by real documents, each fixed once and kept here.
 */
import { extractTargets } from "../../src/core/extract";

describe("no item without an indicator", () => {
  test("an indicator table whose unit line （％） repeats (found by extract.fuzz)", () => {
    const text = "指标\n2020年\n2025年\n学前三年毛入园率\n（％）\n（％）\n88.6\n92以上\n普惠性幼儿园覆盖率\n（％）\n82.3\n85\n";
    const items = extractTargets(text);
    expect(items.length).toBeGreaterThan(0);
    for (const it of items) expect(it.indicator.trim()).not.toBe("");
    expect(items.map((x) => [x.indicator, x.comparator, x.value, x.unit, x.kind])).toEqual([
      ["学前三年毛入园率", "=", 88.6, "%", "actual"],
      ["学前三年毛入园率", ">=", 92, "%", "target"],
      ["普惠性幼儿园覆盖率", "=", 82.3, "%", "actual"],
      ["普惠性幼儿园覆盖率", "none", 85, "%", "target"],
    ]);
  });

  test("a unit line alone with no label before it gives nothing, not a nameless item", () => {
    const text = "指标\n2020年\n2025年\n（％）\n（％）\n88.6\n92\n";
    for (const it of extractTargets(text)) expect(it.indicator.trim()).not.toBe("");
  });
});

describe("亿元 and 万元 stay units when 多 or 余 sits inside them", () => {
  test("7亿多元 is 7 亿元 and more, 3000万余元 3000 万元 and more; 1万多人 counts 10000 人", () => {
    expect(extractTargets("2017年,总投资7亿多元,投入资金3000万余元,培训教师1万多人。").map((x) => [x.comparator, x.value, x.unit])).toEqual([
      [">=", 7, "亿元"],
      [">=", 3000, "万元"],
      [">=", 10000, "人"],
    ]);
  });
});

describe("计划总投资 plans", () => {
  test("in a half-year report, the planned total investment is a target", () => {
    const text = "2012年上半年工作总结\n全市幼儿园在园幼儿比上年增加1200人,比上年增长5%,比上年提高2个百分点。公办幼儿园建设项目计划总投资1.44亿元。";
    expect(extractTargets(text).filter((x) => x.value === 1.44).map((x) => [x.comparator, x.unit, x.kind])).toEqual([["none", "亿元", "target"]]);
  });
});

describe("HTML a scraper left in the text", () => {
  test("?/p> and </p> between a figure and its unit are layout: the figure keeps its unit and its sentence", () => {
    const text = "一是教育民生改善取得新成效。支付专项资金?/p>\n1304\n万元?/p>\n发放助学金\n1286\n</p>\n万元,受益学生<br/>14529人次。";
    expect(extractTargets(text).map((x) => [x.value, x.unit])).toEqual([
      [1304, "万元"],
      [1286, "万元"],
      [14529, "人次"],
    ]);
  });
});

describe("periods that are not figures", () => {
  test("一年 as “a year” (关键一年, 往前一年) and the period of a change (10年增加7.6万所)", () => {
    expect(extractTargets("今年是十四五规划的关键一年。")).toEqual([]);
    expect(extractTargets("2023年工作总结\n全国幼儿园10年增加7.6万所。").map((x) => [x.comparator, x.value, x.unit])).toEqual([["increase_by", 76000, "所"]]);
  });

  test("a stated period with a bound stays a figure (一年以上)", () => {
    expect(extractTargets("新任教师须在农村学校任教一年以上。").map((x) => [x.comparator, x.value, x.unit])).toEqual([[">=", 1, "年"]]);
  });
});

test("学前三年 / 学前一年 name a stage of schooling, never a figure of years", () => {
  for (const text of ["2025年,学前三年毛入园率达到95%以上。", "全面普及学前三年教育。", "学前一年毛入园率保持100%。"]) {
    const items = extractTargets(text);
    expect(items.filter((it) => it.unit === "年")).toEqual([]);
  }
  expect(extractTargets("2025年,学前三年毛入园率达到95%以上。").map((it) => [it.indicator, it.value])).toEqual([["学前三年毛入园率", 95]]);
});

test("a heading right after a tab-separated table starts the next section; it is not a section row of the table", () => {
  const text = "二、主要指标\n序号\t指标\t2024年\t2025年目标\n1\t学前三年毛入园率\t90.5%\t92%\n三、保障措施\n全年教育经费投入不低于3.2亿元。";
  const items = extractTargets(text);
  expect(items.map((it) => [it.section, it.indicator, it.value])).toEqual([
    ["二、主要指标", "学前三年毛入园率", 90.5],
    ["二、主要指标", "学前三年毛入园率", 92],
    ["三、保障措施", "教育经费投入", 3.2],
  ]);
});

describe("a point between Chinese digits (高雄 and 新北 news, blind set 92)", () => {
  test("一‧五倍, 四‧五億元 and 五．六萬名 are decimals, quoted as written; 一一五年 is a year, no duration; a point between other words is no decimal", () => {
    const text = "2025年工作总结\n獎金同步增加一‧五倍,一一五年自籌四‧五億元經費,收托五．六萬名幼兒。第一.二章。";
    const items = extractTargets(text);
    expect(items.map((x) => [x.value, x.unit])).toEqual([
      [1.5, "倍"],
      [4.5, "亿元"],
      [56000, "名"],
    ]);
    expect(items.map((x) => x.quote.slice(-6))).toEqual(["增加一‧五倍", "自籌四‧五億元".slice(-6), "收托五．六萬名".slice(-6)]);
  });
});

describe("a decimal point a copy turned into 。 (全国学前教育 2022, blind set 82)", () => {
  test("89。7% and 28。92万所 are decimals; a sentence that ends on a figure stays a sentence", () => {
    const text = "学前教育毛入园率89。7%,比上年提高1。6个百分点。全国共有幼儿园28。92万所。全县新建幼儿园5所。3所已开工。";
    expect(extractTargets(text).map((x) => [x.value, x.unit, x.quote])).toEqual([
      [89.7, "%", "学前教育毛入园率89。7%"],
      [1.6, "个百分点", "比上年提高1。6个百分点"],
      [289200, "所", "全国共有幼儿园28。92万所"],
      [5, "所", "全县新建幼儿园5所"],
      [3, "所", "3所已开工"],
    ]);
  });
});

describe("a page typed with 。 for every decimal point (a school's midterm review, blind set 122)", () => {
  const values = (text: string) => extractTargets(text).map((x) => [x.value, x.unit]);
  test("once a 。 stands for a point before a unit, it does before any figure", () => {
    expect(values("2020年期中考试汇报\n人均阅读12。5本,相差47。1个百分点。")).toEqual([[12.5, "本"], [47.1, "个百分点"]]);
  });
  test("…but a year after it starts a sentence", () => {
    const items = extractTargets("2020年期中考试汇报\n相差47。1个百分点。班级共12。2021年将新建教室5间。");
    expect(items.map((x) => [x.value, x.unit, x.deadline])).toEqual([[47.1, "个百分点", 2020], [5, "间", 2021]]);
  });
  test("without the habit shown, 12。5本 stays a sentence's end and a new figure", () => {
    expect(values("2020年期中考试汇报\n新建教室12间。5本图书已到位。")).toEqual([[12, "间"], [5, "本"]]);
  });
});

describe("decimal points a copy turned into spaces (全国 2018 学前 公报, blind sets 11 and 82)", () => {
  test("a document whose 4 60% can be no 460% reads each such space as a point", () => {
    const text = "全国共有幼儿园26 67万所,比上年增加1 17万所,增长4 60%。";
    expect(extractTargets(text).map((x) => [x.value, x.unit])).toEqual([
      [266700, "所"],
      [11700, "所"],
      [4.6, "%"],
    ]);
  });

  test("one such figure is no habit: it stays as it was", () => {
    expect(extractTargets("全县小学入学率 95 98%。").map((x) => x.value)).toEqual([98]);
  });
});

describe("a rate stated as zero (鄉 普九 自查, blind set 84)", () => {
  test.each([
    ["國小輟學率為0,國中輟學率為0。", [[0, "%"], [0, "%"]]],
    ["师生犯罪率为零。", [[0, "%"]]],
    ["全县校舍危房面积为0。", []], // no rate: no percent to give it
  ])("%s", (text, expected) => {
    expect(extractTargets(text).map((x) => [x.value, x.unit])).toEqual(expected);
  });
});

describe("a line's list number before a figure (1. 80%學生曾參與網上閱讀; a school's annual plan, blind set 120)", () => {
  test("is no integer part of the figure: 80%, not 1.80%", () => {
    const items = extractTargets("2015年周年計劃\n    1. 80%學生曾參與網上閱讀\n    2. 80%學生曾登入自學網站");
    expect(items.map((x) => [x.value, x.unit])).toEqual([[80, "%"], [80, "%"]]);
    expect(items.every((x) => /學生/.test(x.indicator))).toBe(true);
  });
  test("…while a spaced decimal inside a line stays one number (及格率为95. 5%)", () => {
    expect(extractTargets("2013年统考质量讲评\n及格率为95. 5%。").map((x) => x.value)).toEqual([95.5]);
  });
});

describe("a label's colon, then an approximation or a bound before the figure (定远 滨湖 school Q&A, blind set 269)", () => {
  test.each([
    ["总投资:约3.5亿元。", "总投资", "none"],
    ["投入:超30万元。", "投入", ">="],
    ["资金:约5元。", "资金", "none"],
  ])("%s is named by its label", (text, indicator, comparator) => {
    expect(extractTargets(text).map((x) => [x.indicator, x.comparator])).toEqual([[indicator, comparator]]);
  });
  test("…while a change after the colon keeps its own name (投入带来显著回报:…占比从31%提升至47%)", () => {
    const items = extractTargets("这种投入带来显著回报:2023年教师队伍中高级职称占比从31%提升至47%。");
    expect(items.map((x) => x.indicator).every((n) => /职称占比/.test(n))).toBe(true);
  });
});

describe("aid paid out in 万 with no 元 (扬州 and 鄞州 aid news, blind set 268)", () => {
  test.each([
    ["扬州教育局累计发放310万。", 310],
    ["鄞州区发放教育救助金129.6万。", 129.6],
  ])("%s is money in 万元", (text, value) => {
    expect(extractTargets(text).map((x) => [x.value, x.unit])).toEqual([[value, "万元"]]);
  });
});

describe("a price per thing (怀化 校服 采购结果, blind set 274)", () => {
  test.each([
    ["初中夏装95元/套,冬装内胆60元/件。", [[95, "元/套"], [60, "元/件"]]],
    ["作业本每本限价0.5元/本。", [[0.5, "元/本"]]],
    ["1-2年级不超过7元/生/期,普通高中不超过30元/生·期。 (岳阳 作业本 caps)", [[7, "元/生/期"], [30, "元/生·期"]]],
  ])("%s keeps what it is per", (text, expected) => {
    expect(extractTargets(text).map((x) => [x.value, x.unit])).toEqual(expected);
  });
  test("…while a / before a longer word stays out of the unit (5元/套餐: a meal, not a set)", () => {
    expect(extractTargets("补助标准为5元/套餐。").map((x) => x.unit)).toEqual(["元"]);
  });
});

describe("variant Traditional forms (爲 for 為, 衆 for 眾) read as the common ones (潁上 2020 校舍建設, blind set 20)", () => {
  test("年度計劃爲29個 is a plan's count, named without its verb", () => {
    const items = extractTargets("2020年工作总结\n今年全县完成投资3亿元。2020年,我縣公辦幼兒園建設項目年度計劃爲29個,新建及改造園舍面積約4.1萬平方米。");
    const planned = items.find((x) => x.value === 29);
    expect(planned?.kind).toBe("target");
    expect(planned?.indicator).not.toMatch(/爲/);
  });
});

describe("an age that changes to another is a level, not an age band (人均预期寿命 and 平均年龄 in health bulletins, blind sets 354 and 361)", () => {
  test("由46岁下降到40岁 gives the baseline and the level", () => {
    expect(extractTargets("2019年工作总结\n平均年龄由46岁下降到40岁。").map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ["平均年龄(基期)", 46, "岁"],
      ["平均年龄", 40, "岁"],
    ]);
  });
  test("the measure may open the sentence before a span of years (人均预期寿命在2015年至2020年,从76.34岁提高至77.93岁)", () => {
    expect(extractTargets("2019年工作总结\n中国人均预期寿命在2015年至2020年,从76.34岁提高至77.93岁。").map((x) => x.value)).toEqual([76.34, 77.93]);
  });
  test("an age band stays a band (3--5周岁儿童, 其中25岁(含)以下代表153名)", () => {
    expect(extractTargets("3--5周岁儿童入园率达到95%。").map((x) => x.value)).toEqual([95]);
    expect(extractTargets("代表平均年龄27.83岁,其中25岁(含)以下代表153名。").map((x) => x.value)).toEqual([27.83, 153]);
  });
});
