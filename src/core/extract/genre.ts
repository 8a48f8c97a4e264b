/**
 * Document genre and year: is the document a plan (its figures commit to what shall be) or a
 * report (统计公报, 工作总结, 监测结果: its figures are what is), and which year does it cover.
 * A title decides when there is one; else the body's own cues (year-on-year comparisons are
 * the hallmark of a report, 力争/确保/到2025年 of a plan). Within a sentence, marks such as
 * 已/截至/达到了 (a report) or 力争/计划/到2025年 (a plan) decide for the figures after them.
 */
import { tryParseNumber } from "../number";
import { changedToYear, isPastTime, LAST_YEAR, lastYearIsTime, spanEnd, type Carried, type YearMark } from "./deadline";
import type { DocInfo } from "./doc-info";
import { type Context, type Kind } from "./layout";
import { fiveYearPlanEnd } from "./heading-cues";
import { namesPeriodEnding, planStart, solePeriodEnd } from "./plan-period";

import { ACTION_VERBS, ACTUAL_CLAUSE_MARKS, DATELINE, DONE_VERBS, FUNDS_SOUGHT, HEADLINE_PLAN_WORDS, NOT_AFTER_ACTUAL_MARK, PROGRAMMES, REPORT_NAMES, STRIVEN_BEFORE, TAIWAN_NAMES, TARGET_CLAUSE_MARKS, wordAt } from "./lexicon";
import { has, WINDOW } from "./figures";
import { lastPassing, marksBefore } from "./marks";
import { breadcrumbYear, COUNTED_FIGURE, openingYear, periodReviewed, publishedDate, soleYear, thisYear, toldYear } from "./page-year";
import { withoutReadings } from "./text";
import { SITE_LINE, SITE_MENU } from "./page-furniture";
import { bodyGenre, commitsOnly, namesTimeAhead, tellsMore } from "./body-genre";
import { datedTitle, docSiteTitle, openingTitle, PLAN_PERIOD, PLAN_TITLE, PLAN_WORDS, REPORT_TITLE, REPORT_WORDS, reportLead, reportYearOf, yearOf } from "./page-title";

/** Anniversaries and similar dated events: weaker evidence of the year a plan was written for. */
const DATED_EVENTS: Array<[RegExp, number]> = [
  [/(?:新中国成立|建国|中华人民共和国成立)([0-9零〇一二三四五六七八九十]{1,4})周年/g, 1949],
  [/(?:建党|中国共产党成立)([0-9零〇一二三四五六七八九十百]{1,4})周年/g, 1921],
  [/改革开放([0-9零〇一二三四五六七八九十]{1,4})周年/g, 1978],
  [/第([0-9零〇一二三四五六七八九十]{1,4})个教师节/g, 1984],
];

/** One year all weak cues of a part agree on (and no named plan period contradicts), or null. */
function partYear(s: string, a: number, b: number): number | null {
  const t = s.slice(a, b);
  const points = new Set<number>();
  for (const [re, base] of DATED_EVENTS) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const n = tryParseNumber(m[1]);
      if (n && Number.isInteger(n.value)) points.add(base + n.value);
    }
  }
  if (points.size !== 1) return null;
  const year = [...points][0];
  const plans = /十[一二三四五]五/g;
  for (let m = plans.exec(t); m; m = plans.exec(t)) {
    const end = fiveYearPlanEnd(m[0], 0, 3) as number;
    if (year < end - 5 || year > end + 1) return null; // 十二五 beside the 23rd Teachers' Day (2007): conflicting
  }
  return year;
}

/** A document named in 《》 brackets, and a plan's word inside its name, not naming its kind (…行动计划纲要, not …三年行动计划(2020—2022年)). */
const NAMED_TITLE = /《[^《》\n]{1,60}》/g;
const INNER_PLAN_WORD = /(?:计划|目标)(?!(?:[(（][^)）]*[)）])?》)/g;

/** known: the genre the caller knows (text pasted to fill 实际值 is a report), over the rules' reading. */
export function docInfo(s: string, headings: Array<{ text: string; style: string }>, parts: Array<[number, number]>, known: Kind | null = null): DocInfo {
  let planYear: number | null = null;
  let reportYear: number | null = null;
  let genre: Kind | null = null;
  for (const h of headings) {
    const t = h.style === "" ? datedTitle(h.text) : null;
    if (t) {
      ({ genre, planYear, reportYear } = t);
      break;
    }
  }
  let undated = false;
  if (genre === null) {
    const t = docSiteTitle(s) ?? openingTitle(s) ?? reportLead(s);
    if (t) ({ genre, planYear, reportYear } = t);
    undated = t?.undated === true;
  }
  for (const h of headings) {
    if (planYear === null) planYear = yearOf(PLAN_TITLE.exec(h.text));
    if (planYear === null && h.style === "" && PLAN_WORDS.test(h.text)) planYear = yearOf(PLAN_PERIOD.exec(h.text)) ?? fiveYearPlanEnd(h.text, 0, h.text.length);
    if (reportYear === null) reportYear = yearOf(REPORT_TITLE.exec(h.text));
    // A title names the genre: a report (总结) unless it is also a plan (知识总结 … 工作计划)
    if (genre === null && h.style === "" && (REPORT_WORDS.test(h.text) || PLAN_WORDS.test(h.text))) genre = PLAN_WORDS.test(h.text) ? "target" : "actual";
  }
  let undecided = false; // no title, headline or cue of the body decided the genre
  const date = publishedDate(s);
  const published = date?.year ?? null;
  const head = withoutReadings(headline(s) ?? "").replace(PROGRAMMES, "项目") || null; // read once, without pinyin (貛州計(jì)劃…)
  const headKind = headlineGenre(head, published, date?.month ?? null);
  if (genre === null) {
    // a plan the page names inside a longer title (《全民科学素质行动计划纲要》颁布前) commits the page to nothing
    const body = withoutReadings(s).replace(PROGRAMMES, "项目").replace(NAMED_TITLE, (t) => t.replace(INNER_PLAN_WORD, ""));
    // a headline stating figures (40所学校新建改扩建) over a body that only commits (将新建, 计划) is news of a plan
    // 今年我市的初中招生计划4月7日公布,…: news that opens on a plan just published tells the plan
    genre = (DEEDS_DONE.test(body.slice(0, 300)) ? "actual" : null) ?? (ANNOUNCED_PLAN.test(body.slice(0, 300)) ? "target" : null) ?? (headKind === "actual" && commitsOnly(body) ? null : headKind) ?? (head !== null && STANDARD_TITLE.test(head) ? "target" : null) ?? titleLineGenre(s) ?? (releasedPlanYear(s, true) !== null ? "target" : null) ?? (headlineCommits(head) ? "target" : null) ?? bodyGenre(body, published !== null);
    // a page that only tells more than it promises reports, but names no year of its own by that
    if (genre === null && tellsMore(body)) [genre, undated] = ["actual", true];
    undecided = genre === null;
  }
  genre = known ?? genre; // the years below follow it
  if (planYear === null && genre !== "actual") planYear = releasedPlanYear(s);
  // 今年将新增… in a dated page: the year it was published, in a plan or in news of results
  planYear ??= thisYear(s, published) ?? (genre !== "actual" ? (headlineYear(head) ?? headlinePlanEnd(head, published) ?? solePeriodEnd(s)) : null);
  // a digest names the bulletin it reports on: 教育部发布《2019年全国教育事业发展统计公报》
  let opened = false;
  if (reportYear === null && genre === "actual" && !undated) {
    const named = reportYearOf(REPORT_TITLE.exec(withoutReadings(s.slice(0, 900)).slice(0, 600))) ?? periodReviewed(head, PLAN_WORDS);
    const opening = named ?? openingYear(s, published);
    opened = named === null && opening !== null;
    reportYear = opening ?? (headKind === "actual" || !headlinePlans(head) ? headlineYear(head) : null) ?? thisYear(s, published) ?? soleYear(s);
  }
  const start = planYear === null ? null : planStart(s, headings, planYear);
  return {
    published,
    told: toldYear(s),
    planYear,
    planStart: start,
    reviewYear: start !== null && namesPeriodEnding(s, start - 1) ? start - 1 : null,
    reportYear: reportYear ?? breadcrumbYear(s),
    opened, // …教育统计数据 > 2018 > 全国基本情况: the year the data page is of
    genre: genre ?? "target",
    undecided: undecided && !namesTimeAhead(s),
    partYears: parts.map(([a, b]) => partYear(s, a, b)),
    namedYear: soleYear(s),
    plannedYear: openingPlannedYear(s),
    taiwanese: isTaiwanese(s),
  };
}

/** A Taiwanese page: it names the Republic (中华民国, 民国112年) or the island's places and agencies twice (text mapped to Simplified; 平台北京 is no 台北). */
function isTaiwanese(s: string): boolean {
  if (/中华民国|民国\d{2,3}年/.test(s)) return true;
  let named = 0;
  TAIWAN_NAMES.lastIndex = 0;
  for (let m = TAIWAN_NAMES.exec(s); m && named < 2; m = TAIWAN_NAMES.exec(s)) if (!/[平舞烟]/.test(s.charAt(m.index - 1))) named++;
  return named >= 2;
}

/** News of a plan names it as released: 印发《济宁市“十四五”教育事业发展规划》 → 2025. */
const RELEASED_PLAN = /(?:出台|印发|发布|公布|制定|出炉|审议通过|选出|票决出|确定)了?(?:的|首部|首个|一份|新版)?(?:《([^》]{2,60})》|((?:19|20)\d\d年[^,，。;；《》]{2,30}?(?:计划|要点|规划|方案|实事)))/g;
/** A plan just published (招生计划4月7日公布, 建设计划出炉, 实施方案印发), or a year's 实事 chosen (确定以下十个项目为2023年度…民生实事项目) or proposed (政府工作报告中提出:…推进…10件40项民生实事). */
const ANNOUNCED_PLAN = /(?:招生计划|招聘计划|建设计划|工作计划|实施方案)[^。\n,，]{0,12}?(?:公布|发布|出炉|印发|下达|出台)|实事(?:项目)?[”"」]?\s*(?:正式)?(?:出炉|确定|敲定|公布|发布|出台)|(?:确定|票决|表决|选出)[^。\n]{0,16}?(?:19|20)\d\d年度?[^。\n,，]{0,14}实事|实事项目进行了?(?:投票)?(?:表决|票决)|工作报告中?提出[^。\n]{0,60}?实事/;
/** A year's 实事 told as done (2018年10个民生实事项目全面落实, 2018年“十件实事”完成情况, 完成20件民生实事; not 落实情况, heard while the work goes on): a report of them. */
const DEEDS_DONE = /实事(?:项目)?[”"」]?(?:全面落实|全部完成|全部办结|完成情况|顺利完成|圆满完成)|完成\d{1,3}件[^,，。]{0,4}实事/;

function releasedPlanYear(s: string, news = false): number | null {
  const head = withoutReadings(s.slice(0, 2000));
  // a page that states its figures first (专硕招生人数突破40万…) and then cites a plan is no news of the plan
  COUNTED_FIGURE.lastIndex = 0;
  const firstFigure = news ? (COUNTED_FIGURE.exec(head)?.index ?? Infinity) : Infinity;
  RELEASED_PLAN.lastIndex = 0;
  for (let m = RELEASED_PLAN.exec(head); m; m = RELEASED_PLAN.exec(head)) {
    if (m.index > firstFigure) break;
    const title = m[1] ?? m[2]; // 《…》, or a dated plan named without brackets (发布2011年全市教育工作要点)
    // 选出了2024年顺德十大民生实事项目: a year's list of 实事 is that year's plan
    if (!PLAN_WORDS.test(title) && !(m[2] && title.endsWith("实事"))) continue;
    // 按照我市制定的《…规划(2021—2025年)》,将…: a plan the page works under, not the news it brings
    if (/(按照|根据|依据|依照)[^,，。;；]{0,12}$/.test(head.slice(Math.max(0, m.index - 14), m.index))) continue;
    const y = yearOf(PLAN_PERIOD.exec(title)) ?? fiveYearPlanEnd(title, 0, title.length) ?? yearOf(PLAN_TITLE.exec(title)) ?? (m[2] ? Number(title.slice(0, 4)) : null);
    if (y !== null) return y;
  }
  return null;
}

/** A site's navigation line: 您当前的位置 :教育 >, 首页 > 新闻 > 正文, 荆楚网 > 鄂东新闻. */
const BREADCRUMB = /位置\s*[:：]|首页\s*[>›»]|[>›»]\s*正文|[>›»]$|^[^\s>›»]{1,12}(?:\s*[>›»]\s*[^\s>›»]{1,12})+$/;

/** The first lines of a page, trimmed, without blank lines and the scraper's source line: where its headline is. */
/** A line that is only a web address (https://www.gov.cn/): the site, no headline. */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S*$/i;
function topLines(s: string, n: number): string[] {
  // a line of no words (a list number left from markup) is no headline
  return s.slice(0, 800).split("\n").map((t) => withoutReadings(t.trim())).filter((t) => /[\u4e00-\u9fffA-Za-z]/.test(t) && !/^source\s*:/i.test(t) && !BREADCRUMB.test(t) && !SITE_MENU.test(t) && !WEB_ADDRESS.test(t) && !SITE_LINE.test(t)).slice(0, n);
}

/** A reprint's title as first printed (原标题:长沙今年新改扩建33所幼儿园): the headline it was told under. */
const ORIGINAL_TITLE = /^原标题\s*[:：]\s*(\S.{3,39})$/;
/** A subtitle line: a dash, then a short line (——记…, ---远安一高2014年高考再创新高). */
const SUBTITLE = /^(?:[-—－]{2,}|——)\s*([^。;；\n]{4,40})$/;
/** A byline (来源:潇湘晨报, 作者:…, 责任编辑:…): who told it, never the headline. */
const BYLINE = /^(?:来源|作者|编辑|责任编辑|责编|通讯员|发布者|供稿)\s*[:：]/;

/**
 * A page's headline: a title it prints twice, else the first short line among its first three (a spam banner or a page summary
 * may come first), not its dateline; a title with its dateline glued on (…发展规划 发布时间:2022-03-19 17:05) is the title.
 */
function headline(s: string): string | null {
  const repeated = repeatedTitle(s);
  if (repeated !== null) return repeated;
  const lines = topLines(s, 8);
  for (const line of lines) {
    const original = ORIGINAL_TITLE.exec(line);
    if (original) return original[1];
  }
  const candidates = lines.filter((t) => !BYLINE.test(t));
  for (let i = 0; i < Math.min(3, candidates.length); i++) {
    const line = candidates[i];
    const date = DATELINE.exec(line);
    const t = date ? line.slice(0, date.index).replace(/(发布|发表|更新)?(时间|日期)\s*[:：]?\s*$/, "").trim() : line;
    // a subtitle under it (艰难攀行坚守望 / ——远安一高2014年高考再创新高) says what the slogan does not
    const sub = SUBTITLE.exec(candidates[i + 1] ?? "");
    if (t.length >= (date ? 6 : 5) && t.length <= 40 && !/[。;；]/.test(t)) return sub ? t + " " + sub[1] : t;
  }
  return null;
}

/** A title a page prints twice near its top (in its list of headlines, then over its body; in its tab, then as its heading): its headline. */
const UNIT_MARKER_END = /%[)）]$|[(（][%元人所个年万亿/]{1,5}[)）]$/;
function repeatedTitle(s: string): string | null {
  const seen = new Set<string>();
  for (const line of topLines(s, 30)) {
    // a table's row label ends on its unit marker (达标率(%)) and may repeat
    if (line.length > 40 || /[。;；<]/.test(line) || UNIT_MARKER_END.test(line) || (line.match(/[\u4e00-\u9fff]/g) ?? []).length < 6) continue;
    if (seen.has(line)) return line;
    seen.add(line);
  }
  return null;
}

/** An undated title line among the first (第一篇:城镇二幼一类园申报自查报告, 工作计划) that ends on the name of a report or a plan. */
function titleLineGenre(s: string): Kind | null {
  for (const line of topLines(s, 4)) {
    // a menu of words (热词: 三个圈层 疫情防控 发展规划) is no title
    if (line.length > 30 || /[。;；,，|]|\S\s+\S/.test(line)) continue;
    if (PLAN_END.test(line)) return "target";
    if (REPORT_END.test(line)) return "actual";
  }
  return null;
}
const PLAN_END = new RegExp("(?:" + PLAN_WORDS.source + ")$");
const REPORT_END = new RegExp("(?:" + REPORT_NAMES.join("|") + ")$");

/** The end of a five-year plan a dated page's headline names while it is still ahead (江苏:“十三五”高教毛入学率达60%, 2016). */
function headlinePlanEnd(head: string | null, published: number | null): number | null {
  const line = head ?? "";
  const end = fiveYearPlanEnd(line, 0, line.length);
  return end !== null && published !== null && end > published ? end : null;
}

/** The months of a year in which no result of it is told yet (a March page may tell its 一模 results): a headline then of that year's figures announces them. */
const YEAR_JUST_BEGUN = 2;

/** The year a news headline names (上海2016年秋季开学新增85所中小幼学校, 武威2021年新建哪些学校?), not a span's start. */
function headlineYear(head: string | null): number | null {
  const m = head ? /((?:19|20)\d\d)年(?![\d-—~至到]|以来)/.exec(head) : null; // 2021年以来 is a span
  return m ? Number(m[1]) : null;
}

/** A sentence that opens on a year and plans it: 2023年,市教育基金会计划…, 2024年将新建…. */
const OPENS_PLANNED = /(?:^|[。\n])\s*((?:19|20)\d\d)年度?[,，]?[^。\n,，]{0,20}?(?:计划|将|拟|打算)/g;
function openingPlannedYear(s: string): number | null {
  let latest: number | null = null;
  OPENS_PLANNED.lastIndex = 0;
  for (let m = OPENS_PLANNED.exec(s); m; m = OPENS_PLANNED.exec(s)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}

/** The rest of a share's base, then the share in % (…人数的70%; not 实际新建、改扩建的30所, a count). */
const SHARE_BASE_AFTER = /^[^,，。;；、\d]{0,6}的\s*\d+(?:\.\d+)?\s*[%％]/;

const HEADLINE_PLAN = new RegExp(HEADLINE_PLAN_WORDS.join("|") + "|到(?:19|20)\\d\\d年");
/** A result stated without a figure: 通州区普惠托育实现乡镇全覆盖, 某县义务教育均衡发展通过国家认定. */
const HEADLINE_DONE = /实现[^,，]{0,12}(全覆盖|均衡|普及)|通过[^,，]{0,10}(认定|验收|评估)|全面完成|顺利完成|圆满完成|喜获|荣获|斩获|喜报|捷报|创[^,，]{0,6}新高|再创佳绩|最佳成绩|成绩单|硕果累累|(?:成果|成绩|成效)(?:喜人|显著|丰硕)|交出[^,，]{0,12}答卷|(目标|任务)(已经?|基本|全面|如期)(实现|完成)/;
/** A target reached, the verb before it: 全面完成2024年残疾人民生实事目标任务, 超额完成年度任务. */
const TARGET_DONE = /(?:全面|顺利|圆满|超额|如期|提前)(?:完成|实现)[^,，:：]{0,24}?(?:目标任务|目标|任务)/;
/** A figure with its unit: 12万个, 95%, 88.1%. */
const HEADLINE_FIGURE = /[0-9][0-9.]*\s*(?:万|亿)?(?:%|个|所|人|名|元|项|间|万|亿)/;

/** A title that names a standard (…普惠性幼儿园收费标准, 中小学校办学标准, 配备标准): what it states is set, not measured. */
const STANDARD_TITLE = /(?:收费|办学|建设|配备|装备|补助|资助|限价|基本)标准(?:的通知|的公告|[(（][^)）]{0,12}[)）])?$/;

/** A headline that commits to a figure (赣州计划定向培养984名农村教师, 某区明年将新增学位3000个): news of a plan, whatever the body lists. */
// …or this year's work to be done (长沙今年新改扩建33所幼儿园, 乡村少年宫今年再增42所), not what this year has done so far (今年前两月开工…)
const HEADLINE_COMMITS = new RegExp("将|拟|计划|力争|确保|争取|预计|明年|到(?:19|20)\\d\\d年|今年(?:再|又)?(?:新建|新增|新改扩建|改扩建|新改建|增加|再增|招聘|招收|选派|实施|开工建设)");
const YEAR_AHEAD = /(?:今年|明年)(?:要|将|拟|计划)(?:再|继续|还将)?/;
function headlineCommits(head: string | null): boolean {
  // …or to the year's list of 实事 (2021年贵州将继续办好“十件民生实事”)
  // …or to this year's work without a figure (襄阳今年要新建扩建一大批学校)
  return head !== null && (((HEADLINE_FIGURE.test(head) || /实事/.test(head)) && HEADLINE_COMMITS.test(head)) || workAhead(head));
}

/** 今年要新建…, 明年将改扩建…: the year's work still to do, a verb of the work after it. */
function workAhead(head: string): boolean {
  const m = YEAR_AHEAD.exec(head);
  return m !== null && wordAt(head, m.index + m[0].length, ACTION_VERBS) !== "";
}

/** A headline that commits to something (将, 明年, 到2025年, 以上). */
function headlinePlans(head: string | null): boolean {
  return HEADLINE_PLAN.test(head ?? "");
}

/**
 * A news page's headline that states a figure and commits to nothing (官渡区2023年新增学位12万个,
 * 十三五期间…入学率超95%) reports what is; one that plans says so (将, 明年, 到2025年, 以上).
 */
/** Work a headline names (新建, 实施, 投资) and words that tell it done or its result (已, 建成, 完成, 达, 新增). */
const WORK_NAMED = /新建|续建|改扩建|新改扩建|实施|开工|启动|投资/;
const WORK_DONE = /已|建成|完成|竣工|投用|投入使用|了|累计|共|达|新增/;
function headlineGenre(t: string | null, published: number | null, month: number | null = null): Kind | null {
  if (t === null || !(HEADLINE_FIGURE.test(t) || HEADLINE_DONE.test(t))) return null;
  // 江苏:“十三五”高教毛入学率达60%, published in 2016: a period still ahead is planned
  if (headlinePlanEnd(t, published) !== null) return null;
  // 2020年全国学前三年毛入园率提升至85%, published in 2017: a year still ahead is planned;
  // 广州:2024年建设1个市级托育综合服务中心, published on 2024-01-26: a year just begun is too
  const year = headlineYear(t);
  if (year !== null && published !== null && (year > published || (year === published && month !== null && month <= YEAR_JUST_BEGUN))) return null;
  // 呼和浩特新建续建中小学33所, 我县投资1777万元实施30个项目: work named, not told as done, says nothing yet
  if (WORK_NAMED.test(t) && !WORK_DONE.test(t)) return null;
  // 义务教育有保障目标基本实现, 全面完成2024年…目标任务: the 目标 a headline says was reached commits to nothing
  return HEADLINE_PLAN.test(t.replace(TARGET_DONE, "").replace(HEADLINE_DONE, "")) ? null : "actual";
}

// ---- sentence cues --------------------------------------------------------------------------

export interface KindMark {
  at: number;
  kind: Kind;
}

/**
 * Words that make a clause a report (现有, 已建成, 达到了) or a plan (力争, 计划新建, 到2025年),
 * found in one forward pass over the sentence.
 */
const MARK_START = new Uint8Array(65536);
for (const list of [ACTUAL_CLAUSE_MARKS, TARGET_CLAUSE_MARKS]) for (const c of list.byFirst.keys()) MARK_START[c] = 1;
MARK_START[0x5230] = MARK_START[0x81f3] = MARK_START[0x89c4] = MARK_START[0x8981] = MARK_START[0x76ee] = MARK_START[0x5b9e] = MARK_START[0x63d0] = 1; // 到, 至, 规(划), 要(求), 目(标), 实(际), 提(出)

/** 国培计划培训教师700多万人次: the 计划 of a programme's name is no plan mark, whatever verb follows. */
const PROGRAMME_END = new RegExp("(?:" + PROGRAMMES.source + ")$");

export function kindMarks(s: string, years: YearMark[]): KindMark[] {
  const out: KindMark[] = [];
  let yi = 0;
  for (let k = 0; k < s.length; k++) {
    if (MARK_START[s.charCodeAt(k)] === 0) continue;
    while (yi < years.length && years[yi].at < k) yi++;
    // (到“十四五”末: a quote may open the period after 到)
    if (yi < years.length && (years[yi].at === k + 1 || (years[yi].at === k + 2 && has("“\"", s.charCodeAt(k + 1)))) && has("到至", s.charCodeAt(k))) {
      // 到2025年 is a deadline; 增至2020年的36.2万人 is the value a change reached in that year
      if (!spanEnd(s, k) && !changedToYear(s, k + 1)) out.push({ at: k, kind: "target" });
      continue;
    }
    const actual = wordAt(s, k, ACTUAL_CLAUSE_MARKS) || (s.charCodeAt(k) === 0x5df2 /* 已 */ && DONE_AT.test(s.slice(k, k + 20)) ? "已" : "");
    // 在现有基础上: the existing basis a plan builds on, no report
    // 与现有教学资源相匹配: 现有 qualifying a noun, with no figure in its clause, reports nothing either
    // 不得少于本校当年实际招生人数的70%: what is actually enrolled is the base of a share a rule sets, no report
    const basis = ((actual === "现有" || actual === "已有") && NOT_AFTER_ACTUAL_MARK.test(s.slice(k + actual.length, k + actual.length + 8))) || (actual.startsWith("实际") && SHARE_BASE_AFTER.test(s.slice(k + actual.length, k + actual.length + 10)));
    // 征集了…建议。 with no figure after it in its sentence: a step of the work, no report of figures
    if (basis || (actual === "现有" && !FIGURE_IN_CLAUSE.test(s.slice(k + 2, k + 40))) || (DONE_VERBS.has(actual) && !FIGURE_IN_SENTENCE.test(s.slice(k + actual.length, k + 200)))) {
      k += actual.length - 1;
      continue;
    }
    // 由目前的75%提升至85%: 目前 is the baseline's time, not the clause's; 至今年底 is no 至今
    // 在近三年…平均值的基础上上浮5%: the recent years a target is reckoned from, no report
    const basisYears = actual.startsWith("近") && RECKONED_FROM.test(s.slice(k + actual.length, k + actual.length + 24));
    if (actual && !basisYears && !STRIVEN_BEFORE.test(s.slice(Math.max(0, k - 3), k)) && !has("由从自", s.charCodeAt(k - 1)) && !(actual === "至今" && s.charCodeAt(k + 2) === 0x5e74 /* 年 */) && !(LAST_YEAR.test(actual) && !lastYearIsTime(s, k, actual.length))) {
      out.push({ at: k, kind: "actual" });
      k += actual.length - 1;
      continue;
    }
    const target = wordAt(s, k, TARGET_CLAUSE_MARKS);
    // 计划 as a noun (营养改善计划) is no plan mark; 计划新建, 计划于 are
    // 争取 as striving (争取到2025年…达到), not as funds won (争取专项资金695万元)
    if (target && (target !== "计划" || (PLANNED_VERB.test(s.slice(k, k + 5)) && !PROGRAMME_END.test(s.slice(Math.max(0, k - 4), k + 2)))) && !(target === "争取" && !STRIVING_FOR.test(s.slice(k + 2, k + 40)))) {
      out.push({ at: k, kind: "target" });
      k += target.length - 1;
    } else if (PLANNED_TASK.test(s.slice(k, k + 8)) && !has("占的", s.charCodeAt(k - 1))) {
      // 规划“新建、改扩建幼儿园30所”: 规划 as the verb of a plan's task
      out.push({ at: k, kind: "target" });
      k += 1;
    } else if (PAIRED.test(s.slice(k, k + 3)) && !/[比较超]/.test(s.slice(Math.max(0, k - 3), k))) {
      // (比县目标71人超出32人: the target is the baseline of what was reached, no mark)
      // 目标45小时,实际53小时: a target and what was done, figure by figure
      out.push({ at: k, kind: s.charCodeAt(k) === 0x76ee /* 目 */ ? "target" : "actual" });
      k += 1;
    } else if (ASKED.some(([verb, by]) => verb.test(s.slice(k, k + 3)) && by.test(s.slice(Math.max(0, k - 4), k)))) {
      // 《办法》要求县域学前三年毛入园率达到85%, 政府工作报告中提出:…推进10件40项民生实事: what a rule
      // requires or a report proposes is a target, not the state of things
      out.push({ at: k, kind: "target" });
      k += 1;
    } else if (s.charCodeAt(k) === 0x5c06 /* 将 */) {
      // 将分步分批新建, 将进一步扩大: an adverb between 将 and the verb
      const adverb = WILL_ADVERB.exec(s.slice(k + 1, k + 8));
      if (adverb && wordAt(s, k + 1 + adverb[0].length, ACTION_VERBS)) out.push({ at: k, kind: "target" });
    }
  }
  return out;
}

/** …平均值的基础上 after 近三年: the years a target is reckoned from. */
const RECKONED_FROM = /^[^,，。;；]{0,20}基础/;

/**
 * 争取 striving for a level its clause names (争取“十四五”期末…达4.5个, 争取全市覆盖率达到90%), not 争取 as
 * winning funds, places or projects (争取到项目资金6863万元, 争取免费师范生65人), the commoner sense in reports.
 */
const STRIVING_FOR = new RegExp("^(?!到[^\\d“\"十]|[^,，。;；]{0,2}" + FUNDS_SOUGHT.source.slice(1) + ")[^,，。;；]{0,30}?(?:达到|达|实现|提高到|提升到|提高至|提升至|超过|突破|增加到|增至)");

/** 目标 or 实际 right before a figure (目标40%,实际100%). */
const PAIRED = /^(?:目标|实际)[0-9]/;

/** 要求 as a verb with its object after it (要求县域…, 要求各地…), not a noun (按照要求, 有关要求,) or a quality (要求高). */
const REQUIRES = /^要求(?![高严更的和与是较很])[\u4e00-\u9fff]/;
/** 提出 as what a report, a plan or a meeting puts forward (报告中提出:, 《规划》提出,), not 提出建议 or 提出申请. */
const PROPOSES = /^提出(?:[:：,，]|要)/;
const PROPOSED_BY = /(?:报告|规划|纲要|方案|意见|要点|计划|会议|》)(?:中|里)?$/;
/** Who requires: a rule or a body (《办法》要求, 教育部要求, …(以下简称《办法》),要求). */
const REQUIRED_BY = /(?:[》,]|办法|通知|意见|方案|标准|规定|文件|纲要|规划|教育部|教育厅|教育局|政府|国务院|省委|市委|县委)$/;
/** The verbs of what is asked for, each with who may ask it. */
const ASKED: ReadonlyArray<readonly [RegExp, RegExp]> = [[REQUIRES, REQUIRED_BY], [PROPOSES, PROPOSED_BY]];

/** 规划“新建、改扩建幼儿园30所”: 规划 as the verb of a building task, not a noun (占规划设备采购资金的22%). */
const PLANNED_TASK = /^规划[“"]?(?:新建|改扩建|扩建|改建|迁建|建设|新增|增加|投入|投资|安排)/;

/** A figure before the clause ends (现有学校29所), as a digit or a numeral word. */
const FIGURE_IN_CLAUSE = /^[^,，。;；:：!?！？\n]*?[0-9零〇一二三四五六七八九十两百千万]/;
const FIGURE_IN_SENTENCE = /^[^。!?！？\n]*?[0-9零〇一二三四五六七八九十两百千万]/;

/** Adverbs between 将 and its verb (将分步分批新建, 将继续实施). */
const WILL_ADVERB = /^(分步分批|分期分批|分批|分步|逐步|全面|加快|继续|进一步|陆续|重点|大力|着力|持续|统筹|集中|新)/;

/** 计划 as a plan's verb (计划新建, 计划于, 计划维修改造), not a noun (营养改善计划). */
const PLANNED_VERB = /^计划(到|在|于|用|年|内|新|完成|总|投资|建设|招|培|开|实施|达|为|维修|改造|改扩建|扩建|改建|建成|安排|增加|提供|投入)/;

/** That something is done: 已于8月底全部竣工, 已基本完工. */
const DONE = "已(?:经)?(?:于[^,，。;；]{1,8}?)?(?:全部|基本|全面|顺利|如期|提前)?(?:竣工|完工|完成|建成|投用|投入使用|交付|开园|开学|(?:分发|发放|配发|配备|落实|安装)?(?:到位|完毕))";
const DONE_AT = new RegExp("^" + DONE);
/**
 * What its own clause says after a figure that it is done: 5个项目已于8月底全部竣工, 32个项目已基本完工,
 * and after a list of figures (1000只口罩、100瓶洗手液、50件雨衣已全部分发到位).
 */
const DONE_AFTER = new RegExp("^(?:[^,，。;；:、]{0,10}、){0,6}[^,，。;；:、]{0,8}?" + DONE);

export function isDoneAfter(s: string, tail: number): boolean {
  return DONE_AFTER.test(s.slice(tail, tail + 100));
}

/** The years a plan looks ahead: a five-year plan's. */
const PLAN_SPAN = 5;

/** The kind of a figure at p: the nearest mark before it within WINDOW, else its heading's or the document's. */
export function kindAt(
  marks: KindMark[], p: number, ctx: Context, doc: DocInfo, years: readonly YearMark[] = [], carried: Carried | null = null, listKind: Kind | null = null, compared = false,
): Kind {
  const n = marksBefore(marks, p);
  const last = n > 0 ? marks[n - 1] : null;
  // 到“十三五”末 in a plan for 2021-2025: a time already past reports
  const ny = marksBefore(years, p);
  const time: YearMark | null = ny > 0 ? years[ny - 1] : null;
  const past = time !== null && isPastTime(time, doc, ctx);
  if (last && last.at >= p - WINDOW) return past && last.kind === "target" && last.at >= (time as YearMark).at - 2 ? "actual" : last.kind;
  if (past) return "actual";
  // “十二五”期间,… opening the paragraph of a text told in 2016: its later sentences report too
  if (carried !== null && ny === 0 && isPastTime({ at: -1, year: carried.year, opens: true, dates: carried.dates, period: carried.period }, doc, ctx)) return "actual";
  // 截至2019年,… / 到2025年,… opening the paragraph: its later sentences report / plan too
  if (carried && carried.dates !== null && !carried.period && ny === 0) return carried.dates;
  // a time that plans (到2025年, “十四五”时期,要…) before the figure, here or carried: no looking back
  const planned = (carried !== null && carried.dates === "target") || lastPassing(years, ny, "plans", (y) => y.dates === "target") !== null;
  // ● items after a lead that said 五年来 (or after an item that said so) report too
  if (listKind !== null && !planned && ny === 0) return listKind;
  // 二、强化工作措施 in a report: the report's genre, not the word's
  const base = (ctx.headingWeak && doc.genre === "actual" ? null : ctx.headingKind) ?? doc.genre;
  // a plan for 2024 recalling 2023年…达到92% reports it; a 2023 summary's 2024年… plans it
  const year: number | null = lastPassing(years, ny, "undated", (y) => y.dates === null)?.year ?? (carried && carried.dates === null ? carried.year : null);
  let own = ctx.headingYear ?? (base === "target" ? doc.planYear : doc.reportYear);
  // a plan for 2022-2025年 plans each of its years: only a year before the period is recalled
  if (base === "target" && own !== null && own === doc.planYear && doc.planStart !== null) own = doc.planStart;
  if (year !== null && own !== null) {
    if (base === "target" && year < own) return "actual";
    // …but not a year already over when the page was published (2017年底,… 2019年,…达88.7% on a page of 2023)
    // (within a plan period of it: 1982 in a gazetteer that opens on 1964 is a later census, not a plan)
    // (nor in an undated page whose year is only the first its body opens on, 2013年,…2015年,…2016年,…: a record of years;
    // nor in a sentence that compares with an earlier year, 2009年,…为13.8万所,比2005年增加1.4万所)
    if (base === "actual" && !compared && year > own && year <= own + PLAN_SPAN && (doc.published === null ? !doc.opened : year >= doc.published)) return "target";
  }
  // a page published in 2021 telling of 2019 and 2020 reports them, and so does an undated one of 2022 that opens a later sentence on 2023年,…计划
  const toldFrom = doc.published ?? doc.plannedYear;
  if (base === "target" && own === null && year !== null && toldFrom !== null && year < toldFrom) return "actual";
  // a dated line in a list that looks back (2021年以来 … 2023年全市下达资金14.05亿元) reports too, unless the document's own year says otherwise
  return listKind !== null && own === null && !planned ? listKind : base;
}

