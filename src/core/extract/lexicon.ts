/**
 * Word lists of plan language the extractor needs beyond src/core/phrase/ (which holds the
 * comparator words, units and distractor names shared with parseTarget).
 */
import { COUNTED_TIMES, CURRENCY_UNITS, OBJECT_COUNTERS } from "../phrase/units";

/** A word list indexed by first and last character, so a lookup tries only a handful of words. */
export interface Words {
  set: ReadonlySet<string>;
  byFirst: ReadonlyMap<number, readonly string[]>;
  byLast: ReadonlyMap<number, readonly string[]>;
}

/** Indexed, longest first, so the first match is the longest. */
export function words(list: readonly string[]): Words {
  const sorted = list.slice().sort((a, b) => b.length - a.length);
  const byFirst = new Map<number, string[]>();
  const byLast = new Map<number, string[]>();
  for (const w of sorted) {
    const f = w.charCodeAt(0);
    const l = w.charCodeAt(w.length - 1);
    (byFirst.get(f) ?? byFirst.set(f, []).get(f) as string[]).push(w);
    (byLast.get(l) ?? byLast.set(l, []).get(l) as string[]).push(w);
  }
  return { set: new Set(sorted), byFirst, byLast };
}

/** The longest word of the list that starts at p, or "". */
export function wordAt(s: string, p: number, list: Words): string {
  const cands = list.byFirst.get(s.charCodeAt(p));
  if (cands) for (const w of cands) if (s.startsWith(w, p)) return w;
  return "";
}

/** The longest word of the list that ends at p (exclusive), or "". */
export function wordBefore(s: string, p: number, list: Words): string {
  const cands = list.byLast.get(s.charCodeAt(p - 1));
  if (cands) for (const w of cands) if (p >= w.length && s.startsWith(w, p - w.length)) return w;
  return "";
}

/** Areas: the body a figure belongs to; they open a sentence and are not part of the name. */
export const AREA_SCOPES = words([
  "全市", "全县", "全区", "全省", "全国", "中国", "我国", "全镇", "全乡", "全州", "全盟", "全旗", "全地区", "全系统", "全市域", "全县域",
  "我市", "我县", "我区", "我省", "我镇", "本市", "本县", "本区", "各县(市)区", "各县(市、区)", "各县区", "各县市区", "县区",
  "市直", "市属", "县直", "局直", "市区", "县(市)", "县(市、区)", "县(市)区", "区、县(市)", "各区、县(市)", "各县(市)",
  // a school's or a kindergarten's own report: 全校共有学生1200人, 我园现有幼儿300人
  "全校", "全园", "我校", "我园", "本校", "本园",
]);

/** Places that name a population (农村教师平均年龄, 乡村投资): a scope, but kept in the name. */
export const PLACE_SCOPES = words(["城区", "城镇", "农村", "乡村", "城乡", "乡镇", "县城", "边远地区", "偏远地区", "山区", "城市", "县镇", "镇区"]);

/** A bare administrative level left alone before a figure (县二所以上、区三所以上). */
export const BARE_SCOPES = new Set(["县", "区", "市", "镇", "乡", "省", "村", "校", "园"]);

/** Levels and kinds of school: a scope when they open the subject or a list (小学、初中). */
export const LEVEL_SCOPES = words([
  "中小学", "中小学校", "小学阶段教育", "初中阶段教育", "小学阶段", "初中阶段", "小学", "初中", "高中", "中学", "幼儿园", "义务教育学校", "职高", "普高", "中职", "高职",
  "职业学校", "职业院校", "中等职业学校", "普通高中", "特殊教育学校", "九年一贯制学校", "完全中学", "民办学校", "公办学校", "初级中学", "高级中学",
]);

/** Kinds of school a list counts one after another (其中普通高中1所、职业技术学校1所、初级中学11所), besides the levels. */
export const SCHOOL_KINDS = new Set([
  "职业技术学校", "职业中学", "职业高中", "技工学校", "教师进修学校", "特教学校", "特殊学校", "中心小学", "村小", "普通小学", "普通初中",
  "十二年一贯制学校", "民办学校", "高级中学", "完全小学", "中心幼儿园", "工读学校",
  "高职高专", "本科高校", "高等院校", "高等学校", "普通高校", "本科院校", "专科院校", "高职院校", "技工院校", "成人高校", "独立学院",
]);

/** Levels named only as a part of a count before them (其中学前8234人): never split off a longer name (学前教育毛入园率). */
export const LEVEL_ALONE = new Set(["学前", "学前教育", "特教", "特殊教育", "中职", "职高", "高职", "幼教"]);

/** What a size bound qualifies (不足50人的教学点, 2000人以上的学校, 56人以上大班额, 30万人口以上的县, 2000人以上行政村), besides the levels and kinds of school. */
export const SIZED_PLACES = words(["教学点", "学校", "班级", "校区", "园所", "村小", "大班额", "超大班额", "大班", "班额", "行政村", "贫困村", "建制村", "县", "居住区"]);

/** Qualifiers that name a part of a count in parentheses after it: 幼儿园173所(81所民办). */
export const PART_QUALIFIERS = new Set(["民办", "公办", "普惠性", "非普惠性", "农村", "城区", "城镇", "乡村", "女性", "少数民族", "寄宿生"]);

/** Levels of schooling a bulletin's paragraph or heading is about (topic-level.ts). */
export const TOPIC_LEVELS = words([
  "学前教育", "幼儿园", "义务教育阶段", "义务教育", "普通小学", "小学阶段", "小学", "普通初中", "初中阶段", "初中", "普通高中",
  "高中阶段教育", "中等职业教育", "中职", "特殊教育", "高等教育", "普通本专科", "研究生",
]);

/**
 * The heads of nouns a count counts (新建起1470所…幼儿园, 惠及156万名学生): after a figure and its
 * classifier, a noun ending in one of them is what the figure counts.
 */
/** The counted nouns that name people (学生, 教师 …), against places and things (学校, 项目 …). */
const COUNTED_PEOPLE_LIST = ["学生", "生", "教师", "老师", "儿童", "幼儿", "少年", "子女", "人员", "干部", "校长", "园长", "家长", "职工", "人才", "专家", "名师", "骨干", "志愿者"];
export const COUNTED_PEOPLE: ReadonlySet<string> = new Set(COUNTED_PEOPLE_LIST);
/** Units that count people. */
export const PERSON_UNITS: ReadonlySet<string> = new Set(["人", "名", "位"]);
export const COUNTED_NOUNS = words([
  "学校", "校", "园", "幼儿园", "小学", "中学", "初中", "高中", "学院", "大学", "教学点", "校区", "机构", "中心", "基地", "站",
  "学位", "托位", "床位", "班", "班级", "教室", "室", "食堂", "宿舍", "场馆", "运动场", "操场", "图书馆",
  ...COUNTED_PEOPLE_LIST, "家庭",
  "项目", "工程", "县", "区", "市", "乡镇", "乡", "镇", "村", "社区", "省份", "省", "团场", "集团", "联盟", "共同体", "工作室", "学科", "专业", "课程", "社团", "课题",
  "考点", "考场", "考区",
]);

/** Nouns naming people: a count of them reads “…数”, not “…人数”. */
export const PERSON_ENDINGS = "师长员生人者手兵才匠家工士儿童";
/** People named by a word whose last character alone says nothing (特聘教授, 随迁子女, 人大代表): its count is …数, in 人. */
export const PERSON_NOUNS = /(?:教授|子女|妇女|裁判|教练|代表|居民|村民|校友|学子)$/;

/** Openers to drop from a name: connectives, time adverbs, modals, “使/让”. */
export const OPENERS = words([
  "其中", "并且", "并", "同时", "以及", "另外", "此外", "还要", "还", "且", "而且", "及", "和", "与", "或",
  "共计", "共有", "共", "合计", "总计", "全年", "今年", "年内", "当年", "本年度", "本年", "年底前", "年底", "每年", "力争",
  "确保", "保证", "努力", "积极", "切实", "全力", "大力", "要", "将要", "将", "应", "须", "必须", "使", "让", "促进", "推动",
  "实现", "先后", "已经", "已", "现有", "拥有", "目前", "截至目前", "截至", "就地", "进一步", "逐步", "继续", "基本",
  "全面", "原则上", "有", "我们", "我局", "我委", "顺利", "再", "又", "也", "都", "均", "至少", "新近", "取得了", "取得",
  "实现了", "并有", "还有", "另有", "而", "即", "则", "为每个", "为每所", "为", "给", "每个", "每所", "保障", "切实保障",
]);

/** Nouns a verb's character starts (办学条件, 办园水平: not 办 + 学条件). */
export const VERB_LOOKALIKES = words(["办学", "办园", "建设用地", "建成区", "建设资金", "建设经费", "建设投资", "建设规模", "建设面积"]);

/** Words an opener's character starts (及格率, 均衡发展, 有效课时, 应届, 使用率): no opener there. */
export const OPENER_LOOKALIKES = words([
  "及格", "及时", "均衡", "均值", "有效", "有机", "有线", "有关", "有序", "有偿", "应届", "应急", "应用", "应对", "应征", "应收", "应付", "应补",
  "共青", "共享", "共建", "共同", "使用", "和谐", "再生", "都市", "要素", "为民", "将来", "并网", "还款", "与会", "或者",
]);

/** Verbs that start a count (建成1所…, 培训教师280人); the name keeps them unless generic. */
const ACTION_VERB_LIST = [
  "新建", "新增", "新招", "新培养", "新开", "新设", "改扩建", "改建", "扩建", "迁建", "续建", "建成", "建设", "建立", "创建",
  "打造", "形成", "培育", "培养", "培训", "轮训", "招聘", "招录", "招收", "录用", "引进", "选派", "选拔", "选拔出", "派出",
  "撤并", "撤销", "合并", "整合", "确定", "重新确定", "认定", "评选", "评选出", "表彰", "命名", "资助", "奖励", "发放",
  "配备", "配置", "购置", "采购", "安装", "改造", "维修", "整修", "新建和改扩建", "开设", "具有", "设有", "共设", "开办", "举办", "组织", "开展",
  "完成", "实施", "投入", "投资", "筹措", "落实", "争取", "覆盖", "查处", "处理", "查出", "查缴", "拟定", "走访", "下发",
  "接收", "接纳", "安置", "吸纳", "提供", "增加", "减少", "压减", "化解", "消除", "帮扶", "结对", "支持", "扶持", "补充",
  "累计培育", "累计建成", "累计培养", "累计完成", "累计", "累积", "力争新培养", "涉及", "受益", "获得", "获", "纳入", "普及",
  "培养培训", "遴选", "聘请", "聘任", "评定", "创评", "安排", "设立", "设置", "组建", "创作", "排演", "放映", "补助",
  "改造提升", "改造", "提升改造", "新改建", "修缮", "整改", "排查", "接待", "举办", "承办", "征集", "建有", "办", "推进",
  "完善", "解决", "调查", "检查", "购买", "新购", "硬化", "下放", "拟建", "创立", "创办", "创成",
];
export const ACTION_VERBS = words(ACTION_VERB_LIST);

/** Verbs too general to name a count: 建成1所标准化特殊教育学校 → 标准化特殊教育学校数. */
/** Generic verbs a name keeps at its head, as the gold sets write them (建成学校数, 完成投资, 建设校舍面积). */
export const VERBS_KEPT_IN_NAMES = new Set(["建成", "建设", "完成", "创建", "提供"]);

export const GENERIC_VERBS = new Set([
  "建成", "建设", "建立", "打造", "形成", "确定", "重新确定", "完成", "实施", "组织", "开展", "实现", "有", "拥有", "提供",
  "创建", "创立", "创办", "建有", "办", "具有", "设有", "共设",
]);

/** Verbs a training count is named after its object: 培训中小学教师6159人 → 中小学教师培训人数. */
export const TRAINING_VERBS = new Set(["培训", "轮训", "培养培训"]);

/** Words of striving before a report word (力争获批, 争取获得): what is striven for, no report. */
export const STRIVEN_BEFORE = /(?:力争|争取|确保|努力)$/;

/** What 争取 obtains when it means funds or projects won (累计争取各类专项资金, 争取上级投入), not striving for a figure. */
export const FUNDS_SOUGHT = /^(?:资金|专项|项目|上级|中央|各类|投入|经费)/;

/** Comparator words that govern a verb, not the figure: 力争撤并10所, 争取85%的…. */
export const STRIVE_WORDS = new Set(["力争", "争取", "争创"]);

/** Verbs that may introduce a count of one written 一 (新建一所完全高中); elsewhere 一所 is an article. */
export const ONE_VERBS = words([
  "新建", "建成", "建设", "打造", "创建", "新增", "培育", "引进", "建立", "组建", "改扩建", "迁建", "扩建", "成立", "增设",
  "设立", "开办", "新开", "创办", "建", "争创", "创成", "认定", "评为",
]);

/** Predicates after a counted noun: 2位教师获全国三等奖 → 获全国三等奖教师数. */
export const RESULT_VERBS = words(["获得", "荣获", "获", "被评为", "被授予", "被认定为", "考入", "考取", "升入", "进入", "入选", "参加", "参与", "通过",
  // 23个省份实现了县域义务教育基本均衡, 5个区县未通过认定: the state reached names what is counted
  "实现", "整体实现", "未通过", "未实现", "未达到", "成为"]);

/** Where a noun phrase after a figure ends and a predicate or adverbial begins. */
export const NP_STOPS = words([
  "正在", "尚未", "到", "在", "对", "向", "为", "用于", "充实", "开展", "参加", "进行", "纳入", "全部", "均", "都", "已", "达到", "实现",
  "的基础上", "并", "作为", "获", "被", "考入", "共", "投入", "实行", "承担", "负责", "覆盖",
  "参与", "支教", "任教", "接受", "享受", "有", "达", "通过", "达标", "建成", "完成", "得到", "给予", "予以",
]);

/** Words after a small count that make it a slogan (四个转变, 三个方面), not a quantity. */
export const ABSTRACT_HEADS = words([
  "转变", "代表", "面向", "自信", "结合", "方面", "增长", "落实", "保障", "统筹", "确保", "坚持", "服务", "提高", "优先",
  "机制", "意识", "全面", "到位", "不准", "严禁", "必须", "一律", "公开", "目标", "原则", "层面", "环节", "重点", "维度",
  "课堂", "基本", "聚焦", "提升", "融合", "清单", "关键", "突破", "攻坚", "行动", "工程", "计划", "体系", "抓手", "平台",
]);

/** Generic measures that need the sentence's topic: 梁集中学教学楼工程已经启动,总投资达110万元. */
export const TOPIC_MEASURES = new Set(["总投资", "投资", "价值", "总价值", "建筑面积", "总建筑面积", "占地面积", "总面积", "面积", "资金", "经费", "总额", "总投入", "投入"]);

/** Names of a report of what is, in a title: 2023年工作总结, 2018年…统计公报, 2024-2025年…情况表. */
export const REPORT_NAMES = [
  "总结", "回顾", "述职", "工作报告", "统计公报", "公报", "统计公告", "统计快报", "快报", "监测结果", "监测报告", "评估报告", "发展状况",
  "统计数据", "统计结果", "统计分析", "完成情况", "发展基本情况", "总体情况", "情况表", "统计表",
  // a year's report of a system or a school: 2020年宁夏教育事业发展报告, 年度质量报告, 督导评估报告
  "发展报告", "年度报告", "质量报告", "督导报告", "自评报告", "自查报告", "调研报告", "分析报告",
  // a school's self-evaluation form: 体育工作评估自评结果报表, 艺术教育工作自评报表
  "自评结果", "自评报表", "自评表",
  // what a survey found: 满意度调查报告, 公布…调查结果, 测评结果
  "调查报告", "调查结果", "测评报告", "测评结果",
  // accounts of what was spent: 2016年部门决算, 2022年预算执行情况
  "决算", "执行情况",
  // an account given to a congress or a superior: 发展情况报告, 关于…工作情况的报告, 均衡发展工作汇报
  "情况报告", "情况的报告", "工作汇报", "汇报材料", "汇报提纲",
];

/**
 * What a report says of what was achieved (取得长足发展, 圆满完成, 提前完成…目标): with year-on-year
 * changes and 由A增加到B, the body cues of a report. 取得 takes its object within a few characters.
 */
export const ACHIEVED_OBJECTS = ["发展", "成绩", "成效", "成就", "进展", "突破", "成果"];
export const ACHIEVED_PHRASES = [
  "成就显著", "成效显著", "成效明显", "如期实现", "如期完成", "圆满完成", "圆满收官", "提前完成", "超额完成", "顺利完成",
  "实现跨越", "实现了跨越", "收官之年", "翻了一番", "首次突破",
];
/** Any of them, or 由A增加到B; a heading that says so heads a report (一、十二五期间…取得长足发展). */
export const ACHIEVED = new RegExp(
  `取得了?[^，。,；;:\n]{0,6}?(?:${ACHIEVED_OBJECTS.join("|")})|${ACHIEVED_PHRASES.join("|")}|[由从][^，。,；;\n]{0,16}?(?:增加|提高|上升|增长|提升|下降|降低|减少)[到至]` +
    // 高质量完成“十四五”规划: a five-year plan done, told as its review
    `|完成[“"‘']?十[一二三四五]五[”"’']?规划`,
);

/** What a news headline says of a plan (将, 明年, 力争, 到2025年) or of a bound (以上, 不低于); a headline without them reports. */
export const HEADLINE_PLAN_WORDS = [
  "将", "要", "拟", "明年", "今年", "力争", "确保", "争取", "计划", "预计", "目标", "规划", "方案", "意见", "通知", "启动", "部署",
  "以上", "以内", "以下", "不低于", "不少于", "不超过", "不超", "不高于", "控制在", "提出", "明确",
  // news of a rule issued (山东出台办法保障课后服务经费 服务性收费每生每课时不超3.5元): standards, not results
  "出台", "印发", "办法",
];

/** A publication date with its time of day (2016-08-29 13:58, 2016/11/8 14:34:00, 2021年06月02日 10:12:25, 30.06.2020 09:32): a page's dateline; group 1 or 2 is its year. */
/** A founding year's lead (始建于1958年, 成立于1954年): the year dates the founding, not the figures told after it. */
export const FOUNDED_IN = "(?:成立|始建|创建|创办|创立|建校|组建|设立|建)于";

/** A page's metadata line under its headline (来源:中国赣州网, 发布时间:2017年04月11日, 作者:…): no sentence. */
export const PAGE_META = /^(?:信息)?(?:来源|发布时间|发布日期|发表时间|发稿时间|更新时间|作者|责任编辑|编辑|浏览次数|点击次数|点击数|阅读次数|字号)\s*[:：]/;

export const DATELINE = /(?:((?:19|20)\d\d)(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)|(?<![\d.])\d{1,2}\.\d{1,2}\.((?:19|20)\d\d))\s*\d{1,2}:\d{2}/;

/** National programmes named 计划 (国培计划, 特岗计划, 营养改善计划): a programme's name, no plan of the text's own. */
export const PROGRAMMES = /国培计划|特岗计划|计划生育|雨露计划|阳光工程|营养改善计划|营养餐计划|免费午餐计划|双高计划|银龄计划|强基计划|春蕾计划|励耕计划|英才计划|珠峰计划/g;

/** What stands between a change's two figures (由A逐年提高到2023年的B, 29万减少至6.5万); the year B is of is group 1. */
export const CHANGE_BETWEEN = /^(?:逐步|逐年|稳步|进一步|分别|迅速|快速|大幅|显著|持续|猛增|急剧)?(?:上升|提高|提升|增加|增长|增至|下降|降低|降至|减少|缩小|扩大|扩增|扩充|发展|攀升|跃升|升至)?(?:了)?(?:到|至|为)?((?:19|20)\d\d年(?:底|末)?的?|(?:如今|现在|目前|今天)的?)?$/;

/** Heading words of a report of what was done (kind actual). */
export const ACTUAL_HEADINGS = ["亮点工作", "工作亮点", "主要亮点", "完成情况", "工作回顾", "回顾", "回眸", "主要成绩", "取得的成绩", "主要成效", "工作成效", "工作总结", "主要做法", "进展情况", "工作进展", "执行情况", "实施情况", "基本情况", "发展现状", "现状", "情况表", "统计表",
  // a 规划's review of the last period: 发展基础, 十三五发展成就
  "发展基础", "现实基础", "工作基础", "发展成就", "主要成就", "取得的成就", "发展成绩",
  // a teaching plan's account of the class it starts from: 二、学情分析, 班级情况分析, 现状分析
  "学情", "班情", "现状分析", "情况分析",
  // accounts of what was spent (部门决算, 收入支出决算表)
  "决算",
  // an attachment that sums up or lists what is (整改情况汇总表, 基本均衡县名单)
  "汇总表", "名单",
  // a 目标 said to be reached (义务教育有保障目标基本实现) is no plan's
  "目标基本实现", "目标全面实现", "目标如期实现", "目标已实现", "目标已经实现", "任务全面完成", "任务已完成", "任务如期完成"];
/** Heading words of results that name a report only as the heading's head noun (【教研成果】, 三、主要成果), not before it (教研成果目标). */
export const RESULT_HEADINGS = ["成果", "成绩", "成效"];

/** Heading words of what is planned (kind target). */
export const TARGET_HEADINGS = ["计划", "安排", "打算", "思路", "目标", "任务", "要点", "措施", "规划", "下一步", "展望", "设想", "方案", "重点工作", "建设规模", "建设内容", "内容设置",
  // a budget (四、财政拨款收支预算情况说明), not the 一般公共预算 a figure is paid from
  "收支预算", "部门预算", "预算情况", "预算说明"];
/** Of those, the words a report's headings also use for what was done (2、强化工作措施): a plan's cue only in a plan. */
export const PLAN_ONLY_IN_PLANS = ["措施", "方案"];

/** Clause words that a figure was reached (in a plan), or is planned (in a report). */
const ACTUAL_WORDS = ["现有", "年来", "以来", "至今", "过去一年", "过去的一年", "过去五年", "过去的五年", "已有", "已经", "已达", "已建成", "已完成", "已竣工", "已开工", "已投入", "已投用", "已入驻", "已实现", "已新建", "已累计", "截至", "截止", "目前", "共有", "达到了", "高达", "完成了", "建成了", "取得了",
  // 实际新建…: what was done against what was planned
  "实际完成", "实际新建", "实际投入", "实际到位", "实际招收", "实际招生", "实际参与", "实际建成", "实际增加", "实际新增", "实际达到", "实际为",
  // 新生实招总人数14516人, 实有学生: 实 before the verb says "actually", against a plan
  "实招", "实录", "实到", "实有", "完成招生",
  // 统计显示,今年全市公办幼儿园新增76所: what the figures show
  "统计显示", "数据显示", "据统计", "经统计",
  // 根据前期摸排,…学生有2378人: what a survey found
  "摸排", "据调查", "经调查", "调查显示", "调查发现", "监测显示",
  // 报告显示,我国中小学生平均每天写作业达3小时; 调查数据表明,26.4%的学生…: what a study found
  "报告显示", "结果显示", "研究显示", "研究发现", "数据表明", "调查表明", "研究表明", "结果表明", "问卷显示",
  // 评出获奖作品752件, 荣获一等奖3个: what a contest gave out (a plan says 力争获奖, never 荣获)
  "评出", "评选出", "荣获", "喜获", "斩获", "夺得", "摘得", "获得", "授予",
  // 教育部决定认定…等188个县为优质均衡发展县: a decision announced is made (a plan says 力争创建)
  "决定认定", "决定命名", "决定授予", "决定表彰", "认定并命名", "认定并授予", "予以认定", "予以命名",
  // 共获批7项, 获批经费657万元: what a funder approved (a plan says 力争获批)
  "获批",
  // 本科上线1200人, 实际录取6170人, 被北京大学录取: what an exam gave (a plan says 力争上线)
  "实际录取", "被录取", "考取",
  // 近5年共投入资金7800万元: the years just past (a plan says 今后五年, 未来五年)
  "近几年", "近两年", "近三年", "近五年", "近十年", "近2年", "近3年", "近5年", "近10年",
  // 去年一年,全省招聘3.2万名教师: last year's (not 比去年, 去年同期: a baseline)
  "去年", "上一年度", "上年度",
  // 2022年已改扩建机关幼儿园: 已 before any verb of the work, as 将 before it plans
  ...ACTION_VERB_LIST.map((v) => "已" + v)];
/**
 * A verb of the work with 了 (开展了为期5天的军训): done, when a figure follows in its sentence (genre.ts).
 * Not a decision's verb, whose object is still to do (确定了10项民生实事, 安排了…项目, 设置了可容纳192人的食堂).
 */
const DECIDED = ["确定", "重新确定", "安排", "拟定", "设置"];
const DONE_VERB_LIST = ACTION_VERB_LIST.filter((v) => !DECIDED.includes(v)).map((v) => v + "了").filter((w) => !ACTUAL_WORDS.includes(w));
export const DONE_VERBS: ReadonlySet<string> = new Set(DONE_VERB_LIST);
export const ACTUAL_CLAUSE_MARKS = words([...ACTUAL_WORDS, ...DONE_VERB_LIST]);
/** What after 现有/已有 names a basis, not a figure reached: 在现有基础上, 已有水平. */
export const NOT_AFTER_ACTUAL_MARK = /^的?(基础|水平|条件)(上|之上|下|和|与|[,，。;；、]|$)/;
/** Verbs after which 将 says “will” (将新增28所, 将建设156个); before other words 将 is a preposition (将…纳入). */
export const WILL_VERBS = ["新增", "新建", "建设", "改扩建", "扩建", "建成", "达到", "完成", "投入", "增加", "提高", "实现", "开工", "招收", "培训", "创建", "开办", "新开办", "投用", "提供", "增至", "突破"];
// 将 before a verb of the plan's work says "will" (将增补, 将新改扩建); before a noun it is a preposition (将…纳入)
export const WILL_DO_VERBS: readonly string[] = [...new Set([...WILL_VERBS, ...ACTION_VERB_LIST, "增补", "增设", "新改扩建"])];
export const TARGET_CLAUSE_MARKS = words(["力争", "争取", "计划", "预计", "将要",
  // 规划办学规模为48个教学班, 设计规模36个班: a school's planned size, set before it is built
  "规划为", "规划办学规模", "规划规模", "规划占地", "规划用地", "规划总建筑面积", "规划建筑面积", "设计规模", "设计办学规模", "设计为", "设计容量", "规畫", "任务为", "任务是", "目标为", "目标是", "目标设定为", "目标定为", "明年", "下一步", "下年度", "今后", "争创",
  // 拟建成投用85所学校: 拟 before a verb of the plan's work (not 模拟, 虚拟)
  "可新增", "可以新增", "能新增", "可增加", "可以增加", "能增加", "拟建", "拟新建", "拟改扩建", "拟投入", "拟投资", "拟安排", "拟实施", "拟开工", "拟新增", "拟增加", "拟于", "拟在", ...WILL_DO_VERBS.map((v) => "将" + v)]);

/** What an exam counts of itself (its candidates, sites and rooms, who sat it, who broke its rules): facts of the exam, in a name. */
export const EXAM_COUNTS = /考生|考点|考場|考场|考區|考区|考點|报名人数|報名人數|报考人数|報考人數|缺考|参考人数|參考人數|违纪|違紀|参加[中高]考|參加[中高]考/;

/** Words that say which of a measure's values follows (a performance review's 年初目标值 and 实际完成值), naming no measure. */
export const TARGET_ROLES = ["年初目标值", "年度目标值", "目标值", "指标值", "年度指标值", "预期目标值", "预期值", "计划值"];
export const VALUE_ROLES = new Set([...TARGET_ROLES, "实际完成值", "完成值", "实际值", "实际完成", "全年完成值"]);

/** Units a plan figure may carry; others (种, 部, 批, 组 …) name kinds or groups, not amounts. */
export const UNITS_KEPT = new Set([
  "%", "‰", "个百分点", "人", "名", "位", "所", "个", "家", "项", "套", "台", "间", "米", "册", "本", "起", "期", "次", "条", "处",
  "人次", "科次", "岁", "年", "小时", "平方米", "万元", "亿元", "元", "亩", "天", "个月", "个工作日", "分钟", "课时", "学时", "公里", "倍", "篇",
  "场", "场次", "轮次", "支", "座", "张", "辆", "门", "节", "件", "份", "户", "吨", "斤", "周", "块", "栋", "部", "所次", "家次", "校", "校次", "批次", "班",
  "幢", "例", "轨", "立方米", "千米", "厘米", "cm", "公斤", "千克", "kg", "分",
  ...CURRENCY_UNITS,
  ...OBJECT_COUNTERS,
  ...COUNTED_TIMES,
  "种",
  "/10万", "/100万", // rates per so many people (孕产妇死亡率15.7/10万)
]);

/** Count units: the name gets “…数”. */
export const COUNT_UNITS = new Set(["人", "名", "位", "所", "个", "家", "项", "套", "台", "间", "册", "本", "起", "期", "次", "条", "处", "篇", "场", "场次", "支", "座", "张", "辆", "门", "节", "件", "份", "户", "人次", "科次", "块", "栋", "部", "轮次", "所次", "家次", "校", "校次", "批次", "班", "幢", "例", "轨", "种", ...OBJECT_COUNTERS, ...COUNTED_TIMES]);

/** What follows a few Latin letters in a gambling site's brand strewn into pages: kk体育, BG大游. */
export const SPAM_BRAND_WORDS = ["体育", "大游", "娱乐", "棋牌", "彩票", "电竞", "真人"];

/**
 * Words that only speak of schooling (education-topic.ts): a paragraph with none is another field's.
 * They are matched on the normalized text, where Traditional is already Simplified: only the forms the
 * normalization leaves (輟学, 学習, 掃盲) are listed twice.
 */
/** Terms of other fields that hold a school word (国家大学科技园 or 中国科学院院士 in a bulletin's science paragraph, 5岁以下儿童死亡率 in its health one). */
export const NOT_SCHOOLING = /大学科技园|科学院|工程院|儿童死亡率/g;
export const EDUCATION_WORDS = /教育|学校|高校|学生|教师|老师|幼儿|儿童|学位|入学|入园|校园|教学|校舍|课|办学|学前|高考|中考|高中|初中|小学|中学|大学|学院|职教|中职|高职|招生|毕业|在校|在园|校长|园长|学科|托育|学区|幼儿园|公办园|民办园|普惠园|学段|义务教育|升学|辍学|輟学|资助|学历|师资|书香|阅读|营养餐|学子|考生|班级|班额|本科|一本|二本|上线|录取|读书|学习|学習|培训|研学|青少年|学龄|普九|普六|扫盲|掃盲|均衡发展|督导/;

/** Fields other than schooling that a general report gives a chapter of its own (on the normalized text, as above). */
const OTHER_FIELDS = "卫生|医疗|社会保障|人民生活|农业|工业|交通|邮电|郵电|旅游|旅遊|金融|财政|就业|环境|建筑业|能源|商贸|商貿|对外经济";
/**
 * Words of another field, in a sentence of a general report that has no school word (科学技术:全年专利申请数186件,
 * 全县有体育场馆1个): that sentence and the ones after it without a word of either kind are that field's.
 */
export const OTHER_FIELD_WORDS = new RegExp(`${OTHER_FIELDS}|医院|医师|病床|床位|诊所|死亡|寿命|科学技术|科技|专利|技术合同|实验室|研究中心|院士|高新技术|创新型企业|文化|图书馆|博物馆|文物|档案|广播|电视|电影|剧|演出|体育场|体育馆|运动员|裁判员|健身|养老|低保|生产总值|纯收入|存款`);
/** The title line of a place's statistics bulletin on every field (…2011年国民经济和社会发展统计公报(2), …国民经济主要指标科技、教育、文化…统计快报), not news quoting one. */
export const GENERAL_BULLETIN = /^[^\n《。,，]{0,40}国民经济(?:和社会发展(?:的)?统计公报|[^\n。,，]{0,30}?(?:统计快报|主要指标))[^\n。,，]{0,12}$/m;

/**
 * A general report's chapter heading on such a field: a numbered line that only names it
 * (八、人民生活和社会保障, 九、文化体育、卫生), not a task (七、加快推进交通拥堵点改造), a school's
 * (三、学校卫生与健康教育) nor its accounts (八、政府性基金预算财政拨款收入支出决算表), or a bracketed
 * one (【邮电情况】).
 */
export const OTHER_FIELD_HEADING = new RegExp(
  `^[ \\t]*(?:[一二三四五六七八九十]{1,3}[、.．](?![^\\n]*(?:加快|推进|加强|实施|开展|改造|治理|提升|完成|新建|打造|学|教|校|师|园|预算|决算|拨款|经费))[^\\n]{0,10}?(?:${OTHER_FIELDS})[^\\n]{0,10}$|【(?![^】\\n]*(?:学|教|校|师|园))[^】\\n]{0,8}?(?:${OTHER_FIELDS})[^】\\n]{0,6}】` +
    // ■旅游, ●财政金融: a digest's marked section head on such a field
    `|^[ \\t]*[■●◆▲★][ \\t]*(?:${OTHER_FIELDS})[^\\n]{0,14}$` +
    // 九、教育和科学技术: a bulletin's chapter shared with science (its 科技 paragraphs are no school's)
    `|^[ \\t]*[一二三四五六七八九十]{1,3}[、.．][^\\n]{0,4}?(?:教育[和与、及]?(?:科学技术|科技)|(?:科学技术|科技)[和与、及]?教育)[^\\n]{0,8}$` +
    // 科学技术 年内,全区输出技术合同…: a district profile's field named at the start of its paragraph
    `|^[ \\t]*(?:科学技术|文化|卫生|体育|${OTHER_FIELDS})[ \\t]+(?:年[末内初底]|全年|全[区县市镇乡])[,，])`,
  "m",
);

/** Provinces by their short names, for a place named alone before a count (湖南省18个县, 安徽6个区). */
const PROVINCES = "安徽|湖南|湖北|河南|河北|山东|山西|江苏|浙江|福建|广东|广西|云南|贵州|四川|陕西|甘肃|青海|宁夏|新疆|西藏|内蒙古|辽宁|吉林|黑龙江|江西|海南|重庆|北京|天津|上海";
/** A province, city or county alone, or a region (湖南省, 安徽, 东部地区): the scope of a count, not its name. */
/** A county or banner named by one character (莒县, 沛县), not 该县, 全县, 城区's kin: a regex source. */
export const ONE_CHARACTER_COUNTY = "(?![该本全我各每城山])[\\u4e00-\\u9fff][县旗]";

export const PLACE_ALONE = new RegExp(`^(?:[\\u4e00-\\u9fff]{2,5}(?:省|市|区|县|州)|${ONE_CHARACTER_COUNTY}|(?:各|每个?)(?:省|市|县|区|乡镇|乡|镇|县市区|县区)|[东中西]部(?:地区)?|${PROVINCES})$`);

/** A photo's caption (图为…一栋办公楼。王艳龙 摄): it shows, it counts nothing. */
export const PHOTO_CAPTION = /^\s*(?:[^。,]{0,12}[摄攝]\s*)?(?:[(（])?(?:图为|上图|下图|图片为)/;

/** Money named only as paid out (发放资金, 资助金额, 补助资金): whose it is, the count before says. */
export const PAID_AMOUNT = /^(发放|资助|补助|下达|拨付|落实)?(资金|金额|经费)$|^(资助|补助)(资金|金额)$/;

/** A change right after a figure (…比上年的10682.82元增长4.18%): the figure is the change's baseline, named by what changed. */
export const CHANGE_AFTER = /^(增长|增加|提高|下降|减少|降低|上升)/;

/** A dated document named as the source of what follows (…工作报告提到, …规划中明确): quoted, not the page's title. */
export const QUOTED_DOCUMENT = /^[^。,，;；]{0,40}?(?:报告|公报|计划|要点|规划|方案|意见)》?(?:中|里)?(?:提到|指出|提出|显示|明确|要求|强调|称|说)/;

/** A body's plan cues (力争, 到2025年, 计划): not 完成计划进度116.6%, 完成年度目标任务, a plan a report measures against. */
export const PLAN_CUE = /力争|确保|争取|到(?:19|20)\d\d年|(?<!完成(?:年度|全年)?)(?:计划|目标)|预计/g;

/** Words that lead what follows a colon rather than name a figure (目标:, 具体如下:). */
export const LEAD_LABEL = /(其中|目标|任务|如下|情况|包括|主要|具体|要求|重点|措施|说明|备注|来源|时间|地点|内容|分别|即|为|是|有|达到|实现)$/;

/** A list's lead predicate (各县…开工率由高到低依次是:): the measure before it names the items. */
export const LIST_PREDICATE = /(?:由高到低|由低到高|从高到低|从低到高)?(?:依次|分别)(?:是|为)$/;

/** A tier of designation (其中国家级2个、省级6个): a part of the count before it. */
export const TIER = /^(国家|省|自治区|市|州|盟|县|区|旗|校)级$/;

/** A heading on the basis a plan period starts from (“十四五”发展基础和形势): the year before the period. */
export const BASIS = /基础|形势|背景|现状|起点/;

/** 较高的专业是, 从高到低排序,依次是: a list ranked by the measure named right before these words. */
export const RANK_WORDS = /(?:相对|比较)?(?:较高|较低|最高|最低|靠前|居前|排名前|前[0-9一二三四五六七八九十]{1,2}位|[从由](?:高到低|低到高)|排序|排名|依次)/;

/** 主要来自, 分布在, 依次是: the verb that lists the parts. */
export const LISTING_VERB = /(?:主要|大多|多)?(?:来自|分布在|分布于|集中在|集中于|包括|是|为)/g;

/** Words of a site's breadcrumb (首页 > 新闻中心 > 正文) or of a tag left behind (/span>). */
export const CRUMB_WORDS = /首页|首頁|正文|网|網|频道|頻道|新闻|新聞|资讯|資訊|中心|热点|熱點|教育|公开|公開|span/;

/** Taiwan's counties, cities and agencies, as a page mapped to Simplified writes them. */
export const TAIWAN_NAMES = /台湾|台北|新北市|桃园市|台中市|台南|高雄|苗栗|屏东|云林|嘉义|彰化|宜兰|花莲|台东|澎湖|金门|国教署|立法院|行政院/g;

/** The Republic of China's year 1 is 1912: its year n (民国112年, 110学年度 on Taiwanese pages) is n + ROC_EPOCH. */
export const ROC_EPOCH = 1911;
