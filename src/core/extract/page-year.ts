/**
 * When a page was written and the year its body speaks of: the publication date near its top or
 * in its address, the year a dated meeting it tells of was held, what 今年 means, the year a
 * report's body opens on, and the one year a text names. genre.ts weighs them into DocInfo.
 */
import { tryParseNumber } from "../number";
import { fiveYearPlanEnd } from "./heading-cues";
import { DATELINE, FOUNDED_IN } from "./lexicon";

/** A year in digits or in numerals (二〇二三). */
export const YEAR = "((?:19|20)\\d\\d|[零〇一二][零〇一二三四五六七八九]{3})";

/**
 * The year a report's body opens a line on (2019年,全国…; 截至2023年,…) when no title dates it. A
 * publication date (2024年05月16日) is no reference year; a body opening on a span (2021年以来, 2021年至今) has none,
 * nor does a table's row of a year (2020年 | 724人 | 685人).
 */
const OPENING_YEAR = new RegExp("(?:^|\\n)[ \\t]*(?:截至|截止)?" + YEAR + "学?年(?:底|末)?(?![\\d零〇一二三四五六七八九十]|度?工作|[^\\n]{0,12}?(?:计划|要点|规划|方案)|\\s*[|｜\\t])|(?:截至|截止)(?:到|至)?" + YEAR + "年", "g"); // 截止到2016年12月底

const SINCE = /^(?:以来|至今)/;
export function openingYear(s: string, published: number | null): number | null {
  OPENING_YEAR.lastIndex = 0;
  const head = s.slice(0, 3000);
  const m = OPENING_YEAR.exec(head);
  if (!m || SINCE.test(head.slice(OPENING_YEAR.lastIndex, OPENING_YEAR.lastIndex + 2))) return null; // 2021年以来, 2021年至今: since when, not as of when
  const n = tryParseNumber(m[1] ?? m[2]);
  if (!n || !Number.isInteger(n.value)) return null;
  // a line opening on an older year after the body has stated its figures (page of 2015: …144.19万人。…\n2012年,教育部首次…) recalls history
  if (!/截至|截止/.test(m[0]) && published !== null && n.value < published - 1 && bodyFigureAt(head) < m.index) return null;
  return n.value;
}

/** A figure with a unit of counting (12万个, 95%, 88.1%); starts only where a run of digits starts: no quadratic rescans of a long run. */
export const COUNTED_FIGURE = /(?<![\d.])\d[\d.]*\s*(?:万|亿)?(?:所|人|个|%|元|名)/g;

/** Where the first figure of the body is: in a paragraph, not a headline (a line of 50 characters or more). */
function bodyFigureAt(s: string): number {
  COUNTED_FIGURE.lastIndex = 0;
  for (let m = COUNTED_FIGURE.exec(s); m; m = COUNTED_FIGURE.exec(s)) {
    const a = s.lastIndexOf("\n", m.index) + 1;
    const b = s.indexOf("\n", m.index);
    if ((b < 0 ? s.length : b) - a >= 50) return m.index;
  }
  return Infinity;
}

/**
 * The one year a report names, when it names one (学前3年到高中段的2017年教育普及率): its reference
 * year. Dates (2017年12月14日), deadlines (到2025年), a founding year (成立于1954年), a baseline
 * (比1990年减少3.2%), a span's start (2021年至今) and a time before (1986年以前属村级小学) are no years it reports;
 * a five-year period (十三五) is a second one.
 */
const TEXT_YEAR = new RegExp(`(?<![到至\\-—–~－比较與与同]|${FOUNDED_IN})((?:19|20)\\d\\d)年(?!\\d|\\s*\\d{1,2}\\s*月|至今|以前|之前)`, "g");
export function soleYear(s: string): number | null {
  if (fiveYearPlanEnd(s, 0, s.length) !== null) return null;
  let year: string | null = null;
  TEXT_YEAR.lastIndex = 0;
  for (let m = TEXT_YEAR.exec(s); m; m = TEXT_YEAR.exec(s)) {
    if (year !== null && m[1] !== year) return null;
    year = m[1];
  }
  return year === null ? null : Number(year);
}

/** A page's publication date near its top (2023-03-08 08:34, 2023年3月8日), or a dateline with its time of day anywhere in it. */
const PUBLISHED = /(?:^|\n)[^\n]{0,40}?((?:19|20)\d\d)(?:-\d{1,2}-\d{1,2}|\/\d{1,2}\/\d{1,2}|年\d{1,2}月\d{1,2}日)/;

/** 记者从在海口召开的2016年度…工作会议上获悉: a lead reporting a dated meeting was written that year. */
const MEETING_LEAD = /召开的((?:19|20)\d\d)年度?[^。,，;；]{0,30}?(?:会议|大会)/;

/** A page's address dated by its site (…/a/20190222/…, /2023/0323/, /t20200205_…): the page's date when no line gives one. */
const DATED_ADDRESS = /^\s*(?:source\s*[:：]\s*)?https?:\/\/\S*?(?:\/|\/t|_)((?:19|20)\d\d)[-/_]?(?:0[1-9]|1[0-2])(?:[-/_]?(?:[0-2]\d|3[01]))?(?=[/_.-])/im;

export function publishedYear(s: string): number | null {
  return publishedDate(s)?.year ?? null;
}

/** The page's publication year and month (null when its date gives none, as 1.3.2019 does not). */
export function publishedDate(s: string): { year: number; month: number | null } | null {
  const head = s.slice(0, 1500);
  const m = PUBLISHED.exec(head) ?? DATELINE.exec(head) ?? DATED_ADDRESS.exec(s.slice(0, 300));
  if (m) {
    const year = m[1] ?? m[2];
    const month = m[1] ? /^[-/_.年]?(0[1-9]|1[0-2]|[1-9](?!\d))/.exec(m[0].slice(m[0].indexOf(year) + 4)) : null;
    return { year: Number(year), month: month ? Number(month[1]) : null };
  }
  const short = SHORT_DATELINE.exec(head);
  return short ? { year: 2000 + Number(short[1]), month: null } : null;
}

/** A dateline whose year lost its century (时间:14-03-07 08:55:09): the time of day makes it a date. */
const SHORT_DATELINE = /(?:^|[\s:：])(\d\d)-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\s+\d{1,2}:\d\d/;

/** The year the text says it is written in (a dated meeting it reports on), unlike a page's date, which may be a re-post's. */
export function toldYear(s: string): number | null {
  const m = MEETING_LEAD.exec(s.slice(0, 400));
  return m ? Number(m[1]) : null;
}

/** 今年是“十二五”收官之年, 2021年是“十四五”规划开局之年: the text's own word on which year this is (a page's date may be a re-post's). */
const THIS_YEAR_IS = /(?:今年|本年|这一年|[X×]{2}年|(?:19|20)\d\d年)是[“"]?(十[一二三四五])五[”"]?(?:规划的?|时期的?)?(收官|开局|起步|开篇)之年/;

/** 今年, 今秋 name the year the text says this is (今年是“十二五”收官之年), else the year the page was published. */
export function thisYear(s: string, published: number | null): number | null {
  const said = THIS_YEAR_IS.exec(s);
  if (said) {
    const end = fiveYearPlanEnd(said[1] + "五", 0, 3) as number;
    return said[2] === "收官" ? end : end - 4;
  }
  // 2024年是实现“十四五”规划目标任务的关键一年,…: a text that opens on what its year is
  const opening = OPENS_ON_ITS_YEAR.exec(s.slice(0, 400));
  if (opening) return Number(opening[1]);
  // 教育局20XX年年终总结 on a sharing site: its 今年 is the year the copy hides, not the upload's
  if (MASKED_YEAR.test(s.slice(0, 2000))) return null;
  return published !== null && /今年|今秋|今春|本学年/.test(s) ? published : null;
}

const OPENS_ON_ITS_YEAR = /(?:^|[。\n])\s*((?:19|20)\d\d)年是[^。,，\n]{0,40}?(?:之年|一年)/;

/** A year a copy masked (20XX年, 20××年). */
const MASKED_YEAR = /(?:19|20)[Xx×]{2}\s*年/;

/** A year standing alone among a page's breadcrumb (首页 > 数据 > 教育统计数据 > 2018 > 全国基本情况): the year its data are of. */
const CRUMB_YEAR = /[>›»]\s*((?:19|20)\d\d)\s*年?\s*(?:[>›»]|$)/m;
export function breadcrumbYear(s: string): number | null {
  const m = CRUMB_YEAR.exec(s.slice(0, 600));
  return m ? Number(m[1]) : null;
}

/** 县教育局“十四五”期间教育发展工作总结, “十三五”教育发展成就: a headline reviewing a five-year period. */
const PERIOD_REVIEWED = /十[一二三四五]五[”"’]?[^\n]{0,16}?(?:总结|回顾|成就|成效|综述)/;

/** The end year of the five-year period a page's headline reviews (no plan of one: planWords), or null. */
export function periodReviewed(head: string | null, planWords: RegExp): number | null {
  const t = (head ?? "").replace(/\s+/g, "");
  const m = PERIOD_REVIEWED.exec(t);
  return m && !planWords.test(t) ? fiveYearPlanEnd(t, m.index, m.index + 3) : null;
}
