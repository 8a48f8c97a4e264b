/**
 * Comparators on real pages (README "Reports, statistics and tables"): a reported level is =
 * even after 达到, a strict bound (超过, 突破, 超, 逾) stays >=, 左右 states none whatever the
 * verb, and an age band before its population (3岁以下婴幼儿) is no figure.
 */
import { extractTargets } from "../../src/core/extract";

const first = (text: string): [string, number | null, string | null, string] | null => {
  const x = extractTargets(text)[0];
  return x ? [x.comparator, x.value, x.unit, x.kind] : null;
};

describe("comparators in reports and plans", () => {
  test.each([
    ["a reported level after 达到 is =", "2018年统计公报\n学前教育毛入园率达到89.7%。", ["=", 89.7, "%", "actual"]],
    ["超过 in a report stays >=", "2021年统计公报\n全國幼兒園園長和專任教師總數超過350萬人。", [">=", 3500000, "人", "actual"]],
    ["突破 in a report stays >=", "2023年工作总结\n全县在校生规模突破1300万人。", [">=", 13000000, "人", "actual"]],
    ["超 right before the figure is a bound", "2023年工作总结\n全国中职学校总数超1.1万所。", [">=", 11000, "所", "actual"]],
    ["逾 right before the figure is a bound", "2022年工作总结\n开展各级各类培训,参与逾6000人次。", [">=", 6000, "人次", "actual"]],
    ["超 inside a word is no comparator", "2024年工作计划\n超额完成任务,全县新建幼儿园5所。", ["none", 5, "所", "target"]],
    ["控制在…左右 is an approximation: none", "到2030年,6岁儿童近视率控制在3%左右。", ["none", 3, "%", "target"]],
    ["所次 is a unit of its own (a school counted once per award)", "2022年工作总结\n新增国家、省市特色项目学校12所次。", ["=", 12, "所次", "actual"]],
    ["家次 is one too (a canteen counted once per visit; 海西 2025, blind set 291)", "2025年工作总结\n州级开展秋季专项督导校园食堂38家次。", ["=", 38, "家次", "actual"]],
    ["册次 counts loans, a book once per borrowing (增城 library 2024, blind set 347)", "2024年工作总结\n全年外借文献191.62万册次。", ["=", 1916200, "册次", "actual"]],
    ["门次 counts courses once per term they run", "2023年工作总结\n开设选修课程30门次。", ["=", 30, "门次", "actual"]],
    ["种 counts titles (农家书屋 standard, 河南 2011, blind set 347)", "2011年工作计划\n每个农家书屋报刊不少于30种。", [">=", 30, "种", "target"]],
    ["a change in ten thousands takes its unit from the count it changes (招生人数增加了23.94万; 考研 news, blind set 294)", "2022年工作总结\n硕士研究生招生人数增加了23.94万。", ["increase_by", 239400, "人", "actual"]],
    ["a count in ten thousands after 老年人 counts people (老龄 news, blind set 130)", "2017年工作总结\n全国60岁及以上老年人已达2.41亿。", ["=", 241000000, "人", "actual"]],
    ["a rate per 10万 people is a unit of its own (卫生统计公报, blind set 354)", "2022年统计公报\n全国孕产妇死亡率为15.7/10万。", ["=", 15.7, "/10万", "actual"]],
    ["人(次) is 人次 with its 次 in brackets (上外's 2018 report, blind set 309)", "2018年工作总结\n共有4661人（次）留学生来校学习。", ["=", 4661, "人次", "actual"]],
    ["下降了近99%: 了 and 近 both between the change and its figure (控辍保学 news, blind set 285)", "2020年工作总结\n全国辍学学生人数下降了近99%。", ["decrease_by", 99, "%", "actual"]],
    ["缩短 is a fall (a school's 双减 summary, blind set 286)", "2025年工作总结\n作业平均完成时间缩短35%。", ["decrease_by", 35, "%", "actual"]],
    ["批次 with 余 keeps >=", "2022年工作总结\n开展各级各类培训420余批次。", [">=", 420, "批次", "actual"]],
    ["↑ right before a figure is a rise (a school's summary, blind set 45)", "2025年工作总结\n六年级统测优秀率52.3%,↑7.3个百分点。", ["=", 52.3, "%", "actual"], ["increase_by", 7.3, "个百分点", "actual"]],
    ["↓ right before a figure is a fall", "2025年工作总结\n近视率46.2%,↓2.8个百分点。", ["=", 46.2, "%", "actual"], ["decrease_by", 2.8, "个百分点", "actual"]],
    ["比上年新增 is a change over last year (昆明 2022 bulletin news, blind set 42)", "2022年统计公报\n普通高中招生98772人,比上年新增7885人。", ["=", 98772, "人", "actual"], ["increase_by", 7885, "人", "actual"]],
    ["比2013届高 is a change over an earlier cohort (高职 质量报告 Q&A, blind set 94)", "2015年质量报告\n2014届高职毕业生就业率为91.5%,比2013届高0.6个百分点。", ["=", 91.5, "%", "actual"], ["increase_by", 0.6, "个百分点", "actual"]],
    ["比去年的A还少了B: last year's figure between, and 还, keep the change (a Malaysian intake report's grammar, blind set 254)", "2016年统计公报\n今年新生54人,比去年的80人还少了26人。", ["=", 54, "人", "actual"], ["=", 80, "人", "actual"], ["decrease_by", 26, "人", "actual"]],
    ["比去年的A少B: the bare 少 after last year's figure is a fall too", "2016年统计公报\n今年新生54人,比去年的80人少26人。", ["=", 54, "人", "actual"], ["=", 80, "人", "actual"], ["decrease_by", 26, "人", "actual"]],
    ["400m 2条跑道: a 2 that counts what follows is no square of the metres before it", "2022年工作总结\n每校建设400m 2条跑道。", ["=", 400, "米", "actual"], ["=", 2, "条", "actual"]],
    ["比上年多出 is a rise, as 高出 is", "2016年统计公报\n在校生比上年多出120人。", ["increase_by", 120, "人", "actual"]],
    ["比上年低 is a fall", "2022年统计公报\n小学辍学率为0.3%,比上年低0.1个百分点。", ["=", 0.3, "%", "actual"], ["decrease_by", 0.1, "个百分点", "actual"]],
    ["比 a place 低 compares places: no change (as 比国家同期平均水平高出19.1个百分点 is labelled, blind set 13)", "2023年工作总结\n全县初中及格率比全市平均水平低3个百分点。", ["=", 3, "个百分点", "actual"]],
    ["a bare 增幅 after a measured figure is that figure's growth (高职 Q&A, blind set 94; 本一上线人数, blind set 20)", "2016年工作总结\n本一上线人数1200人,增幅达22.1%。", ["=", 1200, "人", "actual"], ["increase_by", 22.1, "%", "actual"]],
    ["a change verb governs the list of figures after it, each with its unit (屏東 classes, blind set 92; 广东 70 years, blind set 78)", "2025年统计公报\n国小学生共45000人,相较上学年减少19个班、725人。", ["=", 45000, "人", "actual"], ["decrease_by", 19, "个", "actual"], ["decrease_by", 725, "人", "actual"]],
    ["…but not past a word that is no figure's unit (减少5所、新建30所)", "2025年统计公报\n全县小学比上年减少5所、新建幼儿园30所。", ["decrease_by", 5, "所", "actual"], ["=", 30, "所", "actual"]],
    ["比上年增 and 净增 are changes (昆明 2017 bulletin, blind set 17; 光山 gaokao, blind set 49)", "2017年统计公报\n在校生12万人,比上年增4867人,教师较上年净增196人。", ["=", 120000, "人", "actual"], ["increase_by", 4867, "人", "actual"], ["increase_by", 196, "人", "actual"]],
    ["a bare 降 right before a rate is a fall (北京 体检, blind set 30)", "2014年统计公报\n今年“小眼镜”检出率降1.34%。", ["decrease_by", 1.34, "%", "actual"]],
    ["再增 without an earlier time adds things, as 新增 does (武汉 2026 places, blind set 92)", "2026年工作计划\n2026年计划再增学位8000个。", ["none", 8000, "个", "target"]],
    ["新增 alone adds things: no change", "2022年工作总结\n全年新增学位7885个。", ["=", 7885, "个", "actual"]],
    ["增加 with its object before the figure adds things, as 新增 does (邵阳 places, blind set 43)", "2022年工作总结\n全市共增加公办义务教育学位33480个。", ["=", 33480, "个", "actual"]],
    ["增加 right before the figure is a change", "2022年工作总结\n全县在校生增加1219人。", ["increase_by", 1219, "人", "actual"]],
    ["上浮 is a rise over a base (安国中学 quality targets, blind set 71)", "2024年教学工作计划\n毕业班合格率在近三年平均值基础上上浮5%。", ["increase_by", 5, "%", "target"]],
    ["下浮 a fall", "2024年工作计划\n采购价格下浮10%。", ["decrease_by", 10, "%", "target"]],
    ["增加了 keeps the change whatever follows", "2022年工作总结\n在园幼儿增加了6.3万人。", ["increase_by", 63000, "人", "actual"]],
    ["方米 is a square metre said short (肥城 town summary, blind set 53)", "2012年工作总结\n硬化道路、场地6000方米。", ["=", 6000, "平方米", "actual"]],
    ["…and 万方米 ten thousand of them", "2022年工作总结\n建筑面积2.6万方米。", ["=", 26000, "平方米", "actual"]],
    ["提升工程 names a programme, no change (中小学教育技术装备标准化提升工程投入9700多万元)", "2023年工作总结\n中小学教育技术装备标准化提升工程投入9700多万元。", [">=", 9700, "万元", "actual"]],
    ["N成 is tenths: 超八成 is more than 80% (blind sets 5, 42, 46)", "2022年工作总结\n全国超过八成县义务教育实现基本均衡。", [">=", 80, "%", "actual"]],
    ["同比增加两成 is a rise of 20%", "2023年工作总结\n杭州同比增加两成。", ["increase_by", 20, "%", "actual"]],
    ["成 as a word of its own (成绩, 一成不变) is no tenth", "2023年工作总结\n三成绩优秀的学生共120人。", ["=", 120, "人", "actual"]],
    ["a count in ten thousands without its classifier takes the unit of the noun after it (2240万学生)", "2016年工作总结\n营养改善计划使2240万学生受益。", ["=", 22400000, "人", "actual"]],
    ["…and 近10万学校 counts schools", "2016年工作总结\n全国已有近10万学校开餐。", ["<=", 100000, "所", "actual"]],
    ["…and so does the noun before it, past its comparator (受益学生超过3360万)", "2016年工作总结\n受益学生超过3360万。", [">=", 33600000, "人", "actual"]],
    ["…and a short qualifier may stand between the count and its noun (惠及4000万农村学生, blind set 97)", "2016年工作总结\n营养改善计划惠及4000万农村学生。", ["=", 40000000, "人", "actual"]],
    ["people a count in ten thousands names before it (学龄人口230.27万, blind set 181)", "2014年统计公报\n城区学龄人口230.27万。", ["=", 2302700, "人", "actual"]],
    ["…and 人员 (出国留学人员224万, blind set 185)", "2011年统计公报\n全国出国留学人员224万。", ["=", 2240000, "人", "actual"]],
    ["…but a verb ends the look (筹集3000万用于学生资助 counts money, not people)", "2016年工作总结\n全市筹集3000万用于学生资助。", ["=", 3000, "万元", "actual"]],
    ["a name in 人数 counts people (全国小学阶段招生人数为1783万, blind set 82)", "2021年工作总结\n全国小学阶段招生人数为1783万。", ["=", 17830000, "人", "actual"]],
    ["…and in a series of years after it (高考报名人数:2024年1342万、2023年1291万, blind sets 240, 319)", "2025年工作总结\n近年全国高考报名人数:2024年1342万、2023年1291万。", ["=", 13420000, "人", "actual"]],
    ["…and a population (总人口504万, 出生人口为1591万; blind sets 229, 319)", "2020年统计公报\n全县总人口504万,2007年出生人口为1591万。", ["=", 5040000, "人", "actual"], ["=", 15910000, "人", "actual"]],
    ["…past 会 and 将 (全国高考人数会突破1400万, blind set 319)", "2025年工作总结\n全国高考人数会突破1400万。", [">=", 14000000, "人", "actual"]],
    ["跌破 is a bound a report keeps (2023年新生儿已跌破900万, blind set 313)", "2024年工作总结\n2023年新生儿已跌破900万。", ["<=", 9000000, "人", "actual"]],
    ["a 分别 list whose unit is written once, after its first figure (男女近视率分别是81.74%、82.22; blind set 338)", "2023年工作总结\n男女近视率分别是81.74%、82.22。", ["=", 81.74, "%", "actual"], ["=", 82.22, "%", "actual"]],
    ["…and its bare members after it (报考人数分别为:939万人、942万、940万; blind set 319)", "2019年工作总结\n这三年的报考人数分别为:939万人、942万、940万。", ["=", 9390000, "人", "actual"], ["=", 9420000, "人", "actual"], ["=", 9400000, "人", "actual"]],
    ["一半 and 半数 are half, 50% (超过半数的学生, 近一半; 铜梁 vocational news, blind set 337, and 44 other pages)", "2023年工作总结\n超过半数的学生选择升学,专业相关度超过一半。", [">=", 50, "%", "actual"], [">=", 50, "%", "actual"]],
    ["科次 counts exam papers sat, a unit of its own (报考总科次92.51万科次; 新疆 学考 news, blind set 342)", "2017年统计公报\n报考总科次92.51万科次。", ["=", 925100, "科次", "actual"]],
    ["…with its year between (高考报名人数2008年为1061万)", "2013年工作总结\n全国高考报名人数2008年为1061万。", ["=", 10610000, "人", "actual"]],
    ["…and a change in ten thousands right after its level counts what the level counts (在校生2.91亿人,较上年减少534.5万; blind sets 63, 106)", "2023年统计公报\n全国共有在校生2.91亿人,较上年减少534.5万。", ["=", 291000000, "人", "actual"], ["decrease_by", 5345000, "人", "actual"]],
    ["至少 a few words back keeps its bound in a report (为中西部教师提供了至少1次国家级培训)", "2020年工作总结\n为每所学校至少配备1名专职心理健康教育教师。", [">=", 1, "名", "actual"]],
    ["不低于 before a share keeps its bound in a report", "2021年自查报告\n县域内不低于1%的师生进行了网络问卷调查。", [">=", 1, "%", "actual"]],
    ["是 right before the figure states it, as 为 does (blind set 10)", "2019年工作计划\n平阳县新(扩)建幼儿园任务数是11所。", ["=", 11, "所", "target"]],
    ["是 after 就/也 is no comparator", "2019年工作总结\n最大的变化就是12所学校完成改造。", ["=", 12, "所", "actual"]],
    ["a gap after 高于 far from the figure is a measurement", "2020年工作总结\n全州入园率高于全省平均水平14.04个百分点。", ["=", 14.04, "个百分点", "actual"]],
  ])("%s", (_name, text, expected, ...more) => {
    expect(first(text)).toEqual(expected);
    if (more.length) expect(extractTargets(text).slice(1).map((x) => [x.comparator, x.value, x.unit, x.kind])).toEqual(more);
  });

  test("an age band before its population is part of the name, not a figure", () => {
    const items = extractTargets("到2025年,每千人口擁有3歲以下嬰幼兒托位數4.5個。");
    expect(items.map((x) => [x.value, x.unit])).toEqual([[4.5, "个"]]);
  });
});

describe("a rate written without its %", () => {
  test("满意率在80以上, 合格率达90以上: a bound target with no unit; a count keeps needing its unit", () => {
    // a kindergarten's five-year plan (blind set 7)
    const items = extractTargets("园长和班子考核满意率在80以上,保育员测试合格率达90以上,完成五年计划师资培训工作。");
    expect(items.map((x) => [x.indicator, x.comparator, x.value, x.unit])).toEqual([
      ["园长和班子考核满意率", ">=", 80, null],
      ["保育员测试合格率", ">=", 90, null],
    ]);
  });

  test("已竣工 reports inside a page of plans", () => {
    const items = extractTargets("今年将新建、改扩建幼儿园200所。花溪大学城高校已竣工规划面积61.6%。");
    expect(items.map((x) => [x.value, x.kind])).toEqual([
      [200, "target"],
      [61.6, "actual"],
    ]);
  });
});

describe("a number a page spaced out (郑州 十三五, blind set 58)", () => {
  test.each([
    ["改扩建3 0所 is 30 schools", "到2020年,每年市区新建、改扩建3 0所义务教育学校。", [30]],
    ["9 0%以上 is 90%", "到2020年,9 0%以上幼儿园实现普惠发展。", [90]],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => x.value)).toEqual(expected);
  });
});

describe("money said without its 元 (投入4亿, 投入资金2000万; 龙岗 2013, blind set 59)", () => {
  test.each([
    ["教育投入4亿", "2013年工作总结\n全区教育投入4亿,新建学校7所。", ["=", 4, "亿元", "actual"]],
    ["投 after a time or 共 (4年投32678.37万, a headline; blind set 247)", "2016年工作总结\n4年投32678.37万,新建学校12所。", ["=", 32678.37, "万元", "actual"]],
    ["投入资金2000万 before a verb", "2013年工作总结\n投入资金2000万改造校舍。", ["=", 2000, "万元", "actual"]],
    ["投资3.5亿 glued to the verb after it", "2013年工作总结\n全区投资3.5亿建设学校。", ["=", 3.5, "亿元", "actual"]],
    // paired-aid and township news (blind sets 196, 198)
    ["斥资3000万", "2014年工作总结\n全县斥资3000万建设乡镇幼儿园。", ["=", 3000, "万元", "actual"]],
    ["经费达到了60万 (a county 科协's summary, blind set 242)", "2020年工作总结\n全年科普经费达到了60万。", ["=", 60, "万元", "actual"]],
    ["自筹200万", "2020年工作总结\n学校自筹200万改善办学条件。", ["=", 200, "万元", "actual"]],
    ["20.4万用于…: what is spent on something", "2020年工作总结\n其中20.4万用于威宁保家中学课桌椅更换。", ["=", 20.4, "万元", "actual"]],
  ])("%s", (_name, text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  test("a count in ten thousands with no money word keeps its own unit (受益学生3360万)", () => {
    expect(first("2016年工作总结\n受益学生超过3360万。")).toEqual([">=", 33600000, "人", "actual"]);
  });
});

describe("m2 and a count of one after its noun (document-site copies, blind set 60)", () => {
  test.each([
    ["m2 is a square metre", "2023年工作总结\n幼儿园占地面积1100m2。", ["=", 1100, "平方米", "actual"]],
    ["有中心小学一所: one after a school's noun counts", "2023年工作总结\n全镇有中心小学一所。", ["=", 1, "所", "actual"]],
  ])("%s", (_name, text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  test.each([
    ["一所学校 is an article", "2023年工作总结\n这是一所学校。"],
    ["调整一次 is no count of schools", "2023年工作计划\n原则上每三年调整一次。"],
    ["泉山学校一期 is a phase", "2023年工作总结\n完成泉山学校一期。"],
    ["3校区 and 九校联盟 count no schools", "2023年工作总结\n学校现有3校区。九校联盟成立。"],
    ["对于 after a figure counts no pairs (a press page's counter over its text, blind set 285)", "2020年工作总结\n阅读 500\n对于辍学劝返工作基本实现了应返尽返。"],
  ])("%s", (_name, text) => {
    expect(extractTargets(text)).toEqual([]);
  });
});

describe("things counted one by one (blind sets 108, 157, 159)", () => {
  test.each([
    ["结对帮扶227对", "2023年工作总结\n全县结对帮扶227对。", ["=", 227, "对", "actual"]],
    ["金牌68枚", "2025年工作总结\n代表队夺得金牌68枚。", ["=", 68, "枚", "actual"]],
    // schools counted as 校 (Tainan's year-end results, blind set 300; Taiwanese and Hong Kong pages)
    ["4校荣获", "2025年工作总结\n全市共4校荣获阅读磐石奖。", ["=", 4, "校", "actual"]],
    // a count of myriads, a space, then another figure (龙岗 2015, blind set 59): two figures, not 4.7亿
    ["投入4亿 7校", "2015年工作总结\n龙岗投入4亿 7校新开张。", ["=", 4, "亿元", "actual"]],
    ["路灯1000盏", "2025年工作计划\n校园安装太阳能路灯1000盏。", ["none", 1000, "盏", "target"]],
    // a school's epidemic supplies (blind set 186)
    ["口罩1000只", "2020年工作总结\n已发放口罩1000只。", ["=", 1000, "只", "actual"]],
    ["洗手液185箱", "2020年工作总结\n已发放洗手液185箱。", ["=", 185, "箱", "actual"]],
    ["消毒液220桶", "2020年工作总结\n已发放消毒液220桶。", ["=", 220, "桶", "actual"]],
    ["消毒液6900斤", "2020年工作总结\n已发放消毒液6900斤。", ["=", 6900, "斤", "actual"]],
    // a time limit in working days (章丘 2025 求学圆梦 notice, blind set 188)
    ["公示不少于5个工作日", "2025年工作计划\n拟补贴名单公示不少于5个工作日。", [">=", 5, "个工作日", "target"]],
    // equipment in pieces of several kinds (湖北 2025 approval, blind set 150; 改薄 results, blind set 79)
    ["实验仪器设备1554695台(套)", "2025年工作计划\n购置学科实验仪器设备1554695台(套)。", ["none", 1554695, "台(套)", "target"]],
    ["生活设施7.06万台/件/套", "2017年工作总结\n已购置生活设施7.06万台/件/套。", ["=", 70600, "台/件/套", "actual"]],
  ])("%s", (_name, text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  test.each([
    ["一扇窗 is an article", "2018年工作总结\n为山区孩子打开一扇窗。"],
    ["一幅画卷 is an article", "2021年工作总结\n一幅教育画卷正徐徐展开。"],
    ["副区长 after a year is a title, not a count", "2022年工作总结\n2022副区长到校调研。"],
  ])("%s", (_name, text) => {
    expect(extractTargets(text)).toEqual([]);
  });
});

describe("最高 right before a figure caps it in a standard (龙陵 课后服务 fees, blind set 176)", () => {
  test.each([
    ["每生每课时最高2.5元 in a plan", "2022年工作计划\n城区学校每生每课时最高2.5元。", ["<=", 2.5, "元", "target"]],
    ["a report's 最高 is the peak it measured", "2023年工作总结\n全年单日最高接待3000人次。", ["=", 3000, "人次", "actual"]],
    ["a two-character bound right before its figure (>=95%)", "2022年工作计划\n学前三年毛入园率>=95%。", [">=", 95, "%", "target"]],
  ])("%s", (_name, text, expected) => {
    expect(first(text)).toEqual(expected);
  });
});

describe("counts in ten thousands said in passing (blind sets 161, 165)", () => {
  test.each([
    ["3600多万学生受益: more than, in people", "2017年工作总结\n全国已有3600多万学生受益。", [">=", 36000000, "人", "actual"]],
    ["两千多万学生受益 in Chinese numerals", "2017年工作总结\n全国已有两千多万学生受益。", [">=", 20000000, "人", "actual"]],
    ["专任教师1670多万。: the noun before tells the unit", "2019年工作总结\n全国专任教师1670多万。", [">=", 16700000, "人", "actual"]],
    ["有儿童790多万,: so it does after 有", "2019年工作总结\n目前福建省有儿童790多万,其中留守儿童占5%。", [">=", 7900000, "人", "actual"]],
    ["人数超1691万: after a bare 超 too", "2019年工作总结\n山东实名注册志愿者人数超1691万。", [">=", 16910000, "人", "actual"]],
    ["高达 states a level, as 为 does", "2023年工作总结\n2023年小学招生人数却高达1877.88万。", ["=", 18778800, "人", "actual"]],
  ])("%s", (_name, text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  test("高达 and 却 stay out of the name", () => {
    expect(extractTargets("2023年工作总结\n2023年小学招生人数却高达1877.88万。")[0].indicator).toBe("小学招生人数");
  });
});

describe("a unit in Traditional script (武功 2020, blind set 60)", () => {
  test("塊 is 块, 噸 is 吨", () => {
    expect(first("2020年工作计划\n建成標準化運動場地13塊。")).toEqual(["none", 13, "块", "target"]);
    expect(first("2020年工作总结\n全年配送食材1200噸。")).toEqual(["=", 1200, "吨", "actual"]);
  });
});

describe("余 and a myriad after the number, and 余 after a falling verb (全国 2020 控辍保学, blind set 57)", () => {
  test.each([
    ["4000余万人 is more than 40 million people", "2020年工作总结\n受益学生达4000余万人。", [">=", 40000000, "人", "actual"]],
    ["20余万元 is more than 20 万元", "2020年工作总结\n全年投入20余万元。", [">=", 20, "万元", "actual"]],
    ["0.3余万人 is 3000, not 2999.9999999999995", "2020年工作总结\n参训教师0.3余万人。", [">=", 3000, "人", "actual"]],
    ["降至两千余人 in a report is more than two thousand", "2020年工作总结\n辍学学生降至两千余人。", [">=", 2000, "人", "actual"]],
  ])("%s", (_name, text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  test("a headline saying a 目标 was reached reports (义务教育有保障目标基本实现)", () => {
    const text = "2020-09-24 13:13:01 文章来源:人民日报\n我国义务教育有保障目标基本实现\n全国1762个县实施了义务教育营养改善计划。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([[1762, "actual"]]);
  });

  test("…and so does one saying it was completed (全面完成2024年…目标任务; 五河 残联, blind set 360)", () => {
    const text = "县残联:全面完成2024年残疾人民生实事目标任务\n发布时间:2024-11-27 09:23\n县残联认真贯彻落实市残联《关于印发2024年全市残疾人民生实事项目实施方案的通知》文件精神。一是完成411名残疾儿童抢救性康复任务。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([[411, "actual"]]);
  });
});

describe("a decimal whose point a copy lost is no number of its own (全国 2018 大班额, blind set 11)", () => {
  test("7 06% is not read as 706%, nor 26 5万 as 265万", () => {
    const values = extractTargets("2018年统计公报\n大班额有26 5万个,占总班数比例为7 06%。").map((x) => x.value);
    expect(values).not.toContain(706);
    expect(values).not.toContain(2650000);
  });
});

test("a bare 增幅 is named by what the sentence just measured, and a growth named on its own keeps its name", () => {
  const [level, growth] = extractTargets("2015年质量报告\n高职生毕业三年后月收入为6000元,增幅为94%。");
  expect(level.indicator).toMatch(/月收入$/);
  expect([growth.indicator, growth.comparator, growth.value]).toEqual([level.indicator, "increase_by", 94]);
  expect(extractTargets("2016年工作总结\n研究生学生数增幅162%。").map((x) => [x.indicator, x.comparator])).toEqual([["研究生学生数增长率", "increase_by"]]);
});

describe("a rank said without 名 (位居全国第一, 排名第三; 广州 教育局, blind set 99)", () => {
  const ranks = (text: string) => extractTargets(text).map((x) => [x.indicator, x.comparator, x.value, x.unit]);
  test("after a place or a word of standing, 第N is a rank in 名", () => {
    expect(ranks("2024年工作总结\n\n我市基础教育体量全国排名第三。在校大学生数量全国第一,院校数量位居全国第二。")).toEqual([
      ["基础教育体量全国排名", "=", 3, "名"],
      ["在校大学生数量全国排名", "=", 1, "名"],
      ["院校数量全国排名", "=", 2, "名"],
    ]);
  });
  test("a place may stand between the word of standing and 第N (位居台州第一; 台州 2020 summary, blind set 114)", () => {
    expect(ranks("2020年工作总结\n\n高考一段上线率位居台州第一。").map((x) => x.slice(1))).toEqual([["=", 1, "名"]]);
  });
  test("an ordinal glued to its noun (第一方阵, 第一批) or after no word of standing is no rank", () => {
    expect(ranks("2024年工作总结\n\n我市进入全省第一方阵,第一批试点,第三。")).toEqual([]);
  });
  test("保三争二 is two ranks: hold third place, strive for second (blind sets 38, 118, 120)", () => {
    expect(ranks("2024年工作计划\n\n中考保二争一。").map((x) => x.slice(1))).toEqual([["<=", 2, "名"], ["<=", 1, "名"]]);
    expect(ranks("2024年工作计划\n\n八年级目标定为保五争四。").map((x) => x.slice(1))).toEqual([["<=", 5, "名"], ["<=", 4, "名"]]);
    // quoted as a motto, still two ranks (新民初中 中考目标责任书, blind set 120)
    expect(ranks("2024年工作计划\n\n校总均分必须进入全县前三名,力争“保三争二”。").map((x) => x.slice(1))).toEqual([["<=", 3, "名"], ["<=", 3, "名"], ["<=", 2, "名"]]);
  });
  test("a top share is at most that share: 进入全县前三分之一, 位列全区前15%, 前二分之一位次 (blind sets 113, 120)", () => {
    const cmps = (text: string) => extractTargets(text).map((x) => [x.comparator, x.value, x.unit]);
    expect(cmps("2024年工作计划\n\n政治、历史进入全县前三分之一,语文进入全县前二分之一位次。")).toEqual([["<=", 33.33, "%"], ["<=", 50, "%"]]);
    expect(cmps("2021年工作总结\n\n学生体质测试合格率位列全区前15%。")).toEqual([["<=", 15, "%"]]);
    expect(cmps("2021年工作总结\n\n全校有5个学科进入ESI全球前1%学科。").filter((x) => x[2] === "%").map((x) => x[0])).not.toContain("<="); // a list's name
  });
  test("…but 保一争二 counts (清北 admissions), and 确保三年 is no rank", () => {
    expect(ranks("2024年工作计划\n\n高考清北保一争二,确保三年内完成。")).toEqual([]);
  });
});

describe("two neighbouring digits said together are a rough range (武汉 局长 直播, blind set 99)", () => {
  const ranges = (text: string) => extractTargets(`2018年工作总结\n\n${text}`).map((x) => [x.comparator, x.min ?? null, x.max ?? null, x.unit]);
  test.each([
    ["二三十所", "全市每年新改扩建并完工的学校都有二三十所。", [["range", 20, 30, "所"]]],
    ["七八成", "学前教育教师占到新增教师的七八成。", [["range", 70, 80, "%"]]],
    ["三四所, 两三个, 十七八岁", "每个乡镇新建三四所幼儿园,每校配备两三个专职教师,学生年龄十七八岁。", [["range", 3, 4, "所"], ["range", 2, 3, "个"], ["range", 17, 18, "岁"]]],
  ])("%s", (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
  test("digits that are not neighbours, or a year spelled digit by digit, are no range", () => {
    expect(ranges("二〇二三年新建学校三所,一二年级学生300人。")).toEqual([["none", null, null, "所"], ["none", null, null, "人"]]);
  });
});

describe("a rate a report writes without its % (蒲溜 自查, 中川 两基, blind sets 23 and 122)", () => {
  test.each([
    ["合格率为99.2", "2004年自查报告\n品德评定合格79307人,合格率为99.2。", [["=", 79307, "人"], ["=", 99.2, null]]],
    ["高考升学率95.67", "2010年工作总结\n高中阶段教育普及率为90.79,高考升学率95.67。", [["=", 90.79, null], ["=", 95.67, null]]],
    ["达标率小学为100", "2005年自查报告\n专任教师学历达标率小学为100。", [["=", 100, null]]],
    ["an average score written without 分 (平均分62.23; 昭平 质量分析, blind set 122)", "2023年质量分析报告\n全县语文科平均分62.23,最高分95.5分。", [["=", 62.23, null], ["=", 95.5, "分"]]],
    ["a list of them (入学率为99.93、99.93、100)", "2005年自查报告\n三年来适龄女童入学率为99.93、99.93、100。", [["=", 99.93, null], ["=", 99.93, null], ["=", 100, null]]],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => [x.comparator, x.value, x.unit])).toEqual(expected);
  });
});

describe("scores in 分, where a score is spoken of (school reviews, blind sets 45, 122)", () => {
  const scores = (text: string) => extractTargets(text).filter((x) => x.unit === "分").map((x) => [x.comparator, x.value]);
  test.each([
    ["平均分, 最高分", "2023年质量分析报告\n全县数学科平均分50.43,最高分95.5分,最低分5.5分。", [["=", 95.5], ["=", 5.5]]],
    ["相差 and a gap below", "2023年质量分析报告\n两校相差27.07分,平均分低2.43分。", [["=", 27.07], ["=", 2.43]]],
    ["以N分的优异成绩", "2011年工作总结\n李一格同学以626分的优异成绩夺得攸县文科第二名。", [["=", 626]]],
    ["a score threshold names the students who reached it (总分700分以上, 高考600分以上)", "2011年工作总结\n总分700分以上的考生达到120人,高考600分以上考生1200人。", []],
    ["分 with no score spoken of is no unit (3分校)", "2011年工作总结\n全县新建3分校。", []],
  ])("%s", (_name, text, expected) => {
    expect(scores(text)).toEqual(expected);
  });
  test("a rank after a score still stands (以626分的成绩夺得第二名)", () => {
    expect(extractTargets("2011年工作总结\n李一格同学以626分的优异成绩夺得攸县文科第二名。").map((x) => x.unit)).toEqual(["分", "名"]);
  });
});

describe("a standard's bound symbols, as a 均衡 standards table writes them (blind set 124)", () => {
  test.each([
    ["≮ is not less than", "生均图书≮25册。", [">=", 25, "册", "target"]],
    ["≯ is not more than", "班额≯45人。", ["<=", 45, "人", "target"]],
    ["≧ and ≦ are bounds, not strewn symbols", "生均图书≧25册,班额≦45人。", [">=", 25, "册", "target"]],
  ])("%s", (_name, text, expected) => {
    expect(first(text)).toEqual(expected);
  });
});

describe("ten thousands written once after a range count both its ends (维持在111至114萬間, blind set 77)", () => {
  const ranges = (text: string) => extractTargets(`2024年工作计划\n\n${text}`).map((x) => [x.comparator, x.min ?? null, x.max ?? null, x.unit]);
  test.each([
    ["3-4万人", "在校生规模保持在3-4万人。", [["range", 30000, 40000, "人"]]],
    ["1.5-2万个 as a change", "学位增加1.5-2万个。", [["increase_by", 15000, 20000, "个"]]],
    ["3~5亿元 is counted in its unit already", "投入资金3~5亿元。", [["range", 3, 5, "亿元"]]],
    ["5000-1万人: the first end is whole", "每年培训5000-1万人。", [["range", 5000, 10000, "人"]]],
  ])("%s", (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe("a bound counted in, (含) before 以上 or 以下", () => {
  test.each([
    ["95%（含）以上", ">=", 95, "%"],
    ["45人(含)以下", "<=", 45, "人"],
    ["85%(含本数)以上", ">=", 85, "%"],
  ])("%s", (phrase, comparator, value, unit) => {
    expect(extractTargets(`2024年工作计划\n\n高中阶段毛入学率达到${phrase}。`).map((x) => [x.comparator, x.value, x.unit])).toEqual([[comparator, value, unit]]);
  });
});

describe("为 opening its clause before the people who receive something is “for”, not “is” (内江 民生实事, blind set 107)", () => {
  test("为3.05万名…学生提供生活费补助 states no comparator; 毛入学率为95% still does", () => {
    const text = "2023年民生实事\n\n为3.05万名符合条件的义务教育阶段学生提供生活费补助;高中阶段毛入学率为95%。";
    expect(extractTargets(text).map((x) => [x.comparator, x.value, x.unit])).toEqual([
      ["none", 30500, "名"],
      ["=", 95, "%"],
    ]);
  });
});

describe("the fastest growth, named after its place in brackets, is a change (教育经费执行情况统计公告, blind sets 54, 63, 106)", () => {
  test("增长最快的是青海省(25.66%) is an increase, not a level", () => {
    const text = "2016年教育经费执行情况统计公告\n\n全国普通高等学校为18747.65元,比上年增长3.33%。增长最快的是青海省(25.66%)、湖南省(22.24%)。";
    expect(extractTargets(text).map((x) => [x.comparator, x.value, x.unit])).toEqual([
      ["=", 18747.65, "元"],
      ["increase_by", 3.33, "%"],
      ["increase_by", 25.66, "%"],
      ["increase_by", 22.24, "%"],
    ]);
  });
});

describe("成 inside a town's name is no tenths (九成宫镇东大街社区; 麟游 summary, blind set 155)", () => {
  test("the town names the community, it counts nothing", () => {
    expect(extractTargets("2017年社区教育工作总结\n九成宫镇东大街社区居民委员会辖区有居民小组18个。").map((x) => [x.value, x.unit])).toEqual([[18, "个"]]);
  });

  test.each([
    ["八成乡镇", "2020年工作总结\n全市八成乡镇中心幼儿园达到省级示范标准。", 80],
    ["七成城镇", "2020年工作总结\n全市已有七成城镇小学达到标准化。", 70],
  ])("tenths of towns stay tenths (%s)", (_name, text, value) => {
    expect(extractTargets(text).map((x) => [x.value, x.unit])).toEqual([[value, "%"]]);
  });
});

describe("the parts of a total striven for (力争达到40万人,其中,普高21万人; blind set 15) strive for nothing of their own", () => {
  test("the total is at least, its breakdown states no comparator", () => {
    expect(extractTargets("高中阶段教育招生力争达到40万人,其中,普高21万人,中等职业学校19万人。").map((x) => `${x.comparator} ${x.value}`)).toEqual([">= 400000", "none 210000", "none 190000"]);
  });
});

describe("the reach of 争创 (丹阳 教育局 工作计划, gold-plans)", () => {
  const text = "2.学校创立目的:争创镇江市现代化小学和初中20所、镇江市优质幼儿园1所,创立江苏省、镇江市健康促进学校6所、镇江市级以上绿色学校3040所、镇江市中小学学生行为标准示范校8所。";
  test("what 争创 strives for is at least its figure; a clause with a verb of its own (创立) and the list after it state none", () => {
    expect(extractTargets(text).map((x) => `${x.indicator} ${x.comparator} ${x.value}`)).toEqual([
      "争创镇江市现代化小学和初中数 >= 20",
      "镇江市优质幼儿园数 >= 1",
      "江苏省、镇江市健康促进学校数 none 6",
      "镇江市级以上绿色学校数 none 3040",
      "镇江市中小学学生行为标准示范校数 none 8",
    ]);
  });
});

describe("争取到 as funds obtained, not striving (臺東 教師宿舍 news, blind set 383)", () => {
  test.each([
    ["争取到了 and the sum", "2020年工作总结\n县教育处又向教育部国教署争取到了4,804万8,739元,补助25所学校修缮宿舍。", 48048739, "="],
    ["争取到 and the funds", "2020年工作总结\n全年争取到上级资金3000万元。", 30000000 / 10000, "="],
  ])("%s states no bound", (_name, text, value, comparator) => {
    const item = extractTargets(text).find((x) => x.value === value);
    expect(item?.comparator).toBe(comparator);
    expect(item?.indicator).not.toMatch(/^到/);
  });
  test("争取到 a year still strives", () => {
    expect(extractTargets("力争到2025年新建学校5所。争取到二〇二五年建成幼儿园3所。").map((x) => x.comparator)).toEqual([">=", ">="]);
  });
});

describe("不到 and a bare 低于 bound a reported figure (教育经费不到2万亿元, 仅有铁岭市低于10%; blind sets 343, 350)", () => {
  test("不到 is at most, in a report as in a plan", () => {
    expect(extractTargets("2019年工作总结\n2011年教育经费不到2万亿元。").map((x) => `${x.indicator} ${x.comparator} ${x.value}`)).toEqual(["教育经费 <= 20000"]);
  });
  test("a report keeps a strict lower bound it states (低于, 少于), as it keeps 超过", () => {
    expect(extractTargets("2019年工作总结\n全市近视率低于50%的学校有12所。").map((x) => x.comparator)[0]).toBe("<=");
  });
});

describe("a list after a strict bound word is bounded throughout (体能达标率分别超过93.0%和85.0%; blind set 320)", () => {
  test("both figures are at least", () => {
    expect(extractTargets("2019年工作总结\n四年级和八年级学生体能达标率分别超过93.0%和85.0%。").map((x) => `${x.comparator} ${x.value}`)).toEqual([">= 93", ">= 85"]);
  });
  test("hours counted with their classifier (10个小时以上) are hours", () => {
    expect(extractTargets("2019年工作总结\n部分学生每天用眼时间可高达10个小时以上。").map((x) => `${x.comparator} ${x.value} ${x.unit}`)).toEqual([">= 10 小时"]);
  });
});

describe("a list of changes whose unit is written in Latin letters (身高分别增加0.52cm、1.26cm; 2019 体质监测, blind sets 113 and 162)", () => {
  test("a list joined by 及 is one too (分别减少6.4%及3.2%; 澳门 2012, blind set 157)", () => {
    expect(extractTargets("2019年工作总结\n小学生及中学生分别减少6.4%及3.2%。").map((x) => x.comparator)).toEqual(["decrease_by", "decrease_by"]);
  });
  test("each is a change", () => {
    expect(extractTargets("2019年工作总结\n男生身高分别增加0.52cm、1.26cm、1.69cm。").map((x) => `${x.comparator} ${x.value} ${x.unit}`)).toEqual(["increase_by 0.52 cm", "increase_by 1.26 cm", "increase_by 1.69 cm"]);
  });
});

describe("a stated bound after a year (由2016年初的不足14%, 从2015年的不足50%; blind sets 35, 232) is kept in a report", () => {
  test("the baseline is at most so much", () => {
    expect(extractTargets("2019年工作总结\n残疾人基本康复服务覆盖率从2015年的不足50%提高到2019年的80%。").map((x) => `${x.comparator} ${x.value}`)).toEqual(["<= 50", "= 80"]);
  });
});

describe("a level not reached (尚未达到1.2万元, 未达到95%; blind sets 338, 369) is at most it", () => {
  test("in a report, and the name keeps no 尚未", () => {
    expect(extractTargets("2019年工作总结\n部分中西部省份该指标尚未达到1.2万元。").map((x) => `${x.indicator} ${x.comparator} ${x.value}`)).toEqual(["部分中西部省份该指标 <= 1.2"]);
  });
});

describe("约占, 约有: an approximation in a report states no comparator (桂林 2011 中考 等级, blind set 342)", () => {
  test("each grade's share is about so much, and the share's name keeps no 约", () => {
    expect(extractTargets("2011年工作总结\n其中A等约占5%、B等约占10%。").map((x) => `${x.indicator} ${x.comparator} ${x.value}`)).toEqual(["A等占比 none 5", "B等占比 none 10"]);
  });
  test("a share stated exactly stays exact", () => {
    expect(extractTargets("2011年工作总结\n其中A等占5%。").map((x) => x.comparator)).toEqual(["="]);
  });
  test("约 a few words back in the figure's clause (约达到1.5亿人, 大约是2.21亿平方米)", () => {
    expect(extractTargets("2011年工作总结\n学习汉语的外国人约达到1.5亿人。").map((x) => x.comparator)).toEqual(["none"]);
    expect(extractTargets("2011年工作总结\n新建校舍的面积大约是2.21亿平方米。").map((x) => x.comparator)).toEqual(["none"]);
  });
  test("a list of shares after 约 is about so much throughout, a list of things only in its first (blind sets 30, 186)", () => {
    expect(extractTargets("2019年工作总结\n据统计,目前全国约16%的小学、46%的初中、77%的高中建有心理辅导室。").map((x) => x.comparator)).toEqual(["none", "none", "none"]);
    expect(extractTargets("2020年工作总结\n截至目前,共计给全县教育系统发放了约15万只口罩、350支体温枪。").map((x) => x.comparator)).toEqual(["none", "="]);
  });
  test("…but not 履约, 特约 or an exact figure in brackets after 约 (约四分之一(24.60%))", () => {
    expect(extractTargets("2016年工作总结\n免费师范毕业生履约就业率为96.5%。").map((x) => x.comparator)).toEqual(["="]);
    expect(extractTargets("2016年工作总结\n国家特约教育督导员300人。").map((x) => x.comparator)).toEqual(["="]);
  });
});
