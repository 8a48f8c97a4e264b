/**
 * Figure spotting: the clauses of a sentence and the figures in them that are commitments or
 * reported results. The figure grammar is src/core/phrase/ (shared with parseTarget); this
 * stage drops what it cannot know: articles (一所学校), durations (利用3个月), frames
 * (在全省…的38个…中), conditions (对于…达60亩以上的), names with numerals left over.
 */
import type { NumberToken } from "../number";
import { comparatorWordAt, Figure, findZeros, Gov, NOUN_UNITS, OBJECT_COUNTERS, scanFigures, TIME_UNITS, unitAt } from "../phrase";
import { isIdeograph } from "../phrase/chars";
import { ABSTRACT_HEADS, CHANGE_BETWEEN, COUNT_UNITS, LEVEL_SCOPES, ONE_VERBS, SIZED_PLACES, UNITS_KEPT, wordAt, wordBefore, words } from "./lexicon";
import { isAsciiDigit } from "./text";

/** Longest stretch of text any rule looks at around a figure. */
export const WINDOW = 80;

export interface Fig {
  f: Figure;
  /** The figure's first token (null for a zero written as 无流生). */
  tok: NumberToken | null;
  gov: Gov | null;
  clause: number;
}


/** c is one of the characters of set (a short loop; no allocation on this hot path). */
export function has(set: string, c: number): boolean {
  for (let k = 0; k < set.length; k++) if (set.charCodeAt(k) === c) return true;
  return false;
}

// ---- distractors the phrase grammar does not know ----------------------------------------

const COUNT_ARTICLE_UNITS = new Set(["所", "个", "家", "项", "套", "台", "间", "名", "位", "次", "起", "期", "条", "处", "场", "支", "座", "张", "门", "节", "件", "份", "户", "本", "册", "篇", ...OBJECT_COUNTERS]);
const DURATION_LEADS = words(["利用", "经过", "历时", "花费", "用了", "用", "连续", "持续", "历经"]);
const FRAME_NOT_BEFORE = "高初集其适空途手心家";
const FRAME_NOT_AFTER = "心小学等职专国央华级间期考医";
const CONDITION_LEADS = ["对于", "凡是", "凡", "如果", "若", "如"];

/** 在全省…的38个…中我市占有: a figure framed by 在…中 or 在…的基础上 describes the frame, not a commitment. */
function inFrame(s: string, start: number, end: number, cl: Clause): boolean {
  const a = cl.start;
  const b = Math.min(cl.end, end + WINDOW);
  const from = Math.max(a, start - WINDOW);
  const at = s.slice(from, start).lastIndexOf("在");
  const open = at < 0 ? -1 : from + at;
  if (open < a) return false;
  for (let k = end; k < b; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x4e2d /* 中 */ && !has(FRAME_NOT_BEFORE, s.charCodeAt(k - 1)) && !has(FRAME_NOT_AFTER, s.charCodeAt(k + 1))) return true;
    if (s.startsWith("的基础上", k) || s.startsWith("之中", k)) return true;
  }
  return false;
}

/** A list of bare numbers whose unit is written once, after the last (0.5、0.3个百分点; 52、28所; 5.7和5.6厘米): that unit, or null. */
const LIST_REST = /^(?:[、和及](?:\d+(?:\.\d+)?))*[、和及]\d+(?:\.\d+)?/;

const LIST_NAMES = new Set(["年", "班", "期"]);

function listUnit(s: string, end: number): string | null {
  const m = LIST_REST.exec(s.slice(end, end + 60));
  if (!m) return null;
  const p = end + m[0].length;
  const c = s.charCodeAt(p);
  if (c === 37 /* % */) return "%";
  if (c === 0x2030 /* ‰ */) return "‰";
  const unit = unitAt(s, p);
  // 2020、2021年 lists years, 1、2班 names classes and 一、二期 phases: none is a count
  return unit && !LIST_NAMES.has(unit[1]) ? unit[1] : null;
}

/**
 * 近视率分别是81.74%、82.22, 报考人数分别为939万人、942万: a 分别 list whose unit is written once,
 * after its first figure: the unit of the figure just before, when only a list mark parts them.
 */
const LIST_OPENED = /分别(?:是|为|達|达|达到|占|有)?/;
function firstOfListUnit(s: string, toks: NumberToken[], i: number): string | null {
  // back over the list's bare members (942万、940万) to the first, which writes the unit
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const prev = toks[j];
    const written = prev.percent ? (["", prev.text.indexOf("‰") >= 0 ? "‰" : "%"] as const) : s.charCodeAt(prev.end) === 37 ? (["%", "%"] as const) : unitAt(s, prev.end);
    const gap = s.slice(prev.end + (written ? written[0].length : 0), toks[j + 1].start);
    if (!/^[、,，]$/.test(gap)) return null;
    if (!written) continue;
    return !LIST_NAMES.has(written[1]) && LIST_OPENED.test(s.slice(Math.max(0, prev.start - 12), prev.start)) ? written[1] : null;
  }
  return null;
}

/** What follows a bound that qualifies the people or things the next figure counts: 56人及以上的大班1.38万个, 服务届满40年以上者2位. */
const BOUND_QUALIFIES = /^(?:的[\u4e00-\u9fff]{1,8}|者(?:共|有|计)?)[0-9]/;

/** A bound's word right before its figure (不足100人, 超过2000人). */
const BOUND_WORD_BEFORE = /(?<!不)(?:不足|少于|低于|多于|超过|高于|不到)$/;

/** The end of a place's name (区, 县, 峡, 河 …), not a count of places (区县). */
const PLACE_SUFFIX = /^(?:(?:区|县|市|镇|乡|村|旗)(?![区县市镇乡村])|峡|河)/;

/** Statistics with no unit (README): 差异系数 0.335, 标准差1.64, outside any parenthesis (a quoted standard). */
const UNITLESS_NAMES = /(差异系数|变异系数|标准差|基尼系数|容积率)/; // 容积率: a site's floor area over its land, a plain number

/** A rate written without its %: 满意率在80以上, 合格率达90以上 (the bound says it is a target, the name that it is a rate). */
const BARE_RATE_BEFORE = /(率|满意度)(在|达|达到|保持在)$/;

/** A ratio of people written as one number (生师比为16.49, 小学生师比12.78: students per teacher), the clause ending on it. */
const BARE_RATIO_BEFORE = /(?:生师比|师生比|生机比)(?:为|是|达|达到|约)?$/;

/** …and a report's too, the clause ending on it (合格率为99.2, 高考升学率95.67, 达标率小学为100); 入学率 95 98%: the 95 lost its point. */
const BARE_RATE_REPORTED = /(?:率(?:小学|初中|高中)?|平均分|均分|总平均|人平)(?:为|达|达到|是)?(?:\d+(?:\.\d+)?、){0,4}$/; // and an average score (平均分62.23)

/** A size stated as a bare count (用户规模达3.42亿, 总量为1.2万): the measure ends right before its verb. */
const SIZE_BEFORE = /(?:规模|总数|量)(?:分别)?(?:达到?|为|约为?|超过|突破)?$/;

function unitlessStatistic(s: string, f: Figure, cl: Clause): boolean {
  if (f.kind === "single" && f.source === "suffix" && f.a > 0 && f.a <= 100 && BARE_RATE_BEFORE.test(s.slice(Math.max(cl.start, f.start - 6), f.start))) return true;
  const ends = f.tail >= cl.end - 1 || (s.charCodeAt(f.tail) === 0x3001 /* 、 */ && /\d/.test(s.charAt(f.tail + 1))); // or a list of them goes on
  if (f.kind === "single" && f.unit === null && f.a >= 1 && f.a <= 100 && ends && BARE_RATIO_BEFORE.test(s.slice(Math.max(cl.start, f.start - 8), f.start))) return true;
  if (f.kind === "single" && f.a >= 0 && f.a <= 100 && ends && BARE_RATE_REPORTED.test(s.slice(Math.max(cl.start, f.start - 30), f.start))) return true;
  if (f.kind !== "single" || !/\./.test(s.slice(f.start, f.end)) || f.a >= 100) return false;
  const left = s.slice(Math.max(0, f.start - WINDOW), f.start);
  if (!UNITLESS_NAMES.test(left)) return false;
  const inClause = s.slice(cl.start, f.start);
  return inClause.split("(").length <= inClause.split(")").length;
}

/** A 范文 site's title counting the articles it collects: …锦集5篇, 【汇集4篇】, 总结(3篇), or …报告6篇 ending its line. */
function isCollectionCount(s: string, start: number, tail: number): boolean {
  const before = s.slice(Math.max(0, start - 5), start);
  if (/(?:锦集|汇集|合集|例文|大全|精选了?)$|(?:计划|总结|报告|方案|措施|目标|例文|范文)[(（【](?:推荐|精选|汇集|合集)?$/.test(before)) return true; // not 每校推荐5篇, 论文(5篇)
  const next = s.charCodeAt(tail);
  return /(?:计划|总结|报告|方案|责任书|讲话稿|发言稿|演讲稿|范文)$/.test(before) && (next === 10 || next === 13 || has(")）】", next));
}

/** 101, 202, 1205: a grade and a class's index within it, as a school numbers its classes. */
function isClassNumber(t: string): boolean {
  if (!/^\d{3,4}$/.test(t)) return false;
  const n = Number(t);
  return n % 100 >= 1 && n % 100 <= 30 && Math.floor(n / 100) >= 1 && Math.floor(n / 100) <= 12;
}
/** A verb's or a bound's last character right before a count (增加了214班, 共需5928班, 至少180班). */
const COUNT_VERB_ENDS = "了加设需少成达有共增计开办建至约近逾超余到为";

/** A rate's verb right before a figure: 辍学率为, 犯罪率均为, 流失率控制在. */
const ZERO_RATE_BEFORE = /率(?:均)?(?:为|是|保持在|控制在|降为|降至|下降为)$/;

/** How many words of a qualifier may stand between a head count and the place it sizes (200人以上寄宿制学校, 1500人以上建档立卡贫困村). */
const QUALIFIER_REACH = 4;
const POPULATION_BOUND = /^口(?:及|或)?以[上下]/;

/** A place (a kind of school, a class size, a village) at p, or after at most `reach` ideographs qualifying it. */
function sizesPlace(s: string, p: number, reach: number): boolean {
  for (let k = p; k <= p + reach && isIdeograph(s.charCodeAt(k)); k++) {
    if (wordAt(s, k, LEVEL_SCOPES) || wordAt(s, k, SIZED_PLACES)) return true;
    if (has("到在为赴与和及", s.charCodeAt(k))) return false; // 100人以上骨干教师到乡村小学: the people go somewhere, they size nothing
  }
  return false;
}

/** A clause in English (an abstract's translation: the gross enrollment rate increased from 79.2%): words and no ideograph. */
function isForeignClause(s: string, cl: Clause): boolean {
  // read once per clause: a clause of thousands of figures (a column of 100% run together) asks for each
  if (cl.foreign === undefined) cl.foreign = readForeign(s, cl);
  return cl.foreign;
}

function readForeign(s: string, cl: Clause): boolean {
  let letters = 0;
  for (let k = cl.start; k < cl.end; k++) {
    const c = s.charCodeAt(k);
    if (isIdeograph(c)) return false;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  return letters >= FOREIGN_LETTERS;
}
/** Letters that make a clause words, not a unit or a code (m2, GDP, km). */
const FOREIGN_LETTERS = 8;

/** The "(" still open at p, looked for within a short breakdown, or -1. */
export function openParenBefore(s: string, p: number): number {
  let depth = 0;
  for (let k = p - 1; k >= Math.max(0, p - 60); k--) {
    const c = s.charCodeAt(k);
    if (c === 41) depth++;
    else if (c === 40) {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

function distractor(s: string, toks: NumberToken[], i: number, f: Figure, cl: Clause): boolean {
  if (isForeignClause(s, cl)) return true;
  const A = toks[i];
  const prev = s.charCodeAt(A.start - 1);
  const after = s.charCodeAt(f.end);
  if (f.kind === "ratio") {
    // 普高与职高的比例保持在1:1; a clock time (17:34:53) has no 比
    // (其中:城市20.1:1;县镇19.5:1): inside a breakdown, the 比 is before its parenthesis
    const open = openParenBefore(s, f.start);
    const before = s.slice(Math.max(cl.start, f.start - WINDOW), f.start) + (open >= 0 ? s.slice(Math.max(0, open - WINDOW), open) : "");
    if (before.indexOf("比") < 0) return true;
    return s.charCodeAt(f.end) === 58;
  }
  if (f.unit === null && f.kind === "single") {
    // 提高0.5、0.3个百分点: the list's one unit; a percent unit makes the number a fraction, as readUnit does
    f.unit = listUnit(s, f.end) ?? firstOfListUnit(s, toks, i);
    if (f.unit === "%" || f.unit === "个百分点") f.a /= 100;
    else if (f.unit === "‰") f.a /= 1000;
  }
  if (f.unit === "个" && f.kind === "single" && has("、和", s.charCodeAt(f.end)) && listUnit(s, f.end) === "个百分点") {
    // 提高0.08个、2.35个百分点: the list's last unit completes the short ones
    f.unit = "个百分点";
    f.a /= 100;
  }
  // 教育投入4亿, 投入资金2000万: money said without its 元 is counted in 亿元 or 万元
  // …and so is 20.4万用于威宁保家中学: what is spent on something
  if (f.unit === null && f.kind === "single" && /[万萬亿億]$/.test(A.text) && (MONEY_BEFORE.test(s.slice(Math.max(0, A.start - 10), A.start)) || /^用于/.test(s.slice(f.end, f.end + 2)))) {
    const yi = /[亿億]$/.test(A.text);
    f.unit = yi ? "亿元" : "万元";
    f.a = A.value / (yi ? 100000000 : 10000);
  }
  // 专任教师1670多万, 受益学生超过3360万: the noun just before a count in ten thousands tells its unit
  // …人数已经由29万减少至6.5万: the second of a change's two counts is the first's
  if (f.unit === null && f.kind === "single" && ((A.value >= 10000 && /[万萬亿億]/.test(A.text)) || (f.a >= 10000 && /^[多余][万萬亿億]/.test(s.slice(A.end, A.end + 2))))) f.unit = nounUnitBefore(s, changedFrom(s, toks, i)) ?? nounUnitAfter(s, f.end) ?? levelUnitBefore(s, toks, i);
  // 辍学率为0, 师生犯罪率为零: a rate stated as zero is 0%
  if (f.unit === null && f.kind === "single" && f.a === 0 && ZERO_RATE_BEFORE.test(s.slice(Math.max(cl.start, A.start - 6), A.start))) f.unit = "%";
  if (f.unit === null && unitlessStatistic(s, f, cl)) return false;
  // 在线教育用户规模达3.42亿, 在校生规模突破1613万: a size counted in ten thousands or more, in people when the noun before its measure names them
  const size = f.unit === null && f.kind === "single" && A.value >= 10000 && /[万萬亿億]$/.test(A.text) ? SIZE_BEFORE.exec(s.slice(Math.max(cl.start, A.start - 8), A.start)) : null;
  if (size) {
    f.unit = nounUnitBefore(s, A.start - size[0].length);
    return false;
  }
  // a rate (2000元/生·年) is kept for the unit it counts in
  if (f.unit === null || !UNITS_KEPT.has(f.unit.startsWith("/") ? f.unit : f.unit.split("/")[0])) return true;
  if (f.unit === "周" && after === 0x5e74 /* 年 */) return true; // 60周年
  // 两种模式, 6种方式: a few kinds named; 报刊240余种, 图书5000种: titles counted
  if (f.unit === "种" && (!/[0-9]/.test(A.text) || (f.a < 10 && isIdeograph(after)))) return true;
  if (f.unit === "篇" && isCollectionCount(s, A.start, f.tail)) return true; // 工作计划锦集5篇, 提升总结(3篇): a 范文 site's count of its own pages
  if (f.unit === "班" && isClassNumber(A.text) && !has(COUNT_VERB_ENDS, prev) && isIdeograph(after) && !has("以级次的为是", after)) return true; // 202班生均6册, 101班沈启航: a class's number, no count of classes
  // 3分校: only a score is counted in 分, and 600分以上 names the students who reached it
  if (f.unit === "分" && (f.source === "suffix" || !spokenScore(s, A.start, f.tail, cl))) return true;
  // 56人及以上的大班1.38万个: a bound qualifying the noun that the next figure counts is part of its name
  // …and a band of shares (前10%的学科27个, 10%-20%的学科33个): the share names the things the count after it counts
  // …and a bound said before it (初中在校生不足100人的有3所, 超过2000人的学校12所)
  const boundBefore = f.source === "word" && f.unit !== "%" && BOUND_WORD_BEFORE.test(s.slice(Math.max(cl.start, A.start - 3), A.start));
  if ((f.source === "suffix" || boundBefore || (f.unit === "%" && (f.kind === "range" || prev === 0x524d /* 前 */))) && BOUND_QUALIFIES.test(s.slice(f.tail, Math.min(cl.end, f.tail + 12)))) return true;
  // 12班以上小学及初中需配置…, 不足50人的教学点: a size bound that qualifies a kind of school is a condition (95%以上的学校 is a share)
  // 30万人口以上的县: a population bound, its 口 after the unit
  const population = f.unit === "人" && s.charCodeAt(f.end) === 0x53e3 /* 口 */ ? POPULATION_BOUND.exec(s.slice(f.end, f.end + 5)) : null;
  if (COUNT_UNITS.has(f.unit) && (f.source === "suffix" || f.source === "word" || population)) {
    const tail = population ? f.end + population[0].length : f.tail;
    const de = s.charCodeAt(tail) === 0x7684; /* 的 */
    if ((de || f.source === "suffix" || population) && sizesPlace(s, de ? tail + 1 : tail, f.unit === "人" ? QUALIFIER_REACH : 0)) return true;
  }
  // 每个乡镇, 每一所学校; but 每0.5万人以上设置一所小学 is a siting standard: population per school
  if (prev === 0x6bcf /* 每 */ && !(f.unit === "人" && s.slice(A.start, f.end).indexOf("万") >= 0)) return true;
  if (prev === 0x542b /* 含 */) return true; // (含60亩)
  // 三元区, 五台县, 三门峡, 七台河: a place named with a numeral and a word that is also a unit
  if (A.chinese && A.end - A.start === 1 && (f.unit === "元" || f.unit === "台" || f.unit === "门") && PLACE_SUFFIX.test(s.slice(f.end, f.end + 2))) return true;
  if (A.chinese && A.value === 1 && A.end - A.start === 1 && f.kind === "single" && f.source !== "suffix" && f.source !== "rank" && f.unit !== null && COUNT_ARTICLE_UNITS.has(f.unit)) {
    // 一所学校 is "a school" unless a building verb asks for it (新建一所完全高中); 一支队伍 is an idiom;
    // after a school's noun (有中心小学一所。) it counts
    const counts = (f.unit === "所" || f.unit === "个") && (prev === 0x5404 /* 各 */ || /(学|校|园|中心|室|馆|站|基地)$/.test(s.slice(Math.max(0, A.start - 4), A.start))) && !isIdeograph(s.charCodeAt(f.tail));
    if (f.unit === "支" || (!counts && !wordBefore(s, A.start, ONE_VERBS))) return true;
  }
  if (f.unit === "篇" && /(要点|计划|总结|范文|方案|规划|合集|精选|汇编|通用)$/.test(s.slice(Math.max(0, A.start - 4), A.start))) return true; // 工作要点2篇: a web page title
  if ((f.unit === "年" || f.unit === "岁" || f.unit === "个月") && isIdeograph(after)) {
    // 学前三年毛入园率, 学前一年入学率: a period inside an indicator name
    if (/^[\u4e00-\u9fff]{0,10}(率|比例|比重)/.test(s.slice(f.end, Math.min(cl.end, f.end + 16)))) return true;
  }
  if (f.unit === "年" && /^(义务教育|一贯制|制|国民基本教育|国教)/.test(s.slice(f.end, f.end + 6))) return true; // 九年义务教育, 九年一贯制学校, 十二年国民基本教育: names
  if (f.unit === "年" && !yearsMeasured(s, f, cl)) return true;
  // 65岁以上老年人, 年满6周岁, 小班3-4岁: an age that qualifies, no age measured (an age changing from one to another
  // may find its measure earlier in the sentence: 人均预期寿命在2015年至2020年,从76.34岁提高至…)
  if (f.unit === "岁" && !AGE_MEASURE.test(s.slice(cl.start, cl.end)) && !(has("由从至到", prev) && AGE_MEASURE.test(s.slice(Math.max(0, cl.start - AGE_REACH), cl.start).split(/[。;；\n]/).pop() as string))) return true;
  // 二期工程, 2019年1期 (a journal's issue): a phase or an issue, unless held or published (举办…28期, 编发简报8期)
  if (f.unit === "期" && (prev === 0x5e74 /* 年 */ || (A.value < 10 && !SESSIONS_HELD.test(s.slice(Math.max(cl.start, A.start - 10), A.start))))) return true;
  // 112年度预算, 自111年起, 108年7月2日: a year (of the Republic on Taiwanese pages), no span of years
  if (f.unit === "年" && A.value >= 10 && (/^(度|起|\d{1,2}月)/.test(s.slice(f.end, f.end + 3)) || (prev === 0x81ea /* 自 */ && /^[^,，。;；]{0,20}起/.test(s.slice(f.end, f.end + 21))))) return true;
  if (f.unit === "年" && /^0\d$/.test(A.text)) return true; // 03年我校招收…, 07年—10年: a year said short, no span of years
  if (A.chinese && A.value <= 10 && (f.unit === "个" || f.unit === "项" || f.unit === "条") && wordAt(s, f.end, ABSTRACT_HEADS)) return true; // 四个转变
  if (f.unit === "期" && A.chinese && isIdeograph(prev) && (isIdeograph(after) || after === 0x3001)) return true; // 职中二期、
  if (f.unit !== null && TIME_UNITS.has(f.unit) && wordBefore(s, A.start, DURATION_LEADS)) return true; // 利用3个月的时间
  if (f.unit === "部" && has("门委分位", after)) return true; // 四部门
  if (f.unit === "岁" && f.source === "suffix" && /^(的)?(老年人|老人|人口|婴幼儿|婴儿|儿童|妇女|居民|人群|患者|学生|幼儿|青少年|职工|群众)/.test(s.slice(f.tail, f.tail + 4))) return true; // 65岁以上老年人
  if ((f.unit === "次" || f.unit === "届") && /^(党代会|代表大会|全会|全体会议|会议|人代会|团代会)/.test(s.slice(f.end, f.end + 4))) return true; // 市七次党代会
  if (f.unit === "年" && A.chinese && A.value === 1 && f.source !== "suffix") return true; // 关键一年, 往前一年: "a year", not a figure
  // 10年增加7.6万所: the period of a change (not 由9.5年提高到10.2年, a value changing)
  if (f.unit !== null && TIME_UNITS.has(f.unit) && Number.isInteger(A.value) && !has("由从自", prev) && /^(来)?(增加|增长|提高|下降|减少|新增|累计)/.test(s.slice(f.tail, f.tail + 4))) return true;
  if (f.unit === "岁" && s.charCodeAt(f.tail) >= 48 && s.charCodeAt(f.tail) <= 57) return true; // 5岁1138人: an age labels the count after it
  if (f.unit !== null && TIME_UNITS.has(f.unit) && A.chinese) {
    // 三年内改扩建…, 三年累计投入…: a time frame of the action, not a figure (五年内不得交流 stays)
    const rest = s.slice(f.tail, f.tail + 4);
    if (/^(内|来|间|中|里)?(累计|共|先后|陆续|分批|逐步|新|改|建|完成|投入|培养|实现|招)/.test(rest) && !/^内?(不|未)/.test(rest)) return true;
  }
  if (f.unit === "年" && s.charCodeAt(f.tail - 1) === 0x5185 /* 内 */ && isIdeograph(s.charCodeAt(f.tail)) && !has("不未", s.charCodeAt(f.tail)) && cl.end - f.tail > 2) return true; // 三年内将完成…, 5年内建设…: the plan period of the action, not a figure (控制在3年内 and 3年内有效 end their clause: they stay; 48小时内补学 is a time limit)
  if (/^每[批组轮期班次]/.test(s.slice(cl.start, Math.min(f.start, cl.start + 8))) && /分[0-9一二三四五六七八九十两]+[批组轮期]/.test(s.slice(Math.max(0, f.start - WINDOW), f.start))) return true; // 分三批实施，每批约100名
  if (inFrame(s, f.start, f.tail, cl)) return true;
  const lead = s.slice(cl.start, Math.min(cl.start + 4, f.start));
  if (CONDITION_LEADS.some((w) => lead.startsWith(w))) {
    // 对于小县面积达60亩以上(含60亩)的必须建设…: a condition, not a target
    const rest = s.slice(f.tail, Math.min(s.length, f.tail + 20));
    if (/的(必须|应|要|须|一律|均|可)/.test(rest)) return true;
  }
  return false;
}

// ---- figures of a sentence -----------------------------------------------------------------

export interface Clause {
  start: number;
  end: number;
  /** Whether it is a clause in English, once asked (isForeignClause). */
  foreign?: boolean;
}

/** The colon of 13.3:1 joins a ratio; it does not end a clause. */
function isRatioColon(s: string, k: number): boolean {
  const a = s.charCodeAt(k - 1);
  const b = s.charCodeAt(k + 1);
  return a >= 48 && a <= 57 && b >= 48 && b <= 57;
}

/** 增幅分别为:6.71%、9.13%: the colon after a list's verb opens a list of bare figures, within the clause that names them (依次是:禹州市91.87% names its own). */
const LIST_VERB_BEFORE = /(?:分别|依次)(?:为|是|达到?)$/;

const THOUSANDS_AFTER = /^\d{3}(?!\d)/;

export function clausesOf(s: string): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let a = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    // a quote is no parenthesis: one that holds a comma quotes a statement (“新建80所,建成38所”) and its clauses are clauses
    if (c === 40 || c === 0x300a) depth++;
    else if ((c === 41 || c === 0x300b) && depth > 0) depth--;
    // a ; ends a clause even inside a parenthesis: (其中:城市20.1:1;县镇19.5:1); a cell mark (|, tab) of a table read as prose ends one too
    // 1,470所国小: a comma grouping thousands ends no clause
    else if (c === 44 && isAsciiDigit(s.charCodeAt(k - 1)) && THOUSANDS_AFTER.test(s.slice(k + 1, k + 5))) continue;
    else if (((c === 44 || c === 10 || c === 124 || c === 9 || (c === 58 && !isRatioColon(s, k) && !(LIST_VERB_BEFORE.test(s.slice(Math.max(0, k - 4), k)) && isAsciiDigit(s.charCodeAt(k + 1))))) && depth === 0) || c === 59) {
      out.push({ start: a, end: k });
      a = k + 1;
    }
    if (depth > 3) depth = 3;
  }
  out.push({ start: a, end: s.length });
  return out;
}

export function figuresOf(s: string, clauses: Clause[], toks: NumberToken[]): Fig[] {
  const figs: Fig[] = [];
  let ci = 0;
  const clauseOf = (p: number): number => {
    while (ci + 1 < clauses.length && clauses[ci].end < p) ci++;
    return ci;
  };
  scanFigures(s, toks, findZeros(s), {
    zero: (z) => {
      if (z.unit !== null) figs.push({ f: z, tok: null, gov: "=", clause: clauseOf(z.start) });
    },
    figure: (f, _cls, i, gov) => {
      const clause = clauseOf(f.start);
      const before = figs.length && figs[figs.length - 1].clause === clause ? figs[figs.length - 1] : null;
      if (!distractorIn(s, toks, i, f, before, clauses[clause])) figs.push({ f, tok: toks[i], gov, clause });
    },
    changeGoverns,
  });
  figs.sort((x, y) => x.f.start - y.f.start);
  return figs;
}

/** A change word (提高, 下降, 增长) only reads as a change when it stands next to the figure. */
/** 增长最快的是青海省(25.66%)、湖南省(22.24%): the change of the places named, in brackets. */
const FASTEST = /^(?:最快|最多|最大|较快|最高)的?(?:是|为|有)(?:[^,;:。()（）]{1,12}[(（][0-9.]+%[)）][、和])*[^,;:。()（）]{1,12}[(（]$/;

function changeGoverns(s: string, start: number): boolean {
  const lo = Math.max(0, start - 24);
  for (let k = start - 1; k >= lo; k--) {
    if (has(",;:。", s.charCodeAt(k))) return false;
    const word = comparatorWordAt(s, k, start);
    if (!word || (word.gov !== "inc" && word.gov !== "dec")) continue;
    // 分别增长10%、12%以上, 减少19个班、725人: earlier figures of the same list, each with its unit, may stand between
    // 下降了近99%: 了 and an approximation may both stand between
    const between = s.slice(k + word.w.length, start).replace(/^(?:了|约|近|达|幅度为?|幅度达|比例为?|率为?|为)+/, "");
    // (分别增加0.52cm、1.26cm: a unit in Latin letters too)
    return /^([0-9.]+(%|‰|个百分点|[万亿]?[\u4e00-\u9fff]{1,2}|[A-Za-z²³]{1,3})?[、和及与])*$/.test(between) || FASTEST.test(between);
  }
  return false;
}

function distractorIn(s: string, toks: NumberToken[], i: number, f: Figure, before: Fig | null, cl: Clause): boolean {
  // 有3人考入全省理科前100名: a rank after a count qualifies it (甲组第五名、丙组第六名 are both ranks)
  if (f.source === "rank" && before && before.f.source !== "rank" && before.f.unit !== "分") return true; // (以633分的成绩夺得第二名: a score, no count)
  return distractor(s, toks, i, f, cl);
}

/** A measure counted in years (平均受教育年限, 有效期, 为期3年, 学制): what a span of years is a figure of. */
const YEARS_MEASURE = /年限|受教育|受教学|有效|期限|为期|学制|工期|任期|服务期|聘期/;
/** 普及十五年教育, 15年免费教育: the years of schooling a place provides. */
const YEARS_OF_SCHOOLING = /^(?:的)?(?:全程)?(?:免费|基础|基本|义务|公共|学前|高中|教育|一贯)/;
/**
 * A span of years is a figure of a plan or a report only where years are the measure, or a bound or a change
 * states it (不少于1年, 3年以上, 提高0.5年); elsewhere it tells how long something went on (连续发布8年, 三年尘与土).
 */
function yearsMeasured(s: string, f: Figure, cl: Clause): boolean {
  if (f.source === "word" || f.source === "suffix" || f.source === "change") return true;
  return YEARS_MEASURE.test(s.slice(cl.start, cl.end)) || YEARS_OF_SCHOOLING.test(s.slice(f.tail, f.tail + 4));
}

/** How far back a clause's age may find its measure, within its sentence. */
const AGE_REACH = 30;
/** A measure counted in years of age (平均年龄, 预期寿命, 最大的82岁): what an age is a figure of. */
const AGE_MEASURE = /年龄|寿命|最大|最小|最高|最低/;
/** Verbs that hold or publish sessions (举办培训班3期, 编发简报8期, 实施两期行动计划): a count of them. */
const SESSIONS_HELD = /举办|开展|编发|发布|印发|组织|实施|提供|培训|拍摄|出版|推出|刊发|编印|开设|举行|开办|办/;

/** Where a score is spoken of: 平均分, 最高分, 人平, 相差, 自评, 总分 before it; 的优异成绩 after it. */
const SCORE_BEFORE = /(平均分|均分|人平|最高分|最低分|总分|得分|分值|自评|合成分|分数线|分数|相差|高出|低于|高于|比[^,，。;；]{1,8}(低|高)|[低高]|提升|提高|增长|下降|平均|监测)[^,，。;；\d]{0,6}$/;
const SCORE_AFTER = /^[^,，。;；]{0,2}(的)?(优异|总|好)?成绩/;
function spokenScore(s: string, start: number, tail: number, cl: Clause): boolean {
  return SCORE_BEFORE.test(s.slice(Math.max(cl.start, start - 12), start)) || SCORE_AFTER.test(s.slice(tail, tail + 8));
}

/** Words of money right before an amount (投入, 投资, 资金, 经费 …), past a comparator word. */
const MONEY_BEFORE = /(投入|投资|(?<=[年共再已])投|资金|经费|拨款|补助|筹资|筹措|下达|拨付|奖补|预算|斥资|自筹|出资|捐资|捐款|募集|发放|捐赠|善款|救助金|助学金|奖学金|奖励金|补助金)(?:资金|经费)?(?:共计|总计|合计|累计|超过|达到了|达到|高达|已达|达|约|近|逾|突破|为|共)?$/;

/** The unit of a counted noun right before p, past a comparator or change word (学生超过 → 人, 学校达 → 所, 招生人数增加了 → 人), or null. */
const BEFORE_COUNT = /(?:总数|总量|数量)?(?:却|仍|已|也|均|仅|只有|会|将|首次)?(?:超过|超出|超|高达|达到|达|约|近|逾|突破|跌破|降至|降到|增至|升至|为|有|共|(?:增加|减少|增长|下降)了?(?:约|近)?|(?:已经?)?[由从自](?:(?:19|20)\d\d年(?:\d{1,2}月)?(?:底|末)?)?的?)?$/;
function nounUnitBefore(s: string, p: number): string | null {
  const lead = s.slice(Math.max(0, p - 20), p);
  const m = BEFORE_COUNT.exec(lead);
  const at = m ? lead.length - m[0].length : lead.length;
  for (const [noun, unit] of NOUN_UNITS) if (lead.startsWith(noun, at - noun.length) && at >= noun.length) return unit;
  return seriesUnit(s, p);
}

/**
 * A count in a series of years after its measure (高考报名人数:2024年1342万、2023年1291万, 人数2008年为1061万):
 * nothing but years, figures of ten thousands and list marks stand between the measure and the count.
 */
const SERIES_BETWEEN = /^(?:[\s:：,，、;；]|分别|为|是|约|近|达到?|(?:19|20)\d\d年度?|\d+(?:\.\d+)?[万萬亿億])*$/;
const SERIES_REACH = 60;
function seriesUnit(s: string, p: number): string | null {
  const lead = s.slice(Math.max(0, p - SERIES_REACH), p);
  const at = Math.max(lead.lastIndexOf("人数"), lead.lastIndexOf("人數"));
  return at >= 0 && SERIES_BETWEEN.test(lead.slice(at + 2)) ? "人" : null;
}

/** A change said right after its level (在校生2.91亿人,较上年减少534.5万): what lies between the two. */
const CHANGE_OF_LEVEL = /^[,，]?(?:较|比)(?:上年|去年|上一年|(?:19|20)\d\d\s?年)(?:同期)?(?:增加|减少|增长|下降|多|少)了?(?:约|近)?$/;
/** The unit of the level a count in ten thousands changes, written after the level's figure, or null. */
function levelUnitBefore(s: string, toks: NumberToken[], i: number): string | null {
  let j = i - 1;
  while (j >= 0 && /^\s?年/.test(s.slice(toks[j].end, toks[j].end + 2))) j--; // 比2010年: the baseline's year is no level
  const prev = j >= 0 ? toks[j] : null;
  const written = prev ? unitAt(s, prev.end) : undefined;
  if (!prev || !written || !COUNT_UNITS.has(written[1]) || !CHANGE_OF_LEVEL.test(s.slice(prev.end + written[0].length, toks[i].start))) return null;
  return written[1];
}

/** Words from a change's first count right to its second (29万减少至6.5万). */
function changedTo(between: string): boolean {
  return CHANGE_BETWEEN.test(between) && /[到至]$/.test(between);
}
/** Where the count toks[i] is read from: the start of the count it changed from (29万减少至6.5万), else its own. */
function changedFrom(s: string, toks: NumberToken[], i: number): number {
  const prev = toks[i - 1];
  return prev && /[万萬亿億]$/.test(prev.text) && changedTo(s.slice(prev.end, toks[i].start)) ? prev.start : toks[i].start;
}

/** How many ideographs may qualify the noun after a count (4000万农村学生, 2075万儿童留守 has none). */
const QUALIFIER_AFTER = 4;
/** The unit of a noun after p past a short qualifier (惠及4000万农村学生 → 人), or null; a verb or 的 ends the look. */
function nounUnitAfter(s: string, p: number): string | null {
  for (let k = p; k <= p + QUALIFIER_AFTER && isIdeograph(s.charCodeAt(k)); k++) {
    if (has("的用于向给对在是为和及与", s.charCodeAt(k))) return null;
    for (const [noun, unit] of NOUN_UNITS) if (s.startsWith(noun, k)) return unit;
  }
  return null;
}

/** Where the right context of the idx-th figure ends: the next figure's list mark, or the clause end. */
export function rightEnd(s: string, clause: Clause, inClause: Fig[], idx: number): number {
  if (idx + 1 >= inClause.length) return Math.min(clause.end, inClause[idx].f.tail + WINDOW);
  const next = inClause[idx + 1].f.start;
  const from = inClause[idx].f.tail;
  const between = s.slice(from, next);
  const dun = between.lastIndexOf("、");
  if (dun >= 0) return from + dun;
  const conj = /(和|及|与|以及|并)$/.exec(between);
  if (conj) return next - conj[0].length;
  return next;
}
