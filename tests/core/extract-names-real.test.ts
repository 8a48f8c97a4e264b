/**
 * Names on real pages: the document's own script, junk a site strews inside words (footnote
 * marks, decorative symbols), and a second 分别 list that repeats the first one's items.
 * Phrases from public documents.
 */
import { extractTargets } from "../../src/core/extract";

const names = (text: string): string[] => extractTargets(text).map((x) => x.indicator);

describe("names keep the document's script and drop site junk", () => {
  test.each([
    ["在上年基础上", "优秀率在上年基础上提高3个百分点。", ["优秀率"]],
    ["为在近三年平均值基础上 (安国中学, blind set 71)", "毕业班高分率为在近三年毕业班各科高分率平均值基础上上浮5%。", ["毕业班高分率"]],
    ["在现有基础上", "学生体质健康合格率在现有基础上提升2%。", ["学生体质健康合格率"]],
  ])("the base a change starts from is no part of the name: %s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test.each([
    ["公共 (4个公共文化空间建设, blind set 328)", "2025年工作总结\n建成4个公共文化空间。", ["公共文化空间数"]],
    ["生均 before the figure is per pupil, not each (校舍生均12.1平方米)", "2020年工作总结\n全县校舍生均12.1平方米。", ["校舍生均面积"]],
    ["a pointer back (该工程总投资) opens no name", "2020年工作总结\n该工程总投资3000万元。", ["工程总投资"]],
  ])("a stop word's first character inside a noun stops no name: %s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test.each([
    ["会 after a measure (全国高考人数会突破1400万, blind set 319)", "2025年工作总结\n全国高考人数会突破1400万。", ["高考人数"]],
    ["首次 (毕业生人数首次突破1000万)", "2022年工作总结\n全国高校毕业生人数首次突破1000万。", ["高校毕业生人数"]],
    ["(含) between the figure and its unit, and 一般在 (年龄一般在70(含)岁以下, blind set 335)", "2023年工作通知\n申请教师年龄一般在70(含)岁以下。", ["申请教师年龄"]],
    ["…but 会 ending a noun stays (家长会)", "2022年工作总结\n召开家长会12次。", ["召开家长会次数"]],
  ])("a modal or adverb before the comparator is no part of the name: %s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test("people counted after a name that ends on a place (选派学校184名学生) count the people (宁波 contest news, blind set 192)", () => {
    expect(names("2020年工作总结\n全市共选派学校184名学生。共资助学校50名贫困学生。")).toEqual(["选派学校学生数", "资助学校贫困学生数"]);
  });

  test("a share named after its base's own figure (占公共财政支出187755.21亿元的比例为14.75%, blind set 106) runs back past that figure", () => {
    const text = "2016年统计公报\n全国公共财政教育经费占公共财政支出187755.21亿元的比例为14.75%。";
    expect(extractTargets(text).find((x) => x.value === 14.75)?.indicator).toBe("公共财政教育经费占公共财政支出的比例");
  });

  test("a change's start opening its clause (毛入园率快速上升,由2010年的56.6%提高到…) takes its name from the clause before (blind set 106)", () => {
    expect(names("2018年统计公报\n毛入园率快速上升,由2010年的56.6%提高到2018年的81.7%。")).toEqual(["毛入园率(基期)", "毛入园率"]);
  });

  test("a name runs across no blank line between lines of prose (a digest of the 2026 government work report, blind set 322); one-cell lines stay one record", () => {
    const text = ">>办好人民满意的教育,劳动年龄人口平均受教育年限提高到11.7年\n\n关于重大工程项目“保障和改善民生方面”——围绕高质量教育体系建设\n";
    expect(names(text)).toEqual(["劳动年龄人口平均受教育年限"]);
  });

  test("a headline's name ends at the page's metadata lines under it (来源:…, 發(fā)布時間:…), even in a copy with pinyin readings", () => {
    const text = "贛州計(jì)劃定向培養(yǎng)984名農(nóng)村教師\n來源:中國(guó)贛州網(wǎng)\n發(fā)布時間:2017年04月11日\n4月10日,全市新建幼兒園5所。";
    expect(names(text)).toEqual(["培養農村教師數", "新建幼兒園數"]);
  });

  test.each([
    ["a Traditional quote lends its script to the added 數", "2021年全國教育事業發展統計公報\n全國共有幼兒園29.48萬所。", ["幼兒園數"]],
    ["a footnote mark inside a name", "2021年统计公报\n全国共有普惠性幼儿园[3]24.48万所。", ["普惠性幼儿园数"]],
    ["a Traditional footnote mark before the suffix", "2021年統計公報\n全國共有各級各類學校[2]52.93萬所。", ["各級各類學校數"]],
    ["decorative symbols strewn by a spam site", "2019年统计公报\n全国共有幼儿园28.12万所◈✿✿★,比上年增加1.45万所◈✿✿★。", ["幼儿园数", "幼儿园数"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test.each([
    ["a gambling brand glued to a headline", "kk体育盘龙区2023年新增学位1.2万个", ["新增学位数"]],
    ["a brand glued mid-sentence", "全区新建幼儿园BG大游6所,新增学位2100个。", ["新建幼儿园数", "新增学位数"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test("Latin words that are no brand stay", () => {
    expect(names("全市建成STEM教育实验室12间。")).toEqual(["建成STEM教育实验室数"]);
  });

  test("a circled number stays a list mark, not junk", () => {
    expect(names("①新建幼儿园5所。②改扩建小学3所。")).toEqual(["新建幼儿园数", "改扩建小学数"]);
  });
});

describe("a second 分别 list with no subject of its own", () => {
  test("2020年分别达到…: the items of the list before, each with its own figure's suffix", () => {
    const text = "2015年学前三年幼儿教育毛入园率、义务教育巩固率和新增劳动力人均受教育年限分别达到90%、99%和13.5年;2020年分别达到98%、99%和15年以上。";
    expect(extractTargets(text).map((x) => [x.indicator, x.value, x.deadline])).toEqual([
      ["学前三年幼儿教育毛入园率", 90, 2015],
      ["义务教育巩固率", 99, 2015],
      ["新增劳动力人均受教育年限", 13.5, 2015],
      ["学前三年幼儿教育毛入园率", 98, 2020],
      ["义务教育巩固率", 99, 2020],
      ["新增劳动力人均受教育年限", 15, 2020],
    ]);
  });

  test("a list of another length keeps its own names", () => {
    const text = "小学、初中巩固率分别达到99%、98%;学前教育毛入园率、高等教育毛入学率、人均受教育年限分别达到92%、45%、13年。";
    expect(names(text)).toEqual(["巩固率", "巩固率", "学前教育毛入园率", "高等教育毛入学率", "人均受教育年限"]);
  });
});

describe("counts of kinds of school and their parts in parentheses", () => {
  test("其中,幼儿园173所(81所民办),小学322所: each kind counts itself, the parenthesis names a part", () => {
    const text = "2020年基本情况\n全县现有各级各类学校541所。其中,幼儿园173所(81所民办),小学322所,完全中学4所(2所民办)。";
    expect(names(text)).toEqual(["各级各类学校数", "幼儿园数", "民办幼儿园数", "小学数", "完全中学数", "民办完全中学数"]);
  });

  test.each([
    ["after another kind of school (全镇共有中心学校1所,小学1所)", "全镇共有中心学校1所,小学1所,成人文化技术学校1所,幼儿园6所。", ["中心学校数", "小学数", "成人文化技术学校数", "幼儿园数"]],
    ["after units of the system (有基层单位48个,其中,普通高中2所)", "全县教育系统有基层单位48个,其中,普通高中2所,中等职业学校1所,初中10所。", ["教育系统有基层单位数", "普通高中数", "中等职业学校数", "初中数"]],
    ["but schools something was done to keep their count (随机抽查学校260所,其中小学171所)", "共随机抽查学校260所,其中小学171所,初中54所。", ["随机抽查学校数", "随机抽查学校数", "随机抽查学校数"]],
  ])("each kind of school counts itself %s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test("a qualifier before the figure: 在职教职工9367人(民办563人)", () => {
    expect(names("2020年基本情况\n全县现有在职教职工9367人(民办563人)。")).toEqual(["在职教职工数", "民办在职教职工数"]);
  });

  test("a list after a named indicator keeps it (接边县域名校初中3所,小学2所)", () => {
    const text = "创建一批名校:接边县域名校初中3所,小学2所。";
    expect(extractTargets(text).map((x) => [x.indicator, x.scope])).toEqual([
      ["接边县域名校数", "初中"],
      ["接边县域名校数", "小学"],
    ]);
  });

  test("a parenthesis that is no part (省级重点高中) adds no item and no name", () => {
    expect(names("2020年基本情况\n全县现有各级各类学校541所。其中,普通高中1所(省级重点高中)。")).toEqual(["各级各类学校数", "普通高中数"]);
  });
});

describe("the time a figure is of is no part of its name", () => {
  test.each([
    ["a year of this century said short (03年; a school's expansion request, blind set 120)", "扩建申请\n03年我校实际招收高一新生866人。", ["实际招收高一新生数"]],
    ["近视率2024年降至50.3% (national myopia news, blind set 93)", "2025年统计公报\n全国学生总体近视率2024年降至50.3%。", ["学生总体近视率"]],
    ["在2024年 before the verb", "2025年统计公报\n全县小学入学率在2024年达到99.5%。", ["入学率"]],
    ["a count keeps its suffix", "2025年统计公报\n全县小学在校生2024年达到12000人。", ["在校生总数"]],
    // a school year or a reporting year said as 年度 or 学年 (national special-education commentary, blind set 285)
    ["2017年度为…, 2018年度为…", "2018年工作总结\n全国中小学残疾儿童在校生2017年度为57.88万人,2018年度为66.59万人。", ["残疾儿童在校生数", "残疾儿童在校生数"]],
    ["2017学年为…, 2018学年为…", "2018年工作总结\n全国中小学残疾儿童在校生2017学年为57.88万人,2018学年为66.59万人。", ["残疾儿童在校生数", "残疾儿童在校生数"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a figure whose clause names nothing takes the measure of the clause before it", () => {
  test.each([
    ["近视率实现四连降,2024年降至50.3% (national myopia news, blind set 93)", "2025年统计公报\n全国学生总体近视率实现四连降,2024年降至50.3%。", ["学生总体近视率"]],
    ["毛入学率稳步提升,达到92.5%", "2025年统计公报\n全县高中阶段毛入学率稳步提升,达到92.5%。", ["高中阶段毛入学率"]],
    ["在校生规模不断扩大,达到12万人", "2025年统计公报\n全县在校生规模不断扩大,达到12万人。", ["在校生规模"]],
    ["a clause of work done, no measure, names nothing", "2025年统计公报\n全县教育工作扎实推进,达到92.5%。", []],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a bare stock of people takes the level its paragraph or heading is about", () => {
  test.each([
    [
      "the nearest level named before it in the paragraph",
      "2019年统计公报\n全国共有义务教育阶段学校21.26万所,招生3507.89万人,在校生1.54亿人。普通小学16.01万所,招生1869.04万人。",
      ["义务教育阶段学校数", "义务教育阶段招生数", "义务教育阶段在校生数", "普通小学数", "普通小学招生数"],
    ],
    ["the level of the heading when the paragraph names none", "2018年统计公报\n三、义务教育\n招生794386人,毕业生739909人。", ["义务教育招生数", "义务教育毕业生数"]],
    ["a stock with its own population keeps its name", "2018年统计公报\n三、义务教育\n乡村教师培训1200人。", ["乡村教师培训人数"]],
    ["a stock that names its own level keeps it", "2018年统计公报\n二、学前教育\n全县小学专任教师3320人。", ["小学专任教师数"]],
    ["a name that says who is counted takes 数 (教授, 子女), not 人数", "2021年工作总结\n新增长江学者特聘教授12人,安置随迁子女就读3500人。", ["新增长江学者特聘教授数", "安置随迁子女就读人数"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("shares and rates in bulletins", () => {
  test.each([
    [
      "占…的比例 after a count: a share of it, 占 kept as the page writes it",
      "2021年全國教育事業發展統計公報\n其中,普惠性幼兒園在園幼兒4218.20萬人,占全國在園幼兒的比例87.78%。",
      ["普惠性幼兒園在園幼兒數", "普惠性幼兒園在園幼兒占全國在園幼兒的比例"],
    ],
    ["由2011年的… is no part of the rate's name", "2021年统计公报\n学前三年毛入园率由2011年的62.3%提高到2021年的88.1%。", ["学前三年毛入园率(基期)", "学前三年毛入园率"]],
    ["在2018年的基础上每年 is no part of the rate's name", "力争实现全国儿童青少年总体近视率在2018年的基础上每年降低0.5个百分点以上。", ["儿童青少年总体近视率"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("verbs before a figure name its count with the noun after it", () => {
  test.each([
    ["what comes before the verbs is dropped", "山东省近日发布行动计划,提出每年将新建、改扩建2000所公办幼儿园。", "新建、改扩建公办幼儿园数"],
    ["an adverb before the verb", "2023年,官渡区大力推进19个学校重点项目建设。", "推进学校重点项目建设数"],
    ["a span before the verb", "三年内新增6000所公办幼儿园。", "新增公办幼儿园数"],
    ["a place before the year is the scope", "武定县2024年新增学位3200个。", "新增学位数"],
    ["a recipient marker (向) names nothing: the recipients after it do (blind set 41)", "2020年,向3680名中职学生发放生活补贴。", "中职学生发放生活补贴人数"],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => x.indicator)).toEqual([expected]);
  });
});

describe("times and the country before a name are not part of it", () => {
  test.each([
    ["a plan period spoken of as a time", "“十三五”期间,残疾儿童义务教育入学率超过95%。", "残疾儿童义务教育入学率"],
    ["a plan period glued to the name", "十二五时期普惠性幼儿园覆盖率达到68%。", "普惠性幼儿园覆盖率"],
    ["the country as the area", "目前,中国有各级各类学校51.9万所。", "各级各类学校数"],
    ["我国 as the area", "2022年,我国学前教育毛入园率达到89.7%。", "学前教育毛入园率"],
    // a template's masked place (民办学校 survey report, blind set 296)
    ["a masked place (xx市有…) as the area", "2020年工作总结\nxx市有民办中小学校371所。", "民办中小学校数"],
    ["某县 as the area", "2020年工作总结\n某县共有民办中小学校371所。", "民办中小学校数"],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => x.indicator)).toEqual([expected]);
  });
});

describe("a comma grouping thousands ends no clause (1,470 所國小、523 所國中)", () => {
  test("each count of a list is named by its own noun, the first too (Taiwan 2019 study, blind set 195)", () => {
    const text = "資料顯示,105 學年度總計有 1,470 所國小、523 所國中、322 所高中。";
    expect(extractTargets(text).map((x) => [x.indicator.slice(0, -1), x.value])).toEqual([["國小", 1470], ["國中", 523], ["高中", 322]]);
  });
});

describe("named examples before a count are not its name", () => {
  test.each([
    ["examples, then the counted noun", "全区建成第一小学、金马小学、实验中学等4所九年一贯制学校。", "九年一贯制学校数"],
    ["verbs, examples and the counted noun", "全县新建改扩建城东小学、第二幼儿园等7所城乡学校。", "新建改扩建城乡学校数"],
    // one example, the object of 对 (驻马店 2015, blind set 198)
    ["one example after 对, then the verb after the count", "对辖区关王庙乡何庄小学等6所村级小学进行了改造。", "改造村级小学数"],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => x.indicator)).toEqual([expected]);
  });
});

describe("standards: a lead-in names the measure, levels name the scopes", () => {
  const rows = (text: string) => extractTargets(text).map((x) => [x.indicator, x.scope, x.comparator, x.value ?? [x.min, x.max], x.unit]);

  test("1.measure: 小学、初中分别达到… / 均达到…: one item per level on the lead-in's measure", () => {
    // 河北省县域义务教育优质均衡发展督导评估具体办法 (blind set 6)
    const text = [
      "资源配置重点评估县域义务教育学校(不含特殊教育学校、职业学校及不足50人的教学点)在教师、校舍、仪器设备等方面的以下7项指标。具体标准如下:",
      "1.每百名学生拥有高于规定学历教师数:小学、初中分别达到4.2人以上、5.3人以上;",
      "2.每百名学生拥有县级以上骨干教师数:小学、初中均达到1人以上;",
    ].join("\n");
    expect(rows(text)).toEqual([
      ["每百名学生拥有高于规定学历教师数", "小学", ">=", 4.2, "人"],
      ["每百名学生拥有高于规定学历教师数", "初中", ">=", 5.3, "人"],
      ["每百名学生拥有县级以上骨干教师数", "小学", ">=", 1, "人"],
      ["每百名学生拥有县级以上骨干教师数", "初中", ">=", 1, "人"],
    ]);
  });

  test("a numbered heading naming 用地 (1.生均用地) is the measure of the level lines under it (a siting standard, blind set 239)", () => {
    expect(rows("1.生均用地\n- 普通高中:≥31平方米/人;\n- 小学:≥26平方米/人;")).toEqual([
      ["生均用地", "普通高中", ">=", 31, "平方米/人"],
      ["生均用地", "小学", ">=", 26, "平方米/人"],
    ]);
  });

  test("a clause that says the measure must 达标 names the levels' figures after it; 每0.5万人 sites a school", () => {
    // 河南省义务教育学校办学条件基本标准 (blind set 4, in Simplified here)
    const text = "农村地区原则上每0.5万人以上设置一所完全小学,每2万~3万人设置一所初中。寄宿制学校学生宿舍的人均使用面积需达标,小学不低于3.0平方米,初中不低于3.3平方米。";
    const got = rows(text);
    expect(got.slice(0, 2).map((r) => [r[2], r[3], r[4]])).toEqual([
      [">=", 5000, "人"],
      ["range", [20000, 30000], "人"],
    ]);
    expect(got.slice(2)).toEqual([
      ["寄宿制学校学生宿舍的人均使用面积", "小学", ">=", 3, "平方米"],
      ["寄宿制学校学生宿舍的人均使用面积", "初中", ">=", 3.3, "平方米"],
    ]);
  });
});

describe("a change measured from a baseline names the indicator before it", () => {
  test.each([
    // 锡林郭勒盟 十三五 review (blind set 13)
    ["较“十二五”末提高", "2020年全盟学前三年教育毛入园率达到93%,较“十二五”末提高了2.98个百分点。", ["学前三年教育毛入园率", "学前三年教育毛入园率"]],
    // 国家义务教育质量监测 2018 (blind set 13)
    ["分别比2015年上升", "2018年四年级和八年级学生的视力不良检出率为38.5%和68.8%,分别比2015年上升了2.0个和3.5个百分点。", ["视力不良检出率", "视力不良检出率", "视力不良检出率", "视力不良检出率"]],
    // 曲靖 十一五 review (blind set 11): the baseline after the name
    ["学校数比2000年减少", "2005年有小学1805所,学校数比2000年减少了193所。", ["小学数", "学校数"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a verb, a count, then the counted noun: the noun names the count", () => {
  test.each([
    // 云南 2020 职教 meeting (blind set 12)
    ["建好8个…职教集团", "2020年要建好8个省级示范性职教集团。", ["建好省级示范性职教集团数"]],
    // 海门 2020 实事 (blind set 9)
    ["新建成3所幼儿园", "2020年全市新建成3所幼儿园。", ["新建成幼儿园数"]],
    // 甘肃 2022 (blind set 12)
    ["惠及156万名学生", "2022年营养改善计划惠及156万名学生。", ["营养改善计划惠及学生数"]],
    // 十堰 (blind set 10): 对 makes the count the object of the verb after it
    ["对40所学校进行改扩建", "2025年对40所学校进行改扩建。", ["改扩建学校数"]],
    // the noun before the count still names it
    ["幼儿园93所", "2020年全县有幼儿园93所,小学164所。", ["幼儿园数", "小学数"]],
    // a commendation names the counted by the title it gives (湖北 2024, blind set 190)
    ["授予…等90名同志“优秀教师”称号", "2021年工作总结\n市政府授予李某某等90名同志“优秀教师”称号。", ["优秀教师数"]],
    // the 任教 inside 专任教师 ends no noun (blind set 187)
    ["共有741名专任教师", "2021年全校共有741名专任教师。", ["专任教师数"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("kinds of school counted one after another", () => {
  test.each([
    // 西藏 2006 (blind set 17): a count of teaching points does not name the schools after it
    ["教学点 then 初级中学", "2006年全区现有小学880所,教学点1351个,初级中学93所,普通高中25所。", ["小学数", "教学点数", "初级中学数", "普通高中数"]],
    // 建瓯 述职 (blind set 15): 有 says the count exists
    ["学校有282所,其中中学22所", "目前,我市学校有282所,其中中学22所、小学164所、幼儿园93所。", ["学校数", "中学数", "小学数", "幼儿园数"]],
    ["建有 stays a verb", "2020年每个乡镇都建有1所公办中心幼儿园。", ["公办中心幼儿园数"]],
    // 毕节 十四五 (blind set 18), 云南 2016 公报 (blind set 17): a count of pupils names no count of schools after it
    [
      "初中391所 after 在校生86.7万人",
      "有小学1673所,在校生86.7万人;初中391所,在校生40.2万人。",
      ["小学数", "小学在校生数", "初中数", "初中在校生数"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a count at a stage of work names what it counts", () => {
  test.each([
    // 合肥 2018 (blind set 20): the stage before the count, the building from an earlier sentence
    ["在建5所", "2018年全市新建公办幼儿园61所。目前已完工56所,在建5所。", ["新建公办幼儿园数", "完工公办幼儿园数", "在建公办幼儿园数"]],
    // 阜阳 2019 (blind set 20): the stage after the count
    ["35所已经完工", "2019年,全市寄宿学校项目37所,其中35所已经完工,2所正在装修。", ["寄宿学校项目数", "已完工寄宿学校项目数", "正在装修寄宿学校项目数"]],
    ["74项已经完成", "90个项目已经全部启动,74项已经完成。", ["项目数", "已完成项目数"]],
    // the noun after the stage names it as before
    ["5个未开工项目", "全市有5个未开工项目。", ["未开工项目数"]],
    // 安顺 2020 (blind set 22), 西安 2024 (blind set 25): the rest at a stage, a stage of building work
    // a county's projects (blind set 43): the stage after the counted noun names it with the noun
    ["11个项目已完工, 2个项目正在招标", "截止4月底,11个项目已完工,1个项目正在施工,2个项目正在招标。", ["已完工项目数", "正在施工项目数", "正在招标项目数"]],
    // 宁德 2012 (blind set 10): any work 正在 does is a stage, with the building counted before
    ["1所正在办理前期手续", "2018年全市新建公办幼儿园16所。目前已完工13所,1所正在办理前期手续。", ["新建公办幼儿园数", "完工公办幼儿园数", "正在办理前期手续公办幼儿园数"]],
    ["其余2所在建, 1所正在主体施工", "今年计划新建普惠性幼儿园6所,目前已完工4所,其余2所在建;另有1所正在主体施工。", ["计划新建普惠性幼儿园数", "完工普惠性幼儿园数", "在建普惠性幼儿园数", "正在主体施工普惠性幼儿园数"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("one named example before a count", () => {
  test.each([
    // xx县 2017 summary (blind set 9)
    ["撤并…等12所学校", "2017年撤并xx县职业高级中学等12所学校。", ["撤并学校数"]],
    // 拟 before the verbs: the verbs and the noun after name the count
    ["拟维修改造冶父山镇中心小学等42所学校", "2019年拟维修改造冶父山镇中心小学等42所学校。", ["维修改造学校数"]],
    // 柳州 2024 普及普惠 news (blind set 321): no verb of the work before the example, the noun after names the count
    ["柳北区等4个县(市、区)", "2024年,柳北区等4个县(市、区)入选学前教育普及普惠县。", ["入选学前教育普及普惠县县(市、区)数"]],
    ["…but a grade before 等 is no example (二级甲等32人)", "2015年工作总结\n普通话测试二级甲等32人。", ["普通话测试二级甲等人数"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a place or a level alone counts a part of the count before it in the same unit", () => {
  test.each([
    // 紫阳 2021 (blind set 23)
    ["其中:学前8234人", "3.学生情况:现有在校学生47478人。其中:学前8234人,小学21333人。", [["在校学生数", null], ["在校学生数", "学前"], ["在校学生数", "小学"]]],
    ["其中张家港市4所", "2020年全市新建学校40所,其中张家港市4所、常熟市5所。", [["新建学校数", "全市"], ["新建学校数", "张家港市"], ["新建学校数", "常熟市"]]],
    // a count in another unit before it is no whole: 学位 in 个, then places in 所
    ["学位 then 所", "2020年建成后添加学位约4.81万个,张家港市4所。", [["添加学位数", null], ["张家港市数", null]]],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope])).toEqual(expected);
  });
});

describe("a table read as prose: a cell mark ends a clause", () => {
  test("| 100 | || then a task cell names the task, never the cells before it (浏阳 2024, blind set 20)", () => {
    const text = "2024年重点民生实事项目完成情况公示如下:\n工作任务 | 实际已完成工作量 | 完成工作进度(%) |\n建设品质县中10所(其中浏阳4所)。 | 建设品质县中4所 | 已完成。 | 100 | ||";
    expect(names(text).every((n) => !n.includes("|"))).toBe(true);
    expect(names(text)).toContain("建设品质县中数");
  });
});

describe("kinds of school and parts listed after a whole", () => {
  test.each([
    // 全南 (blind set 24): kinds of school one after another count themselves
    ["职业技术学校1所、初级中学11所", "我县现有中小学校81所,其中普通高中1所、职业技术学校1所、初级中学11所。", [["中小学校数", "我县"], ["普通高中数", "我县"], ["职业技术学校数", "我县"], ["初级中学数", "我县"]]],
    // 焉耆 (blind set 24): a list in parentheses after 义务教育段学校12所
    ["义务教育段学校12所(完全中学1所,初级中学1所)", "全县现有各级各类学校29所,其中:义务教育段学校12所(完全中学1所,初级中学1所)。", [["各级各类学校数", "全县"], ["义务教育段学校数", "全县"], ["完全中学数", "全县"], ["初级中学数", "全县"]]],
    // 沙依巴克 (blind set 24): people by level in parentheses after the whole
    ["在校中小学生68428人(小学40979人,初中17112人)", "辖区内在校中小学生68428人(小学40979人,初中17112人)。", [["辖区内在校中小学生数", null], ["辖区内在校中小学生数", "小学"], ["辖区内在校中小学生数", "初中"]]],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope])).toEqual(expected);
  });
});

describe("占比 alone is the share of the count just named", () => {
  test("其中公办园10301人,占比41.02% (衡南, the reports set)", () => {
    expect(names("现有幼儿25113人,其中公办园10301人,占比41.02%,民办园14812人,占比58.98%。")).toEqual(["幼儿数", "公办园人数", "公办园占比", "民办园人数", "民办园占比"]);
  });
});

describe("价值 after a count is the value of what was counted", () => {
  test("其中,图书185.94万册,价值2574.20万元", () => {
    // 山西 改薄 进展 (blind set 27)
    expect(names("完成设备购置80600.26万元。其中,图书185.94万册,价值2574.20万元;课桌凳47.11万套,价值5691万元。").slice(1)).toEqual(["图书数", "图书价值", "课桌凳数", "课桌凳价值"]);
  });
});

describe("a breakdown after 其中 or in parentheses: kinds of school are parts of the people counted", () => {
  const named = (text: string): Array<[number, string, string | null]> => extractTargets(text).map((x) => [x.value as number, x.indicator, x.scope]);
  test("专任教师81025人,其中普通高校7759人、中等职业教育2477人", () => {
    // 宁夏 2015 (blind set 28)
    expect(named("共有专任教师81025人,其中普通高校7759人、中等职业教育2477人、普通高中10274人。")).toEqual([
      [81025, "专任教师数", null],
      [7759, "专任教师数", "普通高校"],
      [2477, "专任教师数", "中等职业教育"],
      [10274, "专任教师数", "普通高中"],
    ]);
  });
  test("the whole is the count before 其中, not a part named after it", () => {
    // 平江 (blind set 28)
    expect(named("在校学生161768人,其中在园幼儿25375人,小学70537人,初中39277人。").slice(2)).toEqual([
      [70537, "在校学生数", "小学"],
      [39277, "在校学生数", "初中"],
    ]);
  });
  test("其中,在小学就读118737人: where the people counted before are enrolled is the part", () => {
    // 昆明 2017 公报 (blind set 17)
    expect(named("全市义务教育阶段在校生中,进城务工人员随迁子女共156656人。其中,在小学就读118737人,在初中就读37919人。")).toEqual([
      [156656, "进城务工人员随迁子女数", null],
      [118737, "进城务工人员随迁子女数", "小学"],
      [37919, "进城务工人员随迁子女数", "初中"],
    ]);
  });
  test("a parenthesis breaks down the count right before it", () => {
    // 紫阳 2021 (blind set 23)
    expect(named("现有教职工3093人,其中专任教师2802人(学前350人,小学981人)。").slice(2)).toEqual([
      [350, "专任教师数", "学前"],
      [981, "专任教师数", "小学"],
    ]);
  });
});

describe("parts of a rate, and money beside a count", () => {
  const named = (text: string): Array<[number, string, string | null]> => extractTargets(text).map((x) => [x.value as number, x.indicator, x.scope]);
  test("其中6岁儿童为14.3%: a group of pupils is a part of the rate before it, across a ;", () => {
    // 全国 2020 近视调查 (blind set 30)
    expect(named("2020年,我国儿童青少年总体近视率为52.7%,较2019年上升2.5个百分点;其中6岁儿童为14.3%,小学生为35.6%。").slice(2)).toEqual([
      [14.3, "儿童青少年总体近视率", "6岁儿童"],
      [35.6, "儿童青少年总体近视率", "小学生"],
    ]);
  });
  test("357703人次约6414万元: the money is of the same aid, not a count of 人次", () => {
    // 某县 上半年 学生资助 (blind set 30)
    expect(named("今年上半年,我县落实学生资助共计357703人次约6414万元。").map((x) => x[1])).toEqual(["落实学生资助人次", "落实学生资助"]);
  });
});

describe("a level inside a longer word stays in the name", () => {
  test.each([
    // 共和 2025 (blind set 32), 十三五 goals (blind set 11)
    ["高中阶段完成率提升至104.41%", ["高中阶段完成率"]],
    ["高中阶段毛入学率达到92%以上", ["高中阶段毛入学率"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("对 and a scope before a count: the count is the object of the work after it", () => {
  test.each([
    // 洛阳 十四五 (blind set 25), 顺德 实事 (blind set 18), 某区 (blind set 26)
    ["对全市681个农村小规模学校和教学点进行优化整合。", [["优化整合农村小规模学校和教学点数", "全市"]]],
    ["对10个交通拥堵点进行“微改造”。", [["“微改造”交通拥堵点数", null]]],
    ["对辖区402家单位进行全纳管理。", [["全纳管理单位数", "辖区"]]],
  ])("%s", (text, expected) => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope])).toEqual(expected);
  });
});

describe("a place alone before a count with its own noun is the scope", () => {
  test.each([
    // 湖南 2018 (blind set 27), 全国 2019 (blind set 35)
    ["湖南省18个县均达到国家评估标准。", [["县数", "湖南省"]]],
    ["东部地区890个县通过国家认定。", [["通过国家认定县数", "东部地区"]]],
  ])("%s", (text, expected) => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope])).toEqual(expected);
  });
});

describe("money named only as paid out is the money of the aid just counted (利辛 2021 资助, blind set 57)", () => {
  test.each([
    ["发放资金 after a count of 人次", "2021年学生资助工作总结\n学前教育政府资助5875人次,发放资金235万元。", ["学前教育政府资助人次", "学前教育政府资助资金"]],
    ["资助金额 after a count of 人次", "2021年学生资助工作总结\n义务教育家庭经济困难学生生活补助37598人次,资助金额1346.46万元。", ["义务教育家庭经济困难学生生活补助人次", "义务教育家庭经济困难学生生活补助资金"]],
    ["a named fund keeps its own name", "2021年学生资助工作总结\n资助学生1200人次,发放营养改善计划补助资金235万元。", ["资助学生人次", "发放营养改善计划补助资金"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a school's own report opens on itself as the scope (全校, 我园)", () => {
  test.each([
    ["全校共有", "2023年工作总结\n全校共有学生1200人。", [["学生数", "全校"]]],
    ["我园现有", "2023年工作总结\n我园现有幼儿300人。", [["幼儿数", "我园"]]],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope])).toEqual(expected);
  });
});

describe("the state a count reached names what it counts (23个省份实现了…, 5个区县未通过认定)", () => {
  test.each([
    ["实现了 after the counted noun", "2020年工作总结\n全国有23个省份实现了县域义务教育基本均衡。", ["实现县域义务教育基本均衡省份数"]],
    ["未通过 after the counted noun", "2020年工作总结\n有5个区县未通过认定。", ["未通过认定区县数"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("共有 after a place: what it counts is the name, the place the scope (bulletins)", () => {
  test.each([
    ["a province before 共有", "2021年陕西省教育事业统计公报\n陕西省共有小学4012所。", [["小学数", "陕西省"]]],
    ["a heading glued before the place (学前教育 全省共有幼儿园)", "2016年统计公报\n学前教育全省共有幼儿园7310所。", [["幼儿园数", "学前教育全省"]]],
    ["no place before 共有: the name keeps its level", "2016年统计公报\n普通高中共有专任教师2100人。", [["专任教师数", "普通高中"]]],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope])).toEqual(expected);
  });
});

describe("a funding bulletin's numbered items under the heading of a measure (教育经费执行情况统计公告; 四川 2019, blind set 54)", () => {
  const text = [
    "2019年全省教育经费执行情况统计公告",
    "【各级教育生均一般公共预算教育经费增长情况】",
    "1.全省幼儿园为7977.88元,比上年的6628.28元增长20.36%。",
    "2.全省普通小学为11128.87元,比上年的10682.82元增长4.18%。其中,农村为11227.42元,比上年的10780.10元增长4.15%。",
  ].join("\n");
  test("each level's figure, its baseline and its growth are of the heading's measure", () => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.comparator, x.value, x.kind])).toEqual([
      ["生均一般公共预算教育经费", "全省幼儿园", "=", 7977.88, "actual"],
      ["生均一般公共预算教育经费(上年)", "全省幼儿园", "=", 6628.28, "actual"],
      ["生均一般公共预算教育经费", "全省幼儿园", "increase_by", 20.36, "actual"],
      ["生均一般公共预算教育经费", "全省普通小学", "=", 11128.87, "actual"],
      ["生均一般公共预算教育经费(上年)", "全省普通小学", "=", 10682.82, "actual"],
      ["生均一般公共预算教育经费", "全省普通小学", "increase_by", 4.18, "actual"],
      ["生均一般公共预算教育经费", "农村", "=", 11227.42, "actual"],
      ["生均一般公共预算教育经费(上年)", "农村", "=", 10780.1, "actual"],
      ["生均一般公共预算教育经费", "农村", "increase_by", 4.15, "actual"],
    ]);
  });
});

describe("a school's rooms, one each (学校有理化生仪器室、实验室各一个; 常宁, blind set 60)", () => {
  test.each([
    ["各一个", "2023年工作总结\n学校有理化生仪器室、实验室各一个。", [["理化生仪器室数", "学校"], ["实验室数", "学校"]]],
    ["各1个", "2023年工作总结\n学校有卫生保健室、阅览室各1个。", [["卫生保健室数", "学校"], ["阅览室数", "学校"]]],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope])).toEqual(expected);
  });
});

describe("提升工程 is a name, not a change", () => {
  test("the programme's money is named by the programme", () => {
    expect(names("2023年工作总结\n中小学教育技术装备标准化提升工程投入9700多万元。")).toEqual(["教育技术装备标准化提升工程投入"]);
  });
});

describe("a short label before a colon names the figure right after it (石台 资助标准, blind set 100)", () => {
  const shown = (text: string) => extractTargets(text).map((x) => [(x.scope ?? "") + x.indicator, x.value, x.unit]);
  test.each([
    ["a count", "2023年工作总结\n\n在校生:1234人,教师:100人。", [["在校生数", 1234, "人"], ["教师数", 100, "人"]]],
    ["a rate per pupil and year", "资助标准\n\n中职学校国家助学金标准:2000元/生·年\n普通高中国家免学费标准:1700元/生·年", [["中职学校国家助学金标准", 2000, "元/生·年"], ["普通高中国家免学费标准", 1700, "元/生·年"]]],
    ["a rate per pupil", "2018年工作要点\n\n幼儿园生均用地指标提高至15㎡/生。", [["幼儿园生均用地指标", 15, "平方米/生"]]],
  ])("%s", (_name, text, expected) => {
    expect(shown(text)).toEqual(expected);
  });
  test("a colon that leads a list (具体如下:, 目标:) names nothing of its own", () => {
    expect(shown("2024年工作要点\n\n主要目标:新建幼儿园5所。")).toEqual([["新建幼儿园数", 5, "所"]]);
  });
});

describe("a place alone before a rate is its scope; a list's lead names the measure (许昌 改薄 通报, blind set 103)", () => {
  test("各县(市)…开工率由高到低依次是: 禹州市91.87%, …", () => {
    const text = "2016年工作通报\n\n各县(市)校舍建设类项目开工率由高到低依次是:禹州市91.87%,襄城县88.61%,鄢陵县85%。长葛市82.3%,许昌县80.8%。";
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value])).toEqual([
      ["校舍建设类项目开工率", "禹州市", 91.87],
      ["校舍建设类项目开工率", "襄城县", 88.61],
      ["校舍建设类项目开工率", "鄢陵县", 85],
      ["校舍建设类项目开工率", "长葛市", 82.3],
      ["校舍建设类项目开工率", "许昌县", 80.8],
    ]);
  });
});

describe("a list's lead with a long quoted measure, places with their rates in brackets (云南 改薄 通报, blind set 103)", () => {
  test("…面积开工率由高到低依次为:德宏州(100%)、昆明市(98%)", () => {
    const text = "2017年通报\n\n截至2017年10月底,“全面改薄”专项资金校舍建设项目面积开工率由高到低依次为:德宏州(100%)、昆明市(98%)。";
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value])).toEqual([
      ["“全面改薄”专项资金校舍建设项目面积开工率", "德宏州", 100],
      ["“全面改薄”专项资金校舍建设项目面积开工率", "昆明市", 98],
    ]);
  });
  test("a lead ending on a colon names the list even after another figure of the sentence (我把16个州、市…通报:)", () => {
    const text = "2017年通报\n\n下面,我把16个州、市进展情况分别进行通报:截至2017年10月底,校舍建设项目面积开工率由高到低依次为:德宏州(100%)、昆明市(98%)。";
    expect(extractTargets(text).filter((x) => x.unit === "%").map((x) => [x.indicator, x.scope])).toEqual([
      ["校舍建设项目面积开工率", "德宏州"],
      ["校舍建设项目面积开工率", "昆明市"],
    ]);
  });
});

describe("each kind of school under a count of 校园 counts itself (莲湖区 发布会, blind set 99)", () => {
  test("共有各类校园159所,其中幼儿园83所,小学48所", () => {
    const text = "2020年工作总结\n\n莲湖区共有各类校园159所,其中幼儿园83所,小学48所,初中7所。";
    expect(extractTargets(text).map((x) => [x.indicator, x.value])).toEqual([
      ["各类校园数", 159],
      ["幼儿园数", 83],
      ["小学数", 48],
      ["初中数", 7],
    ]);
  });
});

describe("tiers of designation in a breakdown are parts of the count before (攀枝花 劳动教育 复函, blind set 101)", () => {
  test("研学实践教育基地28个,其中国家级2个、省级6个", () => {
    const text = "2022年工作总结\n\n全市共有研学实践教育基地28个,其中国家级2个、省级6个、市级20个。";
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value])).toEqual([
      ["研学实践教育基地数", "全市", 28],
      ["研学实践教育基地数", "国家级", 2],
      ["研学实践教育基地数", "省级", 6],
      ["研学实践教育基地数", "市级", 20],
    ]);
  });
});

describe("具有, 设有 and 共设 provide: the owner is the scope, the noun after names the count (北京五中 通州校区, blind set 99)", () => {
  test.each([
    ["北京五中通州校区具有66个教学班。", [["教学班数", "北京五中通州校区", 66]]],
    ["目前学校共设16个班。", [["班数", "学校", 16]]],
  ])("%s", (sentence, expected) => {
    expect(extractTargets(`2018年工作总结\n\n${sentence}`).map((x) => [x.indicator, x.scope, x.value])).toEqual(expected);
  });
});

describe("a lead paragraph ending on a colon names the measure of the numbered items after it (教育经费统计公告, blind set 106)", () => {
  test("…各级学校生均公共财政预算教育事业费支出情况是: (1)全国普通小学为9557.89元", () => {
    const text = "2016年教育经费执行情况统计公告\n\n2016年全国普通小学、普通初中、普通高等学校生均公共财政预算教育事业费支出情况是:\n(1)全国普通小学为9557.89元,比上年增长8.14%。\n(2)全国普通初中为13415.99元。\n";
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value])).toEqual([
      ["生均公共财政预算教育事业费支出", "全国普通小学", 9557.89],
      ["生均公共财政预算教育事业费支出", "全国普通小学", 8.14],
      ["生均公共财政预算教育事业费支出", "全国普通初中", 13415.99],
    ]);
  });
});

describe("都有, 均有 and 也有 say that the count exists, as 有 does (武汉 局长 直播, blind set 99)", () => {
  test("完工的学校都有20所 counts 完工的学校", () => {
    expect(extractTargets("2018年工作总结\n\n全市每年新改扩建并完工的学校都有20所。").map((x) => x.indicator)).toEqual(["新改扩建并完工的学校数"]);
  });
});

describe("各县, 每个乡镇 alone before a count with its noun are the scope; the noun names the count", () => {
  test.each([
    ["各县均有3所示范校。", [["示范校数", "各县", 3]]],
    ["每个乡镇有1所中心幼儿园。", [["中心幼儿园数", "乡镇", 1]]],
  ])("%s", (sentence, expected) => {
    expect(extractTargets(`2018年工作总结\n\n${sentence}`).map((x) => [x.indicator, x.scope, x.value])).toEqual(expected);
  });
});

describe("a listed subject splits at its list marks only", () => {
  test.each([
    ["及格 is a word, not 及 (穆家庄 pledge, blind set 120)", "2024年工作计划\n语文、数学及格率均达到90%。", ["语文及格率", "数学及格率"]],
    ["…and 及 between two subjects still splits", "2024年工作计划\n语文及数学合格率均达到95%。", ["语文合格率", "数学合格率"]],
    ["a list of rates shares its percent without 均 (贫困家庭学生基础教育入学率、巩固率达100%, blind set 51)", "2024年工作计划\n贫困家庭学生基础教育入学率、巩固率达100%。", ["贫困家庭学生基础教育入学率", "贫困家庭学生基础教育巩固率"]],
    ["…and so do levels before one rate", "2024年工作计划\n小学、初中入学率达99%以上。", ["入学率", "入学率"]],
    ["…but kinds of work before a count are one count (新建、改扩建幼儿园76所)", "2024年工作计划\n新建、改扩建幼儿园76所。", ["新建、改扩建幼儿园数"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a heading's measure over lines labelled by level (优质均衡 7 项指标, blind set 124)", () => {
  const items = (text: string) => extractTargets(text).map((x) => [x.indicator, x.scope, x.comparator, x.value, x.unit]);
  test("• 小学:≥4.2人 under 1. 每百名学生拥有高于规定学历教师数 is that measure for 小学", () => {
    const text = "义务教育优质均衡标准\n\n1. 每百名学生拥有高于规定学历教师数\n\n• 小学:≥4.2人(大专及以上学历)\n\n• 初中:≥5.3人(本科及以上学历)\n";
    expect(items(text)).toEqual([
      ["每百名学生拥有高于规定学历教师数", "小学", ">=", 4.2, "人"],
      ["每百名学生拥有高于规定学历教师数", "初中", ">=", 5.3, "人"],
    ]);
  });
  test("a label that is no level keeps its own name (投入带来显著回报:…占比从31%提升至47%)", () => {
    const text = "2023年工作总结\n\n1. 教师队伍建设\n\n投入带来显著回报:2023年教师队伍中高级职称占比从31%提升至47%。";
    expect(items(text).map((x) => x[0])).toEqual(["教师队伍中高级职称占比(基期)", "教师队伍中高级职称占比"]);
  });
});

describe("a count of visits in ten thousands names no event after it (国家智慧教育平台 浏览量, blind set 121)", () => {
  test("浏览量为1.70亿次(占比0.4%): the count and its share are of the 浏览量", () => {
    expect(names("2024年工作总结\n通过电脑客户端产生的浏览量为1.70亿次(占比0.4%)。")).toEqual(["通过电脑客户端产生的浏览量", "通过电脑客户端产生的浏览量占比"]);
  });
  test("…while an event still follows a small count (先后3次对我县进行突击检查)", () => {
    expect(names("2024年工作总结\n市教育局先后3次对我县进行突击检查。")).toEqual(["突击检查次数"]);
  });
});

describe("a value's role names no measure (绩效自评: 年初目标值, 实际完成值; blind set 123)", () => {
  const items = (text: string) => extractTargets(text).map((x) => [x.indicator, x.value, x.kind]);
  test("项目完成及时率,年初目标值100%,实际完成值98%: both values are of 项目完成及时率", () => {
    expect(items("2022年项目支出绩效自评报告\n项目完成及时率,年初目标值100%,实际完成值98%。")).toEqual([
      ["项目完成及时率", 100, "target"],
      ["项目完成及时率", 98, "actual"],
    ]);
  });
  test("a long measure before the role is still the name (学生对…项目实施的满意度,年初目标值≥95%)", () => {
    expect(items("2022年项目支出绩效自评报告\n学生对校园维修改造项目实施的满意度,年初目标值≥95%,实际完成值95.08%。").map((x) => x[0])).toEqual([
      "学生对校园维修改造项目实施的满意度比例",
      "学生对校园维修改造项目实施的满意度比例",
    ]);
  });
});

describe("what a change is compared with is no part of its name (九都幼儿园 秋季学期总结, blind set 122)", () => {
  test.each([
    ["较学期初", "2023年工作总结\n幼儿人均图书持有量达5.2册,较学期初增加0.6册。", ["幼儿人均图书持有量", "幼儿人均图书持有量"]],
    ["比上学期", "2023年工作总结\n在园幼儿320人,比上学期增加20人。", ["在园幼儿数", "在园幼儿数"]],
    ["较上年末", "2023年工作总结\n在园幼儿320人,较上年末增加20人。", ["在园幼儿数", "在园幼儿数"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a noun a verb's character starts keeps it (办学条件, 办园条件)", () => {
  test.each([
    ["办学条件达标率", "2023年工作计划\n办学条件达标率达到95%。", ["办学条件达标率"]],
    ["办园条件改善投入", "2023年工作总结\n办园条件改善投入30万元。", ["办园条件改善投入"]],
    ["建设资金 and 建成区面积 are nouns too", "2023年工作总结\n建设资金达到300万元,建成区面积达到12平方公里。", ["建设资金"]],
    ["…while 举办 is a verb still", "2023年工作总结\n举办培训班12期。", ["举办培训班期数"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("the verbs a name keeps at its head, as the gold sets write them (建成学校数, 完成投资)", () => {
  test.each([
    ["完成投资", "2023年工作总结\n完成投资3212万元。", ["完成投资"]],
    ["建成智慧校园数", "2023年工作总结\n建成智慧校园6所。", ["建成智慧校园数"]],
    ["建设校舍面积", "2023年工作总结\n建设校舍面积94858平方米。", ["建设校舍面积"]],
    ["…while 形成 is dropped (典型案例数)", "2023年工作总结\n形成典型案例10个。", ["典型案例数"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("kinds of higher school count themselves (泉州 统计公报 digest, blind set 125)", () => {
  test("高职高专12所。中等职业学校64所: the next kind of school is not 高职高专", () => {
    expect(names("2023年统计公报\n全市拥有高等院校17所,其中本科高校5所,高职高专12所。中等职业学校64所,普通高中112所。")).toEqual([
      "高等院校数",
      "本科高校数",
      "高职高专数",
      "中等职业学校数",
      "普通高中数",
    ]);
  });
});

describe("a county of one character is a place (莒县, 沛县; blind set 125)", () => {
  const items = (text: string) => extractTargets(text).map((x) => [x.indicator, x.scope]);
  test.each([
    ["莒县共有216所小学", "2024年统计\n莒县共有 216所小学。", [["小学数", "莒县"]]],
    ["该县现有小学216所", "2024年统计\n该县现有小学216所。", [["小学数", "该县"]]],
  ])("%s", (_name, text, expected) => {
    expect(items(text)).toEqual(expected);
  });
});

describe("a figure-less clause naming a share or a span names the figure after it (财政部 十四五 finance, blind set 127)", () => {
  test.each([
    ["…比重,保持在4%以上", "2024年工作计划\n国家财政性教育经费占国内生产总值比重,保持在4%以上。", ["国家财政性教育经费占国内生产总值比重"]],
    ["…年限,达到11年", "2024年工作计划\n人均受教育年限,达到11年。", ["人均受教育年限"]],
    ["…and a run of years before the figure names nothing (已经连续十多年保持在4%以上)", "2024年工作总结\n截至2024年底,国家财政性教育经费占国内生产总值比重,已经连续十多年保持在4%以上。", ["国家财政性教育经费占国内生产总值比重"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a standing is named as the gold sets name it: the measure, the area, 排名 (blind sets 38, 118, 120)", () => {
  test.each([
    ["校总均分必须进入全县前三名", "2024年工作计划\n校总均分必须进入全县前三名。", ["校总均分全县排名"]],
    ["中考保二争一", "2024年工作计划\n中考保二争一。", ["中考排名", "中考排名"]],
    ["what was won names the standing (以626分的优异成绩夺得攸县文科第二名; 攸县 speech, blind set 122)", "2011年工作总结\n李一格同学以626分的优异成绩夺得攸县文科第二名。", ["攸县文科排名"]],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).filter((x) => x.unit === "名").map((x) => x.indicator)).toEqual(expected);
  });
});

describe("what 有 counts follows the figure; the owner before 有 is the scope (永城 school, 湖南 news, 西藏 扫盲; blind sets 54, 87, 37)", () => {
  const items = (text: string) => extractTargets(text).map((x) => [x.indicator, x.scope]);
  test.each([
    ["学校现有40个教学班", "2023年学校工作总结\n学校现有40个教学班。", [["教学班数", "学校"]]],
    ["湖南又有18个县", "2023年工作总结\n湖南又有18个县成为基本均衡县。", [["成为基本均衡县县数", "湖南"]]],
    ["an owner that is itself counted keeps the count (教学辅导教师有1名完成培训)", "2023年工作总结\n教学辅导教师有1名完成培训。", [["教学辅导教师数", null]]],
  ])("%s", (_name, text, expected) => {
    expect(items(text)).toEqual(expected);
  });
});

describe("an adverb before the figure (仅, 只有) or a connective opening the clause (而, 则, 即) is no part of the name (中科大 report, blind set 132)", () => {
  test.each([
    ["中科大毕业生仅5101人", "2016年就业质量报告\n2016年中科大毕业生仅5101人。", ["中科大毕业生数"]],
    ["…的只有6人", "2020年学校工作总结\n第一学历为本科以上的只有6人。", ["第一学历为本科以上人数"]],
    ["而三年内本科毕业生出国率", "2016年就业质量报告\n而三年内本科毕业生出国率为20.5%。", ["三年内本科毕业生出国率"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a class's number is no count of classes (202班生均6册, 101班沈启航; a school speech, blind set 155)", () => {
  test.each([
    ["202班生均达到了7.8册", "2020年读书活动总结\n其中202班生均达到了7.8册,401班生均6册。", [[7.8, "册"], [6, "册"]]],
    ["101班沈启航", "2020年读书活动总结\n获奖名单:101班沈启航、102班沈小羽。", []],
    ["a count after a verb stays (增加了214班)", "2022年工作总结\n四年来最终增加了214班。", [[214, "班"]]],
    ["a count that 为 predicates stays (其中123班为近3年新增)", "2025年统计\n其中123班为近3年新增。", [[123, "班"]]],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => [x.value, x.unit])).toEqual(expected);
  });
});

describe("a figure said again in another unit in brackets keeps the name (117743.74㎡(约176.62亩); 漳州 siting notice, blind set 147)", () => {
  test("the 亩 in brackets is the area just named", () => {
    const text = "2020年规划\n龙文一中用地规划总面积117743.74㎡(约176.62亩)。";
    expect(names(text)).toEqual(["龙文一中用地规划总面积", "龙文一中用地规划总面积"]);
  });
});

describe("what a name never holds: a year, a cohort, the 由 of a change, a 的 left by a cut scope, a second 比例", () => {
  test.each([
    ["a rate in brackets (视力不良率(65.23%), blind set 162)", "2019年监测报告\n近视率(55.62%)、龋患率(16.28%)。", ["近视率", "龋患率"]],
    ["a cohort (2023届本科生毕业去向落实率)", "2023年就业质量报告\n2023届本科生毕业去向落实率为95.1%。", ["本科生毕业去向落实率"]],
    ["a year inside the name (学校2016年招生数)", "2016年工作总结\n学校2016年招生1200人。", ["学校招生数"]],
    ["the 从 of a change (使藏书从6.3万册达到24万册, a school's plan)", "2015年工作总结\n使藏书从6.3万册达到24万册。", ["藏书数", "藏书数"]],
    ["分别 (小学、初中分别新增学位)", "2020年工作总结\n小学、初中分别新增学位1200个、800个。", ["新增学位数", "新增学位数"]],
    ["a bracket that explains at length (国家财政性教育经费(主要包括…), a statistics bulletin)", "2021年统计公报\n国家财政性教育经费(主要包括一般公共预算安排的教育经费,政府性基金预算安排的教育经费等)为37621亿元。", ["国家财政性教育经费"]],
    ["a 及 after the figure opens the next item (新建教学综合楼一栋及运动场, 章贡 projects, blind set 114)", "2024年项目\n该项目新建教学综合楼一栋及运动场。", ["项目新建教学综合楼数"]],
    ["the 将 of will (老年大学将新招学员5500多人次, blind set 155)", "2025年工作计划\n老年大学将新招学员5500多人次。", ["老年大学新招学员人次"]],
    ["the examples before 等 in a count (新建马兰完小、抗埠、李沟、道庄等教学楼7处, blind set 104)", "2015年工作总结\n新建马兰完小、抗埠、李沟、道庄等教学楼7处。", ["新建教学楼数"]],
    ["…but a rate's examples say what it measures (戏剧、舞蹈、非遗传承等拓展课程开设率, blind set 149)", "2023年调查报告\n戏剧、舞蹈、非遗传承等拓展课程开设率为35%。", ["戏剧、舞蹈、非遗传承等拓展课程开设率"]],
    ["the 的 a cut scope leaves (中国的高等教育毛入学率)", "2022年新闻\n过去十年,中国的高等教育毛入学率达到60.8%。", ["高等教育毛入学率"]],
  ])("%s", (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a place after 其中 names a part of the count broken down (济宁 projects, blind set 100)", () => {
  test("共有32個項目未開工,其中嘉祥縣18個,任城區9個", () => {
    const items = extractTargets("2018年进展\n共有32個項目未開工,其中嘉祥縣18個,任城區9個(gè),魚台縣4個,微山縣1個。");
    expect(items.map((x) => [x.indicator, x.scope, x.value])).toEqual([
      ["項目未開工數", null, 32], ["項目未開工數", "嘉祥縣", 18], ["項目未開工數", "任城區", 9], ["項目未開工數", "魚台縣", 4], ["項目未開工數", "微山縣", 1],
    ]);
  });
  test("…but a kind of county is a count of its own (其中有国家级贫困县2个, 怀化 profile, blind set 251)", () => {
    expect(names("2009年概况\n全市辖13个县市区,其中有国家级贫困县2个。")).toEqual(["县市区数", "国家级贫困县数"]);
  });
});
