/**
 * A page's title: a dated one (2023年工作总结, 山西省2018年…统计公报, 2024年工作要点) names the
 * genre and the year; an undated one does where a copy shows it (a document site's file name, an
 * opening line, a title glued to its first section, a report's 现将…汇报如下 lead).
 */
import { tryParseNumber } from "../number";
import { type Kind } from "./layout";
import { QUOTED_DOCUMENT, REPORT_NAMES } from "./lexicon";
import { YEAR } from "./page-year";
import { withoutReadings } from "./text";

/** A title's year may lack its 年 (2022市教育局上半年工作总结); an ideograph must follow. */
const TITLE_YEAR = "((?:19|20)\\d\\d(?=\\s?年|[\\u4e00-\\u9fff])|[零〇一二][零〇一二三四五六七八九]{3}(?=年))";
/** No digit between the year and the genre word: 2024年工作总结及2025年工作计划 plans 2025. */
export const PLAN_TITLE = new RegExp(TITLE_YEAR + "\\s?年?(?:度)?[^。,;:\\d]{0,12}?(?:工作)?(?:计划|要点|安排|打算|规划|方案|工作目标|(?<![共金])预算)");
/** Titles of a report of what is: 2023年工作总结, 2018年教育事业发展统计公报, 2023年…监测结果. */
export const REPORT_TITLE = new RegExp(TITLE_YEAR + "\\s?年?(?:度)?[^。,;:\\d]{0,20}?(?:工作)?(?:" + REPORT_NAMES.join("|") + ")");
export const REPORT_WORDS = new RegExp(REPORT_NAMES.join("|"));
/** 三年行动计划（2023—2025年）: a plan for a period ends in its last year. */
export const PLAN_PERIOD = new RegExp("(?:19|20)\\d\\d\\s*[-—–~至到]\\s*" + YEAR + "年?");
/** …and a budget (部门预算, 预算公开, 预算说明), not a 一般公共预算 a report's figure is paid from. */
export const PLAN_WORDS = /计划|要点|规划|方案|安排|部门预算|预算公开|预算说明|预算草案/;

export function yearOf(m: RegExpExecArray | null): number | null {
  if (!m) return null;
  const n = tryParseNumber(m[1]);
  return n && Number.isInteger(n.value) ? n.value : null;
}

/** A report's reference year: a school year (2024-2025年…情况表, 2016/2017学年初) is named by its first year. */
export function reportYearOf(m: RegExpExecArray | null): number | null {
  const y = yearOf(m);
  if (y === null || !m) return y;
  const before = /((?:19|20)\d\d)\s*[-—–~至/／]{1,2}\s*$/.exec(m.input.slice(Math.max(0, m.index - 8), m.index));
  return before && Number(before[1]) === y - 1 ? y - 1 : y;
}

export interface Title {
  genre: Kind;
  planYear: number | null;
  reportYear: number | null;
  /** Where in the text the dated title starts. */
  at: number;
  /** A profile (学校始建于1958年): its years are the school's history, none the year its figures are of. */
  undated?: boolean;
}

/** A title run into its first section's number (…分析报告一、基本状况). */
const GLUED_TITLE = /^([^\d,，。;；:：]{4,40}?)(?=一、|[(（]一[)）])/;

/** How far into its line an opening title may start: past an organisation's name (呼和浩特市教育局). */
const OPENING_TITLE_AT = 20;

/**
 * A dated title (山西省2018年教育事业发展统计公报, 2024年工作总结及2025年工作计划) names the
 * genre before any bare word does: a site's navigation line (发展规划部) must not. A summary
 * that ends with next year's plan reports first.
 */
export function datedTitle(t: string): Title | null {
  const r = REPORT_TITLE.exec(t);
  const p = PLAN_TITLE.exec(t);
  if (!r && !p) return null;
  const genre: Kind = r && (!p || r.index <= p.index) ? "actual" : "target";
  return { genre, planYear: yearOf(p), reportYear: reportYearOf(r), at: Math.min(r?.index ?? Infinity, p?.index ?? Infinity) };
}

/** A document site's line naming the file it shows: 《梁庄三小均衡自评报告.doc》由会员上传分享. */
const DOC_SITE_TITLE = /《([^《》\n]{2,80}?)\s*\.(?:docx?|pdf|pptx?|wps|txt)》/i;

/** …or its page headers, the title with the page's number: (2025)家校沟通…提升总结(3篇)_第1页. */
const PAGED_TITLE = /(?:^|\n)([^\n_]{4,80}?)_第\d{1,3}页[ \t]*(?=\n|$)/;

/** The title of the file a document site shows, dated or not; its last genre word is the head noun (规划评估报告 reports, 总结及工作安排 plans). */
export function docSiteTitle(s: string): Title | null {
  const head = s.slice(0, 1500);
  const m = DOC_SITE_TITLE.exec(head) ?? PAGED_TITLE.exec(head);
  if (!m) return null;
  const t = withoutReadings(m[1]).replace(/[(（【][^()（）【】]{0,6}篇[)）】]$/, ""); // (3篇): how many articles the file collects
  const dated = datedTitle(t);
  if (dated) return { ...dated, at: 0 };
  const lastOf = (re: RegExp): number => Math.max(-1, ...Array.from(t.matchAll(new RegExp(re.source, "g")), (x) => (x.index ?? 0) + x[0].length));
  const report = lastOf(REPORT_WORDS);
  const plan = lastOf(PLAN_WORDS);
  if (report < 0 && plan < 0) return null;
  return { genre: plan > report ? "target" : "actual", planYear: null, reportYear: null, at: 0 };
}

/**
 * The title among the page's first lines, even when the layout read it as prose (a title glued
 * to its text: 教育局2022年工作总结范文1.加快…; one under a site's breadcrumb line).
 */
export function openingTitle(s: string): Title | null {
  let seen = 0;
  for (const line of s.slice(0, 2000).split("\n")) {
    const t = line.trim();
    if (!t || /^source\s*:/i.test(t)) continue;
    // a title opens its line (山西省2018年…公报, 教育局2022年工作总结范文1.…); a plan named inside
    // prose (…《规划纲要(2010-2020年)》(以下简称…规划) is not this document's title
    if (/^[·•]/.test(t)) continue; // a related article's link (·各地2021年中考成绩查询…汇总)
    const title = datedTitle(t.slice(0, 60));
    // 2018年西安市政府工作报告提到,将新建…: a report the page quotes, not its title (a plan it
    // quotes still dates what it plans: 《2017年…工作要点》提出,今年要…)
    // 2024年是实现“十四五”规划目标任务的关键一年,…: a sentence on what the year is, no title
    if (title && title.at <= OPENING_TITLE_AT && !YEAR_IS.test(t.slice(title.at, title.at + 8)) && !(title.genre === "actual" && QUOTED_DOCUMENT.test(t.slice(title.at, title.at + 60)))) return title;
    // 中学义务教育均衡发展状况分析报告一、基本状况…: an undated title a copy glued to its first section
    const glued = seen === 0 ? GLUED_TITLE.exec(t) : null;
    if (glued && (REPORT_WORDS.test(glued[1]) || PLAN_WORDS.test(glued[1]))) return { genre: PLAN_WORDS.test(glued[1]) ? "target" : "actual", planYear: null, reportYear: null, at: 0 };
    if (t.length > 80 && t.indexOf("。") >= 0) break; // the body has begun: a dated line after it is no title
    // a table of contents above the title (一、强化制度建设 … 八、下一步工作计划) is no body yet
    if (!CONTENTS_LINE.test(t) && ++seen >= 8) break;
  }
  return null;
}

const YEAR_IS = /^(?:19|20)\d\d年度?是/;

/** A short numbered section name alone on its line: an entry of a table of contents. */
const CONTENTS_LINE = /^[一二三四五六七八九十]{1,3}[、.．][^。,，;；:：]{2,24}$/;

/**
 * 现将截至2015年8月底…工作进展情况通报如下, 现将我校近年来…工作向各位领导作简要的汇报, 现将我单位2015年度部门决算说明如下,
 * 现将办理情况答复如下 (a reply to a deputy's proposal): a lead that announces a report of how things stand (or of what was spent).
 */
const REPORT_LEAD = /现将([^。]{0,80}?)(?:(?:情况|进展|结果|成效|工作)[^。]{0,12}?(?:予以)?(?:通报|报告|汇报|公布|公示|答复|回复)|决算[^。]{0,12}?说明)(?:如下)?/;

/** News opening on a thing just done (近日,…新校区竣工; 8月31日,…小学正式交付使用; 日前下拨…资金; 3月6日,…发放首批防疫物资): a report of it. */
const DONE_NEWS_LEAD = /(?:^|\n)[^\n。]{0,30}?(?:近日|日前|昨日|昨天|今天|今日|\d{1,2}月\d{1,2}日)[,，]?(?:(?!将|拟|计划|预计|即将|要|力争|争取|有望|确保)[^。\n]){0,100}?(?:竣工|落成|揭牌|启用|投入使用|交付使用|正式开学|开园|下拨|下达|拨付|划拨|发放)/;

/** A press release of how the work went (发布…落实完成情况, 通报…进展情况, 介绍…取得的成效). */
const RELEASE_LEAD = /(?:新闻发布会|发布会)[^。\n]{0,60}?(?:发布|通报|介绍|公布)了?[^。\n]{0,40}?(?:完成情况|落实情况|进展情况|实施情况|取得的成效|工作成效)/;

/** A school's profile opening the page: when it was founded or where it stands (该校创建于1969年). */
const PROFILE_LEAD = /(?:学校|该校|本校|我校|学院|大学|幼儿园|该园|本园|中学|小学)[^。\n]{0,30}?(?:始建于|创办于|创建于|创立于|建校于|坐落于)/;

/** A year's review opening the page (2020年,云南省曲靖市教育体育实现普惠优质发展): what that year achieved, no promise in it. */
const YEAR_REVIEW_LEAD = /(?:^|\n)((?:19|20)\d\d)年[,，](?:(?!将|拟|要|力争|争取|计划|预计|确保)[^。\n]){0,40}?(?:实现了?|取得了?|迈出了)/;

/** A report announced by its opening lead, dated by the one year the lead names (截至2015年8月底). */
export function reportLead(s: string): Title | null {
  const lead = withoutReadings(s.slice(0, 1000)); // a report to a congress states its background first
  // 近日,…新校区竣工 and 新闻发布会…发布…落实完成情况: news of a thing just done, or of how the work went
  if (DONE_NEWS_LEAD.test(lead) || RELEASE_LEAD.test(lead.slice(0, 400))) return { genre: "actual", planYear: null, reportYear: null, at: 0 };
  // 某职业技术学院创办于2004年4月, 某特殊教育学校始建于1958年: a school's profile tells what it is
  if (PROFILE_LEAD.test(lead.slice(0, 300))) return { genre: "actual", planYear: null, reportYear: null, at: 0, undated: true };
  const review = YEAR_REVIEW_LEAD.exec(lead.slice(0, 300));
  if (review) return { genre: "actual", planYear: null, reportYear: Number(review[1]), at: review.index };
  const m = REPORT_LEAD.exec(lead);
  // …民生实事项目任务完成情况公示 lists the year's tasks, each then marked done or not
  // 现将下一步工作打算汇报如下 announces a plan
  if (!m || /任务|實事|实事|计划|要点|安排|打算|思路|下一步/.test(m[0])) return null;
  const years = new Set(Array.from(m[1].matchAll(/((?:19|20)\d\d)年/g), (y) => Number(y[1])));
  return { genre: "actual", planYear: null, reportYear: years.size === 1 ? [...years][0] : null, at: m.index };
}
