/**
 * Document genre and reference year (genre.ts) on the openings real pages have: a dated title
 * under a site's navigation lines, a title glued to its text, a summary that ends with next
 * year's plan, a body that opens on its year. Phrases from public documents.
 */
import fs from "fs";
import path from "path";
import { extractTargets } from "../../src/core/extract";
import { SITE_LINE } from "../../src/core/extract/page-furniture";

const kindYear = (text: string): Array<[string, number | null]> => extractTargets(text).map((x) => [x.kind, x.deadline]);
/** A public page of the blind sets, as saved. */
const readReal = (name: string): string => fs.readFileSync(path.join(__dirname, "../fixtures/extraction/real", name), "utf8");

describe("a dated title names the genre and year", () => {
  test.each([
    [
      "a bulletin under a site's navigation line that says 规划",
      "发展规划部\n 本站首页 | 机构概况 | 发展规划 | 工作动态\n当前位置: 本站首页>>数据师大>>正文\n\n山西省2018年教育事业发展统计公报\n\n  二、学前教育\n  入园(班)幼儿377694人。",
      [["actual", 2018]],
    ],
    [
      "a summary that ends with next year's plan reports first",
      "教育主管部门2024年工作总结及2025年工作计划范文.docx\n1、一、2024年度主要工作成效 新增基础教育学位3200个。",
      [["actual", 2024]],
    ],
    ["a title whose year has no 年", "2022市教育局上半年工作总结报告.doc\n1、20xx年,我局建成11所学校。", [["actual", 2022]]],
    ["a title glued to its text", "教育局2022年工作总结范文范例1.加快重点项目建设。建成11所学校,新增学位1.34万个。", [["actual", 2022], ["actual", 2022]]],
    ["a school year's table is dated by its first year", "2024-2025年全市基础教育情况表\n全市共有学校1212所。", [["actual", 2024]]],
    ["a school year written with a slash (2016/2017学年初…公报)", "云南省2016/2017学年初全省教育事业发展统计公报\n全省共有幼儿园7310所。", [["actual", 2016]]],
    ["a plan title stays a plan", "某县2023年教育工作要点\n全县新建幼儿园5所。", [["target", 2023]]],
    [
      "a year named only as a baseline (比1990年减少3.2%) is no year the text reports",
      "【概况】\n全市中小学363所,比1990年减少3.2%,其中中学93所,增加2.6%。小学270所,减少4.3%。",
      [["actual", null], ["actual", null], ["actual", null], ["actual", null], ["actual", null], ["actual", null]],
    ],
    [
      "a report whose body opens on its school year (2022学年,区教育局…)",
      "2022学年,区教育局坚持以加快教育现代化为主线。\n义务教育\n全区普通中小学31所,比上年减少2所;在校生31959人,比上年减少928人;专任教师2537人,比上年减少17人。",
      [["actual", 2022], ["actual", 2022], ["actual", 2022], ["actual", 2022], ["actual", 2022], ["actual", 2022]],
    ],
    [
      "a year alone in the breadcrumb dates a data page's figures (教育部 教育统计数据 > 2018 > …), not the date it was posted",
      "您当前的位置: 首页  >  数 据  >  教育统计数据  >  2018  >  全国基本情况 > 正文\n小学基本情况\n发布日期:2019-08-09\n全国共有小学16.18万所。",
      [["actual", 2018]],
    ],
    [
      "a title whose year a copy masked (20XX年): its 今年 is the hidden year, not the upload's",
      "教育局20XX年工作总结\n上传时间:2022-10-29\n今年以来,我县新建学校5所。",
      [["actual", null]],
    ],
    [
      "a title whose year is set apart by a space (a PDF copy): the summary reports its year, the plan after it plans the next",
      "2010 年工作总结和 2011 年工作打算\n县教育体育局\n一、2010 年工作情况\n(一)教育经费保障有力。 今年,我县教育投入累计 8316 万元。",
      [["actual", 2010]],
    ],
    [
      "a report's headline year read past the pinyin readings a converter pasted in",
      "教育部發(fā)布2018年全國學(xué)校和學(xué)生數(shù)據(jù)統(tǒng)計(2)\n一、綜 合\n全國共有各級各類學(xué)校51.88萬所,比上年增加5017所;在校生2.76億人,比上年增加539.40萬人;專任教師1672.85萬人,比上年增加45.96萬人。",
      [["actual", 2018], ["actual", 2018], ["actual", 2018], ["actual", 2018], ["actual", 2018], ["actual", 2018]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(kindYear(text)).toEqual(expected);
  });
});

describe("a report without a dated title takes the year its body opens on", () => {
  test.each([
    [
      "a bulletin digest opening on 2019年 (with spam glyphs)",
      "2019年◈✿,在党中央、国务院坚强领导下,教育事业发展统计公报显示:\n全国共有各级各类学校53.01万所◈,比上年增加1.13万所◈,增长2.17%◈。在校生2.82亿人,比上年增加538.68万人◈,增长1.95%。专任教师1732.03万人,比上年增加59.88万人。",
      [2019, 2019, 2019, 2019, 2019, 2019, 2019, 2019],
    ],
    [
      "截至2023年 dates the report; the publication date does not",
      "2024年05月16日17:48 | 来源:人民网\n教育部公布发展基本情况,截至2023年,全国幼儿园数量达到27.4万所,比2013年增加7.6万所。全国共有专任教师307.37万人,比上年减少17.05万人,下降5.26%。学前教育毛入园率91.1%,比上年提高1.4个百分点。",
      [2023, 2023, 2023, 2023, 2023, 2023, 2023],
    ],
  ])("%s", (_name, text, expected) => {
    const items = extractTargets(text);
    expect(items.every((x) => x.kind === "actual")).toBe(true);
    expect(items.map((x) => x.deadline)).toEqual(expected);
  });
});

describe("the year of a plan reported in the news, and a plan's review of the last period", () => {
  test.each([
    [
      "a released plan's title dates its targets (with pinyin junk inside)",
      "日前,濟(jì)寧市政府正式印發(fā)《濟(jì)寧市“十四五”教育事業(yè)發(fā)展規(guī)劃》。\n其中,新改擴建普惠性幼兒園200所。",
      [["target", 2025]],
    ],
    [
      "今年 in a dated news page is its year; an earlier year's figures are reported",
      "今年駐馬店市將新增學位11.45萬個\n2023-03-08 08:34 來源:駐馬店網\n2022年,我市新建、改擴建中小學校100所。今年我市將新增學位11.45萬個。",
      [["target", 2023], ["actual", 2022], ["target", 2023]],
    ],
    [
      "a citation of a higher plan in a plan's opening is no release",
      "根据《国家中长期教育改革和发展规划纲要(2010-2020年)》,制定本计划。\n全县新建幼儿园5所。",
      [["target", null]],
    ],
    [
      "发展基础 under a 规划 reviews what is",
      "黄南州“十四五”教育发展规划\n(一)发展基础\n全州新增幼儿园64所。",
      [["actual", null]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(kindYear(text)).toEqual(expected);
  });
});

describe("news pages: a headline that states a figure, and a body that tells what was achieved", () => {
  const kinds = (text: string) => [...new Set(extractTargets(text).map((x) => x.kind))];
  test.each([
    ["a headline stating a result reports", "某区2023年新增学位1.5万个\n\n记者从区教育局了解到,全区新建改扩建幼儿园6所,新增学位2100个。", ["actual"]],
    ["a headline stating a rate reports", "“十三五”期间全省残疾儿童义务教育入学率超95%\n\n会上介绍,全省新增特殊教育学校12所。", ["actual"]],
    ["a headline with 将 plans", "某市今年将新建中小学校幼儿园40所\n\n全市计划新增学位3.2万个。", ["target"]],
    ["a headline with a bound plans", "县域普惠性幼儿园覆盖率达到80%以上\n\n各县新建公办幼儿园不少于2所。", ["target"]],
    ["a headline without a figure decides nothing", "我省出台学前教育发展提升行动方案\n\n到2025年,学前三年毛入园率达到92%。", ["target"]],
    [
      "a body that tells what was achieved reports",
      "一年来,全县教育工作取得了显著成效。学前教育提前完成三年行动计划,新建幼儿园9所;义务教育圆满完成控辍保学任务,\n初中巩固率由93%提高到96.5%,普惠性幼儿园覆盖率达到85%。",
      ["actual"],
    ],
    [
      "a body of commitments stays a plan though it names a past plan",
      "按照《国家中长期教育改革和发展规划纲要(2010-2020年)》(以下简称“规划纲要”)的要求,力争新建幼儿园20所,确保普惠性幼儿园覆盖率达到80%,计划新增学位5000个。",
      ["target"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test("a plan named inside the opening prose is not the document's title", () => {
    const text = "这一时期教育事业成就显著。\n2020年是收官之年,《国家中长期教育改革和发展规划纲要(2010-2020年)》(以下简称“教育规划纲要”)确定的目标如期实现,圆满收官。\n2019年,全国共有幼儿园28.12万所,比2015年增加5.75万所。";
    expect(kinds(text)).toEqual(["actual"]);
  });

  test("a heading that tells what was achieved heads a report, in a plan-like speech", () => {
    const text = "同志们:\n下面,我讲四点意见。\n一、“十二五”期间全省学前教育取得长足发展\n全省新建幼儿园1376所,设立保教班7559个。\n二、下一步工作安排\n力争新建幼儿园500所。";
    const items = extractTargets(text);
    expect(items.map((x) => [x.value, x.kind])).toEqual([
      [1376, "actual"],
      [7559, "actual"],
      [500, "target"],
    ]);
  });
});

describe("a headline under markup, and a figure headline over a body of commitments", () => {
  test("markup lines and a bare list number before the headline are skipped: the headline reports", () => {
    const text = '<table id="ftxqc"><thead id="ftxqc"></thead></table>\n  1. <b id="x"><address id="x"></address></b>\n  1. 武陵源区高中阶段毛入学率达到86.03%\n  2016-12-26 09:55:41  来源:张家界新闻网\n武陵源区高中阶段毛入学率达到86.03%,平均受教育年限达到10.11年。';
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([
      [86.03, "actual"],
      [86.03, "actual"],
      [10.11, "actual"],
    ]);
  });
  test("a headline stating a result without a figure (实现…全覆盖), under a breadcrumb line, reports", () => {
    const text = "您当前的位置 :教育 >\n通州区普惠托育实现乡镇全覆盖\n2025-08-11 10:10:42 来源:北京日报\n全区共90所幼儿园,设置了126个托班。";
    expect(extractTargets(text).map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [90, "=", "actual"],
      [126, "=", "actual"],
    ]);
  });
  test("40所学校新建改扩建 over a body that says 将 at every figure is news of a plan", () => {
    const text = "2025年教育发展新篇章:40所学校新建改扩建,扩容学位2万个\n2025年,全国将计划新建和改扩建学校40所。\n一、新建学校40所\n2025年,全国将新建40所学校。\n二、扩容学位2万个\n2025年,全国将扩容学位2万个,确保就近入学。";
    expect(new Set(extractTargets(text).map((x) => x.kind))).toEqual(new Set(["target"]));
  });
});

describe("a headline that commits to a figure, and a reprint's original title (blind sets 70, 109)", () => {
  test("赣州计划定向培养984名农村教师 over a list of counties' quotas is news of a plan", () => {
    const text = "赣州计划定向培养984名农村教师\n来源:赣南日报\n4月10日,记者从市教育局获悉,各县(市、区)定向培养农村教师名额为:章贡区108名;南康区96名;于都县80名;瑞金市75名;会昌县60名;宁都县58名;兴国县52名;信丰县47名。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([984, 108, 96, 80, 75, 60, 58, 52, 47].map((v) => [v, "target"]));
  });
  test("a headline that states figures done (建成投用中小学16所) still reports", () => {
    const text = "今年郑州建成投用中小学16所\n来源:郑州日报\n全市共建成投用中小学16所,新增学位2.1万个,其中小学9所,初中7所,惠及学生1.8万人,教师1200名。";
    expect(new Set(extractTargets(text).map((x) => x.kind))).toEqual(new Set(["actual"]));
  });
  test("原标题: names the headline; the byline (来源:潇湘晨报) before it is none", () => {
    const text = "2019年04月09日 07:29\n来源:潇湘晨报\n原标题:长沙计划新改扩建33所幼儿园\n本报长沙讯 市教育局公布公办幼儿园项目名单,其中芙蓉区新增学位180个,天心区新增学位450个,岳麓区新增学位360个,开福区新增学位270个,雨花区新增学位540个,望城区新增学位180个,长沙县新增学位360个。";
    expect(new Set(extractTargets(text).map((x) => x.kind))).toEqual(new Set(["target"]));
  });
});

describe("the text's own word on which year this is, and the size of a task", () => {
  const text = [
    "欧美在线观看www-欧美在线观看高清一二三区-欧美在线观看网站-欧美在线观看网址-国产高清在线精品免费",
    "郑州5年建500余所学校新增中小学学位22.9万个",
    "更新:2023-09-20 09:37:31 升学网",
    "今年是“十二五”收官之年,五年来,郑州共新建、改扩建中小学165所。",
    "今年,郑州的中小学幼儿园建设任务为,市区新建、改扩建中小学30所。截至目前,已超额完成年度26所目标任务。",
  ].join("\n");
  test("今年是“十二五”收官之年 makes 今年 2015 though a re-post dates the page 2023; a headline under a spam banner reports", () => {
    const items = extractTargets(text);
    expect(items.filter((x) => x.value === 500).map((x) => [x.kind, x.deadline])).toEqual([["actual", 2015]]);
    expect(items.filter((x) => [165, 30, 26].includes(x.value as number)).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [165, "actual", 2015],
      [30, "target", 2015],
      [26, "target", 2015],
    ]);
  });
});

describe("a year said to open a five-year period (2021年是“十四五”规划开局之年)", () => {
  test("dates 今年 in an undated page", () => {
    // 长沙县 2021 work meeting, reposted on a teachers' site with no date (blind set 38)
    const text =
      "建成一级、二级园所80所,新增公益普惠学位10500个……2月24日,记者从长沙县教育工作会议上获悉,2021年是“十四五”规划开局之年,长沙县教育工作将兴人才、强质量。\n会议透露,今年将办更多优质优惠的幼儿园,力争普惠性幼儿园覆盖率达85%以上。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [80, "target", 2021],
      [10500, "target", 2021],
      [85, "target", 2021],
    ]);
  });
});

describe("a newspaper page's own title, printed twice (in the page's list of headlines, then over the article)", () => {
  const text = [
    "第04版:国内新闻",
    "3上一版",
    "爬坡过坎 协同追梦",
    "浙江规定政府兴办便民服务网点",
    "应预留不低于10%给残疾人",
    "宁夏普惠性幼儿园在园占比达到89%",
    "版面导航",
    "3上一篇 2020年12月22日 放大 缩小 默认",
    "宁夏普惠性幼儿园在园占比达到89%",
    "新华社银川12月20日电 记者从宁夏回族自治区教育厅获悉,城镇小区配套幼儿园治理任务基本完成,公办幼儿园、普惠性幼儿园在园幼儿占比分别达到57%和89%,高标准超过国家确定的“50%、80%”的目标任务。",
    "“十三五”期间,宁夏累计投入21.22亿元,新建、改扩建幼儿园699所,新增学位8.97万个,完成279所城镇小区配套幼儿园治理任务。",
  ].join("\n");
  test("is the headline: a figure that commits to nothing makes the page a report", () => {
    // 白城日报's e-paper page of 2020-12-22 (blind set 40)
    const items = extractTargets(text).filter((x) => [57, 699, 89700].includes(x.value as number));
    expect(items.map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [57, "=", "actual"],
      [699, "=", "actual"],
      [89700, "=", "actual"],
    ]);
  });
  test("a row label a table repeats (2017年规划设计的达标率(%)) is no title: the standards stay undated", () => {
    // 学前教育普及普惠督导评估有关指标标准, one cell per line (blind set 3)
    const table = readReal("blind3-preschool-standard-table.txt");
    expect(new Set(extractTargets(table).map((x) => x.deadline))).toEqual(new Set([null]));
  });

});

describe("news opening on a thing just done (近日,…新校区竣工,正式揭牌启用)", () => {
  test("reports the figures of what was built", () => {
    // 通城县特殊教育学校新校区 (blind set 40)
    const text =
      "近日,湖北省通城县特殊教育学校新校区竣工,正式揭牌启用,该县特殊教育事业迈上新的台阶。\n通城县特殊教育学校新校区位于隽水镇宝塔社区九组,总投资约3000万元,占地面积10633平方米,总建筑面积8874.2平方米。新校区建有标准教室20间、宿舍35间。\n学校投入使用后,将缓解通城县特殊教育资源紧张问题。";
    expect(extractTargets(text).map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [3000, "none", "actual"],
      [10633, "=", "actual"],
      [8874.2, "=", "actual"],
      [20, "=", "actual"],
      [35, "=", "actual"],
    ]);
  });
  test("the thing done may come long after the date (9月2日,記者從…獲悉,…共新建、改擴建32所小學投入使用; 郑州, blind set 99)", () => {
    const text = "9月2日,記者從鄭州市教育部門獲悉,今年秋季開學,鄭州市區(市內九區)共新建、改擴建32所小學投入使用,這些小學分別面向轄區招收適齡一年級新生。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([[32, "actual"]]);
  });
  test("…but not what is only hoped for (日前,…已進入室內外裝修階段,有望於9月1日開學前建成投入使用; 紫金, blind set 165)", () => {
    const text = "日前,紫金县寄宿制学校“一人一床”宿舍改造提升首批项目好义中学新宿舍楼已进入室内外装修阶段,有望于9月1日开学前建成投入使用。\n项目总建筑面积5000平方米,建成后将增加学生床位320张。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([[5000, "target"], [320, "target"]]);
  });
  test("news of a plan for the thing is no report (近日,…调研…计划于2020年9月1日投入使用)", () => {
    const text = "近日,盐田区副区长率队调研公办幼儿园项目,实地视察计划于2020年9月1日投入使用的幼儿园,将新增学位1770个。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([[1770, "target"]]);
  });
});

describe("the one year a text names dates the targets nothing else dates", () => {
  test("作为2022年市级民生实事之一: the year's project, its task and budget", () => {
    // 绵阳 teacher housing news (blind set 43), shortened
    const text = "1000套周转房圆农村教师“安居梦”\n摘要:近日,记者从市教体局获悉,农村义务教育学校教师周转房改造提升项目作为2022年市级民生实事之一,总任务是1000套,计划投资2000万元。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [1000, "target", 2022],
      [1000, "target", 2022],
      [2000, "target", 2022],
    ]);
  });
  test("two years named: no guess", () => {
    const text = "摘要:教师周转房改造提升项目作为2022年市级民生实事之一。\n项目自2021年启动。\n计划投资2000万元。";
    expect(extractTargets(text).filter((x) => x.value === 2000).map((x) => x.deadline)).toEqual([null]);
  });
});

describe("an undated title line that names a report or a plan", () => {
  test("第一篇:…申报自查报告 reports what the kindergarten has", () => {
    // 永和县城镇第二幼儿园 (blind set 45), shortened
    const text = "第一篇:城镇二幼一类园申报自查报告\n永和县城镇第二幼儿园\n自查报告\n一、基本概况\n我园建占地面积5020平方米,建筑面积1360平方米。其他教职工共24名。";
    expect(extractTargets(text).map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [5020, "=", "actual"],
      [1360, "=", "actual"],
      [24, "=", "actual"],
    ]);
  });
  test("a site's menu of words (热词: … 发展规划) is no title", () => {
    const text = "热词: 三个圈层 疫情防控 发展规划\n关于区政协七届五次会议第53号提案的答复\n东区幼儿园27所,在园幼儿6000人,专任教师500人,小学12所,在校生9000人,初中5所。";
    expect(extractTargets(text).filter((x) => [27, 6000].includes(x.value as number)).map((x) => x.kind)).toEqual(["actual", "actual"]);
  });
});

describe("a heading on measures (2、强化工作措施) in a report tells what was done", () => {
  const body = "2、强化工作措施。在社会信用信息平台共计录入公开信息1700余条,其中督导检查872条、教师资格认定581人、幼儿园年检40所。";
  test("in a year's report its figures are actuals", () => {
    // 民和县教育局 2023 政府信息公开工作年度报告 (blind set 41)
    const text = "县教育局2023年政府信息公开工作年度报告\n一、总体情况\n" + body;
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([
      [1700, "actual"],
      [872, "actual"],
      [581, "actual"],
      [40, "actual"],
    ]);
  });
  test("in a plan they are still targets", () => {
    const text = "县教育局2024年工作计划\n" + body.replace("共计录入", "计划录入");
    expect(new Set(extractTargets(text).map((x) => x.kind))).toEqual(new Set(["target"]));
  });
});

describe("a heading of progress (★教育信息化重点工作进展) heads what was done, though it names 重点工作 (monthly report, blind set 163)", () => {
  test("its figures are actuals", () => {
    const text = readReal("blind163-national-2019-ict-monthly-report.txt");
    const mooc = extractTargets(text).filter((x) => /“爱课程”网|新增素材|新增报名/.test(x.quote));
    expect(mooc.length).toBeGreaterThanOrEqual(4);
    expect(new Set(mooc.map((x) => x.kind))).toEqual(new Set(["actual"]));
  });
});

describe("已累積 (累积, the Traditional page's 累计) reports what has been built up (花莲 托婴, blind set 167)", () => {
  test("the county's centres so far are actuals beside the centre it plans", () => {
    const text = "壽豐鄉托嬰中心動土\n縣府將斥資興建托嬰中心,預計2026年完工。全縣已累積4處公設民營托嬰機構。";
    expect(extractTargets(text).filter((x) => x.value === 4).map((x) => x.kind)).toEqual(["actual"]);
  });
});

describe("a page titled as a standard (石狮2021年普惠性幼儿园收费标准, blind set 176)", () => {
  test("its fee levels are set, not measured, though its body only lists figures", () => {
    const text = "石狮2021年普惠性幼儿园收费标准\n时间:2021-03-07\n石狮2021年普惠性幼儿园收费标准\n普惠性民办幼儿园保教费分级限价标准(单位:元/生·学期):中心市区幼儿园,一级6000元,二级5000元,三级4000元,四级、五级3000元。城乡结合部幼儿园,一级5200元,二级3800元,三级2500元,四级、五级1890元。";
    expect(new Set(extractTargets(text).map((x) => x.kind))).toEqual(new Set(["target"]));
  });
});

describe("what an exam gave (实际录取, 被…录取, 考取) is a result (长沙县 中考, blind set 175)", () => {
  test("the admissions are actuals in an undated commentary", () => {
    const text = "长沙县普高录取率分析\n公办高中招生计划6435个,实际录取6170人。";
    expect(extractTargets(text).filter((x) => x.value === 6170).map((x) => [x.kind, x.comparator])).toEqual([["actual", "="]]);
  });
});

describe("a journal abstract (目的, 方法, 结果) reports what its study found (北京 school outbreaks 2010–2020, blind set 338)", () => {
  test("its counts are actuals, though its aim serves a plan (为…防控提供策略依据)", () => {
    const text = "北京市学校突发传染病事件流行病学特征\n摘要:\n目的 分析北京市学校突发传染病事件流行病学特征,为学校传染病防控提供策略依据。 方法 获取2010—2020年北京市报告的学校突发传染病事件信息。 结果 2010—2020年,北京市学校报告突发公共卫生事件数146起,其中学校突发传染病事件138起,发病人数4 291例。";
    expect(new Set(extractTargets(text).map((x) => x.kind))).toEqual(new Set(["actual"]));
  });
  test("the three parts must come in order: a plan's 目的 and 方法 without 结果 is no abstract", () => {
    const text = "实施方案\n一、目的 提高入学率。\n二、方法 新建学校5所。";
    expect(extractTargets(text).map((x) => x.kind)).toEqual(["target"]);
  });
});

describe("a school's planned size (规划办学规模为48个教学班, 设计规模36个班) is set before it is built (榆林 school-building news, blind set 107)", () => {
  test("in news of the work, the planned size is a target while the money spent is told", () => {
    const text = "2016年工作总结\n新建第十二中学已投入资金8000万元,规划办学规模为48个教学班。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([
      [8000, "actual"],
      [48, "target"],
    ]);
  });
});

describe("实 before a verb of enrolment (实招, 实录, 实到, 实有) says what actually happened (武汉 intake news, blind set 313)", () => {
  test("the enrolment actually made is an actual on a page of plans and results", () => {
    const text = "武汉多区公布2024年中小学招生计划及结果\n小学一年级新生实招总人数14516人,初中七年级新生实招总人数13023人。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.comparator])).toEqual([
      [14516, "actual", "="],
      [13023, "actual", "="],
    ]);
  });
});

describe("what a project can add (可以新增, 能新增) is its aim, in a report too (镇远 bureau reply, blind set 164)", () => {
  test("the places the new kindergartens will add are targets; those added already are not", () => {
    const text = "关于增加城区学前教育学位的答复\n2022年已改扩建机关幼儿园新增学位120个。十四五期间,新建舞阳镇中心幼儿园能新增学位450个,新建金家湾小区配套幼儿园能新增学位360个,芽溪新城校区开发配套幼儿园可以新增学位360个。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([
      [120, "actual"],
      [450, "target"],
      [360, "target"],
      [360, "target"],
    ]);
  });
});

describe("a national programme named 计划 (国培计划, 特岗计划) is no plan of the text's own", () => {
  test("news of the programme's ten years reports its figures", () => {
    // 中国新闻网 2020-09-04 (blind set 49), shortened
    const text =
      "全球最大规模教师培训行动国培计划开展十年中央财政累计投入172亿元\n来源:中国新闻网 发布时间:2020-09-04 14:54:13\n中国开展全球最大规模教师培训行动“国培计划”十年,中央财政累计投入经费172亿元。十年来,“国培计划”培训教师700多万人次,农村教师占96.4%。";
    expect(extractTargets(text).filter((x) => x.unit === "亿元" || x.unit === "%").map((x) => [x.value, x.kind])).toEqual([
      [172, "actual"],
      [172, "actual"],
      [96.4, "actual"],
    ]);
  });

  test("计划生育, a field of work, is no plan word either (西青 年鉴 2012, blind set 373)", () => {
    const text = readReal("blind373-dasi-town-xiqing-2011-yearbook-social-affairs.txt");
    expect(extractTargets(text).find((x) => x.quote.includes("88.20%"))?.kind).toBe("actual");
  });
});

describe("a page with no title or lead that says which: what is told as done against what is promised", () => {
  test("news of projects under way (已全部建成, 新增了) reports their figures", () => {
    // 甘肃 “建宿舍扩食堂增学位改厕所” progress, 2022 (blind set 32), shortened, its 截至目前 taken out
    const text =
      "中国甘肃网10月4日讯 “建宿舍扩食堂增学位改厕所”项目进展如何?记者从甘肃省教育厅了解到,全省605个农村中小学食堂建设项目,已全部建成并达到投入使用条件;全省24个城区中小学增学位项目已全部完工,新增了学位25722个;全省261个新建、改扩建厕所项目,已全部建成。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([
      [605, "actual"],
      [24, "actual"],
      [25722, "actual"],
      [261, "actual"],
    ]);
  });
  test("a page whose report cues (近年来, 取得, 累计) outnumber its commitments reports, though its headline names 到2027年 (重庆 数字教育 news, blind set 128)", () => {
    const text = readReal("blind128-chongqing-2023-digital-education-news.txt");
    const kindOf = (quote: string): string | undefined => extractTargets(text).find((x) => x.quote.includes(quote))?.kind;
    expect([kindOf("1909节"), kindOf("376门"), kindOf("44所")]).toEqual(["actual", "actual", "actual"]);
  });
  test("a paragraph of an undecided page that tells more than it promises (比2015年提高25个百分点) reports, though the page is a plan (宜丰 十四五, blind set 213)", () => {
    const text = readReal("blind213-yifeng-14th-plan-review-baseline.txt");
    const at = (quote: string) => extractTargets(text).find((x) => x.quote.includes(quote));
    expect([at("61.4%")?.kind, at("61.4%")?.comparator, at("93.8%")?.kind, at("93.8%")?.comparator]).toEqual(["actual", "=", "actual", "="]);
  });
  test("…but not on a page that names a time ahead (今年, 实事): 今年…将建设…238套 (马关 2022, blind set 38)", () => {
    const text = readReal("blind38-maguan-2022-teacher-housing-trad.txt");
    expect(extractTargets(text).find((x) => x.quote.includes("20套"))?.kind).toBe("target");
  });
  test("a sentence ending on 了 (孩子们上学方便了。) tells nothing done", () => {
    const text = "新城区新建18所中小学。家长说,孩子们上学方便了。小区居民说,学校离家近了。规划学校33所,可容纳54720名学生。今年秋季开学后,孩子们就能入学了。";
    expect(extractTargets(text).map((x) => x.kind)).toEqual(["target", "target", "target"]);
  });
});

describe("a time already past reports what it dates", () => {
  test("到“十三五”末 in news of a 十四五 plan: actuals of 2020; 到2025年 stays the target", () => {
    const text = "“十四五”公共服务规划发布\n2022-01-11 08:40 来源:教育部\n《规划》提到,到“十三五”末,普惠性幼儿园覆盖率达到84.7%,九年义务教育巩固率达到 95.2%。《规划》指出,到2025年,九年义务教育巩固率达到96%。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [84.7, "actual", 2020],
      [95.2, "actual", 2020],
      [96, "target", 2025],
    ]);
  });
  test("a page's date is no plan period: 到2020年 on a page a site dated 2024 still plans", () => {
    const text = "当前位置:升学网 > 中学教育 > 正文\n到2020年全县计划投入校舍建设资金25.92亿元,新建学校12所。\n时间:2024-07-12 15:0:04 重点高中学校名";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [25.92, "target", 2020],
      [12, "target", 2020],
    ]);
  });
  test("其中提出到2025年, frames the paragraph; 在现有基础上 is the basis a plan builds on, no report", () => {
    const text = "近日,上海市联合制定了《全面建设高质量幼儿园的实施意见》。其中提出到2025年,全市学前教育整体水平在现有基础上全面提升。各区公办幼儿园在园幼儿占比不低于80%,普惠性幼儿园覆盖率不低于95%。";
    expect(extractTargets(text).map((x) => [x.comparator, x.value, x.kind, x.deadline])).toEqual([
      [">=", 80, "target", 2025],
      [">=", 95, "target", 2025],
    ]);
  });
  test("…的总体目标是:到2009年, after an opening clause frames the sentences after it too (a county speech, blind set 94)", () => {
    const text = "根据这个指导思想,今后三年全县教育发展的总体目标是:到2009年,全县3—6岁幼儿入园率达60%以上;适龄人口正常儿童入学率达100%,初中入学率达98%以上。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [60, "target", 2009],
      [100, "target", 2009],
      [98, "target", 2009],
    ]);
  });
  test("a page telling what was done since a year (自2014年起,累计投入…,基本完成…) reports, with no plan word to say otherwise (a district's 信息化 projects, blind set 93)", () => {
    const text = "一是硬件建设工程。自2014年起,累计投入7480余万元,用于实施智慧教育城域网升级改造等6个信息化建设项目。投入资金4983万元,基本完成智慧教育城域网升级改造一期工程;投入资金2337万元为全区127所中小学配备班班通设备2144套。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([
      [7480, "actual"],
      [6, "actual"],
      [4983, "actual"],
      [2337, "actual"],
      [127, "actual"],
      [2144, "actual"],
    ]);
  });
  test("较十一五期间 is a baseline, not a time", () => {
    const text = "2016年工作总结\n教育经费总投入达982.53亿元,较十一五期间增长93.86%。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [982.53, "actual", 2016],
      [93.86, "actual", 2016],
    ]);
  });
});

describe("an untitled page of stock figures that commits to few of them reports", () => {
  const yearbook = "全市普通高等学校1所,招生901人,在校生2 210人,毕业生人数607人。中等职业技术学校26所,招生3 133人,在校生8 960人。全市普通高中13所,招生7 561人,在校生21 493人。";
  test("a yearbook's prose: actuals, and a space that groups thousands joins the figure", () => {
    const items = extractTargets(yearbook);
    expect(items.every((x) => x.kind === "actual")).toBe(true);
    expect(items.map((x) => x.value)).toEqual([1, 901, 2210, 607, 26, 3133, 8960, 13, 7561, 21493]);
  });
  test("the same figures committed sentence by sentence (力争 in each) stay a plan", () => {
    const plan = yearbook.split("。").filter(Boolean).map((x) => "力争" + x).join("。") + "。";
    expect(extractTargets(plan).every((x) => x.kind === "target")).toBe(true);
  });
  test("a space between figures that do not group thousands stays apart", () => {
    expect(extractTargets("全市新建学校 12 所,新增学位 1 500 个,其中小学 2 3000 个。").map((x) => x.value)).not.toContain(23000);
  });
});

describe("a bracketed lead (【教育基本情况】) is the section's heading, so the year after it opens the sentence", () => {
  test("【…】 2022年, dates the figures of its paragraph", () => {
    const text = "【教育基本情况】 2022年,全县共有各级各类学校486所。其中,幼儿园232所,小学206所。\n【医疗基本情况】 2022年,全县共有卫生机构746家。";
    const items = extractTargets(text);
    expect(items.slice(0, 3).map((x) => [x.section, x.kind, x.deadline])).toEqual([
      ["【教育基本情况】", "actual", 2022],
      ["【教育基本情况】", "actual", 2022],
      ["【教育基本情况】", "actual", 2022],
    ]);
  });
});

describe("a year set off by commas frames the sentences after it", () => {
  test("in a plan page, last year's results after an attribution are reported, of their year", () => {
    const text = "某市今年将新建中小学校幼儿园55所\n\n发布时间:2023-02-20 11:21:00\n\n副局长介绍,2022年,全市教育资源供给持续扩增。新建改扩建中小学幼儿园83所,普惠性幼儿园覆盖率超过89%。\n\n他表示,2023年全市将新增学位2.5万个。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [55, "target", 2023],
      [83, "actual", 2022],
      [89, "actual", 2022],
      [25000, "target", 2023],
    ]);
  });
});

describe("an opening year's kind and a plan period carry through the paragraph", () => {
  test("截至2019年 opens a paragraph of status figures: the later sentences report too", () => {
    const text = "截至2019年,学前教育在园幼儿数为4714万人,毛入园率为83.4%。九年义务教育巩固率为94.8%。高等教育毛入学率达51.6%。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.comparator, x.deadline])).toEqual([
      [47140000, "actual", "=", 2019],
      [83.4, "actual", "=", 2019],
      [94.8, "actual", "=", 2019],
      [51.6, "actual", "=", 2019],
    ]);
  });

  test("“十四五”时期 dates the targets of its sentence and the next, not their kind", () => {
    const text = "截至2020年,毛入园率为85.2%。“十四五”时期,学前教育毛入园率提高到90%以上;高中阶段教育毛入学率提高到92%以上。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [85.2, "actual", 2020],
      [90, "target", 2025],
      [92, "target", 2025],
    ]);
  });
});

describe("a page of many figures that commits to few of them reports; a quoted task is a target", () => {
  // a county's poverty-relief summary (四川南江): one 目标 (a 目标责任制) among ten figures
  const summary =
    "建立控辍保学目标责任制。开展“控辍保学”专项清理,劝返18名学生回校读书。通过“送教上门”让36名重度残疾儿童接受教育,保障了315名特殊教育学生随班就读和205名孤儿入学,妥善解决了1800余名返乡和进城务工农民工子女随迁就读问题。义务教育阶段学生入学100%。全面落实“三免一补”等教育惠民政策,发放减免补助资金10104.1万元,资助学生21.67万人次,其中减免资助建档立卡贫困户学生3.07万人次金4717.7万元。";
  test("a summary without a title or a report cue: every figure is an actual", () => {
    const items = extractTargets(summary);
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.filter((x) => x.kind !== "actual").map((x) => x.quote)).toEqual([]);
  });
  test("a plan's list of bounds (85%以上, 99%以上) stays a plan", () => {
    const plan = "全面推开0-3周岁婴幼儿早期教育,早期教育覆盖率85%以上,幼儿及家长接受早期教育指导率55%以上,3-6周岁幼儿入园率99%以上;残疾儿童入学率99.9%,巩固率99%以上;高中普及率98%以上。创建市优质幼儿园1所、健康促进学校6所、绿色学校30所、示范校8所。";
    expect(extractTargets(plan).every((x) => x.kind === "target")).toBe(true);
  });
  test("争取 striving for a level, and 到“十四五”末, plan inside a progress report (梧州 托育 briefing, blind set 308); 争取 winning funds reports", () => {
    const text = "市卫生健康委举行新闻发布会,通报我市婴幼儿照护服务工作进展情况。全市共有托育机构82家。\n争取“十四五”期末我市每千人口拥有3岁以下婴幼儿托位数达4.5个。\n到“十四五”末,全市普惠性幼儿园覆盖率达到85%。\n我局已争取到项目资金6863万元,争取免费师范生65人。";
    const items = extractTargets(text);
    expect(items.slice(0, 3).map((x) => [x.indicator, x.comparator, x.value, x.kind, x.deadline])).toEqual([
      ["托育机构数", "=", 82, "actual", null],
      ["每千人口拥有3岁以下婴幼儿托位数", ">=", 4.5, "target", 2025],
      ["普惠性幼儿园覆盖率", ">=", 85, "target", 2025],
    ]);
    expect(items.slice(3).map((x) => [x.comparator, x.value, x.kind])).toEqual([
      ["=", 6863, "actual"],
      ["=", 65, "actual"],
    ]);
  });
  test("a page that states its figures and then cites a plan's release (发布的2025年教师招聘计划) is no news of the plan (新干县, blind set 251)", () => {
    const text = readReal("blind251-xingan-2025-teacher-hiring-cut-generated.txt");
    expect(extractTargets(text).slice(0, 3).map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [134, "=", "actual"],
      [2146, "=", "actual"],
      [84, "decrease_by", "actual"],
    ]);
  });
  test("a reply to a deputy's proposal (现将办理情况答复如下) reports what was done; its 下一步 still plans (霍邱, blind set 311)", () => {
    const text = "陈昭娣委员:\n您在县政协全体会议提案《关于农村留守儿童心理健康教育的议案》收悉。现将办理情况答复如下:\n投入2245万元建成标准化心理咨询室,实现全县公办学校100%覆盖。目前全县配备专兼职心理健康教师281名。\n下一步,我局将新增心理健康教师50名。";
    expect(extractTargets(text).map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [2245, "=", "actual"],
      [100, "=", "actual"],
      [281, "=", "actual"],
      [50, "none", "target"],
    ]);
  });
  test("a decision announced (教育部印发通知,决定认定…等188个县为…) is made: its count reports (blind sets 225, 321)", () => {
    const text = "近日,教育部印发通知,决定认定天津市和平区等188个县(市、区)为2024年义务教育优质均衡发展县(市、区)。";
    expect(extractTargets(text).map((x) => [x.value, x.comparator, x.kind])).toEqual([[188, "=", "actual"]]);
  });
  test("…and so is a recognition announced (认定并命名…特色学校2038所, blind set 332)", () => {
    const text = "近日,教育部公布2021年度全国青少年校园足球特色学校名单。根据《行动计划》精神,教育部认定并命名全国青少年校园足球特色学校2038所、试点县(区)40个。";
    expect(extractTargets(text).map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [2038, "=", "actual"],
      [40, "=", "actual"],
    ]);
  });
  test("a year's 实事 list just published (实事项目正式发布) plans, as one just announced (出炉, 公布) does (上海 2025, blind set 328)", () => {
    const text = "2025年上海市为民办实事项目正式发布,共安排十个方面34项。\n1.为4000名老年人提供家庭照护床位服务,新增3000张养老床位\n2.开办550个小学生爱心暑托班";
    expect(extractTargets(text).slice(1).map((x) => [x.value, x.comparator, x.kind, x.deadline])).toEqual([
      [4000, "none", "target", 2025],
      [3000, "none", "target", 2025],
      [550, "none", "target", 2025],
    ]);
  });
  test("a target's work said done in a later year after its figure (新建一所实验学校,预计2024年建成使用) is due that year; a year before the figure still dates it", () => {
    const years = (text: string): Array<number | null> => extractTargets(text).map((x) => x.deadline);
    expect(years("2023年工作计划\n新建一所实验学校,预计2024年建成使用。")).toEqual([2024]);
    expect(years("2023年工作计划\n将新增学位9810个,2025年全部建成投用。")).toEqual([2025]);
    expect(years("2023年工作计划\n到2025年新建学校3所,其中2所于2024年建成。")[0]).toBe(2025);
  });
  test("a table's row of a year (2020年 | 724人) opens no line of the body: the 2023 figures above it still report (大英县中职, blind set 304)", () => {
    const text = "大英县中等职业技术学校作为地方职业教育的重要载体,其办学规模直接反映区域产业发展需求。\n统计维度 | 数据详情 |\n---|---|\n在校生总数 | 2023年秋季学期注册人数2158人 |\n年级分布 | 一年级786人,二年级823人,三年级549人 |\n年份 | 新生报到数 | 毕业生离校数 |\n---|---|---|\n2020年 | 724人 | 685人 |\n2021年 | 789人 | 712人 |\n";
    const items = extractTargets(text);
    expect(items.filter((x) => x.value === 2158 || x.value === 786).map((x) => [x.kind, x.comparator, x.deadline])).toEqual([
      ["actual", "=", 2023],
      ["actual", "=", 2023],
    ]);
  });
  test("2021年以来 opens a span, not a reference year: a later year's figures report too", () => {
    const text = "我市加大投入优化布局 让孩子“上好学”\n2021年以来\n我市不断加大教育投入\n新建初级中学1所、小学3所、幼儿园5所\n完成改、扩建幼儿园28所\n新增公办幼儿学位3600个、小学学位3960个\n2023年全市下达教育项目资金14.05亿元\n投入2.78亿元\n实施教育基础设施建设项目104个";
    const items = extractTargets(text);
    expect(items.filter((x) => x.kind !== "actual").map((x) => x.quote)).toEqual([]);
    expect(items.find((x) => x.value === 14.05)?.deadline).toBe(2023);
  });
  test("a figure in a quoted task's name (“新增…学位3.2万个”民生实事项目) is the target a progress report measures against", () => {
    const text = "截至目前,“新增城镇公办中小学学位3.2万个”年度民生实事项目按时间节点有序推进,项目施工总进度达到90%,已完成新增学位26155个。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([
      [32000, "target"],
      [90, "actual"],
      [26155, "actual"],
    ]);
  });
});

describe("the one year a report names is its reference year", () => {
  // a province's 高中段 bulletin on a 范文 site: its title has no year, one sentence names 2017
  const bulletin = "高中阶段教育发展统计公报范文\n全省高中段教育共有学校1048所,比上年减少38所;招生58.16万人,比上年减少0.06万人;在校生为163.12万人,比上年增加4.42万人。全省学前3年到高中段的2017年教育普及率为97%,比上年提高0.5个百分点。";
  test("every actual takes 2017", () => {
    const items = extractTargets(bulletin).filter((x) => x.comparator === "=");
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(new Set(items.map((x) => [x.kind, x.deadline].join(" ")))).toEqual(new Set(["actual 2017"]));
  });
  test("a second year, or a date that is no year of the text, leaves it open", () => {
    const two = extractTargets(bulletin.replace("招生58.16万人", "2016年招生58.16万人")).find((x) => x.value === 1048);
    expect(two?.deadline).toBeNull();
    const dated = extractTargets(bulletin.replace("的2017年教育普及率", "的教育普及率") + "\n发布时间:2018年3月2日").find((x) => x.value === 1048);
    expect(dated?.deadline).toBeNull();
  });
});

describe("a plan's review of the period before it stands at that period's end", () => {
  // 黑龙江省“十四五”教育事业发展规划: the title carries its dateline; its 现实基础 names 十三五
  const plan = "黑龙江省“十四五”教育事业发展规划 发布时间:2022-03-19 17:05\n一、发展环境\n(一)现实基础。\n“十三五”以来,全省教育改革发展取得积极成效。\n学前教育进入普及普惠发展阶段,义务教育巩固率99.3%,高中阶段毛入学率达到97%。\n二、主要目标\n到2025年,学前教育毛入园率达到90%以上。";
  test("the review's actuals are of 2020; the targets of 2025", () => {
    expect(extractTargets(plan).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [99.3, "actual", 2020],
      [97, "actual", 2020],
      [90, "target", 2025],
    ]);
  });
  test("a plan that does not name the period before it leaves its review undated", () => {
    const town = "xx镇教育事业“十一五”发展规划纲要\n一、xx镇教育发展现状\n普通中小学8所,其中高中1所,初中1所,小学6所。\n二、发展目标\n到2010年,新建幼儿园2所。";
    expect(extractTargets(town).filter((x) => x.kind === "actual").map((x) => x.deadline)).toEqual([null, null, null, null]);
  });
});

describe("a plan's review run into one line, and times already reached", () => {
  // 泸州市纳溪区教育事业第十三个五年发展规划: headings and paragraphs set apart by runs of spaces only
  const naxi = "泸州市纳溪区教育事业第十三个五年发展规划   一、规划编制的背景和基础   (一)“十二五”规划执行情况。   1. 学前教育和义务教育水平进一步提高   (1)幼儿教育。   坚持学前教育公益性、普惠性。到2015年,全区幼儿园57所,比2010年增加12所,在园人数13941人,学前三年受教育率89.75%,达到规划进度。";
  test("headings inside the line are found; 到2015年 under the 十二五 review reports, of 2015", () => {
    const items = extractTargets(naxi);
    expect(items.map((x) => [x.value, x.kind, x.comparator, x.deadline])).toEqual([
      [57, "actual", "=", 2015],
      [12, "actual", "increase_by", 2015],
      [13941, "actual", "=", 2015],
      [89.75, "actual", "=", 2015],
    ]);
    expect(items[0].section).toBe("(1)幼儿教育");
  });
  test("a news headline naming a year after the page's date plans (2020年…提升至85%, published 2017)", () => {
    const news = "2020年全国学前三年毛入园率提升至85%\n作者:胡浩 资料来源:中国妇女报 发布时间:2017-5-17 10:00\n意见提出,到2020年,全国学前三年毛入园率由目前的75%提升至85%。";
    expect(extractTargets(news).filter((x) => x.value === 85).map((x) => [x.kind, x.deadline])).toEqual([
      ["target", 2020],
      ["target", 2020],
    ]);
    // 由目前的75%: the baseline of 由A提升至B, reported, on the indicator marked (基期)
    expect(extractTargets(news).find((x) => x.value === 75)).toMatchObject({ kind: "actual", comparator: "=", indicator: "学前三年毛入园率(基期)" });
  });
  test("a plan's indicator table (约束性, 预期性) with 到2025年 is no report of 2025", () => {
    const table = "城镇登记失业率(%) 2.6% ≤ 4% 约束性\n人均公共文化财政支出(元) - 150 预期性\n全县公共图书馆年流通人次 - 120万 预期性\n文化馆(站)年服务人次 - 100万 预期性\n人均体育场地面积(平方米) - 2 预期性\n到2025年,在县城新建3所标准化幼儿园,学前三年幼儿毛入园率达92%。";
    expect(extractTargets(table).filter((x) => x.value === 92 || x.value === 3).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [3, "target", 2025],
      [92, "target", 2025],
    ]);
  });
});

describe("a progress report: what its clause says is done, and the numbered items its lead introduces", () => {
  // 承德市 2023年教育系统民生工程 press conference (Traditional on the page)
  const text = "2023年规划新建、改扩建义务教育学校项目5个,建设面积1.78万平方米,计划年内全部竣工。\n计划实施的5个项目已于8月底全部竣工,竣工面积2.25万平方米,提前完成了省、市民生工程建设任务。具体情况如下:\n1.兴隆县第一中心小学,建设面积1617.96平方米,投入资金420万元。\n2.平泉市四海中学,建设面积8752.2平方米,投入资金1550万元。";
  test("the plan's figures are targets; the figures done (已于…竣工) and the items under 如下: are actuals", () => {
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([
      [5, "target"],
      [17800, "target"],
      [5, "actual"],
      [22500, "actual"],
      [1617.96, "actual"],
      [420, "actual"],
      [8752.2, "actual"],
      [1550, "actual"],
    ]);
  });
  test("numbered paragraphs with no lead ending on a colon keep the document's kind", () => {
    const plain = text.replace("具体情况如下:", "");
    expect(extractTargets(plain).filter((x) => x.value === 420).map((x) => x.kind)).toEqual(["target"]);
  });
});

describe("titles a page names in its text", () => {
  test("a dated plan released without brackets (市教委发布2011年全市教育工作要点) dates 明年's targets, not a related link's date", () => {
    const text = "明年,我市要增加一批市级示范幼儿园。昨日,市教委发布2011年全市教育工作要点指出,明年,我市幼儿接受3年学前教育的比例都有提高。\n此外,明年我市高等教育招生21万人,力争毛入学率达到32%。\n看了本文的网友还看了\n·各地2021年中考成绩查询时间及查询方式汇总 (2021-6-30 17:08:29)";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [210000, "target", 2011],
      [32, "target", 2011],
    ]);
  });
  test("a year's 发展报告 (2020年宁夏教育事业发展报告) reports", () => {
    const text = "领域篇\n2020年宁夏教育事业发展报告\n马 静\n2020年是“十三五”规划收官之年。\n一、宁夏教育事业发展现状\n全区学前三年毛入园率达到90.1%,普惠性幼儿园覆盖率达到85.6%。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [90.1, "actual", 2020],
      [85.6, "actual", 2020],
    ]);
  });
  test("a year's 民生实事 list chosen at a congress (选出了2024年顺德十大民生实事项目) dates its tasks", () => {
    // 顺德 2024 (blind set 18)
    const text = "2024年1月5日,顺德区十七届人大二次会议召开第三次全体会议,参会人大代表采取差额票决的方式选出了2024年顺德十大民生实事项目。\n一、加强学位宿位建设。\n新增幼儿园学位1500个、高中阶段学位600个。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [1500, "target", 2024],
      [600, "target", 2024],
    ]);
  });
});

describe("a page's dateline written day first (30.06.2020  09:32)", () => {
  test("今年 in the page is the dateline's year", () => {
    // 海口龙华区 2020 (blind set 18)
    const text = "今年海口龙华区将新建义务教育学位8000个\n\n30.06.2020  09:32\n\n      推进提升学前教育“两个比例”工作,新建7所公办幼儿园,新增公办幼儿学位1.2万个。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [8000, "target", 2020],
      [7, "target", 2020],
      [12000, "target", 2020],
    ]);
  });
});

describe("a text told at a dated meeting (召开的2016年度…会议上获悉): periods before that year are over", () => {
  // 海南 十二五 review (blind set 18)
  const text = "记者日前从在海口召开的2016年度海南省基础教育暨教研培训工作会议上获悉,“十二五”期间,海南教育总投入1130多亿元,是“十一五”期间的2.3倍,年均增长11.3%。\n“十二五”期间,海南全省学前教育三年毛入园率达76.5%。义务教育巩固率提高到93.4%。";
  test("the 十二五 figures are actuals of 2015, the later sentence too; 是“十一五”期间的2.3倍 compares, it does not date", () => {
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [1130, "actual", 2015],
      [2.3, "actual", 2015],
      [11.3, "actual", 2015],
      [76.5, "actual", 2015],
      [93.4, "actual", 2015],
    ]);
  });
  test("without the meeting the period is the plan's own; a reporter's lead without its year still tells what is", () => {
    const plan = text.replace("记者日前从在海口召开的2016年度海南省基础教育暨教研培训工作会议上获悉,", "");
    expect(extractTargets(plan).map((x) => x.kind)).toEqual(["target", "target", "target", "target", "target"]);
    const news = text.replace("召开的2016年度海南省基础教育暨教研培训工作会议上", "召开的会议上");
    expect(extractTargets(news).map((x) => x.kind)).toEqual(["actual", "actual", "actual", "actual", "actual"]);
  });
});

describe("现有 before 基础教育 reports; 在现有基础上 is a basis", () => {
  test.each([
    // 四川 2024 (blind set 19)
    ["现有基础教育阶段学校", "四川现有基础教育阶段学校2.17万所,在校学生1208.22万人。", ["actual", "actual"]],
    ["在现有基础上", "在现有基础上,新增学位1000个。", ["target"]],
    ["已有水平上", "在已有水平上提高5个百分点。", ["target"]],
  ])("%s", (_name, text, kinds) => {
    expect(extractTargets(text).map((x) => x.kind)).toEqual(kinds);
  });
});

describe("a page of counted figures: 以下简称 and 的要求 commit to nothing", () => {
  test("an inspection's feedback (河北 2016, blind set 19) reports", () => {
    const text = "国家教育督导检查组对河北省30个县(区)义务教育均衡发展督导检查反馈意见\n11月21日至26日,国家教育督导检查组对河北省申报的30个义务教育发展基本均衡县(区)(以下简称县)进行了督导检查。按照教育部《县域义务教育均衡发展督导评估暂行办法》(以下简称《办法》)的要求进行的。督导检查组分8个小组对河北省的28个县进行了实地督导检查,共随机抽查学校260所,其中小学171所,初中54所,九年一贯制学校9所,完全中学6所,特教学校4所,教学点16个。召开座谈会共112个;对15341人进行了问卷调查。";
    const kinds = extractTargets(text).map((x) => x.kind);
    expect(kinds.length).toBeGreaterThanOrEqual(10);
    expect(kinds.every((k) => k === "actual")).toBe(true);
  });
});

describe("计划 before more verbs, and a quoted opening year", () => {
  test("计划维修改造 plans (合肥 2018, blind set 20)", () => {
    expect(extractTargets("2018年10月进展:全市已竣工公办幼儿园56所。2018年度全市计划维修改造项目233个。").map((x) => [x.value, x.kind])).toEqual([
      [56, "actual"],
      [233, "target"],
    ]);
  });
  test("“2019年,… opening a quoted speech dates its paragraph's later sentences (阜阳 2019, blind set 20)", () => {
    const text = "在过去的一年里,项目是如何完成的?\n“2019年,我们全市新建学校90所。其中幼儿园已完成33所。”";
    expect(extractTargets(text).map((x) => [x.value, x.deadline])).toEqual([
      [90, 2019],
      [33, 2019],
    ]);
  });
});

describe("a headline that says a standard was reached reports", () => {
  test("云南实现县域义务教育发展基本均衡 (blind set 13): its page's figures are actuals", () => {
    const text = "雲南實現縣域義務教育發展基本均衡\n\n新華社昆明4月1日電 雲南省教育廳日前宣佈,2019年雲南九年義務教育鞏固率提升至94.77%。\n\n在義務教育硬件設施建設方面,雲南省累計投入347.28億元。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.comparator])).toEqual([
      [94.77, "actual", "="],
      [347.28, "actual", "="],
    ]);
  });
});

describe("将 before any verb of the plan's work says will", () => {
  test("今年甘肃省将增补…学位20000个 in a page that reports a meeting (blind set 22)", () => {
    const text = "2023-04-14 20:10:09來源:奔流新聞\n4月13日,甘肅省政府新聞辦召開新聞發布會,通報了2023年項目實施情況。據介紹,今年甘肅省將增補義務教育中小學學位20000個,新建、改擴建教師周轉宿舍900套。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([
      [20000, "target"],
      [900, "target"],
    ]);
  });
  test("将 before a noun is no mark (将资金纳入预算)", () => {
    expect(extractTargets("2023年工作总结\n全年将资金纳入预算,共投入资金3000万元。").map((x) => x.kind)).toEqual(["actual"]);
  });
});

describe("a digest naming the bulletin it reports on, in Traditional with a converter's readings", () => {
  test("印發(fā)《2020年河南省教育事業(yè)發(fā)展統(tǒng)計(jì)公報(bào)》 dates the figures it reports 2020 (blind set 22)", () => {
    const text = [
      "河南教育亮“家底”,看看這份成績單,你還滿意嗎?",
      "2021-03-30 14:37:14  |  來源:大河網(wǎng)",
      "3月24日,省教育廳印發(fā)《2020年河南省教育事業(yè)發(fā)展統(tǒng)計(jì)公報(bào)》(以下簡稱《統(tǒng)計(jì)公報(bào)》),亮出我省教育“家底”。",
      "其中普惠性幼兒園1.66萬所,比2019年的1.37萬所增加了近3000所。",
      "我省小學共有28.63萬個(gè)班,其中,56人至65人的大班0.82萬個(gè),占總班數(shù)的2.88%;普通初中共有9.75萬個(gè)班,其中,56人至65人的大班0.4萬個(gè),占總班數(shù)的4.12%。",
    ].join("\n");
    const got = extractTargets(text).filter((x) => [16600, 286300, 2.88, 97500, 4.12].includes(x.value as number));
    expect(got.map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [16600, "actual", 2020],
      [286300, "actual", 2020],
      [2.88, "actual", 2020],
      [97500, "actual", 2020],
      [4.12, "actual", 2020],
    ]);
  });
});

describe("将 and an adverb before the verb", () => {
  test("“十四五”期间,新片区将分步分批新建至少39所学校 plans, in a page that reports (临港, blind set 24)", () => {
    const text = "临港新片区2021年教育工作总结\n今年年初以来,已推进3所学校开工。临港新片区73%的幼儿园已创建成为上海市一级幼儿园。\n据悉,“十四五”期间,新片区将分步分批新建至少39所学校,其中16所幼儿园、8所小学。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([
      [3, "actual"],
      [73, "actual"],
      [39, "target"],
      [16, "target"],
      [8, "target"],
    ]);
  });
});

describe("a page's address dated by its site (…/a/20190222/…) when no line dates it", () => {
  const body = "西安今年将新增8万个中小学学位\n\n记者从西安市教育局获悉:西安今年将新建中小学34所。";
  test.each([
    ["source: https://sn.ifeng.com/a/20190222/7230364_0.shtml", 2019],
    ["source: http://www.example.gov.cn/art/2023/0323/art_1_1.html", 2023],
    ["source: http://jyj.example.gov.cn/xxgk/202006/t20200605_123.html", 2020],
    ["https://www.example.gov.cn/news/2016-12-26/99.html", 2016],
  ])("%s dates 今年 in the page", (address, year) => {
    // 西安 2019 (blind set 17)
    expect(extractTargets(`${address}\n${body}`).map((x) => [x.value, x.deadline])).toEqual([
      [80000, year],
      [34, year],
    ]);
  });
  test("a number in an address that is no date dates nothing", () => {
    expect(extractTargets(`source: https://example.com/news/98765432.html\n${body}`).map((x) => x.deadline)).toEqual([null, null]);
  });
  test("a dated line of the page wins over its address", () => {
    const text = `source: https://example.com/a/20190222/1.html\n发布时间:2020-02-21 10:00\n${body}`;
    expect(extractTargets(text).map((x) => x.deadline)).toEqual([2020, 2020]);
  });
});

describe("a founding year (成立于1954年) is no year a report states its figures in", () => {
  test("现有 counts of a 自评 公示 whose only year is the county's founding keep no year", () => {
    // 焉耆 自评 (blind set 24), read whole: its body is what makes it a report
    const text = readReal("blind24-yanqi-quality-balance-selfcheck.txt");
    const counts = extractTargets(text).filter((x) => x.quote.includes("现有各级各类学校29所"));
    expect(counts.map((x) => [x.value, x.kind, x.deadline])).toEqual([[29, "actual", null]]);
  });
});

describe("a lead that announces a report (现将…情况通报如下)", () => {
  // 山西 改薄 进展 (blind set 27)
  const lead = "根据各地报送的双月报数据,现将截至2015年8月底全面改善贫困地区义务教育薄弱学校基本办学条件工作进展情况通报如下:\n";
  test("its figures are actuals of the one year the lead names", () => {
    const text = lead + "(一)校舍开工情况\n98个项目县(市、区)共开工学校1543所,开工校舍面积60.16万平方米,占规划建设校舍总面积的27.85%。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.comparator, x.deadline])).toEqual([
      [98, "actual", "=", 2015],
      [1543, "actual", "=", 2015],
      [601600, "actual", "=", 2015],
      [27.85, "actual", "=", 2015],
    ]);
  });
  test("a list of the year's tasks and how far each got stays a list of tasks", () => {
    // 临湘 实事 公示 (blind set 10)
    const text = readReal("blind10-linxiang-2020-shishi-spaced-trad.txt");
    const kinds = extractTargets(text).map((x) => x.kind);
    expect(kinds.length).toBeGreaterThan(3);
    expect(new Set(kinds)).toEqual(new Set(["target"]));
  });
});

describe("现有 reports only with a figure in its clause", () => {
  test("与现有教学资源相匹配 qualifies a noun: the plan's counts after it stay targets", () => {
    // 呼和浩特 2022 (blind set 29): 做到…与现有教学资源相匹配…。今年我市确定的新建续建项目中,直属学校项目4个…
    const text = readReal("blind29-hohhot-2022-schools-trad.txt");
    const projects = extractTargets(text).filter((x) => /項目\d+個/.test(x.quote));
    expect(projects.length).toBe(8);
    expect(new Set(projects.map((x) => x.kind))).toEqual(new Set(["target"]));
  });
  test("全县现有各级各类学校29所 still reports", () => {
    expect(extractTargets("2023年全县将新建学校3所。全县现有各级各类学校29所。").map((x) => [x.value, x.kind])).toEqual([
      [3, "target"],
      [29, "actual"],
    ]);
  });
});

describe("a plan whose only deadline is the end of one five-year period (到“十一五”期末)", () => {
  test("its targets are due then", () => {
    // 某市 十一五 规划 目标体系 (blind set 31)
    const text = "(三)战略构架和目标体系\n1、普及水平逐步提高。城区3-5岁儿童入园率达98%,农村入班率达95%;到“十一五”期末,基本普及学前教育。";
    expect(extractTargets(text).map((x) => [x.value, x.deadline])).toEqual([
      [98, 2010],
      [95, 2010],
    ]);
  });
  test("a written year wins", () => {
    const text = "城区3-5岁儿童入园率2012年达98%;到“十一五”期末,基本普及学前教育。";
    expect(extractTargets(text).map((x) => x.deadline)).toEqual([2012]);
  });
});

describe("a line opening on an older year after the body's figures recalls history", () => {
  // 宁夏 2015 (blind set 28)
  const text =
    "宁夏在校生144.19万人 少数民族逾四成\n\n04.08.2015  23:39\n\n  宁夏新闻网讯(记者 杨丽) 记者8月4日从宁夏教育厅获悉,截止目前,全区共有在校生144.19万人,少数民族在校生比例达40.71%,略高于少数民族人口自然比例。\n\n" +
    "  2012年,教育部首次对全国31个省(市、区)教育行风进行了测评,宁夏以96.54分成绩位居全国第一。2015年“两会”期间,腾讯网开展了调查。";
  test("it does not date the figures stated before it", () => {
    const items = extractTargets(text).filter((x) => x.quote.includes("144.19万人") || x.quote.includes("40.71%"));
    expect(items.length).toBeGreaterThan(1);
    expect(items.every((x) => x.deadline !== 2012)).toBe(true);
  });
});

describe("a menu word or a site's name above the headline is no headline", () => {
  test("注册 over 内蒙古:普惠性幼儿园覆盖率超70%: the page reports", () => {
    // 内蒙古 2020 (blind set 29)
    const text =
      "注冊\n閩南網 > 教育 > 教育新聞 > 正文\n\n内蒙古:普惠性幼儿园覆盖率超70%\n\n来源:新华社 2020-01-08 14:50\n\n" +
      "  新华社呼和浩特1月8日电 记者从内蒙古自治区教育厅获悉,内蒙古大力发展更高质量更加公平的教育,学前3年毛入园率95.51%,有效缓解学前教育“入园难”问题。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([
      [70, "actual"],
      [95.51, "actual"],
    ]);
  });
});

describe("增至2020年的36.2万人: the year a change reached its value is no deadline", () => {
  test("a 十四五 plan's look back at 十三五 reports it", () => {
    // 海淀 十四五 (blind set 25): 中小学幼儿园在校生人数,从2015年的31.5万人,增至2020年的36.2万人,5年间增加4.7万人
    const text = readReal("blind25-haidian-14th-plan-review-trad.txt");
    const item = extractTargets(text).find((x) => x.value === 362000);
    expect(item && [item.kind, item.comparator, item.deadline]).toEqual(["actual", "=", 2020]);
  });
});

describe("a year's own target inside a report", () => {
  test("规划“新建、改扩建幼儿园30所” and 目标设定为 state what was planned", () => {
    // 襄阳 2019 (blind set 29), 天津 2023 (blind set 29)
    const text =
      "2018年工作总结\n2018年“教育惠民工程”规划“新建、改扩建幼儿园30所”,实际新建、改扩建的30所幼儿园增加学位4505个。" +
      "民心工程年度任务目标设定为“新建、改扩建义务教育学校37所”。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([
      [30, "target"],
      [30, "actual"],
      [4505, "actual"],
      [37, "target"],
    ]);
  });
  test("规划 as a noun (占规划设备采购资金总额的22.24%) plans nothing", () => {
    const text = "2015年工作总结\n完成设备购置80600.26万元,占规划设备采购资金总额的22.24%。";
    expect(extractTargets(text).map((x) => x.kind)).toEqual(["actual", "actual"]);
  });
});

describe("a short page of figures that commits to none of them reports", () => {
  test("一是办学条件不断改善。全年累计投入…: six figures and more, no plan word", () => {
    // 伊金霍洛旗 2021 (blind set 32): the page's opening, as a site's excerpt gives it
    const text = readReal("blind32-yijinhuoluo-2021-results.txt");
    const kinds = extractTargets(text).map((x) => x.kind);
    expect(kinds.length).toBeGreaterThan(5);
    expect(new Set(kinds)).toEqual(new Set(["actual"]));
  });
});

describe("a five-year plan told as done (高质量完成“十四五”规划)", () => {
  test("a press conference of the series reports", () => {
    // 重庆 2025 (blind set 32)
    const text = readReal("blind32-chongqing-14th-final-news.txt");
    const item = extractTargets(text).find((x) => x.value === 98.99);
    expect(item && [item.kind, item.comparator]).toEqual(["actual", "="]);
  });
});

describe("what counts as a page's commitments", () => {
  test("a quoted programme (“非示即特”计划) and qualifiers (600分以上人数, 20万以上的县) commit to nothing", () => {
    // 黔南 2024 (blind set 32): news of results whose body names programmes and thresholds
    const text = readReal("blind32-qiannan-2024-education-news.txt");
    const item = extractTargets(text).find((x) => x.value === 186);
    expect(item && [item.kind, item.comparator]).toEqual(["actual", "="]);
  });
  test("a plan named in 《》 still commits (按照《墨江县学前教育三年行动计划(2011—2013年)》,墨江县将新建幼儿园12所)", () => {
    const text = readReal("blind20-mojiang-preschool-plan-trad.txt");
    const item = extractTargets(text).find((x) => x.value === 12);
    expect(item && item.kind).toBe("target");
  });
});

describe("第十四个五年规划 is 十四五", () => {
  test("a plan released under its long title is due at the period's end", () => {
    // 盐田 十四五 (blind set 34)
    const text = "盐田5年造9600个学位,详细计划表来了!\n\n近日,盐田区教育局公布《盐田区教育事业第十四个五年规划》(以下简称规划)。规划提出,新增公办学位9600个。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [9600, "target", 2025],
      [9600, "target", 2025],
    ]);
  });
});

describe("2021年至今: a span up to now looks back", () => {
  test("its figures report, and the span's first year is no reference year", () => {
    // 竹山 2023 (blind set 36)
    const text = "2月16日,今春建成启用的新校区迎来学生。\n2021年至今,竹山县累计投入资金7.18亿元,先后建成及改扩建学校75所。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [7.18, "actual", null],
      [75, "actual", null],
    ]);
  });
  test("至今年底 in a plan is no looking back", () => {
    expect(extractTargets("2024年工作要点\n至今年底,全市新建幼儿园10所。").map((x) => x.kind)).toEqual(["target"]);
  });
});

describe("a school's accounts (决算) report; its budget (预算) plans (blind set 54)", () => {
  test.each([
    ["a 部门决算 title reports", "2016年西宁市东方小学部门决算\n各级单位年末人数50人,其中在职人员33人。", [["actual", 2016], ["actual", 2016]]],
    ["a 部门预算 title plans", "黄石市第七中学2023年部门预算公开\n一般公共预算拨款收入1200万元。", [["target", 2023]]],
    [
      "a finance heading in the table of contents is no other field's chapter (八、…财政拨款收入支出决算表)",
      "2016年西宁市东方小学部门决算\n八、政府性基金预算财政拨款收入支出决算表\n\n第三部分 决算情况说明\n\n各级单位年末人数50人。",
      [["actual", 2016]],
    ],
    ["a lead that announces the accounts (现将我单位2015年度部门决算说明如下) reports, of its year (思明区教育局, blind set 237)", "按照《中华人民共和国预算法》以及《思明区财政局关于2015年度部门决算批复的通知》,现将我单位2015年度部门决算说明如下:\n一、部门主要职责\n编制并组织实施全区教育事业发展规划,合理调整学校布局。\n二、部门预算单位基本情况\n厦门市思明区教育局部门包括6个机关行政处室及95个下属单位。", [["actual", 2015], ["actual", 2015]]],
    ["…but a plan's drafting explained (现将《…规划(2021-2025年)》编制工作说明如下) still plans", "现将《某县教育发展规划(2021-2025年)》编制工作说明如下:\n到2025年,学前三年毛入园率达到95%。", [["target", 2025]]],
    ["an untitled budget's heading plans (四、财政拨款收支预算情况说明)", "5\n四、财政拨款收支预算情况说明\n2023 年财政拨款收支总预算 7,057,486.18 元。", [["target", 2023]]],
  ])("%s", (_name, text, expected) => {
    expect(kindYear(text)).toEqual(expected);
  });

  test("一般公共预算 in a bulletin's heading is no plan", () => {
    const text = "2019年全省教育经费执行情况统计公告\n【各级教育生均一般公共预算教育经费增长情况】\n1.全省幼儿园为7977.88元,比上年的6628.28元增长20.36%。";
    const kinds = kindYear(text);
    expect(kinds.length).toBeGreaterThan(0);
    // the baseline (比上年的6628.28元) stands at the year before
    expect(kinds.every(([kind, year]) => kind === "actual" && (year === 2019 || year === 2018))).toBe(true);
  });
});

describe("a news headline of results, under a breadcrumb of site sections (华容 2025, blind set 53)", () => {
  const page = (headline: string): string =>
    `source: http://www.example.cn/content/2025-12/30/content_1.html\n荊楚網 > 鄂東新聞\n\n${headline}\n\n12月30日,華容區人大會議召開,明確了2026年教育領域重點工作方向。全區新增學位4320個。`;
  test.each([
    ["斬獲 in Traditional script", "華容兩會丨2025年高考斬獲近七年最佳成績"],
    ["再创佳绩", "华容区2025年高考再创佳绩"],
    ["交出…答卷", "华容区交出2025年教育民生答卷"],
  ])("%s: the figures report", (_name, headline) => {
    expect(kindYear(page(headline)).map(([kind]) => kind)).toEqual(["actual"]);
  });
});

describe("news of a rule issued states standards, not results (山东 2022 课后服务, blind set 57)", () => {
  test.each([
    ["出台办法 and 不超 in the headline", "山东出台办法保障义务教育学校课后服务经费 服务性收费每生每课时不超3.5元\n\n日前,山东省教育厅等四部门联合印发了《办法》,规定每生每课时收费乡村学校不超过3元。"],
    ["印发 in the headline", "我省印发意见 乡村教师生活补助每人每月不低于500元\n\n日前,省教育厅印发意见,乡村教师生活补助每人每月不低于500元。"],
  ])("%s", (_name, text) => {
    const kinds = kindYear(text).map(([kind]) => kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k === "target")).toBe(true);
  });
});

describe("a report the page quotes is not its title (2018年西安市政府工作报告提到,将新建…, blind set 58)", () => {
  test("the page plans what the report said would be done", () => {
    const text = "今年西安新建30所公办中小学幼儿园 看看你家门口有没\n\n华商报 2018-03-21 09:28\n\n2018年西安市政府工作报告提到,将新建30所公办中小学及幼儿园。\n\n这30所学校包括16所公办中小学,14所公办幼儿园。";
    const kinds = extractTargets(text).map((x) => [x.kind, x.comparator]);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every(([kind, cmp]) => kind === "target" && cmp === "none")).toBe(true);
  });

  test("a plan the page quotes still dates what it plans", () => {
    const text = "教育部办公厅昨天公布的《2017年教育信息化工作要点》提出,今年要基本实现学校互联网全覆盖。多媒体教室占普通教室比例达到80%。";
    expect(kindYear(text)).toEqual([["target", 2017]]);
  });
});

describe("统计显示 and 数据显示 open what the figures show (郑州 2022, blind set 58)", () => {
  test("a page of plans whose sentence says the statistics show reports that sentence", () => {
    const text = "郑州今年全市公办幼儿园新增76所\n\n统计显示,今年,全市公办幼儿园新增76所,增加学位20880个。\n\n小学、初中计划新增学位12.6万个。";
    const headline = text.indexOf("\n");
    expect(extractTargets(text).filter((x) => x.start > headline).map((x) => [x.value, x.kind])).toEqual([
      [76, "actual"],
      [20880, "actual"],
      [126000, "target"],
    ]);
  });
});

describe("a plan released with a word between the verb and its title (公布的《…》, 发布首部《…》, blind set 58)", () => {
  test.each([
    ["公布的《…(2010-2020年)》", "中新社北京2月28日电 国务院新闻办公室28日公布的《国家中长期教育改革和发展规划纲要(2010-2020年)》提出,普及高中阶段教育,毛入学率达到90%。", [["target", 2020]]],
    ["发布首部《…(2014—2020年)》", "日前,青岛市政府发布首部《教育设施布局专项规划(2014—2020年)》,提出规划建设幼儿园1087所。", [["target", 2020]]],
  ])("%s: its period's end dates the targets", (_name, text, expected) => {
    expect(kindYear(text)).toEqual(expected);
  });

  test("a plan the page works under (按照…制定的《…》) dates nothing of its own", () => {
    const text = "呼和浩特2022年将开工建设一批学校\n按照我市制定的《城区中小学幼儿园建设规划(2021—2025年)》,今年全市新建续建项目34个。";
    expect(kindYear(text).map(([, year]) => year)).toEqual([2022]);
  });
});

describe("a span of years spoken of as a time dates the targets after it (2016—2020年,我市要新建…; 百色, blind set 52)", () => {
  test.each([
    ["opening the sentence", "百色市未来5年内的教育规划\n2016—2020年,我市要新建10所普通高中。", [["target", 2020]]],
    ["a period's 期间", "全县教育规划\n2021-2025年期间,全县新建幼儿园12所。", [["target", 2025]]],
  ])("%s", (_name, text, expected) => {
    expect(kindYear(text)).toEqual(expected);
  });

  test("a span inside a plan's title is no time of the sentence", () => {
    expect(kindYear("全县教育工作\n按照《某县教育发展规划(2021—2025年)》,今年新建幼儿园3所。").map(([, year]) => year)).not.toContain(2025);
  });
});

describe("拟 before a verb of the plan's work plans (苏州 2021 秋学期, blind set 61)", () => {
  test("a news report of schools to open plans them", () => {
    const text = "苏州85所学校2021年秋学期投用\n\n苏州教育发布消息,2021年秋季苏州拟建成投用85所学校。其中张家港市拟建投用学校17所。";
    const body = text.indexOf("\n");
    const kinds = extractTargets(text).filter((x) => x.start > body).map((x) => [x.value, x.kind, x.comparator]);
    expect(kinds).toEqual([
      [85, "target", "none"],
      [17, "target", "none"],
    ]);
  });

  test("模拟 and 虚拟 are no plan words", () => {
    expect(kindYear("2023年工作总结\n全县建成虚拟仿真实验室12间。").map(([kind]) => kind)).toEqual(["actual"]);
  });
});

describe("完成计划进度 measures against a plan: it is no plan cue (宜宾 2022 上半年, blind set 62)", () => {
  test("a half-year progress report on 民生实事 reports", () => {
    const text = "7月19日,从宜宾市委目标绩效办获悉,今年宜宾市民生实事有序推进。\n据了解,今年上半年宜宾市减免6.48万名幼儿保教费,完成计划进度116.6%;已向2.64万名家庭经济困难的普通高中学生发放助学金,完成计划进度101.5%;已为12.48万名义务教育学生提供营养膳食补助,完成计划进度111.9%。";
    const kinds = extractTargets(text).map((x) => x.kind);
    expect(kinds.length).toBeGreaterThan(3);
    expect(kinds.every((k) => k === "actual")).toBe(true);
  });
});

describe("a genre the caller knows (text pasted to fill 实际值 is a report)", () => {
  const text = "全县新建幼儿园5所,新增学位1200个。明年力争新建幼儿园8所。";
  const read = (genre?: "target" | "actual") => extractTargets(text, { genre }).map((x) => [x.kind, x.comparator, x.value]);

  test("a report's figures with no word of their own are actuals; its 力争 clause is still a target", () => {
    expect(read("actual")).toEqual([
      ["actual", "=", 5],
      ["actual", "=", 1200],
      ["target", ">=", 8],
    ]);
  });

  test("a plan's are targets with no comparator; the rules alone read this text as a plan too", () => {
    expect(read("target")).toEqual([
      ["target", "none", 5],
      ["target", "none", 1200],
      ["target", ">=", 8],
    ]);
    expect(read()).toEqual(read("target"));
  });

  test("the report's year follows the genre it is told: a summary titled by its year dates its actuals", () => {
    expect(extractTargets("2023年教育工作\n全县新建幼儿园5所。", { genre: "actual" }).map((x) => [x.kind, x.deadline])).toEqual([["actual", 2023]]);
  });
});

describe("a heading read through a converter's pinyin (興國 十四五 規劃, blind set 81)", () => {
  test("1.發(fā)展成就 in a plan heads a review of what was done", () => {
    const text = [
      "“十四五”時期,是我國“兩個一百年”奮斗目標(biāo)承前啟后的開局起步期,結(jié)合興國縣教育實際,制定本規(guī)劃。",
      "一、邁向教育現(xiàn)代化發(fā)展新征程",
      "1.發(fā)展成就",
      "黨組織建設(shè)更加健全,優(yōu)化調(diào)整了20個基層黨組織,新成立了兩個學(xué)校黨支部。",
    ].join("\n");
    expect(extractTargets(text).map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [20, "=", "actual"],
      [2, "=", "actual"],
    ]);
  });
});

describe("需要 commits to nothing (潮州松昌中学 介绍, blind set 76)", () => {
  test("a school's page of figures that 满足教学需要 states them", () => {
    const text = readReal("blind76-songchang-middle-school-intro.txt");
    expect(extractTargets(text).slice(0, 3).map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [66846, "=", "actual"],
      [100.3, "=", "actual"],
      [21.7, "=", "actual"],
    ]);
  });
});

describe("a plan whose one period is a time (江夏 十四五, blind set 81)", () => {
  test("“十四五”期间,… dates the plan's figures, with a year inside the period written too", () => {
    const text = [
      "武汉市江夏区立下5年发展目标,教育投入超60亿元",
      "2月14日从武汉市江夏区2022年教育工作会议获悉,“十四五”期间,该区计划投入超60亿元,进一步加大教育基础建设投入。",
      "公益普惠性幼儿园建设工程,计划投入3亿元,新建公益普惠性幼儿园15所。",
    ].join("\n");
    expect(extractTargets(text).map((x) => [x.value, x.deadline])).toEqual([
      [60, 2025],
      [60, 2025],
      [3, 2025],
      [15, 2025],
    ]);
  });

  test("a period qualifying a noun (明确“十二五”期间教育改革的…) dates nothing", () => {
    const text = "组织实施《教育事业发展“十二五”规划》,明确“十二五”期间教育改革和发展的指导思想。\n改扩建5所农村初中学生宿舍和食堂。";
    expect(extractTargets(text).map((x) => [x.value, x.deadline])).toEqual([[5, null]]);
  });

  test("a year written past the period (到2035年) leaves the plan undated by it", () => {
    const text = "“十四五”期间,新建幼儿园20所。\n到2035年,全面实现教育现代化,新增学位5000个。";
    expect(extractTargets(text).map((x) => [x.value, x.deadline])).toEqual([
      [20, 2025],
      [5000, 2035],
    ]);
  });
});

describe("what a rule requires is a target (县域学前教育普及普惠督导评估办法 news, blind set 87)", () => {
  test("《办法》…,要求县域学前三年毛入园率达到85% in news of the rule", () => {
    const text = "教育部:县域普惠性幼儿园覆盖率达到80%\n中国网3月2日讯 教育部日前制定《县域学前教育普及普惠督导评估办法》(以下简称《办法》),要求县域学前三年毛入园率达到85%,公办园在园幼儿占比达到50%。";
    expect(extractTargets(text).slice(1).map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [85, ">=", "target"],
      [50, ">=", "target"],
    ]);
  });

  test("要求 as a quality or a noun commits to nothing (任务重、要求高; 按照要求)", () => {
    const text = "2023年全省教育工作总结\n全省教育改革发展任务重、要求高。基础教育财政性经费支出占全省教育财政性经费的59.1%,比上年提高0.5个百分点。";
    expect(extractTargets(text).map((x) => x.kind)).toEqual(["actual", "actual"]);
  });
});

describe("a school's report to its visitors (袁州 小学 汇报材料, blind set 88)", () => {
  const text = "小学发展情况汇报材料近年来,我校教育教学质量不断提高。现将我校近年来在教育教学各方面工作向各位领导作简要的汇报。一、基本情况我校始建于50年代初,1986年以前属村级小学,1996年6月被确定为袁州区xx小学。学校占地6600平方米,校舍面积2986平方米。";

  test("a lead that reports its work (现将…工作…汇报) makes the page a report; a year before which (1986年以前) is no year it reports", () => {
    expect(extractTargets(text).map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [6600, "=", "actual"],
      [2986, "=", "actual"],
    ]);
  });

  test("a lead that reports next year's plans (现将下一步工作打算汇报如下) does not", () => {
    expect(extractTargets("现将下一步工作打算汇报如下:新建学校5所。").map((x) => x.kind)).toEqual(["target"]);
  });
});

describe("a target and what was done, figure by figure (國立中興 教師專業發展評鑑, blind set 88)", () => {
  test("目標40%,實際100%: the first planned, the second done; 比县目标71人超出32人 marks nothing", () => {
    expect(extractTargets("教師參與專業學習社群的比率,目標40%,實際100%。").map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [40, "none", "target"],
      [100, "=", "actual"],
    ]);
    expect(extractTargets("2012年高考工作总结\n上前三批A线以上103人,比县目标71人超出32人。").map((x) => x.kind)).not.toContain("target");
  });
});

describe("a report's later years are no plans when the page came out after them (安徽 教育脱贫, blind set 91)", () => {
  test("2017年底,… then 2019年,…达88.7% on a page of 2023: both report", () => {
    const text = readReal("blind91-anhui-2020-poverty-edu-trad.txt");
    expect(extractTargets(text).slice(1, 4).map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [88.7, "=", "actual"],
      [94.6, "=", "actual"],
      [89.6, "=", "actual"],
    ]);
  });
});

describe("a numbered title with a comma, set apart by a blank line, is a heading, not a sentence broken across lines", () => {
  // 安康 在全市教育体育工作视频会议上的讲话 (blind set 99): the 十四五 of the heading dates nothing under it
  const title = "一、攻坚克难、干在实处,“十四五”教体工作高点起步";
  const body = "2021年,我们坚决贯彻落实教育决策部署。\n\n一是教育整体发展水平不断提高。教育经费支出65.04亿元,学前教育普惠园占比达88.95%。";
  test("followed by a blank line, the figures under it report the year the body names", () => {
    const items = extractTargets(`${title}\n\n${body}`);
    expect(items.map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [65.04, "actual", 2021],
      [88.95, "actual", 2021],
    ]);
    expect(items[0].section).toBe(title);
  });
  test("run on into the next line, it is still one sentence", () => {
    const items = extractTargets(`${title}\n${body}`);
    expect(items.every((x) => x.section !== title)).toBe(true);
  });
});

describe("a short numbered title with a comma is a heading even when text runs on below it (blind set 200)", () => {
  // a county's 研学旅行 summary copied with its table of contents first: 八、下一步工作计划 must not head the body
  const contents = ["一、强化制度建设", "二、优化流程管理", "三、整合优质资源", "四、坚持惠民导向", "五、强化督查评估", "六、工作成效显著", "七、存在问题与挑战", "八、下一步工作计划"].join("\n");
  const body = "XX县教育局2025年度学生研学旅行工作总结\n一、强化制度建设,筑牢研学旅行发展根基\n2025年,全年组织专题培训5场,签订安全协议书45份。";
  test("the figures under it are the summary's actuals, not the plan's targets", () => {
    const items = extractTargets(`${contents}\n${body}`);
    expect(items.map((x) => [x.value, x.comparator, x.kind])).toEqual([
      [5, "=", "actual"],
      [45, "=", "actual"],
    ]);
    expect(items[0].section).toBe("一、强化制度建设,筑牢研学旅行发展根基");
  });
  test("a line as long as a wrapped one, with the sentence going on below, is still prose", () => {
    const wrapped = "一、全年组织专题培训和安全演练,覆盖校领导、中层干部及骨干\n教师300余人次,签订安全协议书45份。";
    expect(extractTargets(wrapped).every((x) => x.section === null)).toBe(true);
  });
});

describe("a document site's line naming the file it shows is the document's title (梁庄三小 均衡自评报告, blind set 103)", () => {
  const body = "\n1、学校设置与班额:我校服务半径1.5km,平均班额31人,生均占地面积12.1平方米。";
  const kinds = (site: string) => extractTargets(site + body).map((x) => x.kind);
  test("a self-evaluation report reports", () => {
    expect(new Set(kinds("《梁庄三小均衡自评报告.doc》由会员上传分享,免费在线阅读"))).toEqual(new Set(["actual"]));
  });
  test("the last genre word is the head noun: a plan's evaluation report reports, a summary then a plan plans", () => {
    expect(new Set(kinds("《十四五教育事业发展规划评估报告.docx》由会员分享,可在线阅读"))).toEqual(new Set(["actual"]));
    expect(new Set(kinds("《学校三年发展规划.docx》由会员分享,可在线阅读"))).toEqual(new Set(["target"]));
  });
});

describe("an account given to a congress or a superior reports (某县乡镇寄宿制学校发展情况报告, blind set 109; 中学督导汇报材料, blind set 122)", () => {
  const body = "\n全县有乡镇寄宿制学校68所,有学位48825个,在校生43569人。";
  test.each(["某县乡镇寄宿制学校发展情况报告.doc", "关于全县义务教育工作情况的报告", "乡镇义务教育均衡发展工作汇报", "中学督导汇报材料范文", "薄弱学校改造项目学校汇报提纲"])("%s", (title) => {
    expect(new Set(extractTargets(title + body).map((x) => [x.kind, x.comparator].join(" ")))).toEqual(new Set(["actual ="]));
  });
});

describe("news opening on funds just allocated reports them (福建 特殊教育补助经费, blind set 111)", () => {
  test("日前下拨…经费N万元: the allocation and its parts are actuals", () => {
    const text = "据省财政厅消息,省财政厅日前下拨2018年省级以上特殊教育补助经费1880万元,包括中央资金380万元、省级资金1500万元。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.comparator])).toEqual([
      [1880, "actual", "="],
      [380, "actual", "="],
      [1500, "actual", "="],
    ]);
  });
});

describe("去年 is the year before the page's (云南 教师节 致辞, blind set 112)", () => {
  test("去年一年,…招聘3.2万名教师: an actual of the year before", () => {
    expect(extractTargets("(2021年9月9日)\n去年一年,全省一次性招聘3.2万名教师。").map((x) => [x.value, x.kind, x.deadline])).toEqual([[32000, "actual", 2020]]);
  });
  test("比去年, 去年同期 and 去年开展的 are no time of the figure", () => {
    const items = extractTargets("(2021年9月9日)\n今年将新建学校3所,招生人数比去年增加1200人。");
    expect(items.map((x) => [x.value, x.kind])).toEqual([[3, "target"], [1200, "target"]]);
  });
});

describe("明年 is the year after the page's (臺南 2026 budget news, blind set 267; a 2024 summary's plans)", () => {
  test("the year after a summary's own year, or after the page's dateline", () => {
    expect(extractTargets("2024年工作总结\n明年将新建学校3所。").map((x) => [x.value, x.kind, x.deadline])).toEqual([[3, "target", 2025]]);
    expect(extractTargets("(2025年10月12日)\n台南市教育局表示,明年预编399亿元。").map((x) => [x.value, x.deadline])).toEqual([[399, 2026]]);
  });
  test("on a page reposted after the plan it tells of, 明年 is that plan's year (exam8's 2011 要点 under a later dateline, blind set 15)", () => {
    const text = "(2021年3月9日)\n市教委发布2011年全市教育工作要点指出,明年,全市新增5所市级示范幼儿园。";
    expect(extractTargets(text).map((x) => [x.value, x.deadline])).toEqual([[5, 2011]]);
  });
});

describe("规划投入/投资/安排 is a plan's task, as 规划新建 is (全面改薄, blind set 109)", () => {
  test("in a report, what a programme plans to spend is a target", () => {
    const text = "2016年工作总结\n全国有2600多个县纳入实施范围,规划投入资金5000多亿元。";
    expect(extractTargets(text).filter((x) => x.unit === "亿元").map((x) => [x.value, x.kind])).toEqual([[5000, "target"]]);
  });
});

describe("a report's 现将…情况报告如下 lead may come after a long background (重庆 人大 审议意见 处理情况, blind set 108)", () => {
  test("the figures after it are reported", () => {
    const background = "市人大常委会听取和审议关于减轻义务教育阶段学生作业负担和校外培训负担工作情况的报告并提出审议意见。".repeat(12);
    const text = "市人大常委会:\n" + background + "现将审议意见研究处理情况报告如下:\n全市课后服务参与教师达20.5万人,学生参与率达98.33%。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.comparator])).toEqual([[205000, "actual", "="], [98.33, "actual", "="]]);
  });
});

describe("a year's 总体情况 titled before next year's plan reports (番禺 宏蕾幼儿园 年审, blind set 102)", () => {
  test("the first genre word of a dated title leads: 2021年…总体情况和2022年…工作计划", () => {
    const text = readReal("blind102-panyu-honglei-kindergarten-2021-annual-report.txt");
    const items = extractTargets(text);
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(new Set(items.map((x) => x.kind))).toEqual(new Set(["actual"]));
  });
});

describe("a plan period's basis is the year before it (襄阳 十四五 规划, blind set 105)", () => {
  test("under 一、“十四五”教育事业发展基础和形势 the baseline figures are of 2020, not 2025", () => {
    const text = "襄阳市教育事业发展“十四五”规划\n一、“十四五”教育事业发展基础和形势\n(一)发展基础\n全市共有各级各类学校1714所,学前三年毛入园率达到90.67%。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [1714, "actual", 2020],
      [90.67, "actual", 2020],
    ]);
  });
});

describe("a numbered heading that names a plan period is no figure (京山 十四五 规划, blind set 105)", () => {
  test("(一)十三五期间取得的成效 heads the review, and dates its actuals 2020", () => {
    const text = "一、发展基础\n(一)十三五期间取得的成效\n\n教育供给结构不断优化。先后投资6.8亿元,划拨土地689亩。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline, x.section])).toEqual([
      [6.8, "actual", 2020, "(一)十三五期间取得的成效"],
      [689, "actual", 2020, "(一)十三五期间取得的成效"],
    ]);
  });
});

describe("a plan period spoken of in a report published in its last year is over (重庆 十四五 收官, blind set 32)", () => {
  test("“十四五”期间,… opening a report of 2025 dates its figures 2025", () => {
    const text = "2025-12-20 10:00\n“十四五”期间,全市学前教育普惠率达到92%,比2020年提高8个百分点,义务教育巩固率达到99%,比2020年提高1.2个百分点,高中阶段毛入学率达到95%,比2020年提高3个百分点。";
    expect(extractTargets(text).filter((x) => x.comparator !== "increase_by").map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [92, "actual", 2025],
      [99, "actual", 2025],
      [95, "actual", 2025],
    ]);
  });
});

describe("an undated title a copy glued to its first section names the genre (中学义务教育均衡发展状况分析报告, blind set 124)", () => {
  const body = "一、基本状况1、xx中学占地面积75990平方米,建筑面积15249平方米。";
  test("…分析报告一、基本状况 reports", () => {
    expect(new Set(extractTargets("中学义务教育均衡发展状况分析报告" + body).map((x) => x.kind))).toEqual(new Set(["actual"]));
  });
  test("…工作计划一、指导思想 plans", () => {
    expect(new Set(extractTargets("实验中学工作计划" + body).map((x) => x.kind))).toEqual(new Set(["target"]));
  });
});

describe("news that a year's list of tasks was released plans them (金凤区发布2025年民生“十心”实事, blind set 126)", () => {
  test("the list's plain counts are targets of that year", () => {
    const text =
      "最新丨金凤区发布2025年民生“十心”实事!\n1月6日\n金凤区2025年民生 “十心” 实事\n新鲜出炉!\n涵盖\n交通出行\n住房保障\n01\n交通畅行 “顺心”实事\n" +
      "▶新增公共停车位800个。\n▶新增公共充电桩1000个。\n02\n幸福宜居 “舒心”实事\n▶改造老旧小区20个。\n▶建成保障性租赁住房352套。\n" +
      "05\n优质教育 “连心”实事\n▶改造108所公办学校教育专网。\n▶打造名校长名师工作室20个,培养各级骨干教师460名。";
    expect(new Set(extractTargets(text).map((x) => [x.kind, x.deadline].join(" ")))).toEqual(new Set(["target 2025"]));
  });
});

describe("a project's approval (同意立项, 建设规模, 估算总投资) plans what it lists (龙陵 2018 运动场 批复, blind set 142)", () => {
  test("its bare figures are planned, though a page of many figures with few commitments would read as a report", () => {
    const text = [
      "龙山镇中心学校:",
      "你单位报来《关于运动场建设项目立项的请示》收悉。经研究,现批复如下:",
      "一、同意立项建设龙山镇中心学校运动场及附属工程建设项目。",
      "二、建设规模及内容:新建运动场7332平方米,新建篮球场2个,建筑面积1216平方米;新建排球场2个,建筑面积572平方米;新建器械场地1个,建筑面积150平方米。",
      "三、新建厕所2个,看台1个,旗台1个。",
      "四、项目估算总投资680万元,其中申请中央资金500万元,县级配套180万元。",
    ].join("\n");
    const items = extractTargets(text);
    expect(items.length).toBeGreaterThanOrEqual(7);
    expect(items.map((x) => [x.kind, x.comparator])).toEqual(items.map(() => ["target", "none"]));
  });

  test("a project's name that holds 立项 (徐特立项目) is no approval: the 湖南 2024 results stay reported (blind set 36)", () => {
    const text = readReal("blind36-hunan-2024-results-news.txt");
    const kinds = extractTargets(text).map((x) => x.kind);
    expect(kinds.length).toBeGreaterThanOrEqual(8);
    expect(kinds).not.toContain("target");
  });
});

describe("近5年, 近三年: the years just past are told (秀山 2019 ICT review, blind set 128)", () => {
  test("近5年共投入资金7800万元 reports, though the page names its 十三五 plan; 在近三年…平均值的基础上上浮5% still plans", () => {
    const review = "秀山县教育信息化工作纪实\n制定《秀山县教育信息化十三五发展规划(2016—2020)》。近5年共投入资金7800万元,新配班班通2039套。";
    expect(extractTargets(review).map((x) => [x.value, x.kind, x.comparator])).toEqual([
      [7800, "actual", "="],
      [2039, "actual", "="],
    ]);
    const targets = "2021年教学质量目标\n毕业班全科合格率为在近三年毕业班五科合格率平均值的基础上上浮5%。";
    expect(extractTargets(targets).map((x) => [x.value, x.kind])).toEqual([[5, "target"]]);
  });
});

describe("news that promises nothing tells what is (漯河 2022 safety inspection, blind set 136)", () => {
  test("日前…记者获悉 with no 将/计划/力争: its bare counts are reported; one promise keeps the page's plain reading (news of a rule issued: 山东 课后服务 above)", () => {
    const news = "秋季开学安全大检查\n日前,记者从市教育局获悉,全市共排查学校326所,发现隐患47处,整改43处。";
    expect(extractTargets(news).map((x) => [x.value, x.kind, x.comparator])).toEqual([
      [326, "actual", "="],
      [47, "actual", "="],
      [43, "actual", "="],
    ]);
    const promise = "秋季开学安全大检查\n日前,记者从市教育局获悉,全市将排查学校326所。";
    expect(extractTargets(promise).map((x) => x.kind)).toEqual(["target"]);
  });
});

describe("news of a siting plan (规划用地面积…, 规划班级规模为45班; 漳州 notice by a reporter, blind set 147)", () => {
  test("states the plan's figures, not results", () => {
    const text = "近日,市自然资源局发布江滨小学用地控制性详细规划公告。\n江滨小学地块规划用地面积18785.22㎡,规划为小学用地,规划班级规模为45班。(海峡导报记者 刘龙)";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([
      [18785.22, "target"],
      [45, "target"],
    ]);
  });
});

describe("a document site's page headers (…提升总结(3篇)_第1页; renrendoc copy, blind set 155)", () => {
  const text = [
    "source: https://example.org/paper/1.html",
    "(2025)家校沟通体系搭建与家长满意度提升总结(3篇)_第1页",
    "(2025)家校沟通体系搭建与家长满意度提升总结(3篇)_第2页",
    "全文预览已结束",
    "通过家长问卷回收有效问卷2386份,准确率达93%。",
  ].join("\n");

  test("title the page a report, and the count of articles it collects is no figure", () => {
    expect(extractTargets(text).map((x) => [x.value, x.unit, x.kind])).toEqual([
      [2386, "份", "actual"],
      [93, "%", "actual"],
    ]);
  });

  test("a count of articles written in a sentence stays (完成调研报告25篇。)", () => {
    expect(extractTargets("2020年工作总结\n完成调研报告25篇。").map((x) => [x.value, x.unit])).toEqual([[25, "篇"]]);
  });
});

describe("a verb of the work with 了 reports, when a figure follows in its sentence", () => {
  const kinds = (text: string): string[] => extractTargets(text).map((x) => `${x.value} ${x.kind}`);
  test("开展了为期5天的军训 and 获得省一等奖5个 in news without a dated title", () => {
    // 正安 2022 news (blind set 183), 蒙阴 news with its years masked (blind set 182)
    expect(kinds("某中学加强国防教育\n2022-12-09 17:58:11 来源: 某日报\n近日,某中学组织今年秋季入学的708名学生,开展了为期5天的封闭式军事训练。")).toEqual(["708 actual", "5 actual"]);
    expect(kinds("近年来,我县非常重视创客教育。年各学校开办了学校创客空间。年5月,我县师生在全省中小学生创客大赛中获得省一等奖5个,省二等奖3个。")).toEqual(["5 actual", "3 actual"]);
  });
  test("a decision's verb (确定了, 安排了) keeps its object a plan's, and a step with no figure after it reports nothing", () => {
    expect(kinds("某市民生实事\n2026-01-09 来源: 某日报\n今年,人代会票决确定了10项年度民生实事项目。")).toEqual(["10 target"]);
    expect(kinds("某市教育项目投资计划\n编制过程中征集了投资计划项目及资金安排建议。今年将安排206个教育项目建设。")).toEqual(["206 target"]);
  });
});

describe("what a survey found reports (摸排, 调查显示)", () => {
  test("根据前期摸排,…中小学生有2378人 in news of a county's online teaching (忠县 2020, blind set 186)", () => {
    const text = "03.04 某县确保全县中小学生“在线学习”全覆盖\n根据前期摸排,因客观原因无法接受“线上学习”的中小学生有2378人。";
    expect(extractTargets(text).map((x) => `${x.value} ${x.kind}`)).toEqual(["2378 actual"]);
  });
  test.each([
    // a national homework-pressure survey in the news (blind set 204), a mental-health plan's survey (blind set 149)
    "學習壓力調查\n報告顯示,我國中小學生平均每天寫作業達3小時。",
    "某市学生心理健康调查\n调查数据表明,26.4%的学生每天写作业耗时2小时。",
    "某县学生体质健康\n研究发现,全县学生近视率达到52.1%。",
  ])("what a study found reports: %s", (text) => {
    expect(extractTargets(text).map((x) => x.kind)).toEqual(["actual"]);
  });
});

describe("news that opens on a plan just published (招生计划4月7日公布) tells the plan", () => {
  test("a city's junior intake plan, district by district (兰州, blind set 177)", () => {
    const text = "今年我市的初中招生计划4月7日公布,记者从市教育局了解到,城区小学今年预计有毕业生22216人,城区地方学校招生415个班,21706人。\n城关区地方学校招收11484人\n今年城关区有小学毕业生11485人,地方学校招收205个班,11484人。";
    expect(extractTargets(text).slice(3).map((x) => x.kind)).toEqual(["target", "target", "target", "target"]);
  });
  test("…while news of a plan's results, with no plan published, reports", () => {
    const text = "今年我市初中招生工作顺利结束,记者从市教育局了解到,城区地方学校共招生415个班,21706人。";
    expect(extractTargets(text).map((x) => x.kind)).toEqual(["actual", "actual"]);
  });
});

describe("a school's profile (…学校始建于1958年) tells what it is", () => {
  test("a special school's profile in the news (呼和浩特 2016, blind set 203)", () => {
    const text = "某市特殊教育学校始建于1958年,是全区最早的特殊教育学校,目前在校学生140多人。\n新校区占地面积2.82万平方米,可容纳学生350名。";
    expect(extractTargets(text).map((x) => `${x.value} ${x.kind}`)).toEqual(["140 actual", "28200 actual", "350 actual"]);
  });
  test("the school (该校) founded in a year is a profile too, and the founding year dates none of what it has now (庄浪 万泉中学, blind set 297)", () => {
    const text = "某县某中学作为一所典型的农村中学,在教学质量等方面展现出显著成效。该校创建于1969年,现有30个教学班、1594名在校学生和101名教职工。";
    expect(extractTargets(text).map((x) => `${x.value} ${x.kind} ${x.deadline}`)).toEqual(["30 actual null", "1594 actual null", "101 actual null"]);
  });
  test("…while a school's plan that recalls its founding still plans", () => {
    const text = "某小学三年发展规划(2024-2026年)\n学校始建于1950年。到2026年,学校新建图书室2间。";
    expect(extractTargets(text).map((x) => x.kind)).toEqual(["target"]);
  });
});

describe("a press conference on how the work went (发布会…发布…落实完成情况)", () => {
  test("news of a city's 民生实事 results, released at a press conference (洛阳 2023, blind set 210)", () => {
    const text = "2月2日上午,某市政府新闻办召开新闻发布会,向社会发布2022年某市教育民生实事推进落实完成情况。\n2022年,全市新增托位数3800个,超额完成2000个的目标任务数。";
    expect(extractTargets(text).map((x) => `${x.value} ${x.kind}`)[0]).toBe("3800 actual");
  });
  test("…but a press conference on a plan (发布…实施方案) plans", () => {
    const text = "某市召开新闻发布会,发布《某市学前教育发展实施方案》。\n到2025年,全市新增托位3800个。";
    expect(extractTargets(text).map((x) => x.kind)).toEqual(["target"]);
  });
});

describe("a year's review opening the page (2020年,…实现普惠优质发展)", () => {
  test("a city's 2020 review reports, though it strives for funds (争取项目) and steps toward a goal (朝着…目标) (曲靖 2020, blind set 207)", () => {
    const text = "2020年,某市教育体育实现普惠优质发展,朝着“教育强市”目标迈出了一大步。\n学前教育快速发展。积极争取项目和补助资金,累计投入5.18亿元。2020年,学前三年毛入园率达91.08%。";
    expect(extractTargets(text).map((x) => `${x.value} ${x.kind}`)).toEqual(["5.18 actual", "91.08 actual"]);
  });
  test("…but a year that is to achieve something plans (2025年,全市教育要实现…)", () => {
    const text = "2025年,全市教育要实现优质均衡发展。\n学前三年毛入园率达95%。";
    expect(extractTargets(text).map((x) => x.kind)).toEqual(["target"]);
  });
});

describe("a motto in a heading (以“高质量”为目标) is no plan cue", () => {
  test("a city bureau's 2018 summary: (二)以“高质量”为目标,… stays under 一、2018年工作总结 (遵义 2019, blind set 207)", () => {
    const text = "某市教育局2018年工作总结和2019年工作计划\n一、2018年工作总结\n(二)以“高质量”为目标,各级各类教育协调发展。\n全市学前教育三年毛入园率达88.6%,新招幼儿教师835人。";
    expect(extractTargets(text).map((x) => `${x.value} ${x.kind}`)).toEqual(["88.6 actual", "835 actual"]);
  });
  test("…while a plan's heading 工作目标 still plans", () => {
    const text = "某市教育局2018年工作总结和2019年工作计划\n二、2019年工作目标\n全市学前教育三年毛入园率达90%。";
    expect(extractTargets(text).map((x) => x.kind)).toEqual(["target"]);
  });
});

describe("what a report or a plan proposes (报告中提出:) is planned", () => {
  test("news of a district's 人代会: 在今年政府工作报告中提出:…推进10件40项民生实事 (李沧 2016, blind set 194)", () => {
    const text = "本报讯 区人民代表大会第五次会议日前落下帷幕。在今年政府工作报告中提出:全力推进总投资36.3亿元的10件40项民生实事。";
    expect(extractTargets(text).map((x) => `${x.value} ${x.kind}`)).toEqual(["10 target", "40 target"]);
  });
  test("提出 of a person's proposal or request stays no plan word (提出建议3条)", () => {
    expect(extractTargets("2020年工作总结\n代表们共提出建议3条。").map((x) => x.kind)).toEqual(["actual"]);
  });
});

describe("done after a list of figures (…已全部分发到位)", () => {
  test("every figure of the list before 已全部分发到位 reports (荣县 2020 supplies news, blind set 186)", () => {
    const text = "某县各校第二批疫情防控物资发放到位\n今年,第一批采购的1000只口罩、100瓶洗手液、50件雨衣已全部分发到位。";
    expect(extractTargets(text).map((x) => `${x.value} ${x.kind}`)).toEqual(["1000 actual", "100 actual", "50 actual"]);
  });
});

describe("results named as a heading's head noun (【教研成果】) or a headline's verdict (成果喜人)", () => {
  const kinds = (text: string): string[] => extractTargets(text).map((x) => `${x.value} ${x.kind}`);
  test("a yearbook's 【教研成果】 entry reports; a plan's 教研成果目标 stays a target (blind set 187)", () => {
    expect(kinds("【教研成果】2020年,全县完成省级规划课题立项4项;县级规划课题立项5项。")).toEqual(["4 actual", "5 actual"]);
    expect(kinds("某小学教研工作计划\n3.教研成果目标:完成校级微型课题研究30项,区级课题立项5项。")).toEqual(["30 target", "5 target"]);
  });
  test("a headline 某区教育科研成果喜人 over a list of awards (梅江 2017, blind set 187)", () => {
    expect(kinds("2017年某区教育科研成果喜人\n时间:2017/05/08\n在全市教育教学成果奖评审结果中,某区共获奖30项。其中,一等奖7项。")).toEqual(["30 actual", "7 actual"]);
  });
});

describe("an event told as over (圆满结束, 顺利结束) reports its figures", () => {
  test("a league's closing news (南阳 2016, blind set 179)", () => {
    const text = "某市首届中小学生校园足球联赛圆满结束\n2016-12-20 17:20 来源:教育厅新闻办\n12月15日,经过10天、三个阶段、101场比赛,2016年某市中小学生校园足球联赛圆满结束。\n来自全市49支代表队717名中小学生足球运动员参加比赛。\n本届联赛共有12支球队获得一等奖,18支球队获得二等奖。\n联赛共吸引观众2000多人次。";
    expect(extractTargets(text).filter((x) => x.value === 717).map((x) => x.kind)).toEqual(["actual"]);
  });
});

describe("the school-meal programme by its other name (营养餐计划) is no plan word", () => {
  test("营养餐计划在全省1.43万所学校实施 in a summary reports (blind sets 93 and 161)", () => {
    expect(extractTargets("2014年工作总结\n营养餐计划在全省1.43万所学校实施。").map((x) => `${x.value} ${x.kind}`)).toEqual(["14300 actual"]);
  });
});

describe("a commendation's 授予 gives out what it counts", () => {
  test("决定授予…等90名同志…称号 (济源 2021 教师节 decision, blind set 190)", () => {
    const text = "关于表彰2021年度教育工作先进集体和先进个人的决定\n市政府决定,授予李某某等90名同志“优秀教师”称号。";
    expect(extractTargets(text).map((x) => `${x.value} ${x.kind}`)).toEqual(["90 actual"]);
  });
});

describe("a project's scale and contents under its headings are planned (四、项目建设规模, 五、项目内容设置)", () => {
  test("a youth centre's project plan lists its rooms (大连 青少年活动中心, blind set 193)", () => {
    const text = readReal("blind193-dalian-youth-activity-centre-project-plan-list.txt");
    const rooms = extractTargets(text).filter((x) => x.unit === "个" && x.value === 2);
    expect(rooms.length).toBeGreaterThanOrEqual(3);
    expect(new Set(rooms.map((x) => `${x.kind} ${x.comparator}`))).toEqual(new Set(["target none"]));
  });
});

describe("a later year in a report plans only within a plan's reach of the report's own year", () => {
  test("a county gazetteer that opens on 1964 reports its later censuses (1982, 1990) too (《邢台县志》, blind set 229)", () => {
    const text = readReal("blind229-xingtai-county-gazetteer-1964-1990-attainment.txt");
    const items = extractTargets(text);
    expect(items.length).toBeGreaterThan(40);
    expect(items.filter((x) => x.kind === "target").map((x) => x.quote)).toEqual([]);
    expect(items.find((x) => x.value === 325)?.deadline).toBe(1982);
  });
  test("…while a 2023 summary's 2024年 still plans", () => {
    expect(extractTargets("2023年工作总结\n2023年,新建幼儿园5所。2024年,新建幼儿园8所。").map((x) => [x.value, x.kind])).toEqual([
      [5, "actual"],
      [8, "target"],
    ]);
  });
  test("an undated page whose year is only the first its body opens on keeps a record of years (2013年,…2015年,…2016年; blind set 236)", () => {
    const items = extractTargets(readReal("blind236-university-2013-2017-professors-teaching-trad.txt"));
    expect(items.length).toBeGreaterThan(15);
    expect(items.filter((x) => x.kind === "target").map((x) => x.quote)).toEqual([]);
    expect(items.find((x) => x.value === 94.4)?.deadline).toBe(2015);
  });
  test("a later year compared with an earlier one (2009年,…为13.8万所,比2005年增加1.4万所) is reported, even in a titled report", () => {
    const report = "2006年全国学前教育发展报告\n2006年,全国幼儿园共13.1万所,比上年增加6093所。";
    const later = extractTargets(report + "2009年,全国幼儿园数量为13.8万所,比2005年增加1.4万所。");
    expect(later.map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [131000, "actual", 2006],
      [6093, "actual", 2006],
      [138000, "actual", 2009],
      [14000, "actual", 2009],
    ]);
    expect(extractTargets(report + "2009年,全国幼儿园数量为13.8万所。").map((x) => x.kind)).toEqual(["actual", "actual", "target"]);
  });
  test("a dated news page's later years plan, however its year was found (丰都, 2018-09-18; blind set 220)", () => {
    const items = extractTargets(readReal("blind220-fengdu-2018-preschool-plan-to-2020.txt"));
    expect(items.filter((x) => x.deadline === 2019 || x.deadline === 2020).every((x) => x.kind === "target")).toBe(true);
  });
});

describe("a year's list of 实事: released, it plans; told as done, it reports (blind sets 33, 159, 264)", () => {
  test.each([
    ["blind264-guizhou-2020-ten-minsheng-numbered.txt", "贵州省2020年“十件民生实事”出炉"],
    ["blind264-guizhou-2021-ten-minsheng-semicolons.txt", "2021年贵州将继续办好“十件民生实事”"],
    ["blind159-shexian-2025-ten-minsheng-projects.txt", "县政府2025年度十件民生实事项目 正式出炉"],
    ["blind264-jiaxing-2023-ten-shishi-bullets-trad.txt", "確定以下十個項目為2023年度嘉興市政府民生實事項目"],
  ])("%s (%s) plans its counts", (name) => {
    const items = extractTargets(readReal(name));
    expect(items.length).toBeGreaterThanOrEqual(15);
    expect(items.filter((x) => x.kind === "actual").map((x) => x.quote)).toEqual([]);
  });
  test.each([
    ["blind33-ningbo-2018-shishi-done.txt", "2018年10个民生实事项目全面落实"],
    ["blind264-ningdu-2024-govreport-20-shishi-done.txt", "完成20件民生实事"],
  ])("%s (%s) reports them", (name) => {
    const items = extractTargets(readReal(name));
    expect(items.length).toBeGreaterThanOrEqual(8);
    // only the year's targets it beat (超额完成40所的年度目标任务) plan
    expect(items.filter((x) => x.kind === "target" && !/目标/.test(x.quote)).map((x) => x.quote)).toEqual([]);
  });
});

describe("an untitled dated page that commits to nothing, names nothing ahead and issues no rule reports what is", () => {
  test.each([
    ["blind72-wuhan-2023-bureau-proposals-handled.txt", "2023年,我局共办理…建议和政协提案195件"],
    ["blind146-school-equipment-shortfall-rectification.txt", "a school's 整改落实报告: 应开分组实验216次,实际开出97次"],
    ["blind116-chongqing-county-2022-double-reduction.txt", "2022年,县教委成立…评出县级等级奖499份"],
  ])("%s (%s)", (name) => {
    const items = extractTargets(readReal(name));
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items.filter((x) => x.kind === "actual").length / items.length).toBeGreaterThanOrEqual(0.9);
  });
  test("…while a page that names its years ahead (五年内,全市新建乡镇幼儿园45所) still plans", () => {
    const items = extractTargets(readReal("blind105-guilin-2017-five-year-schools-trad.txt"));
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.filter((x) => x.kind === "actual").map((x) => x.quote)).toEqual([]);
  });
});

describe("a self-evaluation form reports what it measured (自评结果报表, 自评报表, 绩效自评表; blind sets 23, 48, 123, 158, 279)", () => {
  test.each([
    ["blind279-school-arts-selfeval-form-glued.txt", "中小学校艺术教育工作自评报表"],
    ["blind23-yinchuan-2021-selfeval-ocr-glued.txt", "a project's 绩效自评表"],
  ])("%s (%s)", (name) => {
    const items = extractTargets(readReal(name));
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.filter((x) => x.kind === "actual").length).toBeGreaterThanOrEqual(4);
  });
});

describe("an undated page that opens a later sentence on a year it plans (2023年,…计划) tells the years before it as past (张家界 教育基金会, blind set 266)", () => {
  test("2022年's aid reports, 2023年's plan plans", () => {
    const text = "7月18日,市教育基金会召开理事会会议。会议总结了2022年基金会开展的主要工作。2022年,基金会资助25名中小学生,共发放资助金54000元。2023年,市教育基金会计划资助学生30名。";
    expect(extractTargets(text).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [25, "actual", 2022],
      [54000, "actual", 2022],
      [30, "target", 2023],
    ]);
  });
  test("…while a plan's steps before its end year stay planned (到2025年,… then 2023年,…)", () => {
    const text = "到2025年,全县新建幼儿园8所。2023年,新建幼儿园3所。";
    expect(extractTargets(text).map((x) => x.kind)).toEqual(["target", "target"]);
  });
});

describe("a text that opens on what its year is (2024年是实现“十四五”规划目标任务的关键一年; 伊吾 statistics, blind set 223)", () => {
  test("is no plan's title: the page of 2025 reports that year's figures", () => {
    const items = extractTargets(readReal("blind223-yiwu-2024-education-statistics-gov.txt"));
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(items.filter((x) => x.kind === "actual" && x.deadline === 2024).length / items.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe("a headline of this year's work to do (长沙今年新改扩建33所幼儿园, blind set 109) plans the list under it", () => {
  test("the list's places are planned", () => {
    const items = extractTargets(readReal("blind109-changsha-2019-33-kindergartens-list.txt"));
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(items.filter((x) => x.kind === "target").length / items.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe("funds obtained (累计争取各类专项资金1.74亿元) and a share of the target met (占目标任务的100%) commit a page to nothing (blind sets 8, 13, 84, 218)", () => {
  test.each([["blind8-baiyu-2017-building-trad.txt"], ["blind84-town-2010-survey-page2.txt"], ["blind13-pengxi-2021-minsheng-news.txt"]])("%s reports", (name) => {
    const items = extractTargets(readReal(name));
    expect(items.length).toBeGreaterThanOrEqual(9);
    expect(items.filter((x) => x.kind === "actual").length / items.length).toBeGreaterThanOrEqual(0.8);
  });
});

describe("a bond-financed project's card (建设内容, 建设期 2025-06—2026-05) plans the project it describes (金溪二中, blind set 284)", () => {
  test("its areas and buildings are planned", () => {
    const items = extractTargets(readReal("blind284-jinxi-no2-high-school-2025-bond-pipes.txt"));
    const areas = items.filter((x) => x.unit === "平方米");
    expect(areas.length).toBeGreaterThanOrEqual(4);
    expect(areas.filter((x) => x.kind === "target").length).toBe(areas.length);
  });
});

describe("what is actually enrolled as the base of a share a rule sets (不得少于本校当年实际招生人数的70%; 湖北 2009 高中招生, blind set 283)", () => {
  test("is no report: the shares stay bounds of the plan", () => {
    expect(extractTargets("省级重点高中招收的指令计划生比例分别不得少于本校当年实际招生人数的70%、80%和90%。").map((x) => [x.comparator, x.value, x.kind])).toEqual([
      [">=", 70, "target"],
      [">=", 80, "target"],
      [">=", 90, "target"],
    ]);
  });
  test("…while 实际招生 with a figure of its own still reports (实际招生1200人)", () => {
    expect(extractTargets("2023年计划招生1000人,实际招生1200人。").map((x) => [x.value, x.kind])).toEqual([
      [1000, "target"],
      [1200, "actual"],
    ]);
  });
});

describe("a heading on how a plan was carried out (二、近年来规划实施情况; 咸宁, blind set 282) reports what follows", () => {
  test("the three years' totals under it are reported", () => {
    const text = "咸宁市教育局教育规划落实情况\n发布时间:2024-05-20\n一、高度重视规划工作\n2013年,编制了《城区教育设施专项规划(2013-2030)》。\n二、近年来规划实施情况\n(一)市城区层面\n2018—2020年,市区启动实施义务教育三年行动计划,三年累计完成投资11.9亿元,累计新增学位34090个。";
    expect(extractTargets(text).map((x) => [x.value, x.kind])).toEqual([
      [11.9, "actual"],
      [34090, "actual"],
    ]);
  });
});

describe("news opening on what was handed out (3月6日,…向所有中小学、幼儿园发放首批防疫物资; 启东, blind set 186) reports it", () => {
  test("the list of supplies is reported", () => {
    const items = extractTargets(readReal("blind186-qidong-school-epidemic-supplies-list-trad.txt"));
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items.filter((x) => x.kind === "actual").length / items.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe("a headline of this year's figures on a page of its first two months announces them (广州 托育, 2024-01-26; blind set 167)", () => {
  test("the real page plans", () => {
    const items = extractTargets(readReal("blind167-guangzhou-2024-childcare-three-year-plan.txt"));
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items.filter((x) => x.kind === "target").length / items.length).toBeGreaterThanOrEqual(0.8);
  });
  test("the same headline later in the year reports", () => {
    const body = "全市建设11个区级托育综合服务中心,新增托位1000个,托育机构备案率达到90%以上。";
    const page = (date: string): string[] => extractTargets(`广州:2024年建设11个区级托育综合服务中心\n发布时间: ${date} 14:23:21\n${body}`).map((x) => x.kind);
    expect(page("2024-01-26")).toEqual(["target", "target", "target", "target"]);
    expect(page("2024-12-26")).toEqual(["actual", "actual", "actual", "actual"]);
  });
});

describe("a site's menu line (首页 热点 时尚 直播 …) is no headline (阿图什 援疆项目, blind set 196)", () => {
  test("the headline under it (…今年将实施援疆项目36个) plans the page", () => {
    const items = extractTargets(readReal("blind196-atushi-2024-kunshan-aid-projects-plan.txt"));
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items.filter((x) => x.kind === "target").length / items.length).toBeGreaterThanOrEqual(0.8);
  });
});

describe("a headline of the year's work still to do, with no figure (襄阳今年要新建扩建一大批学校; blind set 34), plans the page's list of projects", () => {
  test("the projects listed under it are planned", () => {
    const items = extractTargets(readReal("blind34-xiangyang-2019-schools-wechat.txt"));
    expect(items.find((x) => x.value === 2511)?.kind).toBe("target");
    expect(items.find((x) => x.value === 180 && x.unit === "个")?.kind).toBe("target");
  });
});

describe("a year's 实事 a government work report proposes (在今年政府工作报告中提出:…10件40项民生实事; 李沧, blind set 194) are planned", () => {
  test("under a headline of bare figures (新建改扩建学校9所 新建标准化食堂5所)", () => {
    const items = extractTargets(readReal("blind194-licang-2016-minsheng-schools-news.txt"));
    expect(items.length).toBeGreaterThanOrEqual(15);
    expect(items.filter((x) => x.kind === "target").length / items.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe("a subtitle under a slogan headline (艰难攀行坚守望… / ---远安一高2014年高考再创新高; blind set 98) is read with it", () => {
  test("the page reports its results", () => {
    const items = extractTargets(readReal("blind98-yuanan-yigao-2014-gaokao.txt"));
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items.filter((x) => x.kind === "actual").length / items.length).toBeGreaterThanOrEqual(0.8);
  });
  test("a subtitle that plans keeps the page a plan", () => {
    const kinds = extractTargets("携手奋进写新篇\n——某县2024年将新建学校5所\n全县新建学校5所,新增学位3000个。").map((x) => x.kind);
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    expect(kinds.every((k) => k === "target")).toBe(true);
  });
});

describe("a line that is only a web address (https://www.gov.cn/) is no headline (宁夏 劝返率, blind set 202)", () => {
  test("the headline under it reports", () => {
    const items = extractTargets(readReal("blind202-ningxia-2019-dropout-return-news.txt"));
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.every((x) => x.kind === "actual")).toBe(true);
  });
});

describe("the site's lines around a headline (无障碍浏览, 首页 资讯 …, 索引号, (资料图), a date alone) are no headline", () => {
  test.each([
    ["an access link", "| 无障碍浏览 | 打开适老化模式"],
    ["a record's field", "• 索 引 号 :11411000005747234L/201707-00010"],
    ["a photo's credit", "(资料图)"],
    ["a date alone", "2014年12月11日"],
    ["a date and its source", "2017-07-10 来源:教育部"],
    ["an app link", "APP下载"],
    ["a bookmark link", "设为首页 | 加入收藏"],
    ["a newspaper's page", "第02版:要闻 上一版3  4下一版"],
    ["a record's field without its colon", "索引号 002508406/2022-85989 公开方式 主动公开"],
  ])("%s", (_name, line) => {
    expect(SITE_LINE.test(line)).toBe(true);
  });
  test("a headline is not one", () => {
    for (const line of ["我县投资1777万元实施30个“全面改薄”项目改善农村办学条件", "2022年|呼和浩特新建续建中小学33所、幼儿园19所!具体", "首届全国教育大会召开"]) expect(SITE_LINE.test(line)).toBe(false);
  });
});

describe("a headline that names work without telling it done (呼和浩特新建续建中小学33所, 我县投资1777万元实施30个项目; blind sets 29 and 150) leaves the page to its body", () => {
  test("the two pages plan what they list", () => {
    for (const name of ["blind29-hohhot-2022-schools-trad.txt", "blind150-county-2015-gaibo-30-projects-news.txt"]) {
      const items = extractTargets(readReal(name));
      expect(items.length).toBeGreaterThanOrEqual(5);
      expect(items.filter((x) => x.kind === "target").length / items.length).toBeGreaterThanOrEqual(0.6);
    }
  });
});

describe("a change told with 提升 or 上升 against an earlier time is a report's cue (宁波 十四五 results, blind set 209)", () => {
  test("the results page reports", () => {
    const items = extractTargets(readReal("blind209-ningbo-14th-basic-edu-results-epaper.txt"));
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(items.filter((x) => x.kind === "actual").length / items.length).toBeGreaterThanOrEqual(0.8);
  });
});

describe("news whose every figure is told, whatever it promises in a sentence without one (努力建设一支…队伍, 问题将趋于突出; 黄陂 and 安徽, blind sets 244 and 281)", () => {
  test("the training held and the school-age figures are reported", () => {
    for (const name of ["blind244-huangpi-2018-young-cadre-training-news.txt", "blind281-anhui-2024-cppcc-school-age-population.txt"]) {
      const items = extractTargets(readReal(name));
      expect(items.length).toBeGreaterThanOrEqual(4);
      expect(items.filter((x) => x.kind === "actual").length / items.length).toBeGreaterThanOrEqual(0.8);
    }
  });

  test("a headline's parts set apart by spaces are told apart (6个市获评优秀 评价结果将作为考核依据; 山东, blind set 293)", () => {
    const items = extractTargets(readReal("blind293-shandong-2019-city-duties-evaluation-grades-spun.txt"));
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(items.every((x) => x.kind === "actual")).toBe(true);
  });

  test("a figure set for a year (2027年达到93%) or a project's capacity (可提供学位360个) keeps the page a plan", () => {
    const news = "近日,记者从会上获悉,评价结果将作为考核依据。";
    const set = extractTargets(news + "学前教育毛入园率2027年达到93%。高中阶段毛入学率2027年达到92%。");
    expect(set.map((x) => x.kind)).toEqual(["target", "target"]);
    const capacity = extractTargets(news + "新建社区小学1所,建成后可提供学位1800个。新建幼儿园1所,可提供学位360个。");
    expect(capacity.every((x) => x.kind === "target")).toBe(true);
    const told = extractTargets(news + "全省共建成社区小学12所。新增学位1800个。");
    expect(told.map((x) => x.kind)).toEqual(["actual", "actual"]);
  });

  test("a rule issued under a long title (联合印发《关于推进中小学生研学旅行的实施意见》) sets what it states", () => {
    const items = extractTargets(readReal("blind200-zhejiang-study-tour-opinion-list.txt"));
    expect(items.filter((x) => /研学旅行活动/.test(x.indicator)).every((x) => x.kind === "target")).toBe(true);
  });
});
