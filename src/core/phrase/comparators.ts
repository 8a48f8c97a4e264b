/**
 * Comparator words before a figure (达到, 不低于, 控制在, 提高) and the suffixes after it
 * (以上, 以内, 左右): where “at least”, “at most” and “about” are understood.
 */
import { byFirstChar, isOneOf, skipSpaces } from "./chars";
import { TIME_UNITS } from "./units";

export type Gov = ">=" | "<=" | "=" | "inc" | "dec";

export interface Word {
  w: string;
  gov: Gov;
}

/** 不低于, 不得低于, 不能高于…: a negated bound with any modal between 不 and the verb. */
const MODALS = ["", "得", "应", "宜", "能", "可", "准", "要"];
const negated = (verbs: string[]): string[] => MODALS.flatMap((m) => verbs.map((v) => "不" + m + v));

/** Comparator words before the figure; the nearest one in the clause governs it. */
export const WORDS: Word[] = [
  ...[
    ...negated(["低于", "少于", "小于"]), "至少", "最少", "最低", "大于或等于", "大于等于", "高于或等于", "等于或大于", "等于或高于",
    "力争", "争取", "争创", "达到", "达", "超过", "突破", "高于", "大于", "多于", "超出", "超", "逾",
    "提高到", "提高至", "提高为", "提升到", "提升至", "提升为", "增加到", "增加至", "增长到", "增长至",
    "增至", "上升到", "上升至", "扩大到", "扩大至", "上涨到", "上涨至", "攀升到", "攀升至", "跃升到", "跃升至", "扩增到", "扩增至", "扩充到", "扩充至", "≥", "≧", "⩾", "≮", ">=", ">",
  ].map((w): Word => ({ w, gov: ">=" })),
  ...[
    ...negated(["超过", "高于", "多于", "大于"]), "小于或等于", "小于等于", "低于或等于", "等于或小于", "等于或低于",
    "控制在", "控制", "低于", "小于", "少于", "不足", "不到", "至多", "最多", "最高", "跌破", "跌至", "跌到",
    "降到", "降至", "降为", "下降到", "下降至", "下降为", "降低到", "降低至", "降低为",
    "减少到", "减少至", "减少为", "减至", "下滑到", "下滑至", "压缩到", "压缩至", "压减到", "压减至", "缩减到", "缩减至", "缩短到", "缩短至", "≤", "≦", "⩽", "≯", "<=", "<",
  ].map((w): Word => ({ w, gov: "<=" })),
  ...["保持在", "保持", "维持在", "维持", "稳定在", "分别为", "均为", "为", "是", "等于", "高达"].map((w): Word => ({ w, gov: "=" })),
  ...["提高", "提升", "增长", "增加", "上升", "上涨", "上浮", "上调", "调高", "增幅", "增高", "长高", "递增", "略增", "微增", "稍增", "↑", "新增", "高出", "多出", "高", "多", "净增加", "净增", "纯增", "比增", "增"].map((w): Word => ({ w, gov: "inc" })),
  ...["下降", "降低", "减少", "压减", "缩减", "缩短", "压缩", "下滑", "下浮", "下调", "调低", "降幅", "减幅", "递减", "略降", "微降", "稍降", "略减", "↓", "低", "少", "净减少", "净减", "比降", "比减", "降", "减"].map((w): Word => ({ w, gov: "dec" })),
];

/** Words by first character, longest first, so a position costs a handful of startsWith. */
export const WORDS_BY_CHAR = byFirstChar(
  WORDS.slice().sort((a, b) => b.w.length - a.w.length),
  (word) => word.w,
);

/** The last character of a verb of building before 提升/提高 (打造提升, 改造提升, 建设提升): one compound verb. */
const BUILD_BEFORE = "造设建改修";

/** 达 is a comparator in 达95%, 达年均…, not in 达标/达成/发达/到达/下达/表达. */
export const DA_NOT_NEXT = "标成人观意";
export const DA_NOT_PREV = "表发到下传通抵送直雷畅转";
/** Strict bounds (more than N): a report keeps them as >=, the schema having no >. */
export const STRICT_BOUND_WORDS = ["超过", "突破", "跌破", "高于", "大于", "多于", "超出", "超", "逾", ">", "低于", "少于", "小于", "不到"];
/** Bounds a report states as bounds (至少有48名, 不低于1%的师生, 不足5000个): kept, as 以上 is, not read as a measurement. */
export const STATED_BOUND_WORDS = [...negated(["低于", "少于", "小于", "超过", "高于", "多于", "大于"]), "至少", "最少", "不足", "至多", "最多", "未达到", "没有达到", "未达"];
/** Bound symbols (≥95%, ≤1.2:1) state a bound, as 以上/以下 do, in a report too (README: the symbols count like 以上); standards write ≮ (not less than) and ≯ (not more than). */
export const BOUND_SYMBOLS = ["≥", "≧", "⩾", "≮", ">=", ">", "≤", "≦", "⩽", "≯", "<=", "<"];
/** Bound words too short to stand apart from a number's own word (超标, 逾期): only right before it. */
const TIGHT_WORDS = new Set(["为", "是", "超", "逾", "最高", "↑", "↓", ...BOUND_SYMBOLS, "降", "减"]);
/** 为 only right before its number, and not in 作为/成为/认为/以为/因为/行为/更为. */
export const WEI_NOT_PREV = "作成认以因行更较最称视";
/** 是 only right before its number (任务数是11所), and not in 就是/还是/但是/都是/不是…. */
const SHI_NOT_PREV = "就还但只于总都也正不即或要若凡可像算便却乃";
/** After 增加, what may stand before its figure and keep it a change (增加了6.3万, 增加约1.97万人); any other word is its object. */
const CHANGE_GAP = /^[了约近逾超达]|^值|^[^\u4e00-\u9fff]/;
/** A comparison with an earlier time right before 新增 (较去年, 比上年同期, 较2022年). */
const COMPARED_BEFORE = /(?:比|较|同比)(?:上年|去年|上一年|上学年|(?:19|20)\d\d年)?(?:同期)?$/;
/** 高, 低, 多, 少, 增 change a figure only right after an earlier time it is compared with (比上年高0.6个百分点, 比2013届高, 比上年增4867人): 比城区低19分 compares places, 再增8000个 adds things as 新增 does. A bare 降 or 减 right before its figure is a fall (检出率降1.34%). */
const BARE_CHANGES = new Set(["高出", "多出", "高", "多", "低", "少", "增"]);
// 比去年的80人还少了26人: the earlier time's own figure, and 还, may stand between
const COMPARED_TIME_BEFORE = /(?:比|较)(?:上年|去年|上一年|上学年|上届|上一届|(?:19|20)\d\d(?:年|届|学年))(?:同期)?(?:的?\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff]{0,2})?(?:还|又|仍)?$/;

/** 到 after 争取 that says obtained (争取到了, 争取到资金), not the time striven for (争取到2025年, 到“十四五”末, 到年底). */
const OBTAINED_AFTER = /^到(?:了|(?!(?:19|20)\d\d|二[〇零]|[“"十今明本年底]))/;

/** 为 opening its clause before a count who receive something (为3.05万名…学生提供生活费补助): "for", not "is". */
function isForWhom(s: string, p: number): boolean {
  const before = p === 0 ? 10 : s.charCodeAt(p - 1);
  // (1.为4000名老年人提供…, (2)为…: after a list's number too)
  if (!(before === 10 || isOneOf("。,;:、，；：.．)）", before))) return false;
  return FOR_WHOM_VERBS.test(s.slice(p + 1, p + 40).split(/[,;。，；]/)[0]);
}
const FOR_WHOM_VERBS = /(提供|发放|减免|免除|免费|补助|资助|开展|配备|配置|安排|落实|实施|建设|购买|解决)/;

/**
 * The comparator word starting at p, or null: 达 not in 达标/发达, 为 only right before the
 * number that starts at figureStart (and not in 作为/成为).
 */
export function comparatorWordAt(s: string, p: number, figureStart: number): Word | null {
  const list = WORDS_BY_CHAR.get(s.charCodeAt(p));
  if (!list) return null;
  for (const word of list) {
    if (!s.startsWith(word.w, p)) continue;
    if (word.w === "达" && (isOneOf(DA_NOT_NEXT, s.charCodeAt(p + 1)) || isOneOf(DA_NOT_PREV, s.charCodeAt(p - 1)))) continue;
    // 尚未达到1.2万元, 没有达到60%: short of the level, at most it
    if ((word.w === "达到" || word.w === "达") && /(?:未|没有|没)$/.test(s.slice(Math.max(0, p - 2), p))) return { w: word.w, gov: "<=" };
    // 新增加1所 adds one, as 新增 does; 打造提升8个示范点, 改造提升 upgrade things: no change on a baseline
    if (word.gov === "inc" && (s.charCodeAt(p - 1) === 0x65b0 /* 新 */ || (isOneOf(BUILD_BEFORE, s.charCodeAt(p - 1)) && /^提[升高]/.test(word.w)))) continue;
    // 身高增高5.7厘米 grows; 新增高中学位 adds places at the 高中
    if (/^[增长]高$/.test(word.w) && s.charCodeAt(p + 2) === 0x4e2d /* 中 */) continue;
    // 标准化提升工程投入9700万元, 能力提升计划: 提升 names a programme, it changes nothing
    if (/^(提升|提高)$/.test(word.w) && /^(工程|计划|行动|项目|专项|活动|改造)/.test(s.slice(p + 2, p + 4))) continue;
    // 争取到了4804万元, 争取到上级资金: funds obtained, no striving (争取到2025年 still strives)
    if (word.w === "争取" && OBTAINED_AFTER.test(s.slice(p + 2, p + 5))) continue;
    // 较去年新增2700个, 比上年新增7885人: an increase over a baseline; 新增 alone adds things
    if (word.w === "新增" && !COMPARED_BEFORE.test(s.slice(Math.max(0, p - 8), p))) continue;
    // 增加学位1200个 adds places, as 新增 does; 在校生增加1219人 and 比上年增加学生300人 are changes
    if (word.w === "增加" && p + 2 < figureStart && !CHANGE_GAP.test(s.slice(p + 2, figureStart)) && !COMPARED_BEFORE.test(s.slice(Math.max(0, p - 8), p))) continue;
    if (BARE_CHANGES.has(word.w) && (!COMPARED_TIME_BEFORE.test(s.slice(Math.max(0, p - 24), p)) || !/^了?\s*$/.test(s.slice(p + word.w.length, figureStart)))) continue;
    if (TIGHT_WORDS.has(word.w)) {
      if (word.w === "为" && (isOneOf(WEI_NOT_PREV, s.charCodeAt(p - 1)) || isForWhom(s, p))) continue;
      if (word.w === "是" && isOneOf(SHI_NOT_PREV, s.charCodeAt(p - 1))) continue;
      if (skipSpaces(s, p + word.w.length) !== figureStart) continue;
    }
    return word;
  }
  return null;
}


/** A suffix read after a figure: 以上/以下/以内 bound it, 左右 only approximates it. */
export interface Suffix {
  gov: ">=" | "<=" | "approx" | null;
  end: number;
}

export const NEGATIONS = ["不得", "不准", "不能", "不许", "不予", "不可"];

/** 85%(含)以上, 45人（含）以下: the bound counted in, before 以上/以下. */
const INCLUSIVE = /^[(（]含(?:本数)?[)）]\s*(?=以上|以下|以内|及以上|及以下)/;

export function readSuffix(s: string, p: number, unit: string | null): Suffix {
  let q = skipSpaces(s, p);
  const c0 = s.charCodeAt(q);
  if (c0 === 40 || c0 === 0xff08) {
    const m = INCLUSIVE.exec(s.slice(q, q + 8));
    if (m) q += m[0].length;
  }
  switch (s.charCodeAt(q)) {
    case 0x53ca: // 及
      if (s.startsWith("及以上", q)) return { gov: ">=", end: q + 3 };
      if (s.startsWith("及以下", q)) return upTo(s, q + 3);
      break;
    case 0x4ee5: // 以
      if (s.startsWith("以上", q)) return { gov: ">=", end: q + 2 };
      if (s.startsWith("以下", q) || s.startsWith("以内", q)) return upTo(s, q + 2);
      break;
    case 0x4e4b: // 之
      if (s.startsWith("之内", q)) return upTo(s, q + 2);
      break;
    case 0x5185: // 内
      // 五年内: "within" only after a time unit (内 elsewhere starts a word: 内涵, 校内).
      if (unit !== null && TIME_UNITS.has(unit)) return upTo(s, q + 1);
      break;
    case 0x5de6: // 左
      if (s.startsWith("左右", q)) return { gov: "approx", end: q + 2 };
      break;
    case 0x4e0a: // 上
      if (s.startsWith("上下", q)) return { gov: "approx", end: q + 2 };
      break;
  }
  return { gov: null, end: p };
}

/** 以内, but 五年内不得交流 ("not within N") is a minimum, not a maximum. */
export function upTo(s: string, end: number): Suffix {
  const q = skipSpaces(s, end);
  for (const w of NEGATIONS) if (s.startsWith(w, q)) return { gov: ">=", end };
  return { gov: "<=", end };
}

