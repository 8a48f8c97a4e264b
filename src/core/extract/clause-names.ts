/**
 * Names that come from around a figure rather than right before it: a figure-less clause or a
 * lead-in heading that names the measure (宿舍的人均使用面积需达标,小学不低于3.0平方米;
 * 1.每百名学生拥有…教师数:), the topic of a first clause, another kind of school counted by the
 * same verb, the named examples or verb groups that end a subject, the noun a count's classifier
 * counts (建好8个省级示范性职教集团), the count a part belongs to (其中学前8234人), and a count at a
 * stage of work (在建5所).
 */
import type { Figure } from "../phrase";
import { lastOneOf } from "../phrase/chars";
import { impliedCountUnit } from "./table-units";
import { withoutReadings } from "./text";
import type { Clause, Fig } from "./figures";
import { ACTION_VERBS, COUNT_UNITS, COUNTED_NOUNS, COUNTED_PEOPLE, LEAD_LABEL, LEVEL_SCOPES, LIST_PREDICATE, LISTING_VERB, NP_STOPS, PERSON_UNITS, PLACE_ALONE, RANK_WORDS, wordAt, wordBefore } from "./lexicon";
import { COUNT_END, isTier, namesKind, namesPartOnly, namesPlace, RATE_END, subjectOf, type Subject, withoutVerbs, withSuffix } from "./naming";

/** 新建初级中学数 then 小学: 新建小学数, the count of another kind of school by the same verb; else null. */
export function otherSchools(prev: string, level: string): string | null {
  if (!prev.endsWith("数")) return null;
  const counted = wordBefore(prev, prev.length - 1, LEVEL_SCOPES);
  if (!counted || counted === level) return null;
  return prev.slice(0, prev.length - 1 - counted.length) + level + "数";
}

/** A heading that names a measure (1.生均教学及辅助用房面积, (三)每百名学生拥有…教师数): the measure, else null. */
export function leadMeasure(section: string): string | null {
  // 【各级教育生均一般公共预算教育经费增长情况】: a bulletin's bracketed heading on how a measure grew
  let t = withoutReadings(section).trim().replace(/^([一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、])\s*/, "")
    .replace(/^【(.*)】$/, "$1").replace(/(的)?(增长|变化|执行)?情况(是|为|如下)?[:：]?$/, "").replace(/^各级(各类)?(教育|学校)/, "");
  // 2016年全国普通小学、普通初中、…、普通高等学校生均…支出: the measure after the list of levels it is given for
  const list = /^(?:(?:19|20)\d\d年)?(?:全国|全省|全市|全县|全区)?(?:[^、]{2,8}、)+([^、]{2,8}?)(生均[^、]{2,30})$/.exec(t);
  if (list && namesKind(list[1])) t = list[2];
  if (t.length > 30 || /[0-9,。;]/.test(t)) return null;
  return MEASURE_NAME.test(t) ? t : null;
}

const MEASURE_NAME = /(率|比|系数|差|数|值|额|量|面积|用地|比例|比重|经费|支出|年限|指数|覆盖面)$/;

/** The name a short figure-less clause gives the figures after it (a noun phrase of ≤ 20 characters), or "". */
const MEASURE_THEN_PREDICATE = /^(.{2,20}?(?:率|比例|占比|比重|人数|总数|规模|系数))(?:稳步|持续|逐年|进一步|不断|明显|大幅|显著|继续|实现)?[\u4e00-\u9fff“”"]{1,6}$/;

export function headingClause(s: string, c: Clause): string {
  // 宿舍的人均使用面积需达标,小学不低于3.0平方米: the requirement is said again by the figures
  // 各县(市)…开工率由高到低依次是: a list's lead names the measure of its items
  const t = s.slice(c.start, c.end).replace(/(需|须|应|要|必须|均)?(达标|达到要求|符合要求|符合标准|达到标准)$/, "").replace(LIST_PREDICATE, "");
  if (t.length > 24 || /[0-9]/.test(t)) return "";
  const name = subjectOf(t).name;
  if (name.length <= 24 && MEASURE_NAME.test(name)) return name;
  // 全县高中阶段毛入学率稳步提升,达到92.5%; 近视率实现四连降,2024年降至50.3%: the measure before a short predicate
  const measured = MEASURE_THEN_PREDICATE.exec(t);
  const before = measured ? subjectOf(measured[1]).name : "";
  return before.length <= 20 && (MEASURE_NAME.test(before) || /规模$/.test(before)) ? before : "";
}


/** A list item's number before its label: 1., 2、, (3), 4). */
const LIST_NUMBER = /^(?:\d{1,2}\s*[.、．)）]|[(（]\d{1,2}[)）])\s*/;

/** 在校生:1234人, 国家助学金标准:2000元/生·年: the short label a colon ends names the figure right after it. */
export function colonLabel(s: string, c: Clause): string {
  if (s.charCodeAt(c.end) !== 58 /* : */ || c.end - c.start > 24) return "";
  const t = s.slice(c.start, c.end).trim().replace(LIST_NUMBER, ""); // 1.新增学位:1500个: the item's number is no part of its label
  if (/[0-9]/.test(t) || LEAD_LABEL.test(t)) return "";
  const sub = subjectOf(t);
  const name = sub.scope === null || sub.name.startsWith(sub.scope) ? sub.name : sub.scope + sub.name; // 普通高中国家免学费标准: the label whole
  return sub.name.length >= 2 && name.length <= 20 ? name : "";
}

/** The measure a figure-less clause names before a value's role (学生…的满意度,年初目标值≥95%), or "". */
export function measureBefore(s: string, c: Clause | undefined, figs: readonly unknown[] | undefined): string {
  if (!c || !figs || figs.length > 0 || c.end - c.start > 40) return "";
  return subjectOf(s.slice(c.start, c.end).trim()).name;
}

/** A clause that is only a level and its colon (• 小学:, 初中：): that level, else "". */
export function levelColonLabel(s: string, c: Clause): string {
  if (s.charCodeAt(c.end) !== 58 /* : */ || c.end - c.start > 12) return "";
  const t = s.slice(c.start, c.end).replace(/^[\s•·●◆▪\-—*]+/, "").trim();
  return wordAt(t, 0, LEVEL_SCOPES) === t ? t : "";
}

/** A name that measures in % (…率) for a % figure, any other name for a count. */
export function sameUnitFamily(name: string, f: Figure): boolean {
  if (f.unit === "%" || f.unit === "‰" || f.unit === "个百分点") return RATE_END.test(name);
  if (f.unit !== null && /元$/.test(f.unit) && /(人次|人数|数)$/.test(name)) return false; // 资助357703人次约6414万元: money is no count
  return !RATE_END.test(name);
}

/** 梁集中学教学楼工程已经启动,总投资达110万元: the subject of a figure-less first clause. */
export function topicOf(s: string, clauses: Clause[], figs: Fig[]): string {
  if (clauses.length < 2 || figs[0].clause === 0) return "";
  const c = s.slice(clauses[0].start, Math.min(clauses[0].end, clauses[0].start + 30));
  const m = /^(.{2,20}?)(已经|已|正在|将|于|顺利|全面|开工|启动|竣工|完工|建成|投入)/.exec(c);
  return m ? subjectOf(m[1]).name : "";
}

/** A preposition before the one example a count names (对, 先后到, 向): the example is its object. */
const EXAMPLE_PREPOSITION = /(?:对|先后到|深入|走进|走访了?|向|为|给)(?=[\u4e00-\u9fff]{3,})/;
/** Named examples ending a subject: 城东实验小学、锁簧第二幼儿园等, 关一小关岭校区、金马小学等. */
const EXAMPLES_BEFORE = /[^,;:、]{2,20}(?:、[^,;:、]{2,20})*(?<![甲乙丙丁一二三四五六七八九十优中高同平上特初])等$/; // not a grade (二级甲等, 一等)

/**
 * Where the named examples before a count start (新建改扩建|城东小学、锁簧幼儿园等7所, 拟维修改造|冶父山镇
 * 中心小学等42所): after the last action verb of the first one's segment; a list of two or more
 * needs no verb, a single example does. -1 when there are none.
 */
export function examplesStart(left: string, nounAfter = false): number {
  const m = EXAMPLES_BEFORE.exec(left);
  if (!m) return -1;
  const stop = left.indexOf("、", m.index);
  const first = left.slice(m.index, stop < 0 ? left.length - 1 : stop);
  for (let k = first.length; k > 0; k--) if (wordBefore(first, k, ACTION_VERBS)) return k < first.length ? m.index + k : -1;
  if (stop >= 0) return m.index;
  // 对辖区何庄小学等6所村级小学进行了改造, 先后到疏勒县第二幼儿园等23所: what a preposition points at is an example
  const to = EXAMPLE_PREPOSITION.exec(first);
  if (to) return m.index + to.index + to[0].length;
  // …and so is one named before the noun the count names (福清市玉融实验幼儿园等99所幼儿园), whatever precedes it
  return nounAfter ? m.index : -1;
}

/** The action verbs that end a subject, with the verbs listed before them: 新建、改扩建, 新建和改扩建. */
export function verbGroupBefore(name: string): string {
  let at = name.length;
  for (;;) {
    const w = wordBefore(name, at, ACTION_VERBS);
    if (!w) break;
    at -= w.length;
    if (wordBefore(name, at, ACTION_VERBS)) continue; // 新建改扩建: verbs side by side
    const sep = at > 0 ? name.charAt(at - 1) : "";
    if (!"、和及与".includes(sep) || !sep || !wordBefore(name, at - 1, ACTION_VERBS)) break;
    at -= 1;
  }
  return name.slice(at);
}

/** A stage of work a count has reached (35所已经完工, 2所正在装修, 在建5所, 目前完工4所). */
const STAGE = "(已经|已|均已|全部|基本|正在|尚未|未)?(?:进行)?(在建|主体完工|主体施工|完成|完工|竣工|开工建设|开工|建成|投用|投入使用|开园|装修|施工|交付使用|启动)";
/** …after the figure, ending its clause (35所已经完工,): 5个未开工项目 names its noun itself. */
const STAGE_AFTER = new RegExp("^" + STAGE + "(?:了)?(?=$|[,，。;；、)）])");
const STAGE_ONLY = new RegExp("^" + STAGE + "数$");
const STAGE_BEFORE = new RegExp("^" + STAGE);

/**
 * The name of a count of things at a stage of work: the stage, then what is counted, taken from
 * the nearest count named before it that counts buildings or projects (寄宿学校项目37所, 其中35所
 * 已经完工 → 已完工寄宿学校项目数). `right` is the text after the figure; `name` the name built so
 * far. Null when neither names a stage alone.
 */
export function stageName(right: string, name: string, before: readonly string[]): string | null {
  const stage = stageOf(right) ?? stageText(STAGE_ONLY.exec(name));
  return stage === null ? null : stage + countedNoun(before) + "数";
}

/** Work that is still under way, whatever it is (1所正在办理前期手续, 2个项目正在招标, 3所尚未开工). */
const UNDER_WAY = /^(正在|尚未)(?:进行|抓紧|积极)?([\u4e00-\u9fff]{2,10}?)(?=$|[,，。;；、)）])/;

/** The stage of work a predicate states (已经完工 → 已完工, 正在进行装修 → 正在装修), or null. */
export function stageOf(predicate: string): string | null {
  return stageText(STAGE_AFTER.exec(predicate) ?? UNDER_WAY.exec(predicate));
}

/** A stage match as the name writes it: its adverb (已经, 均已, 全部 → 已), then its work. */
function stageText(m: RegExpExecArray | null): string | null {
  return m === null ? null : (m[1] === "已经" || m[1] === "均已" || m[1] === "全部" ? "已" : (m[1] ?? "")) + m[2];
}

/** What is built, in the names before: 公办幼儿园 of 新建公办幼儿园数, 寄宿学校项目 of 寄宿学校项目数. */
const BUILT = /(学校|幼儿园|园|校|小学|中学|初中|高中|项目|工程|校舍|食堂|宿舍|教学楼)$/;

function countedNoun(before: readonly string[]): string {
  for (let k = before.length - 1; k >= 0 && k >= before.length - 8; k--) {
    const noun = before[k].replace(/(总数|数)$/, "");
    if (noun !== before[k] && BUILT.test(noun)) return withoutVerbs(noun.replace(STAGE_BEFORE, "").replace(/^(计划|规划)/, ""));
  }
  return "";
}

/** The last of the names before that counts in the figure's unit (学校数 for 所, 在校学生数 for 人), or null. */
/** The unit a count's noun implies for a count written in `unit`: 名 and 位 count 人. */
const counted = (unit: string): string => (unit === "名" || unit === "位" ? "人" : unit);

export function countIn(names: readonly string[], unit: string | null): string | null {
  if (unit === null || !COUNT_UNITS.has(unit)) return null;
  for (let k = names.length - 1; k >= 0 && k >= names.length - 8; k--) if (impliedCountUnit(names[k]) === counted(unit)) return names[k];
  return null;
}

/** 在小学就读: where the people of a breakdown are enrolled. */
const ENROLLED_AT = /^在(.{2,8}?)(?:就读|就学|学习)$/;
/** The part a breakdown's name names: 小学 of 在小学就读, else the name. */
export function partNamed(name: string): string {
  return name.replace(ENROLLED_AT, "$1");
}

/** A group of pupils by age, grade or sex (6岁儿童, 小学生, 初中生, 一年级, 女童). */
const PUPILS = /^[\u4e00-\u9fff0-9-]{0,8}(儿童|兒童|学生|學生|生|幼儿|幼兒|少年|男童|女童|年级|年級)$/;

/**
 * The count a part belongs to, or null: 其中张家港市4所、常熟市5所 and 其中学前8234人 are parts of the
 * last count in the same unit; in 专任教师81025人,其中普通高校7759人 a kind of school names a part of the
 * people counted before the breakdown (`breakdown`, the count before 其中 or a parenthesis), and a
 * group of pupils a part of the rate before it.
 */
export function wholeOfPart(name: string, scope: string | null, verb: string | null, f: Figure, breakdown: string | null, names: readonly string[]): string | null {
  // 其中,在小学就读118737人: the kind of school where the people counted before are
  const where = ENROLLED_AT.exec(name);
  if (verb && !where) return null;
  const part = where ? where[1] : name || scope || "";
  if (part && breakdown && impliedCountUnit(breakdown) === "人" && unitAgrees(breakdown, f) && namesKind(part)) return breakdown;
  if (part && breakdown && isTier(part) && COUNT_END.test(breakdown)) return breakdown; // 基地28个,其中国家级2个
  if (verb) return null;
  // 共有32个项目未开工,其中嘉祥县18个: a place after 其中 names a part of the count broken down, whatever that count's noun
  if (name && breakdown && namesPlace(name) && COUNT_END.test(breakdown) && f.unit !== null && COUNT_UNITS.has(f.unit) && unitAgrees(breakdown, f)) return breakdown;
  // 总体近视率为52.7%;其中6岁儿童为14.3%,小学生为35.6%: a group of pupils names a part of the rate
  if (part && breakdown && f.unit === "%" && RATE_END.test(breakdown) && (namesKind(part) || PUPILS.test(part))) return breakdown;
  return name && namesPartOnly(name) ? countIn(names, f.unit) : null;
}

/** A count's name agrees with the figure's unit: 在校生数 counts no schools (初中391所 after 在校生86.7万人). */
export function unitAgrees(name: string, f: Figure): boolean {
  const implied = f.unit !== null && COUNT_UNITS.has(f.unit) ? impliedCountUnit(name) : null;
  return implied === null || implied === counted(f.unit as string);
}

/**
 * 幼儿园93所 counts the noun before it; 建好8个省级示范性职教集团 the noun right after its
 * classifier, when the words before name no counted thing themselves.
 */
export function countsNounAfter(name: string, np: string, right: string, f: Figure): boolean {
  if (f.unit === null || !COUNT_UNITS.has(f.unit) || np.length < 2 || !right.startsWith(np)) return false;
  const counted = wordBefore(np, np.length, COUNTED_NOUNS);
  if (!counted) return false;
  const own = wordBefore(name, name.length, COUNTED_NOUNS);
  // 选派学校184名学生, 解决该校50名贫困学生: people counted after a name that ends on a place
  // (学校, 校) count the people, not the place
  if (own && PERSON_UNITS.has(f.unit) && !COUNTED_PEOPLE.has(own) && COUNTED_PEOPLE.has(counted)) return !COUNT_END.test(name);
  return !own && !COUNT_END.test(name);
}

/** 现有, 又有, 将有, 共有: a count that 有 introduces (现有40个教学班); 拥有/具有 are verbs of their own. */
const HAS_COUNT = /(?<![拥具占持享含没建设])(?:已|又|将|另|共|还|现|尚|也|仍|都|均)?有\s*$/;
/** …nor with these adverbs, beyond where a noun phrase stops (NP_STOPS): 同时有200人一起上课, 有131所是…. */
const NOT_NOUN_START = /^(是|将|也|就|又|一起|共同|同时|分别|先后)/;

/**
 * 学校现有40个教学班, 湖南又有18个县…: what 有 counts follows the figure,
 * and the owner before 有 is its scope.
 * Null when the owner is itself what is counted (教学辅导教师有1名完成培训).
 */
export function ownedCount(subjectText: string, np: string, right: string, f: Figure): { scope: string | null } | null {
  const has = HAS_COUNT.exec(subjectText);
  if (!has || (np.length < 2 && !COUNTED_NOUNS.set.has(np)) || f.unit === null || !COUNT_UNITS.has(f.unit) || !right.startsWith(np) || wordAt(np, 0, NP_STOPS) || NOT_NOUN_START.test(np)) return null;
  const owner = subjectOf(subjectText.slice(0, has.index));
  if (owner.name && wordBefore(owner.name, owner.name.length, COUNTED_NOUNS) && !wordBefore(np, np.length, COUNTED_NOUNS)) return null;
  return { scope: owner.scope ?? (owner.name && owner.name.length <= 8 ? owner.name : null) };
}

/** Hundreds of figures in one sentence (a table run together): each named by the words just before it, where its quote starts and its name. */
export function dumpName(s: string, clauses: Clause[], figs: Fig[], fi: number): [number, string] {
  const f = figs[fi].f;
  const from = Math.max(clauses[figs[fi].clause].start, fi > 0 ? figs[fi - 1].f.tail : 0, f.start - 12);
  const name = s.slice(from, f.start).replace(/^[、,和及与]+/, "").replace(/[^\u4e00-\u9fff]+$/, "");
  return [from, withSuffix(name, f, false)];
}

/**
 * The subject before a figure (subjectText, up to any comparator word), with two parts named
 * by the figure's place: a part in a ranked list (较高的专业是特殊教育(96.55%)、物流管理(92.68%))
 * and a place alone before a rate (禹州市91.87%).
 */
export function subjectBefore(text: string, right: string, f: Figure): Subject {
  const sub = rankedPart(text, right, f) ?? placeBeforeRate(subjectOf(text), f);
  // 年均增幅2.05%: a change said per year names no measure of its own; the one before it changed
  return f.source === "change" && /^(年均?|平均|每年|年平均)$/.test(sub.name) ? { ...sub, name: "" } : sub;
}

const MEASURE_BEFORE_RANK = /[\u4e00-\u9fff]{1,12}(?:率|比例|占比|比重)$/;
const LISTING_VERB_END = new RegExp(LISTING_VERB.source + "$");

/**
 * 特殊教育(96.55%), “水利工程系”(98.07%), 河北省(3.36%): a short label before a rate in
 * parentheses is the part the rate is of (the scope); the measure is the one the list is ranked
 * by, or what comes before the listing verb (生源主要来自), or else the one named before ("" here).
 * A label that is itself a measure (入学率(99%)) is none.
 */
function rankedPart(text: string, right: string, f: Figure): Subject | null {
  if ((f.unit !== "%" && f.unit !== "‰") || !/[(（]$/.test(text) || !/^\s*[)）]/.test(right)) return null;
  const rest = text.slice(0, -1);
  let cut = lastOneOf(rest, "、,，;；:：") + 1;
  for (const m of rest.matchAll(LISTING_VERB)) cut = Math.max(cut, (m.index ?? 0) + m[0].length);
  const label = rest.slice(cut).replace(/^[“"]|[”"]$/g, "").trim();
  if (!/^[\u4e00-\u9fffA-Za-z]{2,14}$/.test(label) || RATE_END.test(label) || COUNT_END.test(label) || wordBefore(label, label.length, ACTION_VERBS)) return null;
  const before = rest.slice(0, cut);
  const rank = RANK_WORDS.exec(before);
  const measure = rank ? MEASURE_BEFORE_RANK.exec(before.slice(0, rank.index))?.[0] : before.replace(/[“"、,，;；:：\s]+$/, "").replace(LISTING_VERB_END, "");
  return { name: measure ? subjectOf(measure).name : "", scope: label, verb: null };
}

/** 禹州市91.87% after 各县…开工率依次是: a place alone before a rate is the scope; the measure comes from before. */
function placeBeforeRate(sub: Subject, f: Figure): Subject {
  const place = sub.name.replace(/[(（]$/, ""); // 德宏州(100%)
  if (sub.verb || !PLACE_ALONE.test(place) || (f.unit !== "%" && f.unit !== "‰" && f.unit !== "个百分点")) return sub;
  return { name: "", scope: sub.scope === null ? place : sub.scope + place, verb: null };
}

/** 名列全省第一, 位居全市第二, 居全国第五: a ranking verb and the area ranked in, with no measure of their own. */
const RANK_ONLY = /^(?:连续[^,，]{1,4})?(?:名列|位居|位列|居于|居|列|排名|稳居|保持|确保|位于)?(全(?:国|省|市|县|区)|[\u4e00-\u9fff]{2,6}?(?:省|市|县|区))?(?:同类学校中?)?(?:名次|排名)$/;

/**
 * 高技能人才64.8万人,名列全省第一: a rank that names only its area is the rank of the measure just
 * named, in that area (高技能人才数全省排名), as the gold sets name it.
 */
export function rankOfPrevious(indicator: string, f: Figure, prev: string | null): string {
  if (f.source !== "rank") return indicator;
  // 综合绩效名列第一: the measure before the verb is what is ranked (综合绩效排名)
  const own = RANKED_MEASURE.exec(indicator);
  if (own) return own[1] + (own[2] ?? "") + "排名";
  if (prev === null || /(名次|排名)$/.test(prev)) return indicator;
  const m = RANK_ONLY.exec(indicator);
  return m ? prev + (m[1] ?? "") + "排名" : indicator;
}
const RANKED_MEASURE = /^([\u4e00-\u9fff]{2,20}?)(?:名列|位居|位列|居于|稳居)(全(?:国|省|市|县|区))?名次$/;

/** A change's start opening its clause with nothing named before it (由2010年的, 从). */
const BARE_FROM = /^(?:由|从)(?:(?:19|20)\d\d年(?:底|末)?的?)?$/;
/** The change a clause with no figure ends on (毛入园率快速上升,): its subject is what changed. */
const CHANGED = /(?:快速|稳步|大幅|明显|持续|逐年|显著|进一步|不断)?(?:上升|提高|提升|增加|增长|下降|降低|减少|扩大|缩小)了?$/;

/**
 * 毛入园率快速上升,由2010年的56.6%提高到…: a change's start that opens its clause takes its name
 * from the clause before, when that clause states no figure; the left context to name it from, or null.
 */
export function bareFromLeft(s: string, clauses: readonly Clause[], ci: number, figureless: boolean, left: string): string | null {
  const lead = left.trim();
  const copula = BARE_COPULA.test(lead);
  if (ci === 0 || !figureless || !(copula || BARE_FROM.test(lead))) return null;
  const before = s.slice(clauses[ci - 1].start, clauses[ci - 1].end).replace(/[,，;；]$/, "");
  // (a list of names before 由, 大班额、超大班额比例连续5年下降, is read by the 分别 list)
  if (/[、\d]/.test(before)) return null;
  if (copula) {
    // 义务教育经费总投入最多,为1441.00亿元: the measure the clause before names, past its superlative
    const subject = before.replace(SUPERLATIVE, "");
    return subject.length >= 2 && subject.length <= 20 && /[\u4e00-\u9fff]$/.test(subject) && !/^[为在对将把]/.test(subject) ? subject + left : null;
  }
  const subject = before.replace(CHANGED, "");
  return subject.length >= 2 && subject !== before ? subject + left : null;
}
/** A copula opening its clause before the figure (,为1441.00亿元): the figure is of the clause before's measure. */
const BARE_COPULA = /^(?:为|是|共|共计|计)$/;
/** How a bulletin ranks the measure it is about to state (最多, 增长最快, 较高). */
const SUPERLATIVE = /(?:增长|增幅|增速|增加)?(?:最多|最高|最大|最快|最少|最低|最小|较多|较快|较高|较大)$/;
