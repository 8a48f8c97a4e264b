/**
 * Figures in running text: every (indicator, figure) pair of a paragraph, named the way a
 * statistician labels a row. The figure itself is read by src/core/phrase.ts (as parseTarget
 * reads a cell); this module decides which figures are commitments or reported results, what
 * each is called, for whom (scope), by when (deadline), and how lists distribute:
 * 分别达到A、B、C, 均比上年提高…, 各35套, and elliptical clauses that carry the indicator, verb,
 * scope and comparator of the clause before them (力争新培养…五人,市级教学名师一零人).
 *
 * Every look-around is bounded (WINDOW), so a paragraph costs time linear in its length.
 */
import { NumberToken, scanNumbers } from "../number";
import { comparatorWordAt, Figure, findZeros, Gov, isPercentUnit, scanFigures } from "../phrase";
import { showTarget, ShownTarget, Target } from "../target";
import { fallbackYear } from "./deadline";
import { beforeFrom, fromToPairs } from "./from-to";
import type { Context, Kind } from "./layout";
import {
  ABSTRACT_HEADS,
  ACTION_VERBS,
  ACTUAL_CLAUSE_MARKS,
  AREA_SCOPES,
  BARE_SCOPES,
  COUNT_UNITS,
  GENERIC_VERBS,
  LEVEL_SCOPES,
  NP_STOPS,
  ONE_VERBS,
  OPENERS,
  PERSON_ENDINGS,
  PLACE_SCOPES,
  RESULT_VERBS,
  STRIVE_WORDS,
  TARGET_CLAUSE_MARKS,
  TOPIC_MEASURES,
  TRAINING_VERBS,
  UNITS_KEPT,
  wordAt,
  wordBefore,
  words,
} from "./lexicon";
import { spanOf, View } from "./text";

/** Longest stretch of text any rule looks at around a figure. */
const WINDOW = 80;
/** More figures than this in one sentence is not prose (the seeds have at most 8). */
const DENSE = 64;

export interface DocInfo {
  /** The plan's own year (2008年教育局工作计划), for targets with no nearer year. */
  planYear: number | null;
  /** Kind of a figure with no nearer cue: a report's figures are actuals. */
  genre: Kind;
  /** Year a report covers (2023年工作总结), for its actuals. */
  reportYear: number | null;
  /** Year implied by weaker cues (新中国成立60周年 → 2009), per document part, or null. */
  partYears: Array<number | null>;
}

export interface RawItem {
  indicator: string;
  scope: string | null;
  section: string | null;
  shown: ShownTarget;
  kind: Kind;
  deadline: number | null;
  start: number;
  end: number;
}

interface Fig {
  f: Figure;
  /** The figure's first token (null for a zero written as 无流生). */
  tok: NumberToken | null;
  gov: Gov | null;
  clause: number;
}

const SENTENCE_ENDS = "。!?;";

function isIdeograph(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** c is one of the characters of set (a short loop; no allocation on this hot path). */
function has(set: string, c: number): boolean {
  for (let k = 0; k < set.length; k++) if (set.charCodeAt(k) === c) return true;
  return false;
}

/** Characters a quote may start with: ideographs, ASCII letters and digits, brackets and quotes. */
function isQuoteStart(c: number): boolean {
  return isIdeograph(c) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 40 || c === 0x201c || c === 0x300a || c === 0x3010 || c === 42;
}

// ---- distractors the phrase grammar does not know ----------------------------------------

const COUNT_ARTICLE_UNITS = new Set(["所", "个", "家", "项", "套", "台", "间", "名", "位", "次", "起", "期", "条", "处", "场", "支", "座", "张", "门", "节", "件", "份", "户", "本", "册", "篇"]);
const TIME_UNITS = new Set(["年", "个月", "天", "周", "小时"]);
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

function distractor(s: string, toks: NumberToken[], i: number, f: Figure, cl: Clause): boolean {
  const A = toks[i];
  const prev = s.charCodeAt(A.start - 1);
  const after = s.charCodeAt(f.end);
  if (f.kind === "ratio") {
    // 普高与职高的比例保持在1:1; a clock time (17:34:53) has no 比
    if (s.slice(Math.max(cl.start, f.start - WINDOW), f.start).indexOf("比") < 0) return true;
    return s.charCodeAt(f.end) === 58;
  }
  if (f.unit === null || !UNITS_KEPT.has(f.unit)) return true;
  if (f.unit === "周" && after === 0x5e74 /* 年 */) return true; // 60周年
  if (prev === 0x6bcf /* 每 */) return true; // 每个乡镇, 每一所学校
  if (prev === 0x542b /* 含 */) return true; // (含60亩)
  if (A.chinese && A.value === 1 && A.end - A.start === 1 && f.kind === "single" && f.source !== "suffix" && f.unit !== null && COUNT_ARTICLE_UNITS.has(f.unit)) {
    // 一所学校 is "a school" unless a building verb asks for it (新建一所完全高中); 一支队伍 is an idiom
    if (f.unit === "支" || !wordBefore(s, A.start, ONE_VERBS)) return true;
  }
  if (f.unit === "篇" && /(要点|计划|总结|范文|方案|规划|合集|精选|汇编|通用)$/.test(s.slice(Math.max(0, A.start - 4), A.start))) return true; // 工作要点2篇: a web page title
  if ((f.unit === "年" || f.unit === "岁" || f.unit === "个月") && isIdeograph(after)) {
    // 学前三年毛入园率, 学前一年入学率: a period inside an indicator name
    if (/^[\u4e00-\u9fff]{0,10}(率|比例|比重)/.test(s.slice(f.end, Math.min(cl.end, f.end + 16)))) return true;
  }
  if (f.unit === "年" && /^(义务教育|一贯制|制)/.test(s.slice(f.end, f.end + 4))) return true; // 九年义务教育, 九年一贯制学校: names
  if (A.chinese && A.value <= 10 && (f.unit === "个" || f.unit === "项" || f.unit === "条") && wordAt(s, f.end, ABSTRACT_HEADS)) return true; // 四个转变
  if (f.unit === "期" && A.chinese && isIdeograph(prev) && (isIdeograph(after) || after === 0x3001)) return true; // 职中二期、
  if (f.unit !== null && TIME_UNITS.has(f.unit) && wordBefore(s, A.start, DURATION_LEADS)) return true; // 利用3个月的时间
  if (f.unit === "部" && has("门委分位", after)) return true; // 四部门
  if (f.unit === "岁" && f.source === "suffix" && /^(的)?(老年人|老人|人口|儿童|妇女|居民|人群|患者|学生|幼儿|青少年|职工|群众)/.test(s.slice(f.tail, f.tail + 4))) return true; // 65岁以上老年人
  if ((f.unit === "次" || f.unit === "届") && /^(党代会|代表大会|全会|全体会议|会议|人代会|团代会)/.test(s.slice(f.end, f.end + 4))) return true; // 市七次党代会
  if (f.unit !== null && TIME_UNITS.has(f.unit) && A.chinese) {
    // 三年内改扩建…, 三年累计投入…: a time frame of the action, not a figure (五年内不得交流 stays)
    const rest = s.slice(f.tail, f.tail + 4);
    if (/^(内|来|间|中|里)?(累计|共|先后|陆续|分批|逐步|新|改|建|完成|投入|培养|实现|招)/.test(rest) && !/^内?(不|未)/.test(rest)) return true;
  }
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

interface Clause {
  start: number;
  end: number;
}

/** The colon of 13.3:1 joins a ratio; it does not end a clause. */
function isRatioColon(s: string, k: number): boolean {
  const a = s.charCodeAt(k - 1);
  const b = s.charCodeAt(k + 1);
  return a >= 48 && a <= 57 && b >= 48 && b <= 57;
}

function clausesOf(s: string): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let a = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 40 || c === 0x201c || c === 0x300a) depth++;
    else if ((c === 41 || c === 0x201d || c === 0x300b) && depth > 0) depth--;
    else if ((c === 44 || (c === 58 && !isRatioColon(s, k))) && depth === 0) {
      out.push({ start: a, end: k });
      a = k + 1;
    }
    if (depth > 3) depth = 3;
  }
  out.push({ start: a, end: s.length });
  return out;
}

function figuresOf(s: string, clauses: Clause[], toks: NumberToken[]): Fig[] {
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
function changeGoverns(s: string, start: number): boolean {
  const lo = Math.max(0, start - 24);
  for (let k = start - 1; k >= lo; k--) {
    if (has(",;:。", s.charCodeAt(k))) return false;
    const word = comparatorWordAt(s, k, start);
    if (!word || (word.gov !== "inc" && word.gov !== "dec")) continue;
    // 分别增长10%、12%以上: earlier figures of the same list may stand between
    const between = s.slice(k + word.w.length, start).replace(/^(了|约|近|达|幅度为?|幅度达|比例为?|率为?|为)/, "");
    return /^([0-9.]+(%|‰|个百分点)?[、和])*$/.test(between);
  }
  return false;
}

function distractorIn(s: string, toks: NumberToken[], i: number, f: Figure, before: Fig | null, cl: Clause): boolean {
  // 有3人考入全省理科前100名: a rank after a count qualifies it (甲组第五名、丙组第六名 are both ranks)
  if (f.source === "rank" && before && before.f.source !== "rank") return true;
  return distractor(s, toks, i, f, cl);
}

// ---- names ---------------------------------------------------------------------------------

const LIST_MARKER = /^([-•·●▪]|\(\d{1,2}\)|\d{1,2}[.、]|[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|[①-⑳]|[一二三四五六七八九十]是|首先|其次|再次|最后)/;
const TIME_PHRASE = /^(力争|争取)?(到|至|在|于|截至|截止)?((19|20)\d\d|[零〇一二][零〇一二三四五六七八九]{3})年(底|末|前|内|年底)?(\d{1,2}月)?(底|末)?/;
/** 比上年, 较2021年: the baseline of a change, not part of the name. */
const BASELINE_PHRASE = /^(同比|环比|(比|较|与|同)(上年|去年|上一年|前一年|同期|上年同期|((19|20)\d\d|[零〇一二][零〇一二三四五六七八九]{3})年(同期|末|底)?))(相比)?/;
const PREPOSITIONS = words(["依托", "通过", "按照", "利用", "结合", "围绕", "针对", "面向", "在", "从", "于", "向", "为"]);
const TRAILING = words(["约", "大约", "近", "共计", "累计达", "比上年", "较上年", "比去年", "较去年", "同比", "分别", "均", "都", "全部", "各", "也", "共", "了", "要", "将", "力争", "争取", "努力", "确保", "进一步", "的", "再", "已", "已经", "逐步", "基本"]);

function stripParens(t: string): string {
  // Parenthetical notes longer than a few characters (包括考试科和考查科) are not part of a name.
  return t.replace(/\(([^()]{0,40})\)/g, (m, inner: string) => (inner.length > 4 || /^(包括|含|即|如|指|其中)/.test(inner) ? "" : m));
}

function isLevel(t: string): boolean {
  return LEVEL_SCOPES.set.has(t);
}

function isScopeWord(t: string): boolean {
  return isLevel(t) || AREA_SCOPES.set.has(t);
}

interface Subject {
  name: string;
  scope: string | null;
  verb: string | null;
}

/**
 * Openers, areas, levels, prepositional phrases and time phrases off the front of a subject:
 * 全市初中、小学体育达标率 → scope 全市初中、小学, name 体育达标率.
 */
function subjectOf(text: string): Subject {
  let t = stripParens(text);
  let scope = "";
  for (let guard = 0; guard < 12 && t.length; guard++) {
    const before = t;
    const m = LIST_MARKER.exec(t) || TIME_PHRASE.exec(t) || BASELINE_PHRASE.exec(t);
    if (m && m[0].length) {
      t = t.slice(m[0].length);
      continue;
    }
    const op = wordAt(t, 0, OPENERS);
    if (op) {
      t = t.slice(op.length);
      continue;
    }
    const area = wordAt(t, 0, AREA_SCOPES);
    if (area) {
      scope += area;
      t = t.slice(area.length);
      continue;
    }
    const place = wordAt(t, 0, PLACE_SCOPES);
    if (place) {
      const levelAfter = wordAt(t, place.length, LEVEL_SCOPES);
      if (levelAfter && t.charCodeAt(place.length + levelAfter.length) === 0x3001) {
        // 乡村小学、初中巩固率: the place qualifies a list of levels
        scope += place;
        t = t.slice(place.length);
        continue;
      }
      // 农村教师平均年龄, 乡村投资: the place is the scope and stays in the name
      if (!scope) scope = place;
      break;
    }
    const level = wordAt(t, 0, LEVEL_SCOPES);
    if (level) {
      // 初中、小学体育达标率: a list of levels; 小学教师…: the level names the population
      let end = level.length;
      let list = level;
      while (t.charCodeAt(end) === 0x3001) {
        const next = wordAt(t, end + 1, LEVEL_SCOPES);
        if (!next) break;
        list = t.slice(0, end + 1 + next.length);
        end += 1 + next.length;
      }
      const rest = t.slice(end);
      if (end > level.length) {
        scope += list;
        t = rest;
        continue;
      }
      if (/^(教师|校长|老师|班主任|专任教师|学校|在园|招生|[与和及同])/.test(rest) || rest.length < 3) {
        if (!scope) scope = level;
        break;
      }
      scope += level;
      t = rest;
      continue;
    }
    const frame = /^在(.{1,24}?)中(?=有|共|已|我)/.exec(t);
    if (frame) {
      // 在衡水市中小学校长论坛中有6人…: the occasion, not the subject
      t = t.slice(frame[0].length);
      continue;
    }
    const prep = wordAt(t, 0, PREPOSITIONS);
    if (prep) {
      // 在城北新建…, 从局直学校选派…, 依托联盟形成…: the phrase up to the verb
      for (let k = prep.length + 1; k < Math.min(t.length, prep.length + 10); k++) {
        if (!wordAt(t, k, ACTION_VERBS)) continue;
        const place = t.slice(prep.length, k);
        if ((prep === "在" || prep === "从" || prep === "为") && !/年|月|今|内|期间/.test(place) && place.length <= 8) scope += place;
        t = t.slice(k);
        break;
      }
    }
    if (t === before) break;
  }
  t = stripTail(t);
  const verb = wordAt(t, 0, ACTION_VERBS) || null;
  if (verb) {
    // 覆盖全县113所…: an area after the verb is the scope
    const area = wordAt(t, verb.length, AREA_SCOPES);
    if (area) {
      scope += area;
      t = verb + t.slice(verb.length + area.length);
    }
  }
  const de = t.lastIndexOf("的");
  if (de > 0 && t.length - de > 3 && /(年级|学生|学校|班级|幼儿园|中小学|地区|乡镇|高中|初中|小学)$/.test(t.slice(0, de))) {
    // 职高高一、高二年级的语数会考合格率: the population, then the indicator
    scope += t.slice(0, de);
    t = t.slice(de + 1);
  }
  // 接边县域名校初中3所: a level at the end is the scope
  const tailLevel = wordBefore(t, t.length, LEVEL_SCOPES);
  if (tailLevel && tailLevel.length < t.length - 1 && /[校园]$/.test(t.slice(0, t.length - tailLevel.length))) {
    if (!scope) scope = tailLevel;
    t = t.slice(0, t.length - tailLevel.length);
  }
  if (t && (BARE_SCOPES.has(t) || isScopeWord(t) || PLACE_SCOPES.set.has(t))) {
    if (!scope.endsWith(t)) scope += t;
    t = "";
  }
  return { name: t, scope: scope || null, verb: t ? verb : null };
}

function stripTail(t: string): string {
  for (let guard = 0; guard < 8; guard++) {
    const w = wordBefore(t, t.length, TRAILING);
    if (!w || w.length >= t.length) break;
    t = t.slice(0, t.length - w.length);
  }
  return t.replace(/(、|,|以及|和|与)+$/, "");
}

const RATE_END = /(率|比|比例|占比|比重|覆盖面|程度|指数|水平|增幅|降幅|幅度)$/;
const COUNT_END = /(数|量|总数|人数|次数|额|规模|名次|数量|人次)$/;
const POPULATION_END = /(幼儿|学生|儿童|教师|人口|人员|人数|职工|劳动力)$/;

/** 毛入园率也在稳步, 新建学前三年毛入园率由: adverbs after a rate are not part of its name. */
const AFTER_RATE = /(率|比例|占比|比重|系数)((也|在|已经|已|稳步|进一步|持续|逐步|继续|由|从|分别|均|都|仍|还|又|再|将|要|基本|同比|比上年|较上年)+)$/;

/** The statistician's suffix: 新建社区教育中心 + 所 → 新建社区教育中心数. */
function withSuffix(raw: string, f: Figure, reach: boolean): string {
  const unit = f.unit;
  if (!raw) return raw;
  const adverbs = AFTER_RATE.exec(raw);
  const name = adverbs ? raw.slice(0, raw.length - adverbs[2].length) : raw;
  if (unit === "%" || unit === "‰") {
    if (RATE_END.test(name)) return name;
    if (f.source === "change") return name + (f.cmp === "decrease_by" ? "下降率" : "增长率"); // 地区生产总值增长6%
    return POPULATION_END.test(name) && name.indexOf("占") < 0 ? name + "占比" : name + "比例";
  }
  if (unit === "个百分点") return name;
  if (f.source === "rank") return /名次$/.test(name) ? name : name + "名次";
  if (unit === "平方米" || unit === "亩") return /面积/.test(name) ? name : name + "面积";
  if (unit === "米" || unit === "公里") return /长度|里程/.test(name) ? name : name + "长度";
  if (unit === "小时" || unit === "分钟") return /时间|时长|时数/.test(name) ? name : name + "时间";
  if (unit === "年") return /年限|年$/.test(name) ? name : name + "年限";
  if (unit === "岁") return name;
  if (unit === null || !COUNT_UNITS.has(unit)) return name;
  if (unit === "人次") return /人次$/.test(name) ? name : name.replace(/人数$/, "") + "人次";
  if (COUNT_END.test(name)) return name;
  if (unit === "次") return name + "次数";
  if (unit === "户") return name + "户数";
  if (unit === "期") return name + "期数";
  const person = unit === "人" || unit === "名" || unit === "位";
  if (reach) return name + "总数";
  if (person && !has(PERSON_ENDINGS, name.charCodeAt(name.length - 1))) return name + "人数";
  return name + "数";
}

/** 开工建设重点文旅项目 → 重点文旅项目: the object of the verbs. */
function withoutVerbs(t: string): string {
  for (let guard = 0; guard < 3; guard++) {
    const v = wordAt(t, 0, ACTION_VERBS);
    if (!v || v.length >= t.length - 1) break;
    t = t.slice(v.length);
  }
  return t;
}

/** 培训中小学教师 → 中小学教师培训 (the gold set names a training count after whom it trains). */
function reorderTraining(name: string, f: Figure): string {
  const person = f.unit === "人" || f.unit === "名" || f.unit === "位" || f.unit === "人次";
  if (!person) return name;
  for (const v of TRAINING_VERBS) {
    if (name.startsWith(v) && name.length > v.length + 1) return name.slice(v.length) + v + (f.unit === "人次" ? "人次" : "人数");
  }
  return name;
}

/** The noun phrase after a figure and the predicate after it: 教师获全国三等奖 → 教师 / 获全国三等奖. */
function nounAfter(text: string): { np: string; predicate: string } {
  if (text === "") return { np: "", predicate: "" };
  const t = stripParens(text.length > 48 ? text.slice(0, 48) : text).replace(/^[的、]/, "");
  const result = wordAt(t, 0, RESULT_VERBS);
  if (result) return { np: "", predicate: t };
  let cut = t.length;
  for (let k = 1; k < t.length; k++) {
    if (wordAt(t, k, NP_STOPS) || wordAt(t, k, RESULT_VERBS)) {
      cut = k;
      break;
    }
  }
  let np = t.slice(0, cut);
  const de = np.lastIndexOf("的");
  if (de >= 0 && de < np.length - 1) np = np.slice(de + 1);
  return { np: np.replace(/(、|,|以及|和|与)+$/, ""), predicate: t.slice(cut) };
}

const PREDICATE_VERBS = words(["达到", "有", "实现", "实行", "建成", "开设", "配备", "具备", "完成", "通过", "参加", "获得", "拥有", "接受", "取得", "开展", "纳入", "进入", "符合", "设立", "建有", "达"]);

/** 85%的乡镇中心幼儿园达到《…》 → 达到《…》的乡镇中心幼儿园比例. */
function nameFromDe(right: string, f: Figure): string {
  const t = stripParens(right.slice(1));
  let cut = -1;
  for (let k = 2; k < t.length && cut < 0; k++) if (wordAt(t, k, PREDICATE_VERBS)) cut = k;
  const np = cut < 0 ? t : t.slice(0, cut);
  const predicate = cut < 0 ? "" : t.slice(cut);
  if (f.unit === "%" || f.unit === "‰") return predicate ? predicate + "的" + np + "比例" : withSuffix(np, f, false);
  return withSuffix(np.replace(/(任务|工作)$/, ""), f, false);
}

/**
 * The comparator word nearest before the figure (the longest one there: 不少于, not 少于), or
 * null when the nearest is too far to govern it: a word names the figure only across a short
 * base (达到参改人数的八%) or nothing (控制线上线1126人 has no comparator).
 */
function lastComparatorWord(left: string, figureStart: number): { at: number; w: string; gov: Gov } | null {
  for (let k = left.length - 1; k >= 0 && k >= left.length - WINDOW; k--) {
    let word = comparatorWordAt(left, k, figureStart);
    if (!word) continue;
    let at = k;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      const longer = comparatorWordAt(left, j, figureStart);
      if (longer && j + longer.w.length >= k + word.w.length) {
        word = longer;
        at = j;
      }
    }
    const gap = left.length - (at + word.w.length);
    const tight = word.w.length === 1 || word.w === "控制" || word.w === "保持" || word.w === "维持";
    if (STRIVE_WORDS.has(word.w) || gap <= (tight ? 2 : 12)) return { at, w: word.w, gov: word.gov };
    return null;
  }
  return null;
}

/** Items of a listed subject: 小学、初中、高中教师学历合格率 → 小学 / 初中 / 高中教师学历合格率. */
function splitList(t: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let a = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 40 || c === 0x201c || c === 0x300a) depth++;
    else if ((c === 41 || c === 0x201d || c === 0x300b) && depth > 0) depth--;
    if (depth > 0) continue;
    const sep = c === 0x3001 ? 1 : t.startsWith("以及", k) ? 2 : c === 0x548c || c === 0x53ca || c === 0x4e0e ? 1 : 0;
    if (!sep) continue;
    out.push(t.slice(a, k));
    a = k + sep;
    k += sep - 1;
  }
  out.push(t.slice(a));
  return out.filter((x) => x.length > 0);
}

interface Named {
  indicator: string;
  scope: string | null;
}

/**
 * Names for listed items sharing one figure shape (k of them for 分别, any number ≥ 2 for 均/各):
 * scopes (小学、初中…入学率) or indicators (高血压、糖尿病患者规范管理率, whose short first item
 * borrows the last item's tail).
 */
function distribute(subject: string, k: number | null, f: Figure, reach: boolean): Named[] | null {
  const sub = subjectOf(subject);
  const items = splitList(sub.name);
  const fits = (n: number): boolean => n >= 2 && (k === null || n === k);
  if (items.length === 1 && sub.scope) {
    // 全区小学、初中适龄儿童少年入学率: the levels were taken off as one scope list
    const area = wordAt(sub.scope, 0, AREA_SCOPES) || wordAt(sub.scope, 0, PLACE_SCOPES);
    const levels = splitList(sub.scope.slice(area.length));
    if (fits(levels.length) && levels.every(isScopeWord)) {
      const name = withSuffix(sub.name, f, reach);
      return levels.map((lv) => ({ indicator: name, scope: lv }));
    }
  }
  if (!fits(items.length)) return null;
  const last = items[items.length - 1];
  const lastLevel = wordAt(last, 0, LEVEL_SCOPES) || wordAt(last, 0, AREA_SCOPES) || wordAt(last, 0, PLACE_SCOPES);
  const scopes = lastLevel && items.slice(0, -1).every((it) => isScopeWord(it) || PLACE_SCOPES.set.has(it));
  if (scopes) {
    const shared = withSuffix(last.slice(lastLevel.length), f, reach);
    return items.map((it, i) => ({ indicator: shared, scope: i === items.length - 1 ? lastLevel : it }));
  }
  const first = items[0];
  const firstVerb = wordBefore(first, first.length, ACTION_VERBS);
  if (firstVerb && firstVerb.length < first.length && items.slice(1).every((it) => wordAt(it, 0, ACTION_VERBS) === it)) {
    // 旅游厕所新建、改建各20座: verbs sharing the object before them
    const object = first.slice(0, first.length - firstVerb.length);
    return items.map((it, i) => ({ indicator: withSuffix((i === 0 ? firstVerb : it) + object, f, reach), scope: sub.scope }));
  }
  return items.map((it, i) => {
    let name = stripTail(it);
    if (i > 0 && name.length <= 3 && first.length > name.length + 1 && (RATE_END.test(name) || COUNT_END.test(name))) {
      // 学业水平考试优秀率、合格率: a short later item takes the first item's head
      name = first.slice(0, first.length - name.length) + name;
    } else if (it !== last && !RATE_END.test(name) && !COUNT_END.test(name) && name.length < last.length - 1) {
      // 高血压、糖尿病患者规范管理率: a short item takes the tail after the last item's parallel head
      name += last.slice(name.length);
    }
    return { indicator: withSuffix(name, f, reach), scope: sub.scope };
  });
}

// ---- kinds and years -----------------------------------------------------------------------

interface YearMark {
  at: number;
  year: number;
  /** Opens its sentence (到二零二五年,…): carries to the paragraph's later sentences. */
  opens: boolean;
  /** 到2025年 dates targets, 截至2020年底 reported figures, a bare 2024年 both. */
  dates: Kind | null;
}

/** A year carried from the opening of an earlier sentence of the paragraph. */
interface Carried {
  year: number;
  dates: Kind | null;
}

const BASELINE_BEFORE = "比较与同";

/** Years a sentence states as a time (到2025年, 2024年底), not as a baseline (比2020年) or a name. */
function yearMarks(s: string, toks: NumberToken[]): YearMark[] {
  const out: YearMark[] = [];
  for (const tok of toks) {
    if (tok.percent || !Number.isInteger(tok.value) || tok.value < 1949 || tok.value > 2100) continue;
    if (s.charCodeAt(tok.end) !== 0x5e74 /* 年 */) continue;
    const prev = s.charCodeAt(tok.start - 1);
    if (has(BASELINE_BEFORE, prev) || has("-—~(《", prev)) continue;
    const next = s.slice(tok.end + 1, tok.end + 4);
    if (/^(以来|的基|基础|相比|水平|版|届|级)/.test(next) || /^[-—~]/.test(next)) continue;
    const lead = s.slice(Math.max(0, tok.start - 2), tok.start);
    const opens = tok.start <= 6 && /^(力争|争取|计划|预计)?(到|至|在|于|截至|截止)?$/.test(s.slice(0, tok.start));
    const to = /(到|至)$/.test(lead) && !/截至$/.test(lead);
    const dates: Kind | null = to && !spanEnd(s, tok.start - 1) ? "target" : /(截至|截止)$/.test(lead) ? "actual" : null;
    out.push({ at: tok.start, year: tok.value, opens, dates });
  }
  return out;
}

/**
 * 到 at p ends a span or a change, not a deadline: 从2013年到2023年, 从23.4:1降低到2023年的13.3:1.
 */
function spanEnd(s: string, p: number): boolean {
  const before = s.slice(Math.max(0, p - 12), p);
  return /(降低|降|提高|提升|增加|增长|上升|下降|减少|扩大|缩小|升)$/.test(before) || /[从由自](19|20)\d\d年$/.test(before);
}

interface KindMark {
  at: number;
  kind: Kind;
}

/**
 * Words that make a clause a report (现有, 已建成, 达到了) or a plan (力争, 计划新建, 到2025年),
 * found in one forward pass over the sentence.
 */
const MARK_START = new Uint8Array(65536);
for (const list of [ACTUAL_CLAUSE_MARKS, TARGET_CLAUSE_MARKS]) for (const c of list.byFirst.keys()) MARK_START[c] = 1;
MARK_START[0x5230] = MARK_START[0x81f3] = 1; // 到, 至

function kindMarks(s: string, years: YearMark[]): KindMark[] {
  const out: KindMark[] = [];
  let yi = 0;
  for (let k = 0; k < s.length; k++) {
    if (MARK_START[s.charCodeAt(k)] === 0) continue;
    while (yi < years.length && years[yi].at < k) yi++;
    if (yi < years.length && years[yi].at === k + 1 && has("到至", s.charCodeAt(k))) {
      if (!spanEnd(s, k)) out.push({ at: k, kind: "target" }); // 到2025年
      continue;
    }
    const actual = wordAt(s, k, ACTUAL_CLAUSE_MARKS);
    if (actual) {
      out.push({ at: k, kind: "actual" });
      k += actual.length - 1;
      continue;
    }
    const target = wordAt(s, k, TARGET_CLAUSE_MARKS);
    // 计划 as a noun (营养改善计划) is no plan mark; 计划新建, 计划于 are
    if (target && (target !== "计划" || /^计划(到|在|于|用|年|内|新|完成|投资|建设|招|培|开|实施|达)/.test(s.slice(k, k + 4)))) {
      out.push({ at: k, kind: "target" });
      k += target.length - 1;
    }
  }
  return out;
}

const NUMERAL = new Uint8Array(65536);
for (const c of "0123456789０１２３４５６７８９零〇○一二两兩三四五六七八九十百千万萬无") NUMERAL[c.charCodeAt(0)] = 1;

/** Any character a figure (or 无流生) could start with in s[a, b): most sentences of a plan have none. */
export function hasNumeral(s: string, a = 0, b = s.length): boolean {
  for (let k = a; k < b; k++) if (NUMERAL[s.charCodeAt(k)] === 1) return true;
  return false;
}

// ---- sentences -----------------------------------------------------------------------------

interface SentenceState {
  headVerb: string | null;
  strive: boolean;
  prevName: string | null;
  prevNames: string[];
  scope: string | null;
}

function toTarget(f: Figure): Target {
  if (f.kind === "ratio") return { comparator: "ratio", value: null, min: null, max: null, ratio: [f.a, f.b], unit: null, percent: false, stated: true };
  const percent = isPercentUnit(f.unit);
  if (f.kind === "range") {
    return { comparator: f.cmp, value: null, min: Math.min(f.a, f.b), max: Math.max(f.a, f.b), ratio: null, unit: f.unit, percent, stated: f.stated };
  }
  return { comparator: f.cmp, value: f.a, min: null, max: null, ratio: null, unit: f.unit, percent, stated: f.stated };
}

/** A reported figure is a measurement: exact unless the text says 多/余/近/以上 or it is a change. */
function asReported(shown: ShownTarget, f: Figure, s: string): ShownTarget {
  if (f.approx || f.source === "suffix" || f.source === "near" || f.source === "change" || f.kind !== "single") return shown;
  // 约12.6万人次, 800名左右: an approximation states no comparator, even in a report
  if (/(约|大约|约为|大概)$/.test(s.slice(Math.max(0, f.start - 2), f.start)) || /^(左右|上下)/.test(s.slice(f.end, f.end + 2))) return { ...shown, comparator: "none" };
  return { ...shown, comparator: "=" };
}

export function proseItems(view: View, ctx: Context, doc: DocInfo, out: RawItem[]): void {
  const text = view.text;
  let carriedYear: Carried | null = null;
  let a = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && !has(SENTENCE_ENDS, text.charCodeAt(k))) continue;
    if (k > a) carriedYear = sentenceItems(view, a, k, ctx, doc, carriedYear, out);
    a = k + 1;
  }
}

/** Items of the sentence [a, b) of the view; returns the year it carries to the next sentences. */
function sentenceItems(view: View, a: number, b: number, ctx: Context, doc: DocInfo, carriedIn: Carried | null, out: RawItem[]): Carried | null {
  const s = view.text.slice(a, b);
  if (!hasNumeral(s)) return carriedIn;
  const toks = scanNumbers(s);
  const marks = yearMarks(s, toks);
  const opening = marks.find((m) => m.opens);
  const carried: Carried | null = opening ? { year: opening.year, dates: opening.dates } : carriedIn;
  const clauses = clausesOf(s);
  const figs = figuresOf(s, clauses, toks);
  if (!figs.length) return carried;

  const state: SentenceState = { headVerb: null, strive: false, prevName: null, prevNames: [], scope: null };
  const byClause: Fig[][] = clauses.map(() => []);
  const indexInClause: number[] = figs.map((x) => byClause[x.clause].push(x) - 1);
  const topic = topicOf(s, clauses, figs);
  const kinds = kindMarks(s, marks);
  const done = new Set<Fig>();
  const emitted = new Map<Fig, RawItem>();

  const emit = (fig: Fig, named: Named, from0: number, to: number, forcedStrive: boolean): void => {
    let from = from0;
    const f = fig.f;
    let shown = showTarget(toTarget(f));
    if (forcedStrive && shown.comparator === "none") shown = { ...shown, comparator: ">=" };
    const kind = kindAt(kinds, f.start, ctx, doc);
    if (kind === "actual") shown = asReported(shown, f, s);
    const deadline = deadlineAt(marks, f.start, carried, kind, ctx, doc);
    while (from < f.start && !isQuoteStart(s.charCodeAt(from))) from++; // no leading marks or emoji in a quote
    const [start, end] = spanOf(view, a + from, a + to);
    const indicator = named.indicator.replace(/\s+/g, "");
    if (!indicator) return;
    const item: RawItem = { indicator, scope: named.scope, section: ctx.section, shown, kind, deadline, start, end };
    out.push(item);
    emitted.set(fig, item);
  };

  if (figs.length > DENSE) {
    // Hundreds of figures in one sentence are a dump (a table run together, or noise), not
    // plan prose: name each by the words just before it, so the cost per figure stays small.
    for (let fi = 0; fi < figs.length; fi++) {
      const f = figs[fi].f;
      const from = Math.max(clauses[figs[fi].clause].start, fi > 0 ? figs[fi - 1].f.tail : 0, f.start - 12);
      const name = s.slice(from, f.start).replace(/^[、,和及与]+/, "").replace(/[^\u4e00-\u9fff]+$/, "");
      emit(figs[fi], { indicator: withSuffix(name, f, false), scope: null }, from, f.tail, false);
    }
    return carried;
  }

  for (let fi = 0; fi < figs.length; fi++) {
    const fig = figs[fi];
    if (done.has(fig)) continue;
    const f = fig.f;
    const clause = clauses[fig.clause];
    const inClause = byClause[fig.clause];
    const idx = indexInClause[fi];
    const leftFrom = leftStart(s, clause, inClause, idx);
    const left = s.slice(Math.max(leftFrom, f.start - WINDOW), f.start);
    const rightTo = rightEnd(s, clause, inClause, idx);
    const right = s.slice(f.tail, Math.max(f.tail, Math.min(rightTo, f.tail + WINDOW)));
    const cmpWord = lastComparatorWord(left, left.length);
    // 使微机室达到了180个: in a report, a count that reached N is the total
    const reach = cmpWord !== null && cmpWord.gov === ">=" && /^(达到|达|增加到|增至|增加至|提高到|达到了)$/.test(cmpWord.w) && kindAt(kinds, f.start, ctx, doc) === "actual";

    // 分别达到A、B、C / 均比上年提高… / 各35套: one figure shape for several listed items
    const fenbie = left.indexOf("分别");
    if (fenbie >= 0 && idx === 0) {
      const run = [fig];
      for (let j = idx + 1; j < inClause.length; j++) {
        const between = s.slice(run[run.length - 1].f.tail, inClause[j].f.start);
        if (!/^([、,和及与]|以及)?$/.test(between)) break;
        run.push(inClause[j]);
      }
      const named = distribute(left.slice(0, fenbie), run.length, f, reach);
      const lastFig = run[run.length - 1].f;
      if (named && lastFig.source === "suffix") {
        // 分别保持在99.8%、99.5%以上: the closing 以上 binds every item of the list
        for (const x of run) if (x.f.source !== "suffix" && x.f.source !== "change") {
          x.f.cmp = lastFig.cmp;
          x.f.stated = true;
          x.f.source = "suffix";
        }
      }
      if (named && f.source === "change") {
        // 分别增长4.60%以及6.14%: the change word before the list governs every item of it
        for (const x of run) if (x.f.source !== "change" && x.f.unit === f.unit) {
          x.f.cmp = f.cmp;
          x.f.stated = true;
          x.f.source = "change";
        }
      }
      if (named) {
        const from = leftFrom;
        run.forEach((x, i) => {
          emit(x, named[i], from, x.f.tail, false);
          done.add(x);
        });
        state.prevName = named[named.length - 1].indicator;
        state.scope = state.scope ?? named[0].scope;
        continue;
      }
    }
    // 均/都 before the comparator, or 各 before the figure or its verb: every listed item gets it
    const head = cmpWord ? left.slice(0, cmpWord.at).replace(/(比上年|较上年|比去年|同比)$/, "") : left;
    const jun = /(均|都|全部)$/.exec(head);
    const geAt = left.lastIndexOf("各");
    const geRest = geAt >= 0 ? left.slice(geAt + 1) : "";
    const ge = geAt >= 0 && (geRest === "" || wordAt(geRest, 0, ACTION_VERBS) !== "");
    if (jun || ge) {
      let subject = jun ? head.slice(0, head.length - jun[0].length) : left.slice(0, geAt);
      let named: Named[] | null = null;
      if (ge && geRest) {
        // 城区、农村学校各建设标准化考点10个: the verb phrase after 各 is the indicator, the list the scopes
        const what = subjectOf(geRest);
        const thing = what.verb && GENERIC_VERBS.has(what.verb) ? what.name.slice(what.verb.length) : what.name;
        const scopes = splitList(subjectOf(subject).name || subject).map((x) => subjectOf(x).name || x);
        // one owner (为每个乡镇卫生院各配备救护车1辆) names the count rather than scoping a list
        named = scopes.length === 1 ? [{ indicator: withSuffix(scopes[0] + thing, f, reach), scope: scopes[0] }] : scopes.map((sc) => ({ indicator: withSuffix(thing, f, reach), scope: sc }));
      } else {
        const sub = subjectOf(subject);
        const verb = !sub.verb && state.headVerb && !GENERIC_VERBS.has(state.headVerb) ? state.headVerb : null;
        if (verb) subject = verb + sub.name;
        named = distribute(subject, null, f, reach);
        if (named && verb) for (const n of named) if (!n.indicator.startsWith(verb)) n.indicator = verb + n.indicator;
      }
      if (named) {
        for (const n of named) emit(fig, n, leftFrom, f.tail, false);
        if (named.length) state.prevName = named[named.length - 1].indicator;
        continue;
      }
    }

    // One figure, one name.
    let subjectText = cmpWord ? left.slice(0, cmpWord.at) : left;
    let between = cmpWord ? left.slice(cmpWord.at + cmpWord.w.length) : "";
    const striving = cmpWord !== null && STRIVE_WORDS.has(cmpWord.w);
    if (striving && cmpWord) {
      // 力争撤并10所: 力争 governs the verb; 争取专项资金695万元: 争取 is the verb
      const keep = cmpWord.w !== "力争" && between !== "" && !wordAt(between, 0, ACTION_VERBS) && !/^(到|在|于|今年|年内)/.test(between);
      subjectText = subjectText + (keep ? cmpWord.w : "") + between;
      between = "";
    }
    let scopeOf: string | null = null;
    const after = nounAfter(right);
    if (cmpWord && !striving && wordAt(between, 0, ACTION_VERBS) && after.np) {
      // 每所乡村学校至少建成1个功能室: the subject is the scope, the verb and noun name the count
      const owner = subjectOf(subjectText);
      scopeOf = owner.name || owner.scope;
      subjectText = between;
      between = "";
    }
    const sub = subjectOf(subjectText);
    let scope = scopeOf ?? sub.scope;
    let name = sub.name;
    const verb = sub.verb;
    const ownComparator = (cmpWord !== null && !striving) || f.source === "suffix" || f.source === "change" || f.source === "near";
    // 实现旅游总收入65亿元 has its own verb (stripped as an opener): not an elliptical item
    const ownVerb = /^(实现|完成|达成|建成|推动|促进|保证)/.test(subjectText.replace(LIST_MARKER, ""));
    const elliptical = !verb && !ownComparator && !striving && !ownVerb;
    const forcedStrive = elliptical && state.strive;
    let to = f.tail;

    // 其中景中本科上线人数1415人: after 其中, a known indicator names the figure, the rest is the scope
    if (/^其中/.test(left.trim()) && name) {
      for (const prevName of state.prevNames.slice(-8)) {
        const core = prevName.replace(/(数|人数)$/, "");
        const at = name.lastIndexOf(core);
        if (at > 0 && at <= 6) {
          scope = name.slice(0, at);
          name = name.slice(at);
          break;
        }
      }
    }

    let indicator: string;
    let sharedCache: string | null = null;
    const shared = (): string => (sharedCache ??= sharedNoun(s, clause, inClause, idx));
    if (right.startsWith("的") && f.kind !== "ratio") {
      indicator = nameFromDe(right, f);
      to = Math.max(to, rightTo);
    } else if (fig.tok === null && right) {
      // 无一位学生因贫困而辍学 → 因贫困而辍学学生数
      const m = /^(学生|教师|儿童|幼儿|人员|职工|干部)(.+)$/.exec(right);
      indicator = withSuffix(m ? m[2] + m[1] : right, f, false);
      to = Math.max(to, rightTo);
    } else if (f.unit === "次" && right.length > 1) {
      // 先后3次对我县进行突击检查, 对业务校长进行了两次培训: the event follows the count
      const object = /对([^,]{1,10}?)(进行|开展|组织)了?$/.exec(left);
      const ev = right.replace(/^.*?(进行|开展|组织)了?/, "").replace(/^对[^,]{1,8}?(进行|开展)了?/, "");
      indicator = withSuffix((object ? object[1] : "") + (nounAfter(ev).np || ev), f, false);
      to = Math.max(to, rightTo);
    } else if ((!name || (verb !== null && name === verb)) && (after.np || after.predicate || shared())) {
      // 建成1所标准化特殊教育学校, 2位教师获全国三等奖: the counted noun follows the figure
      let np = after.np;
      const predicate = after.predicate;
      const head = shared();
      if (!np && !predicate) np = head;
      else if (np && head && np !== head) {
        // 1个市级名校长、3个县级名校长工作室: the last item's head noun is everyone's
        const tail = np.slice(-2);
        const at = head.indexOf(tail);
        if (tail.length === 2 && at >= 0 && at + 2 < head.length) np += head.slice(at + 2);
      }
      const useVerb = verb ?? (elliptical ? state.headVerb : null);
      const v = useVerb && !GENERIC_VERBS.has(useVerb) ? useVerb : "";
      const result = wordAt(predicate, 0, RESULT_VERBS);
      if (result && np.length <= 6) indicator = withSuffix(predicate + np, f, false);
      else if (np) indicator = withSuffix(v + np, f, false);
      else indicator = withSuffix(v + predicate, f, false);
      to = Math.max(to, f.tail + (np && right.indexOf(np) >= 0 ? right.indexOf(np) + np.length : right.length));
    } else if (!name) {
      // 小学2所, 其中小学力争无流生: an elliptical clause keeps the indicator before it
      const prev = state.prevName;
      // 比上年增加1234人, 增长5.2%: a change in a report is of the indicator just named (README)
      if (prev && (sameUnitFamily(prev, f) || f.source === "change")) indicator = prev;
      else if (prev) indicator = withSuffix(prev.replace(/(数|比例|人数|占比)$/, ""), f, false);
      else if (!state.headVerb && scope && f.unit !== null && COUNT_UNITS.has(f.unit) && wordBefore(scope, scope.length, LEVEL_SCOPES)) {
        // 全省共有幼儿园6973所: with no indicator before it, the level itself is what is counted
        const level = wordBefore(scope, scope.length, LEVEL_SCOPES);
        indicator = withSuffix(level, f, false);
        scope = scope.slice(0, scope.length - level.length) || null;
      } else indicator = withSuffix(state.headVerb ?? "", f, false);
    } else {
      if (elliptical && state.headVerb && !GENERIC_VERBS.has(state.headVerb) && !name.startsWith(state.headVerb)) name = state.headVerb + name;
      if (verb && GENERIC_VERBS.has(verb) && name.length > verb.length + 1) name = name.slice(verb.length);
      // X达到Y的N%: a share of Y; 年均 between the verb and the figure qualifies the name
      const base = /^(.{1,20})的$/.exec(between);
      if (base && (f.unit === "%" || f.unit === "‰") && !RATE_END.test(name)) name = name + "占" + base[1];
      else if (name.endsWith("占") && (f.unit === "%" || f.unit === "‰")) name += "比"; // 音体美教师占五分之一
      else if (/^(年均|人均|平均|每年|生均|校均|班均)$/.test(between)) name = between + name;
      if (f.unit === "年" && right && !/^内/.test(right)) {
        const np = after.np;
        if (np) name = name.replace(/从.{1,12}到.{1,12}$/, "") + np;
      }
      const prevObject = state.prevName ? withoutVerbs(state.prevName.replace(/(总数|人数|数)$/, "")) : "";
      if (/的$/.test(subjectText) && verb && (f.unit === "%" || f.unit === "‰") && prevObject) {
        // 完成固定资产投资7.2亿元，完成全年任务的58%: a share of the item before it
        name = prevObject + sub.name;
      }
      if (TOPIC_MEASURES.has(name)) {
        // 梁集中学教学楼工程已经启动,总投资达110万元; 开工建设重点文旅项目8个，完成投资15亿元
        if (topic) name = topic + name;
        else if (prevObject && prevObject !== state.prevName) name = prevObject + name;
      }
      const trained = reorderTraining(name, f);
      indicator = trained !== name ? trained : withSuffix(name, f, reach);
    }

    emit(fig, { indicator, scope: scope ?? state.scope }, leftFrom, to, forcedStrive);

    if (verb) state.headVerb = verb;
    else if (ownComparator) state.headVerb = null;
    if (striving || /力争|争创/.test(subjectText)) state.strive = true;
    state.prevName = indicator;
    state.prevNames.push(indicator);
    if (state.prevNames.length > 16) state.prevNames.shift();
    if (scope) state.scope = scope;
  }
  nameFromTo(s, figs, emitted);
  return carried;
}

/** 由A上升到B: B keeps the indicator, A is its baseline (…(基期)), a reported figure of its own year. */
function nameFromTo(s: string, figs: Fig[], emitted: Map<Fig, RawItem>): void {
  for (const pair of fromToPairs(s, figs.map((x) => x.f))) {
    const a = emitted.get(figs[pair.from]);
    const b = emitted.get(figs[pair.to]);
    if (!a || !b) continue;
    const f = figs[pair.to].f;
    const name = beforeFrom(a.indicator);
    const indicator = name === a.indicator ? b.indicator : withSuffix(name, f, false);
    b.indicator = indicator;
    a.indicator = indicator + "(基期)";
    if (a.shown.comparator !== "ratio" && (a.kind !== "actual" || a.shown.comparator === "none")) a.shown = { ...a.shown, comparator: "=" };
    a.kind = "actual";
    a.deadline = pair.fromYear;
  }
}

function sameUnitFamily(name: string, f: Figure): boolean {
  if (f.unit === "%" || f.unit === "‰" || f.unit === "个百分点") return RATE_END.test(name);
  return !RATE_END.test(name);
}

/** The noun after the last figure of a 、 list: 县二所以上、区三所以上直属公办园 → 直属公办园. */
function sharedNoun(s: string, clause: Clause, inClause: Fig[], idx: number): string {
  const last = Math.min(inClause.length - 1, idx + 8);
  if (idx >= last) return "";
  for (let j = idx; j < last; j++) {
    const between = s.slice(inClause[j].f.tail, inClause[j + 1].f.start);
    if (between.length > 12) return "";
  }
  const lastFig = inClause[last].f;
  return nounAfter(s.slice(lastFig.tail, Math.min(rightEnd(s, clause, inClause, last), lastFig.tail + WINDOW))).np;
}

/** Where the left context of the idx-th figure of a clause starts: after the figure or list mark before it. */
function leftStart(s: string, clause: Clause, inClause: Fig[], idx: number): number {
  if (idx === 0) {
    // a masked or earlier list item (挂图XX多张、学校预防传染病手册3000多册) ends at its 、
    const a = Math.max(clause.start, inClause[0].f.start - WINDOW);
    const t = s.slice(a, inClause[0].f.start);
    const dun = t.lastIndexOf("、");
    if (dun > 0 && /[0-9Xx*][多余]?[\u4e00-\u9fff]?$/.test(t.slice(0, dun))) return a + dun + 1;
    return clause.start;
  }
  const prevEnd = inClause[idx - 1].f.tail;
  const between = s.slice(prevEnd, inClause[idx].f.start);
  const dun = between.lastIndexOf("、");
  if (dun >= 0) return prevEnd + dun + 1;
  const conj = /(和|及|与|以及|并)$/.exec(between);
  if (conj) return inClause[idx].f.start;
  return prevEnd;
}

/** Where the right context of the idx-th figure ends: the next figure's list mark, or the clause end. */
function rightEnd(s: string, clause: Clause, inClause: Fig[], idx: number): number {
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

/** 梁集中学教学楼工程已经启动,总投资达110万元: the subject of a figure-less first clause. */
function topicOf(s: string, clauses: Clause[], figs: Fig[]): string {
  if (clauses.length < 2 || figs[0].clause === 0) return "";
  const c = s.slice(clauses[0].start, Math.min(clauses[0].end, clauses[0].start + 30));
  const m = /^(.{2,20}?)(已经|已|正在|将|于|顺利|全面|开工|启动|竣工|完工|建成|投入)/.exec(c);
  return m ? subjectOf(m[1]).name : "";
}

/** The kind of a figure at p: the nearest mark before it within WINDOW, else its heading's or the document's. */
function kindAt(marks: KindMark[], p: number, ctx: Context, doc: DocInfo): Kind {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].at < p) lo = mid + 1;
    else hi = mid;
  }
  const last = lo > 0 ? marks[lo - 1] : null;
  if (last && last.at >= p - WINDOW) return last.kind;
  return ctx.headingKind ?? doc.genre;
}

function deadlineAt(marks: YearMark[], p: number, carried: Carried | null, kind: Kind, ctx: Context, doc: DocInfo): number | null {
  let own: number | null = null;
  for (const m of marks) if (m.at < p && (m.dates === null || m.dates === kind)) own = m.year;
  const from = carried && (carried.dates === null || carried.dates === kind) ? carried.year : null;
  return own ?? from ?? fallbackYear(kind, ctx, doc);
}
