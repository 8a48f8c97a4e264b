/**
 * The grammar of plan phrases, shared by parseTarget (one cell) and the extractor (a whole
 * document): units, figures (a number, range or ratio with its unit), comparator words per
 * clause, 以上/以下/左右 suffixes, zero targets (无流生), the distractor filter (ordinals,
 * dates, years, names with numerals, masked figures), and scanFigures, the pass that applies them.
 *
 * Every reader is a forward pass over the text or the token list, so cost stays linear.
 * Scratch records (unitRead, suffix) are module-level: core is synchronous, not re-entrant.
 */
import type { NumberToken } from "./number";
import type { Comparator } from "./target";

export type Gov = ">=" | "<=" | "=" | "inc" | "dec";

/** Full-width ASCII (％ ～ ＞＝ ：１２) → ASCII, one code unit for one, so offsets stay valid. */
export function normalize(s: string): string {
  let p = 0;
  while (p < s.length && !isWide(s.charCodeAt(p))) p++;
  if (p === s.length) return s;
  const out = new Uint16Array(s.length);
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    out[k] = !isWide(c) ? c : c === 0x3000 ? 32 : c === 0xfe6a ? 37 : c - 0xfee0;
  }
  let text = "";
  for (let k = 0; k < out.length; k += 8192) text += String.fromCharCode.apply(null, Array.from(out.subarray(k, k + 8192)));
  return text;
}

export function isWide(c: number): boolean {
  return (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0xfe6a;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

export function skipSpaces(s: string, p: number): number {
  while (p < s.length && isSpace(s.charCodeAt(p))) p++;
  return p;
}

export function isIdeograph(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

export function isLetterOrIdeograph(c: number): boolean {
  return isIdeograph(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export const CN_DIGITS = "零〇一二两三四五六七八九十";

/** Units with their canonical spelling; longest first so 个百分点 beats 个, 人次 beats 人. */
export const UNITS: ReadonlyArray<readonly [string, string]> = (
  [
    ["个百分点", "个百分点"],
    ["百分点", "个百分点"],
    ["pp", "个百分点"],
    ["PP", "个百分点"],
    ["人次", "人次"],
    ["万元", "万元"],
    ["亿元", "亿元"],
    ["平方米", "平方米"],
    ["平米", "平方米"],
    ["㎡", "平方米"],
    ["周岁", "岁"],
    ["小时", "小时"],
    ["课时", "课时"],
    ["学时", "学时"],
    ["个月", "个月"],
    ["分钟", "分钟"],
    ["公里", "公里"],
    ["元", "元"],
    ["岁", "岁"],
    ["个", "个"],
    ["人", "人"],
    ["名", "名"],
    ["位", "位"],
    ["所", "所"],
    ["家", "家"],
    ["项", "项"],
    ["套", "套"],
    ["台", "台"],
    ["块", "块"],
    ["栋", "栋"],
    ["间", "间"],
    ["米", "米"],
    ["册", "册"],
    ["本", "本"],
    ["起", "起"],
    ["期", "期"],
    ["次", "次"],
    ["条", "条"],
    ["处", "处"],
    ["年", "年"],
    ["天", "天"],
    ["周", "周"],
    ["亩", "亩"],
    ["倍", "倍"],
    ["篇", "篇"],
    ["场次", "场次"],
    ["轮次", "轮次"],
    ["场", "场"],
    ["批", "批"],
    ["支", "支"],
    ["座", "座"],
    ["张", "张"],
    ["辆", "辆"],
    ["门", "门"],
    ["节", "节"],
    ["件", "件"],
    ["份", "份"],
    ["户", "户"],
    ["种", "种"],
    ["部", "部"],
    ["分", "分"],
    ["吨", "吨"],
  ] as Array<[string, string]>
).sort((a, b) => b[0].length - a[0].length);

export const UNITS_BY_CHAR = byFirstChar(UNITS, (u) => u[0]);

/** Lists keyed by first character, so a position costs one map lookup, not a scan of the table. */
export function byFirstChar<T>(items: ReadonlyArray<T>, key: (item: T) => string): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const c = key(item).charCodeAt(0);
    const list = map.get(c);
    if (list) list.push(item);
    else map.set(c, [item]);
  }
  return map;
}

/** Last unit read by readUnit (a scratch record: core is synchronous, and this runs per token). */
export const unitRead = {
  unit: null as string | null,
  /** Divisor for this token's own value (99.2 then % → 100; an already-percent token → 1). */
  div: 1,
  /** Divisor the unit implies for a unitless partner (the 3 of 3-5个百分点). */
  partnerDiv: 1,
  /** Position after the unit (or after the token when there is none). */
  end: 0,
  /** 多/余 between number and unit (400多万元, 60余万元). */
  approx: false,
};

export function setUnit(unit: string | null, div: number, partnerDiv: number, end: number, approx: boolean): void {
  unitRead.unit = unit;
  unitRead.div = div;
  unitRead.partnerDiv = partnerDiv;
  unitRead.end = end;
  unitRead.approx = approx;
}

export function readUnit(s: string, t: NumberToken): void {
  let p = t.end;
  let approx = false;
  const c0 = s.charCodeAt(p);
  if (c0 === 0x591a /* 多 */ || c0 === 0x4f59 /* 余 */) {
    approx = true;
    p++;
  }
  const q = skipSpaces(s, p);
  if (t.percent) {
    // Already a fraction (99.2%, 三分之二, 百分之五); a trailing 百分点 only renames it.
    const permille = t.text.indexOf("‰") >= 0;
    if (s.startsWith("个百分点", q)) return setUnit("个百分点", 1, 100, q + 4, approx);
    if (s.startsWith("百分点", q)) return setUnit("个百分点", 1, 100, q + 3, approx);
    return setUnit(permille ? "‰" : "%", 1, permille ? 1000 : 100, p, approx);
  }
  const c = s.charCodeAt(q);
  if (c === 37 /* % */) return setUnit("%", 100, 100, q + 1, approx);
  if (c === 0x2030 /* ‰ */) return setUnit("‰", 1000, 1000, q + 1, approx);
  const list = UNITS_BY_CHAR.get(c);
  if (list) {
    for (const [w, canon] of list) {
      if (s.startsWith(w, q)) {
        const d = canon === "个百分点" ? 100 : 1;
        return setUnit(canon, d, d, q + w.length, approx);
      }
    }
  }
  setUnit(null, 1, 1, p, approx);
}

/** A figure: one token, or two joined by a range dash or a ratio colon, with its reading. */
export interface Figure {
  kind: "single" | "range" | "ratio";
  start: number;
  /** Position after the unit. */
  end: number;
  a: number;
  b: number;
  unit: string | null;
  approx: boolean;
  /** Index of the first token after this figure. */
  next: number;
  /** Filled by the phrase reader: comparator, whether a word stated it, end after 以上/左右. */
  cmp: Comparator;
  stated: boolean;
  tail: number;
  /** Where cmp came from; a report keeps only the inexact ones (多, 近, 以上) as they are. */
  source: FigureSource;
}

export type FigureSource = "word" | "suffix" | "approx" | "near" | "rank" | "change" | "range" | "ratio" | "bare";

export function figure(kind: Figure["kind"], start: number, end: number, a: number, b: number, unit: string | null, approx: boolean, next: number): Figure {
  return { kind, start, end, a, b, unit, approx, next, cmp: ">=", stated: false, tail: end, source: "bare" };
}

/** Position after a range separator at p (~, -, --, —, ——, 至), or -1. */
export function rangeSep(s: string, p: number): number {
  p = skipSpaces(s, p);
  const c = s.charCodeAt(p);
  if (c === 126 /* ~ */ || c === 0x301c /* 〜 */ || c === 0x81f3 /* 至 */) return p + 1;
  if (isDash(c)) return isDash(s.charCodeAt(p + 1)) ? p + 2 : p + 1;
  return -1;
}

export function isDash(c: number): boolean {
  return c === 45 || c === 0x2014 || c === 0x2013 || c === 0x2010 || c === 0x2015 || c === 0x2212;
}

export function readFigure(s: string, toks: NumberToken[], i: number): Figure {
  const A = toks[i];
  readUnit(s, A);
  const ua = unitRead.unit;
  const aDiv = unitRead.div;
  const aEnd = unitRead.end;
  const aApprox = unitRead.approx;
  const B = i + 1 < toks.length ? toks[i + 1] : null;
  if (B && ua === null && !aApprox) {
    const p = skipSpaces(s, A.end);
    const c = s.charCodeAt(p);
    if ((c === 58 /* : */ || c === 0x2236 /* ∶ */) && skipSpaces(s, p + 1) === B.start) {
      return figure("ratio", A.start, B.end, A.value, B.value, null, false, i + 2);
    }
  }
  if (B && !aApprox) {
    const q = rangeSep(s, aEnd);
    if (q >= 0 && skipSpaces(s, q) === B.start) {
      readUnit(s, B);
      if (ua === null || ua === unitRead.unit) {
        const a = ua === null ? A.value / unitRead.partnerDiv : A.value / aDiv;
        return figure("range", A.start, unitRead.end, a, B.value / unitRead.div, unitRead.unit, unitRead.approx, i + 2);
      }
    }
  }
  return figure("single", A.start, aEnd, A.value / aDiv, NaN, ua, aApprox, i + 1);
}

export function isPercentUnit(unit: string | null): boolean {
  return unit === "%" || unit === "‰" || unit === "个百分点";
}

export interface Word {
  w: string;
  gov: Gov;
}

/** Comparator words before the figure; the nearest one in the clause governs it. */
export const WORDS: Word[] = [
  ...[
    "不低于", "不少于", "不得低于", "不得少于", "不应低于", "不应少于", "不宜低于", "至少", "最少", "最低",
    "力争", "争取", "争创", "达到", "达", "超过", "突破", "高于", "大于", "多于",
    "提高到", "提高至", "提高为", "提升到", "提升至", "提升为", "增加到", "增加至", "增长到", "增长至",
    "增至", "上升到", "上升至", "扩大到", "扩大至",
  ].map((w): Word => ({ w, gov: ">=" })),
  ...[
    "不超过", "不得超过", "不应超过", "不宜超过", "不高于", "不得高于", "不多于", "不得多于", "不大于",
    "控制在", "控制", "低于", "小于", "少于", "不足", "至多", "最多",
    "降到", "降至", "降为", "下降到", "下降至", "下降为", "降低到", "降低至", "降低为",
    "减少到", "减少至", "减少为", "减至", "压缩到", "压缩至", "压减到", "压减至", "缩减到", "缩减至",
  ].map((w): Word => ({ w, gov: "<=" })),
  ...["保持在", "保持", "维持在", "维持", "稳定在", "分别为", "均为", "为", "等于"].map((w): Word => ({ w, gov: "=" })),
  ...["提高", "提升", "增长", "增加", "上升", "增幅", "递增"].map((w): Word => ({ w, gov: "inc" })),
  ...["下降", "降低", "减少", "压减", "缩减", "降幅", "递减"].map((w): Word => ({ w, gov: "dec" })),
];

/** Words by first character, longest first, so a position costs a handful of startsWith. */
export const WORDS_BY_CHAR = byFirstChar(
  WORDS.slice().sort((a, b) => b.w.length - a.w.length),
  (word) => word.w,
);

/** 达 is a comparator in 达95%, 达年均…, not in 达标/达成/发达/到达/下达/表达. */
export const DA_NOT_NEXT = "标成人观意";
export const DA_NOT_PREV = "表发到下传通抵送直雷畅转";
/** 为 only right before its number, and not in 作为/成为/认为/以为/因为/行为/更为. */
export const WEI_NOT_PREV = "作成认以因行更较最称视";

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
    if (word.w === "为") {
      if (isOneOf(WEI_NOT_PREV, s.charCodeAt(p - 1))) continue;
      if (skipSpaces(s, p + 1) !== figureStart) continue;
    }
    return word;
  }
  return null;
}

/** Names with numerals that are never the figure (the README's distractor list). */
export const SLOGANS = byFirstChar(
  [
    "三个代表", "三个增长", "四个计划", "三项工程", "三名工程", "四大工程", "五认真", "六公开", "六不准",
    "五项基本功", "十项规定", "三通两平台", "一达到", "三提高", "两为主", "三个面向", "四个自信", "五育并举",
  ],
  (w) => w,
);

/** Per code unit: what the context pass must look at (one typed-array read per character). */
export const OPEN = 1; // opens a quote or title: “五五”普法, 《…100问》
export const CLOSE = 2;
export const CLAUSE = 3; // , ; 。 ! ? newline (full-width forms were mapped to ASCII)
export const WORD = 4; // may start a comparator word
export const CHAR_KIND = new Uint8Array(65536);
for (const c of "“‘《〈「『") CHAR_KIND[c.charCodeAt(0)] = OPEN;
for (const c of "”’》〉」』") CHAR_KIND[c.charCodeAt(0)] = CLOSE;
for (const c of ",;。!?\n\r") CHAR_KIND[c.charCodeAt(0)] = CLAUSE;
for (const c of WORDS_BY_CHAR.keys()) CHAR_KIND[c] = WORD;

export interface Context {
  /** Nearest comparator word before each token, in its clause. */
  gov: Array<Gov | null>;
  /** Token sits inside a closed pair of quotes or title marks. */
  quoted: boolean[];
}

/** One forward pass: comparator words per clause and quote nesting, assigned to tokens. */
export function context(s: string, toks: NumberToken[]): Context {
  const n = s.length;
  const T = toks.length;
  const gov: Array<Gov | null> = new Array(T).fill(null);
  const quoteId: number[] = new Array(T).fill(-1);
  // An open mark only hides numbers if it is closed later: a stray “ must not hide the figure.
  const closed: boolean[] = [];
  const stack: number[] = [];
  let asciiOpen = -1; // stack depth at which an ASCII " is open
  let current: Gov | null = null;
  let ti = 0;
  let p = 0;
  // Runs to the end even after the last token: a closing mark there decides what was quoted.
  while (p < n) {
    if (ti < T && toks[ti].start <= p) {
      const top = stack.length ? stack[stack.length - 1] : -1;
      const end = toks[ti].end;
      while (ti < T && toks[ti].start <= p) {
        gov[ti] = current;
        quoteId[ti] = top;
        ti++;
      }
      p = Math.max(p + 1, end);
      continue;
    }
    const c = s.charCodeAt(p);
    const kind = c === 34 ? (asciiOpen >= 0 && asciiOpen === stack.length - 1 ? CLOSE : OPEN) : CHAR_KIND[c];
    if (kind === 0 || (kind === WORD && ti === T)) {
      p++;
      continue;
    }
    if (kind === CLAUSE) {
      current = null;
      p++;
      continue;
    }
    if (kind === OPEN) {
      if (c === 34) asciiOpen = stack.length;
      stack.push(closed.length);
      closed.push(false);
      p++;
      continue;
    }
    if (kind === CLOSE) {
      if (stack.length) closed[stack.pop() as number] = true;
      if (asciiOpen >= stack.length) asciiOpen = -1;
      p++;
      continue;
    }
    const word = comparatorWordAt(s, p, toks[ti].start);
    if (word) current = word.gov;
    p += word ? word.w.length : 1;
  }
  const quoted: boolean[] = new Array(T);
  for (let k = 0; k < T; k++) quoted[k] = quoteId[k] >= 0 && closed[quoteId[k]];
  return { gov, quoted };
}

/** 无流生, 无一位学生…辍学, 零事故: zero targets with no numeral of their own. */
export const ZERO_RATE_WORDS = ["流生", "流失", "辍学", "失学", "学生流失", "学生辍学"];
export const ZERO_EVENT_WORDS = ["安全事故", "责任事故", "重大", "事故", "违法", "犯罪", "案件", "投诉", "伤亡", "违纪", "体罚"];
export const ZERO_NAMES = ["学校", "校", "班", "园", "单位", "乡镇", "的", "率"];
export const ZERO_COUNTERS: ReadonlyArray<readonly [string, string]> = [
  ["位", "人"], ["名", "人"], ["人", "人"], ["个", "个"], ["例", "例"], ["起", "起"], ["所", "所"], ["次", "次"],
];

export function findZeros(s: string): Figure[] {
  const out: Figure[] = [];
  for (let p = s.indexOf("无"), q = s.indexOf("零"); p >= 0 || q >= 0; ) {
    const at = p >= 0 && (q < 0 || p < q) ? p : q;
    const z = zeroAt(s, at);
    if (z) out.push(z);
    if (at === p) p = s.indexOf("无", p + 1);
    else q = s.indexOf("零", q + 1);
  }
  return out;
}

export function zeroAt(s: string, p: number): Figure | null {
  let end = -1;
  let unit: string | null = null;
  if (s.charCodeAt(p) === 0x65e0 /* 无 */ && s.charCodeAt(p + 1) === 0x4e00 /* 一 */) {
    for (const [w, u] of ZERO_COUNTERS) {
      if (s.startsWith(w, p + 2)) {
        end = p + 3;
        unit = u;
        break;
      }
    }
  }
  if (end < 0) {
    for (const w of ZERO_RATE_WORDS) {
      if (s.startsWith(w, p + 1)) {
        // A dropout *rate* is zero: the indicator these phrases sit under is a 率.
        end = p + 1 + w.length;
        unit = "%";
        break;
      }
    }
  }
  if (end < 0) {
    for (const w of ZERO_EVENT_WORDS) {
      if (s.startsWith(w, p + 1)) {
        end = p + 1 + w.length;
        break;
      }
    }
  }
  if (end < 0) return null;
  // 无流生学校, 零事故校园: the zero names the indicator, it is not the figure.
  for (const w of ZERO_NAMES) if (s.startsWith(w, end)) return null;
  const z = figure("single", p, end, 0, NaN, unit, false, -1);
  z.cmp = "=";
  z.stated = true;
  return z;
}

/** Last suffix read by readSuffix: 以上/以下/以内 bound it, 左右 only approximates it. */
export const suffix = { gov: null as ">=" | "<=" | "approx" | null, end: 0 };

export const TIME_UNITS = new Set(["年", "个月", "天", "周", "小时"]);
export const NEGATIONS = ["不得", "不准", "不能", "不许", "不予", "不可"];

export function setSuffix(gov: ">=" | "<=" | "approx" | null, end: number): void {
  suffix.gov = gov;
  suffix.end = end;
}

export function readSuffix(s: string, p: number, unit: string | null): void {
  const q = skipSpaces(s, p);
  switch (s.charCodeAt(q)) {
    case 0x53ca: // 及
      if (s.startsWith("及以上", q)) return setSuffix(">=", q + 3);
      if (s.startsWith("及以下", q)) return upTo(s, q + 3);
      break;
    case 0x4ee5: // 以
      if (s.startsWith("以上", q)) return setSuffix(">=", q + 2);
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
      if (s.startsWith("左右", q)) return setSuffix("approx", q + 2);
      break;
    case 0x4e0a: // 上
      if (s.startsWith("上下", q)) return setSuffix("approx", q + 2);
      break;
  }
  setSuffix(null, p);
}

/** 以内, but 五年内不得交流 ("not within N") is a minimum, not a maximum. */
export function upTo(s: string, end: number): void {
  const q = skipSpaces(s, end);
  for (const w of NEGATIONS) if (s.startsWith(w, q)) return setSuffix(">=", end);
  setSuffix("<=", end);
}

/** Code of a one-character string, for comparisons that allocate nothing. */
export function code(ch: string): number {
  return ch.charCodeAt(0);
}

export const DI = code("第");
export const NIAN_JI = code("级");
export const LAI = code("来");
export const JIN = code("近");
export const XING = code("性");
export const GAO = code("高");
export const CHU = code("初");
export const SHI = code("十");
export const WU = code("五");
export const QIAN = code("前");
export const DAO = code("到");
export const ZHI = code("至");
export const DATE_AFTER = "月日号";
export const INCIDENT_AFTER = "事案安责重违";
export const MASKS = "Xx*×";

export function excluded(s: string, toks: NumberToken[], i: number, f: Figure, quoted: boolean): boolean {
  if (quoted) return true;
  const A = toks[i];
  const prev = s.charCodeAt(A.start - 1); // NaN at the start: equal to nothing
  const after = s.charCodeAt(toks[f.next - 1].end);
  if (prev === DI && f.unit !== "名" && f.unit !== "位") return true; // ordinals: 第四年, 第23个教师节 (第一名 is a rank)
  if (isOneOf(MASKS, prev) || isOneOf(MASKS, after)) return true; // masked: **所, 20XX年
  if (f.unit === null && isOneOf(DATE_AFTER, after)) return true; // dates
  const next = s.charCodeAt(f.end);
  if (f.unit === "年") {
    const v = f.kind === "range" ? f.b : f.a;
    if (Number.isInteger(v) && v >= 1900 && v <= 2100) return true; // a year, not a duration
    if (next === NIAN_JI || next === LAI) return true; // 二年级, 三年来
    if (prev === JIN) return true; // 近三年: "the last three years"
  }
  if (f.unit === "次" && next === XING) return true; // 一次性
  // 一起 is "together" unless an incident follows (一起事故).
  if (f.unit === "起" && A.text === "一" && !isOneOf(INCIDENT_AFTER, next)) return true;
  if (f.unit === "岁" && isIdeograph(next)) {
    // 3--5周岁儿童, 17周岁初中…: an age band naming the indicator, unless a bound follows.
    readSuffix(s, f.end, f.unit);
    if (suffix.gov === null) return true;
  }
  if (A.chinese) {
    if ((prev === GAO || prev === CHU) && f.unit === null && A.value <= 3) return true; // 高一, 初二
    // 十一五 … 十四五: plan periods, however the numerals were split into tokens.
    for (let j = Math.max(0, A.start - 2); j <= A.start; j++) {
      if (s.charCodeAt(j) === SHI && isOneOf("一二三四五", s.charCodeAt(j + 1)) && s.charCodeAt(j + 2) === WU) return true;
    }
    // 一人一籍, 一免一补, 十要十不准, 两免一补: numeral, character, numeral.
    if (A.end - A.start === 1) {
      if (isIdeograph(s.charCodeAt(A.start + 1)) && isOneOf(CN_DIGITS, s.charCodeAt(A.start + 2))) return true;
      const before = i > 0 ? toks[i - 1] : null;
      if (before && before.chinese && before.end === A.start - 1 && before.end - before.start === 1 && isIdeograph(prev)) return true;
    }
    const slogans = SLOGANS.get(s.charCodeAt(A.start));
    if (slogans) for (const w of slogans) if (s.startsWith(w, A.start)) return true;
  }
  return false;
}

/** c is one of the characters of set (short sets: a few comparisons, no allocation). */
export function isOneOf(set: string, c: number): boolean {
  for (let k = 0; k < set.length; k++) if (set.charCodeAt(k) === c) return true;
  return false;
}

/**
 * The comparator a figure's wording gives it, written into f; returns its class:
 * 0 = a comparator word (or a range/ratio), 1 = a bare quantity with a unit, 2 = a bare
 * number, -1 = not a quantity at all (一些, 一步, 2.0版).
 */
export function classify(s: string, A: NumberToken, f: Figure, gov: Gov | null): number {
  readSuffix(s, f.end, f.unit);
  f.tail = suffix.end;
  f.stated = true;
  if (f.kind === "ratio") {
    f.cmp = "ratio";
    f.source = "ratio";
    return 0;
  }
  // 到/至 right before the number turns 提高 … 到95% into a level.
  const before = s.charCodeAt(A.start - 1);
  const level = (gov === "inc" || gov === "dec") && (before === DAO || before === ZHI);
  const change = (gov === "inc" || gov === "dec") && !level;
  if (f.kind === "range") {
    f.cmp = change ? (gov === "inc" ? "increase_by" : "decrease_by") : "range";
    f.source = change ? "change" : "range";
    // A unitless, unworded 2023-02 is no range unless it is the whole cell (3~5).
    return !change && f.unit === null && gov === null && suffix.gov === null ? 2 : 0;
  }
  if (f.unit === null && suffix.gov === null && f.end < s.length && isLetterOrIdeograph(s.charCodeAt(f.end))) return -1;
  if ((before === QIAN && f.unit === null) || ((before === QIAN || before === DI) && (f.unit === "名" || f.unit === "位"))) {
    // 保持在**市的前三名, 争创全市第一名: a rank, smaller is better.
    if (f.unit === null) f.unit = "名";
    f.start--;
    f.cmp = "<=";
    f.source = "rank";
    return 0;
  }
  let cmp: Comparator | null = null;
  let source: FigureSource = "bare";
  if (change) {
    cmp = gov === "inc" ? "increase_by" : "decrease_by";
    source = "change";
  } else if (suffix.gov === ">=" || suffix.gov === "<=") {
    cmp = suffix.gov;
    source = "suffix";
  } else if (before === JIN && f.unit !== "年") {
    cmp = "<="; // 近600本: nearly, so at most
    source = "near";
  } else if (gov !== null) {
    cmp = gov === "inc" ? ">=" : gov === "dec" ? "<=" : gov;
    source = "word";
  } else if (f.approx) {
    cmp = ">="; // 400多万元
    source = "approx";
  }
  f.source = source;
  if (cmp !== null) {
    f.cmp = cmp;
    return 0;
  }
  // No comparator word (bare quantity, or 一零个左右): evaluated as >=.
  f.cmp = ">=";
  f.stated = false;
  return f.unit !== null ? 1 : 2;
}

export function sameFigure(x: Figure, y: Figure): boolean {
  return x.kind === y.kind && x.cmp === y.cmp && x.stated === y.stated && x.a === y.a && x.unit === y.unit && (x.kind === "single" || x.b === y.b);
}

/** What a reader does with the figures scanFigures finds; the hooks are where readers differ. */
export interface FigureVisitor {
  /** A figure classify accepted (cls ≥ 0); toks[i] is its first token, gov the word over it. */
  figure(f: Figure, cls: number, i: number, gov: Gov | null): void;
  /** A zero target (无流生), in text order among the figures. parseTarget takes them all first. */
  zero?(z: Figure): void;
  /** Whether a change word (提高, 下降) governs the figure at start; if not, it reads as if no word did. */
  changeGoverns?(s: string, start: number): boolean;
}

/**
 * The figures of s in one forward pass: each is read, distractors dropped, the rest classified.
 * Tokens inside a figure or its 以上/左右 tail, and the 一 of a zero (无一位), are not figures.
 */
export function scanFigures(s: string, toks: NumberToken[], zeros: Figure[], visit: FigureVisitor): void {
  const ctx = context(s, toks);
  let zi = 0;
  let consumedTo = 0;
  for (let i = 0; i < toks.length; ) {
    const A = toks[i];
    if (A.start < consumedTo) {
      i++;
      continue;
    }
    while (zi < zeros.length && zeros[zi].end <= A.start) {
      if (visit.zero) visit.zero(zeros[zi]);
      zi++;
    }
    if (zi < zeros.length && zeros[zi].start < A.end) {
      i++; // the 一 of 无一位 belongs to the zero target
      continue;
    }
    const f = readFigure(s, toks, i);
    const ai = i;
    i = f.next;
    consumedTo = f.end;
    if (excluded(s, toks, ai, f, ctx.quoted[ai])) continue;
    let cls = classify(s, A, f, ctx.gov[ai]);
    if (cls >= 0 && f.source === "change" && visit.changeGoverns && !visit.changeGoverns(s, A.start)) {
      f.start = A.start;
      cls = classify(s, A, f, null); // 改造提升村卫生室30个: 提升 is the verb of a count, not a change
    }
    if (cls < 0) continue;
    consumedTo = f.tail; // covered even if the visitor then drops the figure
    visit.figure(f, cls, ai, ctx.gov[ai]);
  }
  if (visit.zero) for (; zi < zeros.length; zi++) visit.zero(zeros[zi]);
}
