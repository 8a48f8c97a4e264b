/**
 * Names with numerals that are no figure (programmes named by their span, a period spoken
 * of), a list number glued to the heading before it, and provision verbs (建有, 办) whose
 * object names the count. Phrases from public documents.
 */
import { extractTargets } from "../../src/core/extract";

const figures = (text: string): Array<[number | null, string | null]> => extractTargets(text).map((x) => [x.value, x.unit]);

describe("numerals inside names are no figures", () => {
  test.each([
    ["a programme named by its span (三年行动计划)", "实施了学前教育三年行动计划,新建幼儿园5所。", [[5, "所"]]],
    ["基础建设三年行动", "一是精准实施基础建设三年行动。新增基础教育学位3200个。", [[3200, "个"]]],
    ["百日攻坚", "开展校园安全百日攻坚行动,排查隐患120处。", [[120, "处"]]],
    ["a period spoken of (…成效的五年。)", "“十三五”时期是我县教育改革发展取得显著成效的五年。", []],
    ["九年一贯制 stays a name", "全县有九年一贯制学校8所。", [[8, "所"]]],
    // 三明 2023 教师节 (blind set 190): places named with a numeral and a unit word
    ["places named with a numeral (三元区, 五台县, 三门峡)", "2023年工作总结\n三元区、五台县、三门峡市表彰优秀教师200名。", [[200, "名"]]],
    ["…but not a count of districts and counties (三台电脑, 三个区县)", "2023年工作总结\n为三个区县配备三台电脑。", [[3, "个"], [3, "台"]]],
    // census bulletins of 2020 (blind sets 63, 224 and 229): the places the announcement covers
    ["the places an announcement covers (现将…我县8个镇…公布如下)", "根据第七次全国人口普查结果,现将2020年11月1日零时我县8个镇(乡)的人口受教育情况公布如下:全县拥有大学文化程度的人口为25316人。", [[25316, "人"]]],
    // census bulletins of 2020 (blind set 224): the people a rate is counted over
    ["the base of a rate (每10万人, 每千人口) is no count", "2020年,全市每10万人中拥有大学文化程度的由8930人上升为15467人;每千人口拥有托位2.5个。", [[8930, "人"], [15467, "人"], [2.5, "个"]]],
    ["一本, 二本 are tiers of universities, no books (远安一高 gaokao, blind set 98)", "2014年高考总结\n一本上线率39%,二本以上上线388人,三本院校录取560人。", [[39, "%"], [388, "人"], [560, "人"]]],
    ["…but books are still counted (三本书)", "2022年工作总结\n向每名学生赠送课外读物三本书。", [[3, "本"]]],
    // 河北 2020 营养改善 and 科技成果转化 2023 (blind sets 116, 345): a few kinds named, no titles counted
    ["a few kinds named (两种模式, 6种方式) count nothing", "采取食堂供餐或课间加餐两种模式,以6种方式转化科技成果,专业期刊700余种。", [[700, "种"]]],
    ["a span of time ahead (未来三年)", "未来三年,全区将新增公办幼儿园学位1770个。", [[1770, "个"]]],
    ["a span of time ahead (今后五年)", "今后五年新建学校12所。", [[12, "所"]]],
    ["a count that points back (这三项)", "校医配备率达到83%,这三项指标均居全省前列。", [[83, "%"]]],
    ["a count that points back (上述5所)", "新建幼儿园5所,上述5所幼儿园均为公办园。", [[5, "所"]]],
    ["a programme the item joins (纳入…20项民心工程)", "连续多年将新增中小学学位纳入全市20项民心工程,今年新增学位1.6万个。", [[16000, "个"]]],
    ["time spent (仅用了不到三个月)", "从启动前期工作到入库,仅用了不到三个月时间,新增学位960个。", [[960, "个"]]],
    ["time spent (历时两年)", "历时两年,建成幼儿园12所。", [[12, "所"]]],
    ["a span of years (4年间)", "2018到2022年4年间,建设公办幼儿园项目100个。", [[100, "个"]]],
    // 海淀 十四五 (blind set 25): the years a plan takes are no figure of it
    ["five years that will add (5年将新增)", "海淀“十四五”教育规划:5年将新增学位近4万个", [[40000, "个"]]],
    ["five years in which (五年中)", "五年中,全县新建幼儿园12所。", [[12, "所"]]],
    // 盐田 十四五 (blind set 34)
    ["five years to build (5年造)", "盐田5年造9600个学位", [[9600, "个"]]],
    ["three years that add (3年新增)", "全市3年新增学位4万个。", [[40000, "个"]]],
    // 临邑 绩效目标申报表 (blind set 33): a dashed date's day is no figure, whatever follows it
    ["the day of a dashed date (2025-12-25)", "发布时间:2025-12-25\n\n项目支出目标申报表。新增学位300个。", [[300, "个"]]],
    ["the day of a slashed date (2023/05/26)", "发布日期:2023/05/26\n项目建成后新增学位300个。", [[300, "个"]]],
    ["a size that qualifies a kind of school (12班以上小学)", "12班以上小学及初中需配置音乐、美术专用教室,生均面积不低于5平方米。", [[5, "平方米"]]],
    // sizes that qualify a place through a few words (pure false positives over all gold, 2026-12-06)
    ["a size that qualifies a qualified school (200人以上寄宿制学校)", "200人以上寄宿制学校和1000人以上的中小学校,心理健康教育教师配备不少于2名。", [[2, "名"]]],
    ["a size that qualifies a village (1500人以上建档立卡贫困村)", "实现全区常住人口规模1500人以上建档立卡贫困村学前教育全覆盖,新增学位8.97万个。", [[89700, "个"]]],
    ["a size that qualifies a county (30万人口以上的县)", "到2016年,全省所有30万人口以上的县均建有1所特殊教育学校。", [[1, "所"]]],
    ["a size that qualifies a class (40人以上班额)", "已经存在40人以上班额的幼儿园,不得再增加幼儿,共有幼儿园12所。", [[12, "所"]]],
    ["people who go somewhere are still a count (100人以上骨干教师到乡村小学)", "选派100人以上骨干教师到乡村小学支教。", [[100, "人"]]],
    ["a class's name (三年级一班)", "三年级一班学生45人。", [[45, "人"]]],
    ["以下 after a figure bounds it and points at nothing (40分以下161人; 昭平 质量分析, blind set 122)", "2023年质量分析报告\n40分以下161人,其中10分以下44人。", [[161, "人"], [44, "人"]]],
    ["…while 以下7项 points at what follows", "2023年工作计划\n重点抓好以下7项工作。", []],
    ["a class named by its grade's digit and its own (最高五二班, 最低一二班; a school's midterm review, blind set 122)", "超过人平的有8个班级,最高五二班,最低一二班。", [[8, "个"]]],
    ["a plan's name (第十三个五年发展规划)", "关于印发泸州市纳溪区教育事业第十三个五年发展规划的通知。全区幼儿园57所。", [[57, "所"]]],
    ["a section's ornamental number on its own line (01, then a blank line) joins no year", "01\n\n2020年工作回顾\n全县新建学校5所。", [[5, "所"]]],
    ["a related link's bullet before a year (- 2021年…) is no sign", "新疆“十三五”高中阶段毛入学率达到90%。\n- 2021年全国各地中考时间", [[90, "%"]]],
    ["doubled, with no figure (翻了一倍)", "全国幼儿园总数达到29.17万所,与2010年相比几乎翻了一倍。", [[291700, "所"]]],
    // counts of years that are times, not durations (pure false positives over all gold, 2026-12-06)
    ["a decade (上世纪50年代)", "学校前身是原板桥中学,始建于上世纪50年代,现有学生1200人。", [[1200, "人"]]],
    ["years named in the Minguo calendar (112年度, 114年底)", "私立幼兒園則自112年度至114年底，增加了183班2歲專班。", [[183, "班"]]],
    ["a time before (三年前)", "三年前,我县优秀生源外流严重,今年中考600分以上35人。", [[35, "人"]]],
    ["a time after (三年后)", "三年后中考触底几成定局。今年一本上线120人。", [[120, "人"]]],
    ["the years gone by (过去五年)", "过去五年,我省新建幼儿园3000所。", [[3000, "所"]]],
    ["the years gone (四年过去了)", "转眼间,四年过去了。四年来,全县新建学校9所。", [[9, "所"]]],
    ["a span looked back over (两年多来)", "两年多来,在市委的领导下,新建学校6所。", [[6, "所"]]],
    ["the key years (关键五年)", "“十四五”时期是我县教育高质量发展的关键五年,新增学位5000个。", [[5000, "个"]]],
    ["a plan named by its span (3年行动计划)", "市教委将牵头编制全市学前教育3年行动计划;新建幼儿园20所。", [[20, "所"]]],
    ["a plan named by its span (三年发展规划)", "罗平县罗雄镇大水塘小学三年发展规划。学校现有学生480人。", [[480, "人"]]],
    // an abstract's English translation states its figures again (blind sets 31, 57, 83)
    ["an English clause (…the gross enrollment rate increased from 79.2%)", "高中阶段毛入学率增长到2014年的86.5%。China’s high school education continued to grow. The gross enrollment rate increased from 79.2% in 2009 to 86.5% in 2014.", [[86.5, "%"]]],
    // a page's counters (blind sets 17, 27, 34, 54, 84)
    ["a page's reading counter (浏览:1047次)", "西宁市东方小学部门决算\n浏览:1047次 时间:2017-10-26 来源:教育局\n全校共有学生1200人。", [[1200, "人"]]],
    ["a comment widget (0人参与,0条评论)", "新增托位1200个。\n\n我来说两句 0人参与,0条评论", [[1200, "个"]]],
    // a bound said before its figure that picks out what the next figure counts (龙州 均衡 report, blind set 214)
    ["a bound before the things counted (不足100人的有3所)", "2012年,全县初中在校生不足100人的有3所。", [[3, "所"]]],
    ["…but a commitment's bound stays one (不少于10次的)", "每学期开展不少于10次的校内专业培训。", [[10, "次"]]],
    // names with a numeral (blind sets 201, 203) and a comment counter (blind set 195)
    ["a pitch named by its side (5人制足球场)", "修建了5人制足球场3块。", [[3, "块"]]],
    ["…but not a count before 制度 on the next line", "教工34人\n制度健全、队伍稳定。", [[34, "人"]]],
    ["the one school (唯一一所)", "该校是我市唯一一所特殊教育学校,在校生120人。", [[120, "人"]]],
    // 南关 2023 kindergartens (blind set 222): 统一 and 同一 say "together" and "the same", whatever follows
    ["统一人员招录, 同一所学校 count no one", "2023年工作总结\n区政府统一人员招录,同一所学校招生300人。", [[300, "人"]]],
    ["a comment counter (已有0人发表了评论)", "新建学校2所。\n已有0人发表了评论", [[2, "所"]]],
    ["a counter after a total (已有0人参与)", "新增托位1200个。\n已有0人参与 共有0条评论", [[1200, "个"]]],
    ["a document site's charge (下载本文档将扣除1次下载权益, blind set 268)", "新增托位1200个。\n下载本文档将扣除1次下载权益", [[1200, "个"]]],
    ["a comment box's count (评论摘要(共 0 条), blind set 272)", "新增托位1200个。\n评论摘要(共 0 条)", [[1200, "个"]]],
    ["…while downloads a report counts stay (全年下载课件1200次)", "全年下载课件1200次。", [[1200, "次"]]],
    // the people a text counts, taking part (blind sets 133, 182, 197)
    ["people taking part (共1萬4,615人次參與)", "家長學校全年共1萬4,615人次參與。", [[14615, "人次"]]],
    ["people drawn in (吸引3000余人参与)", "活动吸引3000余人参与。", [[3000, "人"]]],
    ["digits run into a year (12023年)", "第二部分\n1\n2023年新开工项目12个。", [[12, "个"]]],
  ])("%s", (_name, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  test("a duration that is a target stays one (原则上五年内不得交流)", () => {
    expect(figures("新任教师原则上五年内不得交流。")).toEqual([[5, "年"]]);
  });
});

describe("headings and provision verbs in a policy", () => {
  const text = [
    "杭州推进学前教育均衡优质发展的主要做法",
    "一、明确目标任务,促进学前教育快速发展1、学前三年教育发展目标。",
    "2010年,每个乡镇都建有1所公办中心幼儿园,全面普及学前三年教育。",
    "2007年,市区学前第四年幼儿入园率达到50%以上,县(市)达到30%以上;各区、县(市)至少办1所早教中心。",
  ].join("\n");

  test("a list number glued to a heading does not make it a sentence: the items are targets", () => {
    expect(extractTargets(text).map((x) => x.kind)).toEqual(["target", "target", "target", "target"]);
  });

  test("建有 and 办 name the count by their object; 县(市) is a scope and keeps the indicator", () => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.comparator, x.value])).toEqual([
      ["公办中心幼儿园数", "乡镇", "none", 1],
      ["学前第四年幼儿入园率", "市区", ">=", 50],
      ["学前第四年幼儿入园率", "县(市)", ">=", 30],
      ["早教中心数", "各区、县(市)", ">=", 1],
    ]);
  });
});

describe("a bound that qualifies a counted noun is part of its name", () => {
  test("56人及以上的大班1.38万个: one item, named with its qualifier, scoped to 小学阶段教育", () => {
    const items = extractTargets("2022年全国教育事业发展基本情况\n全国小学阶段教育56人及以上的大班1.38万个,比上年减少0.72万个。");
    expect(items.map((x) => [x.indicator, x.scope, x.comparator, x.value, x.unit])).toEqual([
      ["56人及以上的大班数", "全国小学阶段教育", "=", 13800, "个"],
      ["56人及以上的大班数", "全国小学阶段教育", "decrease_by", 7200, "个"],
    ]);
  });

  test("…and the people a bound picks out (服务届满40年以上者2位; 嘉义 2024 教师节, blind set 190)", () => {
    expect(extractTargets("2024年教师节表扬资深教师\n服务届满40年以上者2位,服务届满10年以上者共310位。").map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ["服务届满40年以上者数", 2, "位"],
      ["服务届满10年以上者数", 310, "位"],
    ]);
  });

  test("a bound that is the figure stays one (85%以上的乡镇中心幼儿园达到省级标准)", () => {
    expect(figures("到2025年,85%以上的乡镇中心幼儿园达到省级标准。")).toEqual([[85, "%"]]);
  });
});

describe("quotes: a name is hidden, a quoted task is read", () => {
  const named = (text: string): Array<[string, number | null, string | null]> => extractTargets(text).map((x) => [x.indicator, x.value, x.unit]);

  test.each([
    ["a task quoted whole (河南 民生实事)", "向社会通报“新建和改扩建城乡幼儿园1000所”民生实事落实情况。", [["新建和改扩建城乡幼儿园数", 1000, "所"]]],
    ["a quoted statement of two tasks, split at its comma", "明确今年要高质量完成“新建改扩建幼儿园80所,建成投用38所公办园”民生实事项目。", [["新建改扩建幼儿园数", 80, "所"], ["建成投用公办园数", 38, "所"]]],
    ["a quoted task with its 其中 part", "一项指标就是“全市新(扩)建幼儿园80所(其中公办30所以上)”。", [["新(扩)建幼儿园数", 80, "所"], ["公办新(扩)建幼儿园数", 30, "所"]]],
  ])("%s", (_name, text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  test.each([
    ["“五五”普法", "深入开展“五五”普法教育。"],
    ["“两个一百年”", "按照“两个一百年”奋斗目标的要求。"],
    ["“三个课堂”", "推进“三个课堂”建设。"],
    ["“千名校长培养工程”", "实施“千名校长培养工程”。"],
    ["a title 《…100问》", "组织学习《家庭教育100问》。"],
  ])("%s stays a name", (_name, text) => {
    expect(named(text)).toEqual([]);
  });
});

describe("conditions and references are no figures", () => {
  test.each([
    ["不足50人的教学点", "评估义务教育学校(不含特殊教育学校及不足50人的教学点)的以下7项指标。", []],
    ["2000人以上的学校", "2000人以上的学校应设专职校医,配备率达到100%。", [[100, "%"]]],
    ["56人以上大班额, 比五年前", "全国56人以上大班额数量比五年前下降了88.1%。", [[88.1, "%"]]],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => [x.value, x.unit])).toEqual(expected);
  });
});

describe("a photo's caption counts nothing (图为…一栋办公楼。王艳龙 摄)", () => {
  test.each([
    ["图为 opening the line", "2015年工作总结\n图为巍山县委县政府院内的一栋办公楼。王艳龙摄\n全县新建学校3所。", [3]],
    ["after the credit of the photo before it", "2015年工作总结\n王艳龙 摄\n\n图为大仓中学的1栋教学楼。王艳龙摄\n全县新建学校3所。", [3]],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => x.value)).toEqual(expected);
  });
});

describe("a year said short is no span of years (03年我校招收高一新生; blind sets 53 and 60)", () => {
  test.each([
    ["03年 before a sentence", "2012年工作总结\n03年我校招收高一新生866人。", [866]],
    ["07年—10年", "2012年工作总结\n07年—10年先后撤并小学4所。", [4]],
  ])("%s", (_name, text, expected) => {
    expect(extractTargets(text).map((x) => x.value)).toEqual(expected);
  });

  test("a span of years written in full stays one (学制3年)", () => {
    expect(extractTargets("2020年工作计划\n培训周期为3年。").map((x) => [x.value, x.unit])).toEqual([[3, "年"]]);
  });
});

describe("a span of years is a figure only where years are measured (blind sets 155-164)", () => {
  test.each([
    ["连续发布8年 tells how long, no figure", "2019年工作总结\n目前已连续发布8年,今年发放资助金1200万元。", [[1200, "万元"]]],
    ["恰逢…改革40年", "2018年工作总结\n恰逢中国职业教育改革40年,全市培训技能人才3.2万人次。", [[32000, "人次"]]],
    ["112年度预算 is a year of the Republic", "112年度預算案編列本土語文經費1,198,085千元,補助學校400所。", [[400, "所"]]],
    ["自111年起 is the year a rule starts", "教育部自111年起將本土語文列為必修,補助學校超過400所。", [[400, "所"]]],
    ["108年7月2日 is a date", "依據教育部108年7月2日函,補助學校15所。", [[15, "所"]]],
    ["十二年國民基本教育 is a name", "推動十二年國民基本教育,補助學校22所。", [[22, "所"]]],
    ["65岁以上老年人 qualifies", "2023年工作计划\n为65岁及以上失能老年人提供上门服务,建设托育机构12家。", [[12, "家"]]],
    ["小班3-4岁 is a class's age", "2024年工作计划\n小班为3-4岁,全园开设班级12个。", [[12, "个"]]],
    ["二期工程 is a phase", "2023年工作总结\n二期工程于7月份开工,新建教学楼2栋。", [[2, "栋"]]],
    ["2019年1期 is a journal's issue", "职教论坛 2019年1期\n全省中职学校招生42万人。", [[420000, "人"]]],
  ])("%s", (_name, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  test.each([
    ["平均受教育年限", "2020年工作总结\n劳动年龄人口平均受教育年限达到10.8年。", [[10.8, "年"]]],
    ["为期3年", "2025年工作计划\n边境地区教育结对帮扶为期3年。", [[3, "年"]]],
    ["15年免费教育", "2019年工作总结\n全市实现15年免费教育。", [[15, "年"]]],
    ["a bound (交流年限不少于1年)", "2020年工作计划\n教师交流年限不少于1年。", [[1, "年"]]],
    ["平均年龄35.6岁", "2022年工作总结\n全县教师平均年龄35.6岁。", [[35.6, "岁"]]],
    ["人均預期壽命78.3歲 (Traditional)", "2025年工作計劃\n人均預期壽命達78.3歲。", [[78.3, "岁"]]],
    ["举办…28期", "2024年工作总结\n举办师德宣讲活动28期。", [[28, "期"]]],
    ["举办培训班3期", "2016年工作总结\n全年举办校长培训班3期。", [[3, "期"]]],
  ])("%s stays", (_name, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});
