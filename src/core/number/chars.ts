/**
 * What each character is to a number (a digit, a unit of ten to a hundred million, a point, a sign,
 * a mark), and the exact arithmetic the readers (read.ts) scale with.
 */

// ---- character classes -------------------------------------------------------------------
// One typed-array lookup per UTF-16 unit keeps every reader a plain char-code loop.

export const NONE = -1;
/** 0..9: a Chinese digit of that value. */
export const ARABIC_0 = 10; // 10..19: an Arabic digit, half- or full-width
export const ARABIC_9 = 19;
/** 两/兩: 2 before a unit, but never part of a digit-by-digit run. */
export const LIANG = 20;
/** Units: class - UNIT_BASE is the power of ten. */
export const UNIT_BASE = 20;
export const TEN = 21;
export const HUNDRED = 22;
export const THOUSAND = 23;
export const WAN = 24;
export const YI = 28;
/** 廿 卅 卌: class - TENS_BASE tens. */
export const TENS_BASE = 28;
export const TWENTY = 30;
export const THIRTY = 31;
export const FORTY = 32;
export const CN_POINT = 33;
export const AR_POINT = 34;
export const COMMA = 35;
export const WIDE_COMMA = 36;
export const MINUS = 37;
export const PLUS = 38;
export const FU = 39;
export const PERCENT = 40;
export const PERMILLE = 41;
export const PERMYRIAD = 42;
export const FEN = 43;
export const ZHI = 44;
/** Range dashes other than the hyphen-minus family. */
export const DASH = 45;

export const charClass = new Int8Array(65536).fill(NONE);

export function assignClass(chars: string, cls: number): void {
  for (let i = 0; i < chars.length; i++) charClass[chars.charCodeAt(i)] = cls;
}

["零〇○", "一壹弌", "二贰貳弍", "三叁參叄弎", "四肆", "五伍", "六陆陸", "七柒", "八捌", "九玖"].forEach(
  (chars, digit) => assignClass(chars, digit),
);
for (let d = 0; d <= 9; d++) {
  charClass[0x30 + d] = ARABIC_0 + d;
  charClass[0xff10 + d] = ARABIC_0 + d;
}
assignClass("两兩", LIANG);
assignClass("十拾", TEN);
assignClass("百佰", HUNDRED);
assignClass("千仟", THOUSAND);
assignClass("万萬", WAN);
assignClass("亿億", YI);
assignClass("廿", TWENTY);
assignClass("卅", THIRTY);
assignClass("卌", FORTY);
assignClass("点點", CN_POINT);
assignClass(".．", AR_POINT);
assignClass(",", COMMA);
assignClass("，", WIDE_COMMA);
assignClass("-−－﹣", MINUS);
assignClass("+＋", PLUS);
assignClass("负負", FU);
assignClass("%％﹪", PERCENT);
assignClass("‰", PERMILLE);
assignClass("‱", PERMYRIAD);
assignClass("分", FEN);
assignClass("之", ZHI);
assignClass("~～—–―〜", DASH);

export const YUAN = "元".charCodeAt(0);
/** Currencies other than 元: 万/亿 before them belong to them (500万美元, 7407万令吉). */
export const CURRENCIES: readonly string[] = ["美元", "港元", "欧元", "日元", "令吉"];
/** 千 before these is a metric prefix (千米, 千克, 千瓦). */
export const METRIC_AFTER_THOUSAND = "米克瓦";

/** isFinite without a global lookup, which is slow in sandboxed runtimes (vm contexts). */
export function isFiniteNumber(x: number): boolean {
  return x - x === 0;
}

export function classAt(text: string, index: number, limit: number): number {
  return index < limit ? charClass[text.charCodeAt(index)] : NONE;
}

export function isChineseDigit(cls: number): boolean {
  return cls >= 0 && cls <= 9;
}

export function isArabicDigit(cls: number): boolean {
  return cls >= ARABIC_0 && cls <= ARABIC_9;
}

export function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

export const MAX_EXACT = Number.MAX_SAFE_INTEGER;
/** Powers of ten that are exact doubles; one multiply or divide by them rounds correctly. */
export const POW10: number[] = [];
for (let p = 0, power = 1; p <= 22; p++, power *= 10) POW10.push(power);

export function pow10(power: number): number {
  return power <= 22 ? POW10[power] : Math.pow(10, power);
}
