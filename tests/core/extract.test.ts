import * as fs from "fs";
import * as path from "path";
import { PlanError } from "../../src/core/errors";
import { extractTargets, ExtractedItem } from "../../src/core/extract";

/** The figure in the gold set's terms: comparator, value(s) and unit, e.g. ">= 99.2 %". */
function figure(it: ExtractedItem): string {
  const v = it.ratio ? it.ratio.join(":") : it.min !== undefined ? `${it.min}~${it.max}` : String(it.value);
  return `${it.comparator} ${v}${it.unit === null ? "" : " " + it.unit}`;
}

function figures(text: string): string[] {
  return extractTargets(text).map(figure);
}

function only(text: string): ExtractedItem {
  const all = extractTargets(text);
  expect(all).toHaveLength(1);
  return all[0];
}

const FIXTURES = path.join(__dirname, "../fixtures");

describe("items and offsets", () => {
  test("fields of one item", () => {
    const text = "2008年教育局工作计划\n1.九年制义务教育\n(1)全市适龄儿童少年入学率达到100%。";
    expect(only(text)).toEqual({
      indicator: "适龄儿童少年入学率",
      scope: "全市",
      section: "1.九年制义务教育",
      comparator: ">=",
      value: 100,
      unit: "%",
      deadline: 2008,
      kind: "target",
      quote: "(1)全市适龄儿童少年入学率达到100%",
      start: text.indexOf("(1)"),
      end: text.indexOf("。"),
    });
  });

  test("every quote is the text at its offsets, in every fixture document", () => {
    const dirs = [path.join(FIXTURES, "seeds"), path.join(FIXTURES, "extraction/own")];
    let n = 0;
    for (const dir of dirs) {
      for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
        const text = fs.readFileSync(path.join(dir, f), "utf8");
        for (const it of extractTargets(text)) {
          expect(text.slice(it.start, it.end)).toBe(it.quote);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(300);
  });

  test("offsets are UTF-16 offsets of the text as given (astral characters, BOM, source line)", () => {
    const text = "\ufeffsource: https://example.org/🙂\n🙂🙂 新建幼儿园6所。";
    const it = only(text);
    expect(it.quote).toBe("新建幼儿园6所");
    expect(it.start).toBe(text.indexOf("新建"));
  });

  test("a leading source line is metadata, not text", () => {
    expect(extractTargets("source: 教育局2025年计划 入学率达到99%\n")).toEqual([]);
  });

  test("only strings are read; anything else is a PlanError", () => {
    expect(() => extractTargets(42 as unknown as string)).toThrow(PlanError);
    expect(extractTargets("")).toEqual([]);
  });
});

describe("comparators in the gold set's conventions", () => {
  test.each([
    ["全市适龄儿童少年入学率达到100%。", ">= 100 %"],
    ["使农村教师平均年龄达到四零周岁以下。", "<= 40 岁"],
    ["流生率控制在0.5%以内。", "<= 0.5 %"],
    ["普高与职高的比例保持在1:1。", "ratio 1:1"],
    ["重点线上线率比上年提高3-5个百分点。", "increase_by 3~5 个百分点"],
    ["全年培训中小学校长280人。", "none 280 人"],
    ["建设一零个左右教师企业实践流动站。", "none 10 个"],
    ["力争撤并10所较薄弱学校。", ">= 10 所"],
    ["各类专业竞赛保持在**市的前三名。", "<= 3 名"],
    ["力争全市三分之二以上的乡镇学校有独立的办学场所。", ">= 66.67 %"],
    ["对外开展各级各类培训达年均二万人次以上。", ">= 20000 人次"],
    ["完成184所农村中小学校7.6万平方米的危房改造任务。", "none 184 所|none 76000 平方米"],
    ["培养骨干教师一五零零名。", "none 1500 名"],
    ["婴儿死亡率控制在5‰以内。", "<= 5 ‰"],
    ["改造提升村卫生室30个。", "none 30 个"],
  ])("%s → %s", (text, expected) => {
    expect(figures(text).join("|")).toBe(expected);
  });

  test("a report states measurements: exact figures are =, 多/余 are ≥, 近 is ≤, 约 states none", () => {
    const text = "2023年工作总结\n一、工作完成情况\n全县共投资60余万元，新建校舍260多间，查缴书刊近600本，使微机室达到了180个，惠及学生约12.6万人次。";
    expect(figures(text)).toEqual([">= 60 万元", ">= 260 间", "<= 600 本", "= 180 个", "none 126000 人次"]);
    expect(extractTargets(text).every((x) => x.kind === "actual")).toBe(true);
  });
});

describe("lists", () => {
  test("分别 distributes values over listed levels, in order", () => {
    const items = extractTargets("使小学、初中、高中教师学历合格率分别达到99.62%、99.28%、98.2%。");
    expect(items.map((x) => [x.scope, x.indicator, x.value])).toEqual([
      ["小学", "教师学历合格率", 99.62],
      ["初中", "教师学历合格率", 99.28],
      ["高中", "教师学历合格率", 98.2],
    ]);
  });

  test("分别 over indicators; a short item borrows the shared head or tail", () => {
    expect(extractTargets("高血压、糖尿病患者规范管理率分别为78.3%、76.1%。").map((x) => x.indicator)).toEqual(["高血压患者规范管理率", "糖尿病患者规范管理率"]);
    expect(extractTargets("初中学业水平考试优秀率、合格率分别为32.6%、91.8%。").map((x) => x.indicator)).toEqual(["学业水平考试优秀率", "学业水平考试合格率"]);
  });

  test.each([
    ["义务教育段、高中段入学率分别达100%、97%。", ["义务教育段入学率", "高中段入学率"]],
    ["公办幼儿园、普惠性幼儿园在园幼儿占比分别达到57%和89%。", ["公办幼儿园在园幼儿占比", "普惠性幼儿园在园幼儿占比"]],
    ["小学生、初中生、高中生的近视率分别为48.3%、71.6%、80.5%。", ["小学生的近视率", "初中生的近视率", "高中生的近视率"]],
  ])("分别 over parallel heads: each takes the measure after the last head (%s)", (text, names) => {
    expect(extractTargets(text).map((x) => x.indicator)).toEqual(names);
  });

  test.each([
    ["毕业去向落实率较高的专业是特殊教育(96.55%)、文化产业管理(95.56%)、物流管理(92.68%)。", [["毕业去向落实率", "特殊教育"], ["毕业去向落实率", "文化产业管理"], ["毕业去向落实率", "物流管理"]]],
    ["其中毕业去向落实率相对较高的院系为“机电工程系”(99.29%)、“水利工程系”(98.07%)等。", [["毕业去向落实率", "机电工程系"], ["毕业去向落实率", "水利工程系"]]],
    ["省外生源主要来自河北省(3.36%)、山西省(2.09%)。", [["省外生源比例", "河北省"], ["省外生源比例", "山西省"]]],
  ])("a label before a rate in parentheses is its part; the list's measure names it (%s)", (text, named) => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope])).toEqual(named);
  });

  test("the noun a count counts ends before 的 and before an adverb, and 存在 is one verb (audit findings)", () => {
    expect(extractTargets("有108个县的1038所学校存在应补未补问题。").map((x) => x.indicator)).toEqual(["县数", "学校存在应补未补问题数"]);
    expect(extractTargets("全国有2429所仍存在薄弱环节。").map((x) => x.indicator)).toEqual(["仍存在薄弱环节数"]);
  });

  test.each([
    "2018-2020年全县入学率分别为98%、99%、100%。",
    "2018年、2019年、2020年,全县入学率分别为98%、99%、100%。",
    "近三年(2018-2020年)全县入学率分别为98%、99%、100%。",
    "2018年-2020年,全县入学率依次为98%、99%、100%。",
  ])("a run of years before 分别 gives each figure its year (%s)", (text) => {
    expect(extractTargets("2022年工作总结\n" + text).map((x) => [x.indicator, x.scope, x.value, x.deadline])).toEqual([
      ["入学率", "全县", 98, 2018],
      ["入学率", "全县", 99, 2019],
      ["入学率", "全县", 100, 2020],
    ]);
  });

  test("a list of parts before 分别 keeps its figures to the parts, whatever years come before", () => {
    expect(extractTargets("2022年工作总结\n2018-2020年,小学、初中、高中入学率分别为98%、99%、100%。").map((x) => x.scope)).toEqual(["小学", "初中", "高中"]);
  });

  test("不小于 is at least, and a modal 应 before it is no part of the name (not the 应 of 供应)", () => {
    expect(extractTargets("生均用地面积应不小于15平方米。").map((x) => [x.indicator, x.comparator, x.value])).toEqual([["生均用地面积", ">=", 15]]);
    expect(extractTargets("乡镇中心幼儿园规模不小于6个班。").map((x) => x.comparator)).toEqual([">="]);
    expect(extractTargets("全市公共住房供应3.4万套。").map((x) => x.indicator)).toEqual(["公共住房供应数"]);
  });

  test.each([
    ["全省优秀率为20%,及格率达97.82%。", "及格率"],
    ["均衡发展县达到120个。", "均衡发展县数"],
    ["有效课时达到30节。", "有效课时数"],
    ["应届毕业生就业率达到95%。", "应届毕业生就业率"],
    ["使用率达到90%。", "使用率"],
  ])("a word an opener's character starts keeps that character (%s)", (text, name) => {
    expect(extractTargets(text).map((x) => x.indicator).pop()).toBe(name);
  });

  test("跟2019年相比 is the baseline of a change, not its name", () => {
    const items = extractTargets("2021年,全国儿童青少年总体近视率为52.7%,跟2019年相比上升了2.5个百分点。");
    expect(items.map((x) => x.indicator)).toEqual(["儿童青少年总体近视率", "儿童青少年总体近视率"]);
  });

  test("(含民办2所) after a count is its private part, and the next kind of school counts itself", () => {
    expect(extractTargets("全县有小学20所,九年一贯制学校3所(含民办2所),完全中学2所。").map((x) => x.indicator)).toEqual(["小学数", "九年一贯制学校数", "民办九年一贯制学校数", "完全中学数"]);
  });

  test("分别 with no subject of its own takes the list from the figure-less clause before it", () => {
    const items = extractTargets("与2014年相比,我省男生和女生低体重率有明显改善,分别降低了0.8%和2.1%。");
    expect(items.map((x) => [x.indicator, x.comparator, x.value])).toEqual([["男生低体重率", "decrease_by", 0.8], ["女生低体重率", "decrease_by", 2.1]]);
  });

  test("a funding bulletin's lead names its numbered levels, with pinyin readings in the text; 同口径 is part of the baseline", () => {
    const text = "2021年全县幼儿园、普通小学(xué)、普通初中生均一般公共预(yù)算教育经(jīng)费(fèi)增长情况是:\n1.全县幼儿园为2299.11元,同口径比上年下降30.57%。\n2.全县普通小学(xué)为4112.19元,同口径比上年增长23.28%。";
    expect(extractTargets(text).map((x) => x.indicator)).toEqual(Array(4).fill("生均一般公共预算教育经费"));
  });

  test("由9.5年提高到10.2年 is a value changing, not the period of a change (10年增加7.6万所)", () => {
    expect(extractTargets("人均受教育年限由9.5年提高到10.2年。").map((x) => [x.indicator, x.value])).toEqual([["人均受教育年限(基期)", 9.5], ["人均受教育年限", 10.2]]);
  });

  test("an age right before a count labels it (1岁1692人;2岁2178人)", () => {
    expect(extractTargets("学龄儿童情况:1岁1692人;2岁2178人。").map((x) => [x.indicator, x.value])).toEqual([["1岁人数", 1692], ["2岁人数", 2178]]);
  });

  test("a list's item before its 和 is a figure (7.9、17.6和10个百分点), and 和 joins the last level of a list", () => {
    expect(extractTargets("小学、初中和高中入学率分别提高了7.9、17.6和10个百分点。").map((x) => [x.scope, x.indicator, x.value])).toEqual([
      ["小学", "入学率", 7.9],
      ["初中", "入学率", 17.6],
      ["高中", "入学率", 10],
    ]);
    expect(extractTargets("全县共有中小学和幼儿园38所。").map((x) => x.indicator)).toEqual(["中小学和幼儿园数"]);
    expect(extractTargets("全市普高与职高的比例保持在1:1。").map((x) => x.indicator)).toEqual(["普高与职高的比例"]);
  });

  test.each([
    ["项目总投资42.88亿人民币。", 42.88, "亿元"],
    ["投资5000万人民币。", 5000, "万元"],
  ])("人民币 is money, not the 人 of people (%s)", (text, value, unit) => {
    expect(extractTargets(text).map((x) => [x.value, x.unit])).toEqual([[value, unit]]);
  });

  test("平方 alone is a square metre, and a dictionary site's (拼音:chāo) inside a word is no text", () => {
    expect(extractTargets("生均占地不低于15平方。").map((x) => [x.comparator, x.value, x.unit])).toEqual([[">=", 15, "平方米"]]);
    expect(extractTargets("幼儿园规模一般不超(拼音:chāo)过15个班。").map((x) => [x.comparator, x.value])).toEqual([["<=", 15]]);
  });

  test("a rate per square metre keeps its divisor (800元/平方米, 800元/㎡)", () => {
    expect(extractTargets("校舍补助标准由800元/㎡提高到1100元/平方米。").map((x) => [x.value, x.unit, x.quote])).toEqual([
      [800, "元/平方米", "校舍补助标准由800元/㎡"],
      [1100, "元/平方米", "提高到1100元/平方米"],
    ]);
  });

  test("a span of years opening a subject is no part of the name, and 年均增幅 is the change of the measure before", () => {
    expect(extractTargets("2012-2016年累计资助学生4.25亿人次,年均增幅2.05%。").map((x) => [x.indicator, x.comparator, x.value])).toEqual([
      ["累计资助学生人次", "=", 425000000], // 累计 over years gone: a report
      ["累计资助学生人次", "increase_by", 2.05],
    ]);
  });

  test("a span of years back from now (这十年间, 在过去三年里) and a count of batches (两批) are no part of a count's name", () => {
    expect(extractTargets("教育部在过去三年里共认定了两批142个儿童青少年近视防控试点县。").map((x) => x.indicator)).toEqual(["认定儿童青少年近视防控试点县数"]);
    expect(extractTargets("近5年年均投入达118.48亿元。").map((x) => x.indicator)).toEqual(["近5年年均投入"]);
  });

  test("二至三成 is a range of tenths, not a slogan like 一人一籍", () => {
    expect(extractTargets("继续深造人数占总毕业人数的二至三成。").map((x) => [x.comparator, x.min, x.max, x.unit])).toEqual([["range", 20, 30, "%"]]);
    expect(extractTargets("落实一人一籍,两免一补政策。")).toEqual([]);
  });

  test.each([
    ["新建教学楼2幢。", "幢"],
    ["全年发现传染病3例。", "例"],
    ["新建学校设计规模为8轨。", "轨"],
    ["新建蓄水池500立方米。", "立方米"],
  ])("幢, 例, 轨 and 立方米 are units (%s)", (text, unit) => {
    expect(extractTargets(text).map((x) => x.unit)).toEqual([unit]);
  });

  test.each([
    ["初中男生平均身高比2014年增高1.4cm。", "cm"],
    ["平均体重增加1.0kg。", "kg"],
    ["学生平均身高158.3厘米。", "厘米"],
    ["平均体重50.2公斤。", "公斤"],
    ["新建道路8.72千米。", "千米"],
  ])("a pupil's height and weight, and a road's length, keep their units (%s, blind set 113)", (text, unit) => {
    expect(extractTargets(text).map((x) => x.unit)).toEqual([unit]);
  });

  test("a place's land area (总面积2007平方公里) is background, not an indicator", () => {
    expect(extractTargets("X县总面积2007平方公里,辖12个乡镇。").filter((x) => x.unit === "平方公里")).toEqual([]);
  });

  test.each([
    ["全市高技能人才总量达到80万人,名列全省第一。", "高技能人才总量全省排名"],
    ["高考本科上线率达85%,位居全市第二。", "高考本科上线率全市排名"],
    ["综合绩效名列第一。", "综合绩效排名"],
  ])("a rank is named as the measure ranked and the area (%s)", (text, name) => {
    expect(extractTargets(text).filter((x) => x.unit === "名").map((x) => x.indicator)).toEqual([name]);
  });

  test("a site's breadcrumb run into the headline is no part of a name", () => {
    expect(extractTargets("首页>科教>正文全国儿童青少年总体近视率为52.7%。").map((x) => x.indicator)).toEqual(["儿童青少年总体近视率"]);
    expect(extractTargets("高考升学网>中学教育>正文到2020年全县计划投入中小学校舍建设资金3亿元。").map((x) => x.indicator)).toEqual(["计划投入中小学校舍建设资金"]);
  });

  test("a count after …对 is the object of the verb after it, which ends the noun (给予, 予以)", () => {
    expect(extractTargets("基金会决定对130名贫困家庭大学新生给予一次性资助。").map((x) => x.indicator)).toEqual(["贫困家庭大学新生数"]);
    expect(extractTargets("达成产学研合作意向不少于100项。").map((x) => x.indicator)).toEqual(["达成产学研合作意向数"]);
  });

  test("a list's or a dash's mark opens no name", () => {
    expect(extractTargets("——各级各类学历教育在校生12.3万人。").map((x) => x.indicator)).toEqual(["各级各类学历教育在校生数"]);
  });

  test.each([
    ["2020年度收入总计1200万元。", "收入总计"],
    ["其中包括:一般公共预算收入1000万元。", "一般公共预算收入"],
    ["全县共有小学12所,含教学点5个。", "教学点数"],
  ])("the 度 a year leaves, and 含 or 包括 of a breakdown, open no name: %s", (text, name) => {
    expect(extractTargets(text).map((x) => x.indicator)).toContain(name);
  });

  test("the bracket a figure stood in is not left open in its name", () => {
    expect(extractTargets("专职教师薪资补贴(占比40%)、专业设备采购(占比30%)。").map((x) => x.indicator)).toEqual(["专职教师薪资补贴占比", "专业设备采购占比"]);
  });

  test("容积率 is a plain number, as 差异系数 is", () => {
    expect(extractTargets("新校区占地60亩,容积率为0.7。").map((x) => [x.indicator, x.value, x.unit])).toEqual([["新校区占地面积", 60, "亩"], ["容积率", 0.7, null]]);
  });

  test("a bound closing a 分别 list binds every item", () => {
    expect(figures("乡村小学、初中巩固率分别保持在99.8%、99.5%以上。")).toEqual([">= 99.8 %", ">= 99.5 %"]);
  });

  test("均 gives every listed indicator the same target", () => {
    const items = extractTargets("普通(范文来源:范文大全)高校本科上线率、重点线上线率均比上年提高3-5个百分点。");
    expect(items.map((x) => x.indicator)).toEqual(["普通高校本科上线率", "重点线上线率"]);
    expect(items.map(figure)).toEqual(["increase_by 3~5 个百分点", "increase_by 3~5 个百分点"]);
  });

  test("各 gives each listed item the figure, before the figure or before its verb", () => {
    expect(extractTargets("共配备教学光盘播放设备113套，计算机教室和多媒体设备各35套。").map((x) => [x.indicator, x.value])).toEqual([
      ["配备教学光盘播放设备数", 113],
      ["配备计算机教室数", 35],
      ["配备多媒体设备数", 35],
    ]);
    expect(extractTargets("城区、农村学校各建设标准化考点10个。").map((x) => [x.scope, x.indicator])).toEqual([
      ["城区", "标准化考点数"],
      ["农村学校", "标准化考点数"],
    ]);
    // the comparator after 各 is no part of the name; a verb alone names the count with the noun after
    expect(extractTargets("三明、龙岩将各建成不少于17个托育园。").map((x) => [x.scope, x.indicator, figure(x)])).toEqual([
      ["三明", "建成托育园数", ">= 17 个"],
      ["龙岩", "建成托育园数", ">= 17 个"],
    ]);
  });

  test("a 、 list of counts shares the last item's head noun", () => {
    expect(extractTargets("建设1个市级名校长、3个县级名校长工作室。").map((x) => x.indicator)).toEqual(["市级名校长工作室数", "县级名校长工作室数"]);
    expect(extractTargets("实现县二所以上、区三所以上直属公办园。").map((x) => [x.scope, x.indicator, figure(x)])).toEqual([
      ["县", "直属公办园数", ">= 2 所"],
      ["区", "直属公办园数", ">= 3 所"],
    ]);
  });
});

describe("carried context", () => {
  test("a scope opening a sentence is carried through its list of indicators", () => {
    const items = extractTargets("全市初中、小学体育达标率达到95.6%以上，体育合格率达到99.4%以上，近视新发病率不超过5%。");
    expect(items.map((x) => x.scope)).toEqual(["全市初中、小学", "全市初中、小学", "全市初中、小学"]);
    expect(items.map((x) => x.indicator)).toEqual(["体育达标率", "体育合格率", "近视新发病率"]);
  });

  test("an elliptical clause keeps the indicator before it (其中小学, 小学2所)", () => {
    expect(extractTargets("全市法定年龄学生流生率控制在0.5%以内，其中小学力争无流生。").map((x) => [x.scope, x.indicator, figure(x)])).toEqual([
      ["全市", "法定年龄学生流生率", "<= 0.5 %"],
      ["小学", "法定年龄学生流生率", "= 0 %"],
    ]);
    expect(extractTargets("接边县域名校初中3所，小学2所。").map((x) => [x.scope, x.indicator])).toEqual([
      ["初中", "接边县域名校数"],
      ["小学", "接边县域名校数"],
    ]);
  });

  test("无 before a dropout word and the students it names counts none of them (无辍学学生 → 0 人; 控辍保学 report, blind set 131)", () => {
    const report = "2023年控辍保学工作汇报\n全县义务教育巩固率达100%,无辍学学生。全旗无失学辍学学生。";
    expect(extractTargets(report).map((x) => [x.indicator, figure(x)])).toEqual([
      ["义务教育巩固率", "= 100 %"],
      ["辍学学生数", "= 0 人"],
      ["失学辍学学生数", "= 0 人"],
    ]);
  });

  test("力争 and the verb carry to elliptical items; an item with its own verb keeps its own", () => {
    expect(extractTargets("力争新培养国家级、省级教学名师五人，市级教学名师一零人。").map((x) => [x.indicator, figure(x)])).toEqual([
      ["新培养国家级、省级教学名师数", ">= 5 人"],
      ["新培养市级教学名师数", ">= 10 人"],
    ]);
    expect(figures("力争接待游客突破800万人次，实现旅游总收入65亿元。")).toEqual([">= 8000000 人次", "none 65 亿元"]);
  });

  test("到二零二五年 opening a sentence carries forward through the paragraph, not backward", () => {
    const text = "实现县二所以上直属公办园。到二零二五年，公办园在园幼儿达到五五%。建设二个实训基地。\n新建1所学校。";
    expect(extractTargets(text).map((x) => x.deadline)).toEqual([null, 2025, 2025, null]);
  });

  test("the year of a plan, of a heading, and of the text nearer the figure", () => {
    const text = "某县教育局2024年工作计划\n1.2024年工作要点:\n(1)新增学位3100个。\n2.“十四五”工作要点:\n(1)班额控制在50人以下。到2024年，公办园在园幼儿占比达到50%。";
    expect(extractTargets(text).map((x) => x.deadline)).toEqual([2024, 2025, 2024]);
  });

  test("a year that dated events agree on, and none when they conflict", () => {
    expect(only("第二篇\n以庆祝新中国成立60周年为契机。确保学生每天锻炼一小时。").deadline).toBe(2009);
    expect(only("组织实施“十二五”规划。组织开展好第23个教师节庆祝活动。落实资金2695万元。").deadline).toBeNull();
  });

  test("a report's sections are actuals, its plan sections targets", () => {
    const text = "2023年工作总结和2024年工作打算\n一、2023年工作完成情况\n新增床位120张。\n二、2024年工作打算\n新建发热门诊5个。";
    expect(extractTargets(text).map((x) => [x.kind, x.deadline, figure(x)])).toEqual([
      ["actual", 2023, "= 120 张"],
      ["target", 2024, "none 5 个"],
    ]);
  });

  test("现有 in a plan is a reported figure; 较2021年 is a baseline, not its year", () => {
    const items = extractTargets("2024年工作计划\n目前全市已有公办幼儿园45所，到2025年达到60所。");
    expect(items.map((x) => [x.kind, x.deadline, figure(x)])).toEqual([
      ["actual", null, "= 45 所"],
      ["target", 2025, ">= 60 所"],
    ]);
  });
});

describe("distractors", () => {
  test.each([
    ["document numbers and dates", "区教发〔2024〕3号，2024年2月15日印发，时间:2023-02-24 17:34:53，第1页/共7页。"],
    ["names with numerals", "深入开展“五五”普法，落实“十四五”规划，推进三通两平台，引进985、211大学毕业生，建设信息化2.0。"],
    ["ordinals and editions", "组织开展第23个教师节活动，举办第五届艺术节，推进职中二期、县二幼儿园建设，贯彻市七次党代会精神。"],
    ["masked figures", "为各中小学订法制教材XX套，现有**所学校，安排专项资金XX万元。"],
    ["slogans and articles", "实现四个转变，作为评判一所学校、一个教师的标准，努力打造一支名师队伍，每月召开一次调度会。"],
    ["other bodies' figures", "确保在全省重点支持建设的38个县级职教中心和25所成人学校中我市占有适当的份额。"],
    ["conditions", "对于小区面积达60亩以上(含60亩)的必须建设幼儿园。"],
    ["durations and arrangements", "利用3个月的时间开展整顿，用三年时间实现校校有名师，学生体质健康连续三年达标，分三批实施，每批约100名。"],
    ["anniversaries and age qualifiers", "以庆祝新中国成立60周年为契机，关爱65岁以上老年人。"],
    ["a web page title", "全市教育工作要点2篇"],
    ["a post's time told back from now (a forum, blind set 307)", "推\n02/16 23:44,\n4天前\n, 1F\n- 教育\n- 2天前\n3小时前"],
    ["人气, 人员, 人力 after a number are words (a Q&A page's dateline and counter, blind set 316)", "时间:01-18人气:11作者:春水初盛\n加强4.4人力资源建设"],
    ["how the work was split into groups (README: 分8组; 督导检查组分4个小组, inspection notices)", "督导检查组分4个小组开展检查,分成3个小组入户,分为四个督导组。"],
    ["a numbered outline's headings (a scheme's contents, blind sets 287, 307)", "六、资源需求\n6.1人力资源\n6.2物质资源\n6.4技术资源\n1.4项目价值"],
  ])("%s", (_, text) => {
    expect(figures(text)).toEqual([]);
  });

  test("one line of N.M and a title is a figure, not an outline (4.5万人次参训, 2.4万平方米的绿化); an outline's heading heads its section", () => {
    expect(figures("4.5万人次参训\n")).toEqual(["= 45000 人次"]);
    expect(figures("6.1人力资源\n6.2物质资源\n2.4万平方米的绿化\n")).toEqual(["= 24000 平方米"]);
    expect(extractTargets("3.1总体目标\n到2025年,全县新建学校3所。\n3.2保障措施\n").map((x) => x.section)).toEqual(["3.1总体目标"]);
  });

  test("一所九年一贯制学校 counts one school: 九年一贯制 is no slogan's second numeral (一人一籍 stays one; blind sets 222, 238)", () => {
    expect(figures("规划新建一所九年一贯制学校。")).toEqual(["none 1 所"]);
    expect(figures("落实一人一籍。")).toEqual([]);
  });

  test("a time frame before a verb is not a figure, but 五年内不得交流 is a minimum", () => {
    expect(figures("三年内改扩建乡村中小学15所。")).toEqual(["none 15 所"]);
    expect(figures("原则上五年内不得交流、调动。")).toEqual([">= 5 年"]);
  });

  test("qualifiers inside names stay names (3--5周岁, 学前三年, 大专以上, 前100名)", () => {
    expect(only("3--5周岁儿童入园率达到95%以上。").indicator).toBe("3--5周岁儿童入园率");
    expect(only("全区学前三年毛入园率达到98%以上。").indicator).toBe("学前三年毛入园率");
    expect(figure(only("小学教师大专以上学历达到73.8%。"))).toBe(">= 73.8 %");
    expect(only("今年高考，有3人考入全省理科前100名。").indicator).toBe("考入全省理科前100名人数");
  });
});

describe("indicator tables pasted as text", () => {
  const cellPerLine = [
    "表1 主要指标",
    "指标",
    "2020年",
    "2025年",
    "属性",
    "学前教育",
    "学前三年毛入园率（％）",
    "88.6",
    "92以上",
    "预期性",
    "专任教师本科及以上学历比例（％）",
    "其中：小学",
    "初中",
    "78.6",
    "92.3",
    "90",
    "98",
    "预期性",
    "生师比",
    "18.5:1",
    "17:1",
    "约束性",
    "注：带“≥”的指标为下限值。",
  ].join("\n");

  test("a baseline column of actuals and a target column, one cell per line", () => {
    const items = extractTargets(cellPerLine);
    expect(items.map((x) => [x.indicator, x.scope, x.kind, x.deadline, figure(x)])).toEqual([
      ["学前三年毛入园率", null, "actual", 2020, "= 88.6 %"],
      ["学前三年毛入园率", null, "target", 2025, ">= 92 %"],
      ["专任教师本科及以上学历比例", "小学", "actual", 2020, "= 78.6 %"],
      ["专任教师本科及以上学历比例", "小学", "target", 2025, "none 90 %"],
      ["专任教师本科及以上学历比例", "初中", "actual", 2020, "= 92.3 %"],
      ["专任教师本科及以上学历比例", "初中", "target", 2025, "none 98 %"],
      ["生师比", null, "actual", 2020, "ratio 18.5:1"],
      ["生师比", null, "target", 2025, "ratio 17:1"],
    ]);
    expect(items[0].section).toBe("表1 主要指标");
  });

  test("sub-rows written row by row are told apart by their bound words", () => {
    const rowMajor = ["指标", "2020年", "2025年", "巩固率（%）", "其中：小学", "初中", "95", "98以上", "93", "97以上"].join("\n");
    expect(extractTargets(rowMajor).map((x) => [x.scope, figure(x)])).toEqual([
      ["小学", "= 95 %"],
      ["小学", ">= 98 %"],
      ["初中", "= 93 %"],
      ["初中", ">= 97 %"],
    ]);
  });

  test("tab-separated rows with a unit column (万人次 expanded)", () => {
    const text = "指标名称\t单位\t2023年基期值\t2024年目标值\t属性\n接待游客人次\t万人次\t726\t800\t预期性\n公共图书馆人均藏书量\t册\t1.12\t≥1.2\t约束性\n";
    expect(figures(text)).toEqual(["= 7260000 人次", "none 8000000 人次", "= 1.12 册", ">= 1.2 册"]);
  });
});

describe("mixed forms", () => {
  test("Kangxi radicals a PDF copy put for ideographs (⼈, ⼉, ⼀) read as the ideographs, and the quote keeps them (方盈 留守儿童, blind set 330)", () => {
    const items = extractTargets("2022年工作总结\n农村留守⼉童规模已达2290万⼈。");
    expect(items.map((x) => [x.indicator, x.comparator, x.value, x.unit, x.quote])).toEqual([["农村留守儿童规模", "=", 22900000, "人", "农村留守⼉童规模已达2290万⼈"]]);
  });

  test("a document in Traditional script: matched as Simplified, named in its own characters, pinyin junk dropped", () => {
    const text = "2023年全國學(xué)前三年毛入園率達到91.1%,比上年提高了1.6個百分點。全國幼兒園數(shù)量27.4萬所。";
    const items = extractTargets(text);
    expect(items.map((x) => [x.indicator, figure(x)])).toEqual([
      ["學前三年毛入園率", "= 91.1 %"], // 比上年提高了: a report, its figures measured
      ["學前三年毛入園率", "increase_by 1.6 个百分点"],
      ["幼兒園數量", "= 274000 所"],
    ]);
    expect(items.every((x) => text.slice(x.start, x.end) === x.quote)).toBe(true);
  });

  test("full-width punctuation and digits, a line break inside a sentence, Traditional characters (named in the script quoted)", () => {
    const text = "（二）推进义务教育\n３．加快学校建设，新增学位\n4500个；普惠性幼兒園覆蓋率保持在90%以上。";
    const items = extractTargets(text);
    expect(items.map((x) => [x.indicator, figure(x)])).toEqual([
      ["新增学位数", "none 4500 个"],
      ["普惠性幼兒園覆蓋率", ">= 90 %"],
    ]);
    expect(items[0].quote).toBe("新增学位\n4500个");
    expect(items[0].section).toBe("（二）推进义务教育");
  });

  test("related-article links after 相关文章 are skipped, text after them is read", () => {
    const text = "新建1所学校。\n【计划】相关文章:\n教育局2007年工作计划08-13\n市教育局工作计划08-24\n\n第二部分正文很长很长很长很长很长很长很长很长很长很长很长很长，新建2所学校。";
    expect(figures(text)).toEqual(["none 1 所", "none 2 所"]);
  });
});

describe("indicator tables of real layouts", () => {
  test("| debris after every cell (序号 column), and a tab row whose 其中 names an indicator of its own", () => {
    const pipes = "序号 |\n指标 |\n2020年 |\n2025年 |\n属性 |\n||\n1 |\n学前教育毛入园率(%) |\n88.5 |\n≥92 |\n约束性 |\n2 |\n义务教育巩固率(%) |\n96.2 |\n97 |\n预期性 |\n";
    expect(extractTargets(pipes).map((x) => [x.indicator, figure(x), x.kind, x.deadline])).toEqual([
      ["学前教育毛入园率", "= 88.5 %", "actual", 2020],
      ["学前教育毛入园率", ">= 92 %", "target", 2025],
      ["义务教育巩固率", "= 96.2 %", "actual", 2020],
      ["义务教育巩固率", "none 97 %", "target", 2025],
    ]);
    const tabs = "主要指标\t单位\t2020年基期值\t2025年目标值\t指标属性\n一、学前教育\n学前三年毛入园率\t%\t85\t90\t约束性\n其中：公办园在园幼儿占比\t%\t40\t50\t预期性\n";
    expect(extractTargets(tabs).map((x) => [x.indicator, x.scope, figure(x)])).toEqual([
      ["学前三年毛入园率", null, "= 85 %"],
      ["学前三年毛入园率", null, "none 90 %"],
      ["公办园在园幼儿占比", null, "= 40 %"],
      ["公办园在园幼儿占比", null, "none 50 %"],
    ]);
  });

  test("a pasted grid with | borders and a rule row, units in a unit column (万个 expanded), an empty base cell", () => {
    const text = "表1 主要指标\n| 指标 | 单位 | 2020年 | 2025年 | 属性 |\n| --- | --- | --- | --- | --- |\n| 学前三年毛入园率 | % | 92.5 | 95以上 | 约束性 |\n| 新增学位 | 万个 | — | 1.2 | 预期性 |\n";
    expect(extractTargets(text).map((x) => [x.indicator, figure(x), x.kind, x.deadline])).toEqual([
      ["学前三年毛入园率", "= 92.5 %", "actual", 2020],
      ["学前三年毛入园率", ">= 95 %", "target", 2025],
      ["新增学位", "none 12000 个", "target", 2025],
    ]);
  });

  test("cell per line with a spaced-out header, section rows, units in cells, 属性 column and 其中 rows", () => {
    const text = [
      "指  标", "2020年", "2025年", "属性", "一、发展水平", "     ",
      "1.学前教育毛入园率(%)", "99%", "99%以上", "约束性",
      "2.劳动年龄人口平均受教育年限(年)", "11.4年", "12.3年以上", "约束性",
      "二、师资", "1.幼儿教师专科及以上学历比例(%)", "其中:本科及以上学历比例(%)", "97.74%", "49.85%", "100%", "50%", "预期性",
    ].join("\n\n");
    const items = extractTargets(text);
    expect(items.map((x) => [x.indicator, figure(x), x.kind, x.deadline])).toEqual([
      ["学前教育毛入园率", "= 99 %", "actual", 2020],
      ["学前教育毛入园率", ">= 99 %", "target", 2025],
      ["劳动年龄人口平均受教育年限", "= 11.4 年", "actual", 2020],
      ["劳动年龄人口平均受教育年限", ">= 12.3 年", "target", 2025],
      ["幼儿教师专科及以上学历比例", "= 97.74 %", "actual", 2020],
      ["幼儿教师专科及以上学历比例", "none 100 %", "target", 2025],
      ["幼儿教师本科及以上学历比例", "= 49.85 %", "actual", 2020],
      ["幼儿教师本科及以上学历比例", "none 50 %", "target", 2025],
    ]);
  });
});
