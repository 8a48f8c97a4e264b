/**
 * Numbers that are never a figure: ordinals, dates, years, masked figures (**所, 20XX年), plan
 * periods (十四五), slogans and names with numerals (三个代表, 一人一籍, 高一).
 */
import type { NumberToken } from "../number";
import { byFirstChar, CHU, CN_DIGITS, DATE_AFTER, DI, GAO, INCIDENT_AFTER, isIdeograph, isOneOf, JIN, LAI, MASKS, NIAN_JI, SHI, WU, XING } from "./chars";
import { readSuffix } from "./comparators";
import type { Figure } from "./figure";
import { TIME_UNITS } from "./units";

/** Names with numerals that are never the figure (the README's distractor list). */
export const SLOGANS = byFirstChar(
  [
    "三个代表", "三个增长", "四个计划", "三项工程", "三名工程", "四大工程", "五认真", "六公开", "六不准",
    "五项基本功", "十项规定", "三通两平台", "一达到", "三提高", "两为主", "三个面向", "四个自信", "五育并举",
    // programmes named by their span: 学前教育三年行动计划, 基础建设三年行动, 百日攻坚
    "三年行动", "两年行动", "五年行动", "三年攻坚", "三年提升", "百日行动", "百日攻坚", "三年计划", "五年计划", "五年规划", "十年规划",
  ],
  (w) => w,
);

/** Words before a count of years that make it a span of time: 未来三年, 今后五年. */
const DURATION_BEFORE = ["未来", "今后", "此后", "往后", "过去", "再过", "关键", "前"];
/** After a count of years: 年代 (a decade), 年度/年底/年末 (a year named: 民国112年度), 年前/年后 (a time before or after). */
const TIME_AFTER = "代度底末前后後";
/** After a count of years, a plan it names: 三年行动计划, 学校三年发展规划, 五年计画, 5年发展目标. */
const PLAN_SPAN_AFTER = /^的?(?:内涵)?(?:发展)?(?:规划|计划|计画|行动|目标)/;
const PROGRAMME_BEFORE = /(纳入|列入)[^,;:。]{0,8}$/;
/** A page's counters: 阅读:3372次, 浏览:1047次, 人气:14, 0人参与, 27014人围观, 0条评论, 评论摘要(共 0 条, a document site's 每下载1次 and 扣除1次下载权益. */
const PAGE_COUNTER_BEFORE = /(?:(?:阅读|浏览|点击|人气|访问|阅读量|浏览量|点击量|访问量|浏览次数|点击数)\s*[:：]|下载|评论[^:：\d]{0,4}[(（]?共)\s*$/;
const PAGE_COUNTER_AFTER = /^(?:参与|围观|浏览|阅读|评论|点赞|收藏|点击|看过|发表了?评论|下载)/;
/** 分, 分成, 分为 right before a count of working groups (小组, 督导组, 检查组): how the work was split. */
const WORKING_GROUPS_BEFORE = /分(?:成|为)?$/;
const WORKING_GROUPS_AFTER = /^(?:个)?(?:小组|组|督导组|检查组|工作组|巡查组|巡考组|调研组|评估组)/;
/** What opens a total the text counts (共, 累计, 吸引): the people who took part, not a page's counter. */
const TOTAL_BEFORE = /(?:共|有|达|计|吸引|约|近|超过?|逾|余)$/;
function takingPart(s: string, f: Figure, lead: string): boolean {
  return f.a > 0 && s.startsWith("参与", f.end) && TOTAL_BEFORE.test(lead); // 已有0人参与 is the page's
}
const SPAN_UNITS = new Set([...TIME_UNITS, "分钟"]);
const TIME_SPENT_BEFORE = /(用了?|仅用了?|历时|耗时|花了|用时)(不到|不足|近|约|仅)?$/;
/** A school's span of years after its count (九年一贯制, 十二年一贯制, 九年义务教育): no second numeral of a slogan. */
const SCHOOL_SPAN = /^[一二三四五六七八九十]{1,3}年(?:一贯|一貫|义务|義務|制)/;

/** Words before a count that point at things named elsewhere: 这三项, 该两所, 上述5个, 以下7项, 下列四类. */
const DEMONSTRATIVES = ["这", "该", "此", "上述", "前述", "这些", "以下", "下列", "如下"];

/** A change of an age after it (下降到, 提高至, 增至): the age is a level, not a band. */
const AGE_CHANGES = /^(?:下降|提高|提升|上升|增加|增长|减少|降低|降至|降到|升至|升到|延长|缩短|增至|到|至)/;

/** A figure right before a bound word: 40分, 60岁, 5%. */
const BOUND_BEFORE = /[\d一二三四五六七八九十百千万][^\d\s,，。;；、]?$/;

/** A dashed date's year and month right before a number: the number is its day. */
const DASHED_DATE_BEFORE = /(?:19|20)\d\d([-/.])\d{1,2}\1$/;

/** Where a standing is told (位居全国, 排名, 名列, 全省): the 第N after it is a rank without its 名. */
const RANK_BEFORE = /(?:排名|排位|位居|位列|名列|列|居|并列|全国|全省|全市|全区|全县|全州|全球|世界)(?:[\u4e00-\u9fff]{1,3}(?:省|市|州|县|区|内))?$/; // 位居台州第一: a place between

/** 位居全国第一, 排名第三, 并列第五: a rank said without 名, the number standing alone (not 第一方阵, 第一批). */
export function isBareRank(s: string, start: number, f: Figure): boolean {
  if (f.unit !== null || f.kind !== "single" || !Number.isInteger(f.a) || f.a < 1 || f.a > 100) return false;
  const next = s.charCodeAt(f.end);
  if (isIdeograph(next) || (next >= 48 && next <= 57) || (next | 32) >= 97 && (next | 32) <= 122) return false;
  return RANK_BEFORE.test(s.slice(Math.max(0, start - 9), start - 1));
}

export function excluded(s: string, toks: NumberToken[], i: number, f: Figure, quoted: boolean): boolean {
  const A = toks[i];
  if (quoted && !holdStrive(s, A.start, A.end)) return true; // “保三争二” is quoted as a motto, and still two ranks
  const prev = s.charCodeAt(A.start - 1); // NaN at the start: equal to nothing
  const after = s.charCodeAt(toks[f.next - 1].end);
  if (prev === DI && f.unit !== "名" && f.unit !== "位" && !isBareRank(s, A.start, f)) return true; // ordinals: 第四年, 第23个教师节 (第一名 is a rank)
  if (isOneOf(MASKS, prev) || isOneOf(MASKS, after)) return true; // masked: **所, 20XX年
  if (f.unit === null && isOneOf(DATE_AFTER, after)) return true; // dates
  if (DASHED_DATE_BEFORE.test(s.slice(Math.max(0, A.start - 8), A.start))) return true; // the day of 2025-12-25, 2023/05/26
  const next = s.charCodeAt(f.end);
  if (f.unit === "年") {
    const v = Math.abs(f.kind === "range" ? f.b : f.a); // - 2021年…: a link's bullet, not a sign
    if (Number.isInteger(v) && v >= 1900 && v <= 2100) return true; // a year, not a duration
    // 二年级, 三年来, 4年间, 五年中, 5年将新增, 5年造9600个学位, 3年新增: the years a plan takes
    if (next === NIAN_JI || next === LAI || isOneOf("间中里将造建投", next) || s.startsWith("新增", f.end)) return true;
    if (next === 0x524d /* 前 */ && prev === 0x6bd4 /* 比 */) return true; // 比五年前: the baseline's time
    if (Number.isInteger(v) && v >= 1000) return true; // 12023年, 97972015年: digits run into a year (nobody counts a thousand years)
    // 一一五年, 一〇四年: three digits spelled one by one are a year of the Republic of China calendar, no duration
    if (A.chinese && /^[零〇一二三四五六七八九]{3}$/.test(A.text)) return true;
    // 五十年代, 112年度: a decade, a year's name; 三年前, 七年后, 四年过去了: a time before or after, no figure
    if (isOneOf(TIME_AFTER, next) || s.startsWith("过去", f.end)) return true;
    if (isOneOf("多余", next) && s.charCodeAt(f.end + 1) === LAI) return true; // 两年多来: a span looked back over
    if (PLAN_SPAN_AFTER.test(s.slice(f.end, f.end + 8))) return true; // 3年行动计划, 三年发展规划: a plan named by its span
    if (prev === JIN || DURATION_BEFORE.some((w) => s.startsWith(w, A.start - w.length))) return true; // 近三年, 未来三年, 今后五年: a span of time
    if (s.startsWith("学前", A.start - 2)) return true; // 学前三年(教育、毛入园率): the name of a stage, not a duration
    if (/第[一二三四五六七八九十\d]+个$/.test(s.slice(Math.max(0, A.start - 6), A.start))) return true; // 第十三个五年(发展规划): a plan's name
    // …取得显著成效的五年。: a period spoken of, not a figure
    if (A.chinese && prev === 0x7684 /* 的 */ && (f.end >= s.length || isOneOf("。,;!?", next))) return true;
  }
  // 这三项, 该两所, 上述5个: a count that points back at things already named, not a figure
  // (40分以下161人: that 以下 bounds the score before it, pointing at nothing)
  if (DEMONSTRATIVES.some((w) => s.startsWith(w, A.start - w.length) && !(w === "以下" && BOUND_BEFORE.test(s.slice(Math.max(0, A.start - 6), A.start - 2))))) return true;
  const lead = s.slice(Math.max(0, A.start - 12), A.start);
  // 纳入天津市20项民心工程, 列入省十大民生实事: the count names a programme the item joins
  if (PROGRAMME_BEFORE.test(lead)) return true;
  // 阅读:3372次, 人气:14, 0人参与,0条评论: a page's counters, no figure of the text
  // (家长学校共14615人次参与, 吸引3000人参与: a total the text counts, not a counter)
  if (PAGE_COUNTER_BEFORE.test(lead) || (PAGE_COUNTER_AFTER.test(s.slice(f.end, f.end + 5)) && !takingPart(s, f, lead))) return true;
  // 仅用了不到三个月, 历时两年: time spent, not a figure
  if (f.unit !== null && SPAN_UNITS.has(f.unit) && TIME_SPENT_BEFORE.test(lead)) return true;
  // 2天前, 3小时前: a post's time, told back from now (a forum's or a feed's), no figure
  if (f.unit !== null && f.unit !== "年" && SPAN_UNITS.has(f.unit) && next === 0x524d /* 前 */) return true;
  // 督导检查组分4个小组, 分成4个小组: a working arrangement (README: 分8组), not a figure of the work
  if ((f.unit === "个" || f.unit === null) && WORKING_GROUPS_BEFORE.test(lead) && WORKING_GROUPS_AFTER.test(s.slice(f.end, f.end + 4))) return true;
  if (f.unit === "次" && next === XING) return true; // 一次性
  if (isRateBase(f, prev)) return true;
  if (isAnnouncedExtent(s, f)) return true;
  if (f.unit === "人" && next === 0x5236 /* 制 */ && !/^制[度定作订约止造服品]/.test(s.slice(f.end, f.end + 2))) return true; // 5人制足球场: a kind of pitch, named by its side (not …34人。制度健全)
  if (f.unit === "班" && prev === 0x7ea7 /* 级 */) return true; // 三年级一班: a class's name
  // 五二班, 一二班: a grade's digit then the class's, spelled one by one (fifty-two is 五十二)
  if (f.unit === "班" && A.chinese && /^[一二三四五六七八九][〇零一二三四五六七八九]$/.test(A.text)) return true;
  if (f.unit === "倍" && /翻了?$/.test(s.slice(Math.max(0, A.start - 2), A.start))) return true; // 翻了一倍 says it doubled, with no figure
  // 一起 is "together" unless an incident follows (一起事故).
  if (f.unit === "起" && A.text === "一" && !isOneOf(INCIDENT_AFTER, next)) return true;
  if (f.unit === "岁" && isIdeograph(next)) {
    // 3--5周岁儿童, 17周岁初中…: an age band naming the indicator, unless a bound follows
    // or the age changes to another (平均年龄由46岁下降到40岁, 从76.34岁提高至77.93岁)
    if (readSuffix(s, f.end, f.unit).gov === null && !AGE_CHANGES.test(s.slice(f.end, f.end + 3))) return true;
  }
  if (A.chinese) {
    if ((prev === GAO || prev === CHU) && f.unit === null && A.value <= 3) return true; // 高一, 初二
    // 十一五 … 十四五: plan periods, however the numerals were split into tokens.
    for (let j = Math.max(0, A.start - 2); j <= A.start; j++) {
      if (s.charCodeAt(j) === SHI && isOneOf("一二三四五", s.charCodeAt(j + 1)) && s.charCodeAt(j + 2) === WU) return true;
    }
    // 一人一籍, 一免一补, 十要十不准, 两免一补: numeral, character, numeral (二至三成 is a range)
    if (A.end - A.start === 1 && f.kind !== "range" && !holdStrive(s, A.start, A.end)) {
      // (一所九年一贯制学校: the second numeral opens a school's span of years, no slogan)
      if (isIdeograph(s.charCodeAt(A.start + 1)) && isOneOf(CN_DIGITS, s.charCodeAt(A.start + 2)) && !SCHOOL_SPAN.test(s.slice(A.start + 2, A.start + 8))) return true;
      const before = i > 0 ? toks[i - 1] : null;
      if (before && before.chinese && before.end === A.start - 1 && before.end - before.start === 1 && isIdeograph(prev)) return true;
    }
    const slogans = SLOGANS.get(s.charCodeAt(A.start));
    if (slogans) for (const w of slogans) if (s.startsWith(w, A.start)) return true;
    // 一本上线率, 二本以上上线, 三本院校: a tier of universities, no count of books
    if (A.end - A.start === 1 && UNIVERSITY_TIER.test(s.slice(A.start, A.start + 6))) return true;
  }
  return false;
}

/** 现将…零时我县8个镇(乡)…的人口…公布如下: the places an announcement covers are its extent, not a figure it states. */
function isAnnouncedExtent(s: string, f: Figure): boolean {
  if (f.unit !== "个" || !isOneOf("省市县区镇乡街州", s.charCodeAt(f.end))) return false;
  const lead = s.lastIndexOf("现将", f.start);
  return lead >= 0 && s.indexOf("如下", f.end) > 0;
}

/** 每10万人, 人/10万人, 每千人口: a round count of people after 每 or / is the base of a rate, not a figure. */
function isRateBase(f: Figure, prev: number): boolean {
  if ((f.unit !== "人" && f.unit !== "人口") || f.kind !== "single" || (prev !== 0x6bcf /* 每 */ && prev !== 47 /* / */)) return false;
  const log = Math.log10(f.a);
  return log >= 1 && Math.abs(log - Math.round(log)) < 1e-9;
}

const RANK_DIGITS = "一二三四五六七八九十";
/** The number at a..b is X or Y of 保X争Y with Y the better (smaller) place: 保三争二, 保五争四 (保一争二 counts, no ranks). */
export function holdStrive(s: string, a: number, b: number): boolean {
  const hold = s.charAt(a - 1) === "保" && s.charAt(b) === "争" ? a : s.charAt(a - 1) === "争" && s.charAt(a - 3) === "保" ? a - 2 : -1;
  if (hold < 0 || b - a !== 1) return false;
  const x = RANK_DIGITS.indexOf(s.charAt(hold));
  const y = RANK_DIGITS.indexOf(s.charAt(hold + 2));
  return x >= 0 && y >= 0 && y < x;
}

const UNIVERSITY_TIER = /^[一二三]本(?:上线|以上|线|院校|批|录取|达线|率|重点|大学|学校|、[一二三]本)/;

