/**
 * Naming: the row label a statistician would write for a figure, and its scope. The sentence
 * reader (prose.ts) tries the strategies in order: the 分别 list, the 均/各 list, the noun after
 * the figure, ellipsis that keeps the previous indicator, and one figure with one name; the
 * helpers here build each: subjects with their openers and scopes taken off (subjectOf), the
 * statistician's suffix (withSuffix), lists (splitList; lists.ts distributes them), nouns after a figure.
 */
import { comparatorWordAt, Figure, Gov } from "../phrase";
import {
  ACTION_VERBS,
  CHANGE_AFTER,
  AREA_SCOPES,
  BARE_SCOPES,
  COUNT_UNITS,
  LEVEL_ALONE,
  TIER,
  LEVEL_SCOPES,
  OPENERS,
  OPENER_LOOKALIKES,
  VERB_LOOKALIKES,
  ONE_CHARACTER_COUNTY,
  CRUMB_WORDS,
  PART_QUALIFIERS,
  PERSON_ENDINGS,
  PERSON_NOUNS,
  PLACE_SCOPES,
  RESULT_VERBS,
  SCHOOL_KINDS,
  SIZED_PLACES,
  STRIVE_WORDS,
  TRAINING_VERBS,
  NP_STOPS,
  wordAt,
  wordBefore,
  words,
  PERSON_UNITS,
} from "./lexicon";
import { has, WINDOW } from "./figures";

export const LIST_MARKER = /^([-•·●▪]|\(\d{1,2}\)|\d{1,2}[.、]|[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|[①-⑳]|[一二三四五六七八九十]是|首先|其次|再次|最后)/;
export const TIME_PHRASE = /^(力争|争取)?(到|至|在|于|截至|截止)?(((19|20)\d\d)年?\s*[-—–~至到]\s*)?((19|20)\d\d|[零〇一二][零〇一二三四五六七八九]{3}|0\d)学?年(度|底|末|前|内|年底|间|期间)?(\d{1,2}月)?(底|末)?/;
/** 这十年间, 近五年来, 在过去三年里: a span of years back from now, no part of a name (近5年年均投入 keeps it: the average is over it). */
const YEARS_FRAME = /^(?:(?:在)?(?:这|近|过去|过去的)[一二三四五六七八九十两\d]{1,2}年(?:间|来|中|里|内)?|[一二三四五六七八九十两\d]{1,2}年(?:间|来|中|里)|(?:已经|已)?连续[一二三四五六七八九十两\d]{1,3}多?年|(?:项目)?(?:建成|完成|竣工|投用|建成投用)后)[,，]?(?!年均|平均|累计)/; // …and 建成后: once built
const WITHIN_YEARS = /^[一二三四五六七八九十两\d]{1,2}年内/;
/** A plan period spoken of as a time: “十三五”期间, 十四五时期, “十二五”以来, 争取“十四五”期末. */
export const PERIOD_PHRASE = /^(力争|争取)?(在|到|至)?[“"]?十[一二三四五]五(?:规划)?[”"]?(期间|时期|以来|期?末|中)/;
/** 比上年, 较2021年, 较“十二五”末, 分别比2015年, 比上年的: the baseline of a change, not part of the name. */
const BASELINE = "(分别|分別)?(同口径)?(同比|环比|(比|较|較|与|同|跟|和)(上年(?:同期|末|底)?|去年(?:同期|末|底)?|上一年|前一年|同期|上一?学年(?:同期)?|上一?学期|学期初|年初|今年|((19|20)\\d\\d|[零〇一二][零〇一二三四五六七八九]{3})年(同期|末|底)?|(19|20)\\d\\d届|上一?届|[“\"]?十[一二三四五]五[”\"]?(末|初期|初|期间|时期)?))(相比)?(分别|分別)?(的(?=[0-9]|$))?";
export const BASELINE_PHRASE = new RegExp("^" + BASELINE);
/** 学校数比2000年: a baseline after the name (学校数比2000年减少了193所). */
const BASELINE_AFTER = new RegExp(BASELINE + "$");
const PREPOSITIONS = words(["依托", "通过", "按照", "利用", "结合", "围绕", "针对", "面向", "在", "从", "于", "向", "为"]);
const TRAILING = words(["约", "大约", "近", "尚未", "没有", "未", "共计", "累计达", "比上年", "较上年", "比去年", "较去年", "同比", "分别", "均", "都", "全部", "各", "也", "共", "了", "要", "将", "力争", "争取", "努力", "确保", "进一步", "的", "再", "已", "已经", "逐步", "基本", "应当", "必须", "原则上", "仅", "仅为", "只", "只有", "却", "仍", "首次", "再次", "将会", "一般在", "一般"]);

export function stripParens(t: string): string {
  // Parenthetical notes longer than a few characters (包括考试科和考查科) are not part of a name.
  return t.replace(/\(([^()]{0,40})\)/g, (m, inner: string) => (inner.length > 4 || /^(包括|含|即|如|指|其中)/.test(inner) ? "" : m));
}

function isLevel(t: string): boolean {
  return LEVEL_SCOPES.set.has(t);
}

export function isScopeWord(t: string): boolean {
  return isLevel(t) || AREA_SCOPES.set.has(t);
}

/** The place before 共有/现有 (陕西省共有小学, 莒县共有216所小学, 该县现有…, a masked xx市有…): the scope of what is counted. */
const COUNTED_AREA = new RegExp(`(全[省市县区国镇乡州校园]|[\\u4e00-\\u9fff]{2,6}[省市县区]|^${ONE_CHARACTER_COUNTY}|[该本我某][县市区校园]|^[xX×*＊]{1,3}[省市县区]|学校|学区)$`);

/** A place's name alone (张家港市, 吴中区, 工业园区), not a counted kind of district (学区, 校区, 社区). */
const PLACE_NAME = new RegExp(`^(?:[\\u4e00-\\u9fff]{2,7}(省|市|区|县|州|旗|盟|镇|乡)|${ONE_CHARACTER_COUNTY})$`);
const NOT_PLACE = /(学区|校区|社区|片区|辖区|园区内|小区)$/;

/**
 * 其中张家港市4所、常熟市5所; 其中学前8234人: a subject that is only a place, or only a level of
 * schooling (LEVEL_ALONE), names a part of what was counted before it, not a count of its own.
 */
export function namesPartOnly(t: string): boolean {
  return isPlaceName(t) || LEVEL_ALONE.has(t) || isLevel(t) || TIER.test(t);
}
const isPlaceName = (t: string): boolean => PLACE_NAME.test(t) && !NOT_PLACE.test(t);
export const isTier = (t: string): boolean => TIER.test(t);
/** A place by its name (嘉祥县, 北戴河新区), not a kind of place (国家级贫困县, 少数民族县, 示范区). */
export function namesPlace(t: string): boolean {
  return isPlaceName(t) && !/级|贫困|民族|政策|示范|试点|重点|先进|强|达标|合格|新建|开发区/.test(t);
}

/** A level or kind of school alone (普通高校, 中等职业教育, 义务教育阶段, 特殊教育学校): what people are counted in, not a count. */
const KIND_OF_SCHOOLING = /^[\u4e00-\u9fff]{0,6}(教育|阶段|高校|学校|小学|中学|初中|高中|幼儿园|职高|中职|高职)$/;
export function namesKind(t: string): boolean {
  return namesPartOnly(t) || SCHOOL_KINDS.has(t) || KIND_OF_SCHOOLING.test(t);
}

export interface Subject {
  name: string;
  scope: string | null;
  verb: string | null;
}

/** The end of a document's title (统计公报, 工作总结, 范文): never inside an indicator's name. */
const DOCUMENT_TITLE_END = /^.*(统计公报|公报|快报|工作总结|范文)/;

/** A place's name right before a year: 官渡区2023年, 呼和浩特市2011年. */
const PLACE_BEFORE_YEAR = /^([\u4e00-\u9fff]{2,8}?(?:省|市|区|县|州|旗|盟|镇|乡))(?=(?:19|20)\d\d年)/;

/**
 * Openers, areas, levels, prepositional phrases and time phrases off the front of a subject:
 * 全市初中、小学体育达标率 → scope 全市初中、小学, name 体育达标率.
 */
export function subjectOf(text: string): Subject {
  // …(随班就读221人): a parenthesis opened before the figure is not part of its name
  let t = stripParens(text.trim()).replace(/^[^(（]*?[)）]/, "").replace(/^[(（](?=[^)）]*$)/, "").replace(/^[,、]*(其中)?[:;,、]*/, "");
  // 要完成“新建改扩建幼儿园80所,…”: a quote opened before the figure starts its name
  t = t.replace(/^.*[“"](?=[^”"]*$)/, "");
  // 首頁>科教>正文過去三年…: a site's breadcrumb run into the headline is no part of a name
  const crumb = /^.*[>›»]\s*(?:正文)?/.exec(t);
  if (crumb && CRUMB_WORDS.test(crumb[0])) t = t.slice(crumb[0].length);
  let scope = "";
  for (let guard = 0; guard < 12 && t.length; guard++) {
    const before = t;
    const m = LIST_MARKER.exec(t) || TIME_PHRASE.exec(t) || PERIOD_PHRASE.exec(t) || BASELINE_PHRASE.exec(t) || YEARS_FRAME.exec(t);
    if (m && m[0].length) {
      t = t.slice(m[0].length);
      continue;
    }
    const within = WITHIN_YEARS.exec(t);
    if (within && (wordAt(t, within[0].length, OPENERS) || wordAt(t, within[0].length, ACTION_VERBS))) {
      // 三年内将完成…: the plan's period before its action (三年内本科毕业生出国率 keeps it: a qualifier)
      t = t.slice(within[0].length);
      continue;
    }
    const placeYear = PLACE_BEFORE_YEAR.exec(t);
    if (placeYear) {
      // 官渡区2023年新增学位: a place named before the year is the scope
      scope += placeYear[1];
      t = t.slice(placeYear[1].length);
      continue;
    }
    const op = wordAt(t, 0, OPENER_LOOKALIKES) ? "" : wordAt(t, 0, OPENERS);
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
      // 小学、初中和高中: 和 and 及 join the list's last level too (普高与职高的比例 is a ratio of two)
      while (t.charCodeAt(end) === 0x3001 || t.charCodeAt(end) === 0x548c || t.charCodeAt(end) === 0x53ca) {
        const next = wordAt(t, end + 1, LEVEL_SCOPES);
        if (!next) break;
        // …with a measure after it: 中小学和幼儿园38所 counts both together
        const after = t.slice(end + 1 + next.length);
        if (/^的?(比例|之比|比)/.test(after) || (t.charCodeAt(end) !== 0x3001 && after === "")) break;
        list = t.slice(0, end + 1 + next.length);
        end += 1 + next.length;
      }
      const rest = t.slice(end);
      if (end > level.length) {
        scope += list;
        t = rest;
        continue;
      }
      // 高中阶段完成率, 小学段巩固率, 小学生近视率 (not 生均, 生师比): the level is part of a longer word, which stays the name
      if (/^(教师|校长|老师|班主任|专任教师|学校|在园|招生|教职工|职工|园长|保育员|保教人员|阶段|段|生(?![均师])|[与和及同])/.test(rest) || rest.length < 3) {
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
  // 教育事业统计公报范文全省义务教育中小学…: a document's title glued to the text is no part of a name
  const titleEnd = DOCUMENT_TITLE_END.exec(t);
  if (titleEnd && titleEnd.index + titleEnd[0].length < t.length) {
    const rest = subjectOf(t.slice(titleEnd.index + titleEnd[0].length));
    return { name: rest.name, scope: scope + (rest.scope ?? "") || null, verb: rest.verb };
  }
  t = stripTail(t);
  // 陕西省共有小学, 【…】全国共有普通小学, 学校有卫生保健室: what 共有 counts is the name; the place or the school before it the scope
  const counted = t.indexOf("有") > 1 ? /^(.{2,24}?)(?:共有|现有|拥有|有)(?!的)(.{2,})$/.exec(t) : null;
  const area = counted ? COUNTED_AREA.exec(counted[1]) : null;
  if (counted && area) {
    scope += area[1];
    t = counted[2];
  }
  const verb = (!wordAt(t, 0, VERB_LOOKALIKES) && wordAt(t, 0, ACTION_VERBS)) || null;
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
  // …全省共有幼儿园7310所: what 共有 counts stays the name, even a level of schooling
  if (t && !(counted && area) && (BARE_SCOPES.has(t) || isScopeWord(t) || PLACE_SCOPES.set.has(t))) {
    if (!scope.endsWith(t)) scope += t;
    t = "";
  }
  return { name: t, scope: scope || null, verb: t ? verb : null };
}

export function stripTail(t: string): string {
  // 合格率在近三年平均值基础上(上浮5%): the base a change starts from is no part of the name
  const base = BASE_ON.exec(t);
  if (base && base.index > 0) t = t.slice(0, base.index);
  const baseline = BASELINE_AFTER.exec(t);
  if (baseline && baseline.index > 0) t = t.slice(0, baseline.index);
  // 近视率2024年(降至50.3%), 在校生在2024年(达到): the time a figure is of is no part of its name
  const time = TIME_AFTER_NAME.exec(t);
  if (time && time.index >= 2) t = t.slice(0, time.index);
  // 共认定了两批(142个试点县): how many batches the count came in is no part of it
  const batches = /(?:分|共)?[一二三四五六七八九十两\d]{1,2}批次?$/.exec(t);
  if (batches && batches.index >= 2) t = t.slice(0, batches.index);
  for (let guard = 0; guard < 8; guard++) {
    // 生均用地面积应(不小于): a modal 应, not the 应 of 供应, 适应, 相应
    // …and 高考人数会(突破): 会 after a measure is a modal, not the 会 of 家长会, 运动会
    const w = wordBefore(t, t.length, TRAILING) || (/[^供适对响相反效感答回]应$/.test(t) ? "应" : "") || (/(?:数|率|量|人口)会$/.test(t) ? "会" : "");
    if (!w || w.length >= t.length || (w === "均" && PER_HEAD.test(t))) break; // 校舍生均(12.1平方米): 生均 is per pupil, not "each"
    t = t.slice(0, t.length - w.length);
  }
  // 我市学校有282所: 有 says the count exists; 拥有, 具有, 享有 are verbs of their own
  const have = /(?<![拥具占持享含没建设])(?:都|均|也)?(共有|现有|已有|尚有|还有|有)$/.exec(t);
  if (have && have.index >= 2) t = t.slice(0, have.index);
  return t.replace(/(、|,|以及|和|与)+$/, "");
}

/** 生均, 人均, 校均, 户均, 班均: 均 as "per", part of the measure's name. */
const PER_HEAD = /[生人校户班师]均$/;

const BASE_ON = /为?在[^,，。;；在]{0,24}?基础上$/;
const TIME_AFTER_NAME = /(?:在|于|到|截至)?(?:19|20)\d\d学?年(?:底|末|度)?$/;

export const RATE_END = /(率|比|比例|占比|比重|覆盖面|程度|指数|水平|增幅|降幅|减幅|幅度)$/;
export const COUNT_END = /(数|量|总数|人数|次数|额|规模|名次|数量|人次)$/;
const POPULATION_END = /(幼儿|学生|儿童|教师|人口|人员|人数|职工|劳动力)$/;

/** 毛入园率也在稳步, 毛入园率由2011年的, 近视率在2018年的基础上每年: adverbs after a rate are not part of its name. */
const AFTER_RATE = /(率|比例|占比|比重|系数)((也|在|已经|已|稳步|进一步|持续|逐步|继续|由|从|分别|均|都|仍|还|又|再|将|要|基本|同比|比上年|较上年|每年|[由从](19|20)\d\d年的?|在(19|20)\d\d年的?基础上)+)$/;

/** The statistician's suffix: 新建社区教育中心 + 所 → 新建社区教育中心数. */
export function withSuffix(raw: string, f: Pick<Figure, "unit" | "source" | "cmp">, reach: boolean): string {
  const unit = f.unit;
  if (!raw) return raw;
  raw = raw.replace(/[(（]$/, ""); // 近视率(55.62%): the bracket the figure stands in is no part of the name its suffix reads
  const adverbs = AFTER_RATE.exec(raw);
  const name = adverbs ? raw.slice(0, raw.length - adverbs[2].length) : raw;
  if (unit === "%" || unit === "‰") {
    if (RATE_END.test(name)) return name;
    if (f.source === "change") return name + (f.cmp === "decrease_by" ? "下降率" : "增长率"); // 地区生产总值增长6%
    return POPULATION_END.test(name) && name.indexOf("占") < 0 ? name + "占比" : name + "比例";
  }
  if (unit === "个百分点") return name;
  if (f.source === "rank") return rankName(name);
  if (unit === "平方米" || unit === "亩") return /面积/.test(name) ? name : name + "面积";
  if (unit === "米" || unit === "公里") return /长度|里程/.test(name) ? name : name + "长度";
  if (unit === "小时" || unit === "分钟" || unit === "个工作日") return /时间|时长|时数|时限/.test(name) ? name : name + "时间";
  if (unit === "年") return /年限|年$/.test(name) ? name : name + "年限";
  if (unit === "岁") return name;
  if (unit === null || !COUNT_UNITS.has(unit)) return name;
  if (unit === "人次") return /人次$/.test(name) ? name : name.replace(/人数$/, "") + "人次";
  if (unit === "科次") return /科次$/.test(name) ? name : name + "科次";
  // 总人口, 出生人口: a population is its own count
  if (COUNT_END.test(name) || (unit === "人" && /人口$/.test(name))) return name;
  if (unit === "次") return name + "次数";
  if (unit === "户") return name + "户数";
  if (unit === "期") return name + "期数";
  const person = PERSON_UNITS.has(unit);
  if (reach) return name + "总数";
  // 特聘教授数, 随迁子女数: a name that already says who is counted takes 数
  if (person && !has(PERSON_ENDINGS, name.charCodeAt(name.length - 1)) && !PERSON_NOUNS.test(name)) return name + "人数";
  return name + "数";
}

/** 开工建设重点文旅项目 → 重点文旅项目: the object of the verbs. */
export function withoutVerbs(t: string): string {
  for (let guard = 0; guard < 3; guard++) {
    const v = wordAt(t, 0, ACTION_VERBS);
    if (!v || v.length >= t.length - 1) break;
    t = t.slice(v.length);
  }
  return t;
}

/** 培训中小学教师 → 中小学教师培训 (the gold set names a training count after whom it trains). */
export function reorderTraining(name: string, f: Figure): string {
  const person = f.unit === "人" || f.unit === "名" || f.unit === "位" || f.unit === "人次";
  if (!person) return name;
  for (const v of TRAINING_VERBS) {
    if (name.startsWith(v) && name.length > v.length + 1) return name.slice(v.length) + v + (f.unit === "人次" ? "人次" : "人数");
  }
  return name;
}

/** A stop word at k that is only part of a noun: the 在 of 存在, the 任教 of 专任教师 or 兼任教师. */
function insideNoun(t: string, k: number): boolean {
  const before = t.charAt(k - 1);
  if (t.startsWith("任教", k)) return before === "专" || before === "兼";
  return STOP_INSIDE[t.charAt(k)]?.includes(before) === true;
}
/** A stop word's first character as the second of a noun (存在, 公共文化空间, 行为, 所有, 发达): no stop there. */
const STOP_INSIDE: Readonly<Record<string, string>> = { 在: "存", 共: "公", 为: "行", 有: "所", 达: "发" };

/** The noun phrase after a figure and the predicate after it: 教师获全国三等奖 → 教师 / 获全国三等奖. */
export function nounAfter(text: string): { np: string; predicate: string } {
  if (text === "") return { np: "", predicate: "" };
  // a parenthesis the next figure cut open (幼儿园173所(81所民办)) is no noun
  // a closing bracket right after the figure ends the phrase: 农村18.4:1)
  if (/^[)）]/.test(text)) return { np: "", predicate: "" };
  // 小学40979人,初中17112人 inside a parenthesis: a comma right after the figure ends the phrase
  if (/^[,，;；]/.test(text)) return { np: "", predicate: "" };
  // 幼儿园5所和小学10所: a 和 right after the figure opens the next listed item, no noun of this one
  if (/^(?:和|以及|及(?!格))/.test(text)) return { np: "", predicate: "" }; // (not 与: 200个与产业发展相匹配的专业; not 及格)
  const t = stripParens(text.length > 48 ? text.slice(0, 48) : text).replace(/^[的、]/, "").replace(/[(（][^)）]*$/, "");
  // 35所已完工 and 1所正在装修 name no noun: the predicate follows at once
  // …比上年的10682.82元增长4.18%: a change after the figure names nothing either
  // 2429所仍存在薄弱环节: an adverb right after the figure opens its predicate
  if (wordAt(t, 0, RESULT_VERBS) || /^(正在|尚未|仍然|仍|依然|还|尚|再度)/.test(t) || CHANGE_AFTER.test(t)) return { np: "", predicate: t };
  let cut = t.length;
  for (let k = 1; k < t.length; k++) {
    // 1038所学校存在…问题: the 在 of 存在 stops nothing; nor does the 任教 of 741名专任教师
    if ((wordAt(t, k, NP_STOPS) && !insideNoun(t, k)) || wordAt(t, k, RESULT_VERBS)) {
      cut = k;
      break;
    }
  }
  let np = t.slice(0, cut);
  // 建成投用38所公办园”民生实事项目: a quote the figure stood in closes the phrase
  const close = np.indexOf("”");
  if (close >= 0 && np.lastIndexOf("“", close) < 0) np = np.slice(0, close);
  const de = np.lastIndexOf("的");
  if (de >= 0 && de < np.length - 1) np = np.slice(de + 1);
  return { np: np.replace(/(、|,|以及|和|与|的)+$/, ""), predicate: t.slice(cut) }; // 108个县的1038所学校: the 县 counted
}

const PREDICATE_VERBS = words(["达到", "有", "实现", "实行", "建成", "开设", "配备", "具备", "完成", "通过", "参加", "获得", "拥有", "接受", "取得", "开展", "纳入", "进入", "符合", "设立", "建有", "达"]);

/** 85%的乡镇中心幼儿园达到《…》 → 达到《…》的乡镇中心幼儿园比例. */
export function nameFromDe(right: string, f: Figure): string {
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
export function lastComparatorWord(left: string, figureStart: number): { at: number; w: string; gov: Gov } | null {
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

/** A standing's name as the gold sets write it (校总均分全县排名): the verb that reaches it (必须进入, 目标定为, 名列) dropped, 排名 after. */
const RANK_VERB_END = /(?:必须|要|力争|争取|努力|目标)?(?:进入|定为|夺得|获得|荣获|取得|名列|位居|位列|排在|排名居|稳居|跻身|挺进|保持在|保持|稳定在|达到|达|实现|确保|居|列|为)$/;
function rankName(name: string): string {
  if (/(名次|排名|排位|位次)$/.test(name)) return name;
  const area = /(?:全[国省市县区州球]|同类学校中?)$/.exec(name)?.[0] ?? ""; // 进入全县: the area ranked in stays
  // 以633分的优异成绩夺得全市高考文科(第二名): what was won names the standing
  const core = name.slice(0, name.length - area.length).replace(RANK_VERB_END, "").replace(/^.*(?:夺得|摘得|荣获|获得)(?=[\u4e00-\u9fff]{2})/, "");
  return (core + area || name) + "排名";
}

/** Items of a listed subject: 小学、初中、高中教师学历合格率 → 小学 / 初中 / 高中教师学历合格率. */
export function splitList(t: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let a = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 40 || c === 0x201c || c === 0x300a) depth++;
    else if ((c === 41 || c === 0x201d || c === 0x300b) && depth > 0) depth--;
    if (depth > 0) continue;
    const sep = c === 0x3001 ? 1 : t.startsWith("以及", k) ? 2 : c === 0x548c || c === 0x53ca || c === 0x4e0e ? 1 : 0;
    if (!sep || (sep === 1 && c !== 0x3001 && wordAt(t, k, OPENER_LOOKALIKES))) continue; // 数学及格率: 及格 is a word
    out.push(t.slice(a, k));
    a = k + sep;
    k += sep - 1;
  }
  out.push(t.slice(a));
  return out.filter((x) => x.length > 0);
}

export interface Named {
  indicator: string;
  scope: string | null;
  /** The year its own figure is of, when a list of years gives each figure one (2018-2020年…分别为…). */
  year?: number;
}

/**
 * 幼儿园173所(81所民办), 幼儿26374人(民办11664人): a sub-count in parentheses right after a
 * figure counts a part of it; the qualifier inside (民办, 公办 …) names that part of the
 * indicator just named.
 */
export function namedByParenthesis(left: string, right: string, prev: string | null): Named | null {
  if (!prev) return null;
  if (/^[(（](?:约|合|折合|即)$/.test(left)) return { indicator: prev, scope: null }; // 117743.74㎡(约176.62亩): the same area, said again in 亩
  const before = /^[(（](?:含|其中)?([\u4e00-\u9fff]{1,4})?$/.exec(left); // (含民办2所)
  if (!before) return null;
  const q = before[1] ?? /^([\u4e00-\u9fff]{1,4})[)）]/.exec(right)?.[1];
  return q && PART_QUALIFIERS.has(q) ? { indicator: q + prev, scope: null } : null;
}

/**
 * A count of schools as such (各级各类学校数), of one kind of them (幼儿园数, 九年一贯制学校数,
 * 中心学校数, 成人文化技术学校数) or of teaching points and units (教学点数, 基层单位数).
 */
export function countsSchools(name: string): boolean {
  const counted = name.slice(0, -1);
  return (INSTITUTION_COUNT.test(name) && !actsOn(name)) || (name.endsWith("数") && (LEVEL_SCOPES.set.has(counted) || SIZED_PLACES.set.has(counted) || SCHOOL_KINDS.has(counted)));
}
const INSTITUTION_COUNT = /(?:学校|校园|院校|学院|大学|中学|小学|幼儿园|教学点|基层单位)(?:总)?数$/;

/** 随机抽查学校数, 新建学校数: schools something was done to, whose 其中小学171所 are parts of that count, not kinds that count themselves. */
function actsOn(name: string): boolean {
  if (INSPECTED.test(name)) return true;
  for (let k = 0; k < name.length; k++) if (wordAt(name, k, ACTION_VERBS)) return true;
  return false;
}
const INSPECTED = /抽查|检查|督导|评估|验收|申报|参加|接受|认定/;
