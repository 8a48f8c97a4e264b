/**
 * The year of a figure when its own sentence or column states none: a target's deadline comes
 * from the nearest heading that names a year, else the plan's own year (or the year weaker cues
 * of its part agree on); an actual's reference year from a report heading, else the report's
 * title, else null (README: deadlines of actuals are the reference year or null). The years a
 * sentence states as times (到2025年, 截至2020年底) come first.
 */
import type { NumberToken } from "../number";
import type { DocInfo } from "./doc-info";
import { type Context, type Kind } from "./layout";
import { fiveYearPlanEnd } from "./heading-cues";
import { has } from "./figures";
import { lastPassing, marksBefore } from "./marks";
import { FOUNDED_IN, ROC_EPOCH } from "./lexicon";

const FOUNDED_BEFORE = new RegExp(FOUNDED_IN + "$");

/** The figure stands in a report: under a report heading, or under none in a report. */
function inReport(ctx: Context, doc: DocInfo): boolean {
  return ctx.headingKind === "actual" || (ctx.headingKind === null && doc.genre === "actual");
}

export function fallbackYear(kind: Kind, ctx: Context, doc: DocInfo): number | null {
  // 2022年亮点工作 in a report dates what is under it; a plan's 2025年目标 does not date its baselines
  const reportHeading = inReport(ctx, doc);
  // a plan's review of the period before it (现实基础 of a 十四五 plan that names 十三五): that period's end
  const review = ctx.headingKind === "actual" && doc.genre === "target" ? doc.reviewYear : null;
  if (kind === "actual") return (reportHeading ? ctx.headingYear : null) ?? doc.reportYear ?? review;
  return ctx.headingYear ?? doc.planYear ?? doc.partYears[ctx.part] ?? null;
}

export interface YearMark {
  at: number;
  year: number;
  /** Opens its sentence (到二零二五年,…): carries to the paragraph's later sentences. */
  opens: boolean;
  /** 到2025年 dates targets, 截至2020年底 reported figures, a bare 2024年 both. */
  dates: Kind | null;
  /** A plan period spoken of as a time (“十四五”时期): it dates targets but says nothing of kind. */
  period?: boolean;
  /** The period as a whole (时期, 期间, 以来), not its end (末): no reference year for a figure of it, unless the period is over (a 十四五 plan's review of 十三五: its end). */
  span?: boolean;
}

/** A year carried from the opening of an earlier sentence of the paragraph. */
export interface Carried {
  year: number;
  dates: Kind | null;
  period?: boolean;
}

const BASELINE_BEFORE = "比较与同";
/** Who says what follows (江苏提出, 《意见》明确, 目标是): a short attribution opening the sentence. */
const ATTRIBUTION = /^[^,;。]{0,14}(提出|明确|要求|指出|强调|表示|规定|目标是|目标为|计划|说|称|介绍|透露)$/;

/** Years a sentence states as a time (到2025年, 2024年底), not as a baseline (比2020年) or a name. */
/** 提高到2020年的, 增至2020年底的: a change verb, then the year whose value it reached (no deadline). */
const CHANGED_TO = /(?:增|提高|提升|上升|增加|增长|下降|降|降低|减少|扩大)[到至]$/;
export function changedToYear(s: string, yearStart: number): boolean {
  return CHANGED_TO.test(s.slice(Math.max(0, yearStart - 4), yearStart)) && /^\d{4}\s*年(?:底|末)?的/.test(s.slice(yearStart, yearStart + 9));
}

const YEAR_WITHOUT_NIAN = /^(?:届|学年|秋季|春季|秋学期|春学期)/;

/** A year of the Republic of China calendar (114学年度, 民国112年; Taiwanese pages): the Gregorian year, or null. */
function rocYear(s: string, tok: NumberToken, taiwanese: boolean): number | null {
  if (tok.percent || !Number.isInteger(tok.value) || tok.value < 80 || tok.value > 130) return null;
  if (s.startsWith("学年", tok.end) || (s.charCodeAt(tok.end) === 0x5e74 /* 年 */ && s.slice(Math.max(0, tok.start - 2), tok.start) === "民国")) return tok.value + ROC_EPOCH;
  // 自104年至107年6月止 on a Taiwanese page: three digits before 年 are the Republic's years
  if (taiwanese && s.charCodeAt(tok.end) === 0x5e74 && /^\d{2,3}$/.test(tok.text) && !NOT_A_YEAR_AFTER.test(s.slice(tok.end + 1, tok.end + 3))) return tok.value + ROC_EPOCH;
  return null;
}

/** 年 inside a word after a count of years (100年来, 80年代, 年龄, 100年之际, 100年历史, 10年左右): no year of the calendar (104年度 is one). */
const NOT_A_YEAR_AFTER = /^(?:来|代|龄|级|限|制|间|前|后|以上|以下|以内|之际|历史|左右)/;

/** `thisYear`: the year the text is written in (its 今年), so that 去年 is the one before; null when unknown. */
export function yearMarks(s: string, toks: NumberToken[], thisYear: number | null = null, taiwanese = false, nextYear: number | null = null): YearMark[] {
  const out: YearMark[] = [];
  // 明年将新建学校3所, 预计明年8月完工: the year after the one the text is written in
  if (nextYear !== null) nextYearMarks(s, nextYear, out);
  if (thisYear !== null) {
    lastYearMarks(s, thisYear - 1, out);
    // 截至2月28日, 截至目前: a date of the year the text is written in, what stands by then
    DATE_OF_THIS_YEAR.lastIndex = 0;
    for (let m = DATE_OF_THIS_YEAR.exec(s); m; m = DATE_OF_THIS_YEAR.exec(s)) out.push({ at: m.index, year: thisYear, opens: m.index <= 2, dates: "actual" });
  }
  for (const tok of toks) {
    const roc = rocYear(s, tok, taiwanese);
    if (roc !== null) {
      if (!has(BASELINE_BEFORE, s.charCodeAt(tok.start - 1))) out.push({ at: tok.start, year: roc, opens: tok.start <= 2, dates: null });
      continue;
    }
    if (tok.percent || !Number.isInteger(tok.value) || tok.value < 1949 || tok.value > 2100) continue;
    // 2014届高职毕业生: a graduating cohort is its year (比2013届 stays a baseline, as 比2013年 does)
    // 2023秋季开学, 2024学年: a term or a school year written without 年 is that year too
    // (2016/2017学年: the second year of a slashed school year is left to the title's reading)
    if (s.charCodeAt(tok.end) !== 0x5e74 /* 年 */ && (!YEAR_WITHOUT_NIAN.test(s.slice(tok.end, tok.end + 3)) || tok.end - tok.start !== 4 || s.charCodeAt(tok.start - 1) === 47 /* / */)) continue;
    const prev = s.charCodeAt(tok.start - 1);
    if (has(BASELINE_BEFORE, prev) || has("-—~(《", prev)) continue;
    // 从2012年开始 starts a period; 是2010年的2.5倍 compares with a year: neither dates the figure
    if (has("从自", prev) || (has("是为", prev) && s.charCodeAt(tok.end + 1) === 0x7684 /* 的 */)) continue;
    // 该校创建于1969年,现有30个教学班: a founding year dates the founding, not the figures after it
    if (FOUNDED_BEFORE.test(s.slice(Math.max(0, tok.start - 3), tok.start))) continue;
    const next = s.slice(tok.end + 1, tok.end + 4);
    if (/^(以来|至今|的基|基础|相比|水平|版|届|级)/.test(next) || /^[-—~]/.test(next)) continue;
    const lead = s.slice(Math.max(0, tok.start - 2), tok.start);
    // a bare full date (2024年05月16日 17:48, a page's publication line) dates the page, not its figures
    if (/^\d{1,2}月\d{1,2}日/.test(s.slice(tok.end + 1, tok.end + 7)) && !/(到|至|截至|截止|于|在)$/.test(lead)) continue;
    // 2022年,济南…: a year set off by commas after an attribution (劉紹輝介紹,) frames what follows too
    const framed = (prev === 44 || prev === 58) && s.charCodeAt(tok.end + 1) === 44;
    // 江苏提出,到2020年,…: a time phrase right after an attribution frames the sentence too
    // (其中提出到2025年,…: with or without a comma after the attribution)
    const said = has(",:", s.charCodeAt(tok.start - 2)) ? tok.start - 2 : tok.start - 1;
    // (根据这个指导思想,今年全县教育发展的总体目标是:到2009年,…: the attribution may be the sentence's last clause)
    const clauseTo = /(到|至)$/.test(lead) && s.charCodeAt(tok.end + 1) === 44 && ATTRIBUTION.test(s.slice(s.lastIndexOf(",", said - 1) + 1, said));
    // “2019年,我们…: a quote opening the sentence is no word before the year
    const opens = framed || clauseTo || (tok.start <= 6 && /^[“"‘「]?(力争|争取|计划|预计)?(到|至|在|于|截至|截止)?$/.test(s.slice(0, tok.start)));
    // 至2014届 ends a span of cohorts (2011届至2014届), never a deadline
    const cohort = s.charCodeAt(tok.end) === 0x5c4a;
    const to = /(到|至)$/.test(lead) && !/截至$/.test(lead) && !cohort && !changedToYear(s, tok.start);
    const dates: Kind | null = to && !spanEnd(s, tok.start - 1) ? "target" : /(截至|截止)$/.test(lead) ? "actual" : null;
    out.push({ at: tok.start, year: tok.value, opens, dates });
  }
  // “十四五”时期,要…: a plan period spoken of as a time dates the targets of its sentence
  PLAN_PERIOD_TIME.lastIndex = 0;
  for (let m = PLAN_PERIOD_TIME.exec(s); m; m = PLAN_PERIOD_TIME.exec(s)) {
    const year = fiveYearPlanEnd(m[0], 0, m[0].length);
    if (year === null) continue;
    const at = m.index;
    // 较十一五期间分别增长, 十一五期间比较: the period is the baseline, not a time
    // 是“十一五”期间的2.3倍: compared with the period, as with a year
    const quoted = s.charCodeAt(at - 1) === 0x201c ? at - 1 : at;
    if (has(BASELINE_BEFORE, s.charCodeAt(quoted - 1)) || /^(比较|相比)/.test(s.slice(at + m[0].length, at + m[0].length + 2))) continue;
    if (has("是为", s.charCodeAt(quoted - 1)) && s.charCodeAt(at + m[0].length) === 0x7684 /* 的 */) continue;
    insertMark(out, { at, year, opens: at <= 2, dates: "target", period: true, span: !m[0].endsWith("末") });
  }
  // 2016—2020年,我市要新建10所普通高中: a span of years spoken of as a time, as a plan period is
  YEAR_SPAN.lastIndex = 0;
  for (let m = YEAR_SPAN.exec(s); m; m = YEAR_SPAN.exec(s)) {
    const at = m.index;
    if (has("从自由(（", s.charCodeAt(at - 1)) || s.lastIndexOf("《", at) > s.lastIndexOf("》", at)) continue;
    insertMark(out, { at, year: Number(m[2]), opens: at <= 2, dates: "target", period: true, span: true });
  }
  return out;
}

/** 去年, 上年度 as words of the time (genre.ts reads them as report words too). */
export const LAST_YEAR = /^(?:去年|上一?年度)$/;

/**
 * 去年一年,全省招聘3.2万名教师: last year as the time of what follows; not 比去年, 去年同期 (a
 * baseline), 继去年…之后 (what came before), 去年开展的评估 (a thing it qualifies).
 */
export function lastYearIsTime(s: string, at: number, n: number): boolean {
  return !has(BASELINE_BEFORE + "和跟于继", s.charCodeAt(at - 1)) && !/^(?:同期|相比|水平|的|[\u4e00-\u9fff]{1,5}的)/.test(s.slice(at + n, at + n + 7));
}

const DATE_OF_THIS_YEAR = /(?:截至|截止)(?:今年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末)?/g;

function lastYearMarks(s: string, year: number, out: YearMark[]): void {
  for (let at = s.indexOf("去年"); at >= 0; at = s.indexOf("去年", at + 2)) if (lastYearIsTime(s, at, 2)) insertMark(out, { at, year, opens: false, dates: "actual" });
}

/**
 * The year a page's 明年 names: the year after its dateline or the year its report covers; on a page
 * reposted after the plan it tells of (2011年工作要点 under a 2021 dateline), that plan's year.
 */
export function nextYearOf(doc: DocInfo): number | null {
  const written = doc.published ?? doc.reportYear;
  if (written === null) return null;
  // a plan of a year before the dateline: the page was reposted, and its 明年 is the plan's year
  return doc.planYear !== null && doc.planYear < written ? doc.planYear : written + 1;
}

/** 明年, 来年 as the time of what follows (not after 比, 较, 与 or 同: a baseline). */
const NEXT_YEAR = /明年|来年|來年/g;
function nextYearMarks(s: string, year: number, out: YearMark[]): void {
  NEXT_YEAR.lastIndex = 0;
  for (let m = NEXT_YEAR.exec(s); m; m = NEXT_YEAR.exec(s)) if (!has(BASELINE_BEFORE, s.charCodeAt(m.index - 1))) insertMark(out, { at: m.index, year, opens: m.index <= 2, dates: "target" });
}

/** A mark into the sentence's marks, kept in order of position. */
function insertMark(marks: YearMark[], mark: YearMark): void {
  let i = marks.length;
  while (i > 0 && marks[i - 1].at > mark.at) i--;
  marks.splice(i, 0, mark);
}

/** 2016—2020年, 2021-2025年,: a span of years ending its phrase (not 2018到2022年的, a change's). */
const YEAR_SPAN = /((?:19|20)\d\d)\s*年?\s*[-—–~至]\s*((?:19|20)\d\d)\s*年(?=[,，]|期间|间|内)/g;

const PLAN_PERIOD_TIME = /十[一二三四五]五(?:规划)?[”"]?(?:时期|期间|以来|期?末)/g;

/**
 * 到 at p ends a span or a change, not a deadline: 从2013年到2023年, 从23.4:1降低到2023年的13.3:1.
 */
export function spanEnd(s: string, p: number): boolean {
  const before = s.slice(Math.max(0, p - 12), p);
  // 由…提高到, 从2018年到…, 自2012年11月至…, 2018到2022年, 2011届至2014届: the end of a change or of a span of time, not a deadline
  return /(降低|降|提高|提升|增加|增长|上升|下降|减少|扩大|缩小|升)$/.test(before) || /[从由自](19|20)\d\d(?:[年届]|年(?:\d{1,2}月(?:\d{1,2}[日号])?|[底末初]))$/.test(before) || /(^|\D)(19|20)\d\d[年届]?$/.test(before);
}

/**
 * A time that would date a target (到2020年, “十三五”末) but lies before the plan's period
 * (2021-2025): what it dates is reported. A plan's end year, a heading's deadline or a page's
 * date is no "now" (a scraped page's dates are often the site's, years after the text).
 */
export function isPastTime(m: YearMark, doc: DocInfo, ctx: Context): boolean {
  if (m.dates !== "target") return false;
  if (doc.planStart !== null && m.year < doc.planStart) return true;
  if (doc.told !== null && m.year < doc.told) return true;
  // a report's 到2015年,全区幼儿园57所 under “十二五”规划执行情况: reached by the year it reports on
  if (!inReport(ctx, doc)) return false;
  // 至2024年末,全州有高等教育学校4所 in a report published in 2025: a year already over
  if (doc.published !== null && (m.year < doc.published || (m.period === true && m.year === doc.published))) return true;
  const asOf = ctx.headingYear ?? doc.reportYear;
  return asOf !== null && m.year <= asOf;
}

/**
 * A sentence's bare plan quantity (新建学校3所, 计划投资2000万元) with no year anywhere near: the
 * one year the text names (作为2022年市级民生实事之一). A bound (不低于80%) may be a standing
 * rule, and a table's standards stay undated.
 */
export function namedYearOf(deadline: number | null, kind: Kind, comparator: string, doc: DocInfo): number | null {
  return deadline ?? (kind === "target" && comparator === "none" ? doc.namedYear : null);
}

export function deadlineAt(marks: YearMark[], p: number, carried: Carried | null, kind: Kind, ctx: Context, doc: DocInfo): number | null {
  // the marks are one sentence's, so kind alone tells the test apart (ctx and doc are the sentence's)
  const own = lastPassing(marks, marksBefore(marks, p), kind, (m) => m.dates === null || m.dates === kind || (kind === "actual" && isPastTime(m, doc, ctx)))?.year ?? null;
  const pastCarried = kind === "actual" && carried !== null && isPastTime({ at: -1, year: carried.year, opens: true, dates: carried.dates, period: carried.period }, doc, ctx);
  const from = carried && (carried.dates === null || carried.dates === kind || pastCarried) ? carried.year : null;
  return own ?? from ?? fallbackYear(kind, ctx, doc);
}

/** When the sentence says the work is done, after its figure: 预计2024年建成使用, 2025年全部建成投用, 于2022年秋季投用. */
const COMPLETED_BY = /^[^。;；!?]{0,30}?(?:预计|计划|力争|争取|将|确保)?(?:在|于|到)?((?:19|20)\d\d)\s?年(?:\d{1,2}月(?:底|份)?|底|年底|秋季|春季|上半年|下半年)?(?:前|内)?(?:全部|全面|基本|正式|如期|建成并)?(?:建成|竣工|完工|投用|投入使用|交付使用|交付|开学|开园|启用)/;
/** The year the rest of a target's sentence says its work is done, or null. */
export function completedBy(s: string, tail: number): number | null {
  const m = COMPLETED_BY.exec(s.slice(tail, tail + 60));
  return m ? Number(m[1]) : null;
}
