/**
 * Numbers as plans write them: Arabic (half- or full-width, with thousands separators),
 * positional Chinese (两万三千, 3.5万), digit-by-digit Chinese (二〇二五, 一五), decimals,
 * percents, 百分之/千分之 and 三分之二, Traditional and financial (大写) characters.
 *
 * Values follow Excel: a percent is a fraction (95% → 0.95). Decimal scaling is done on an
 * integer mantissa and a count of decimal places, then converted with one correctly rounded
 * division, so 4.52万 is exactly 45200 and 99.2% is exactly 0.992.
 *
 * Decisions on ambiguous input:
 * - Digit-by-digit reading applies to a run of two or more Chinese digits; a unit character
 *   right after such a run is not joined to it, so parseNumber("一五零零十") throws and
 *   scanNumbers gives 1500 and 10.
 * - A bare trailing digit after a unit is one place lower (一万二 = 12000, 三千五 = 3500) unless
 *   a 零 came between (一千零五 = 1005). Before 点 that reading is ambiguous (三千五点五), so the
 *   number ends before the 点.
 * - Only 十 may stand without a leading digit (十五, 十万); 百 and 千 only in 百分之百.
 * - 万/亿 directly before 元 (or 美元/港元/欧元/日元/令吉, or 多元/余元) belong to the unit: 695万元 and
 *   695万余元 read as 695. After a 亿, the number before such a 万 is counted in 万 with it:
 *   1亿2000万元 reads as 12000 (万元), 201亿4,070万元 as 2014070.
 *   千 before 米/克/瓦 is the metric prefix.
 * - ASCII comma groups thousands only when the group before it has at most 3 digits and it is
 *   followed by exactly 3 digits and a non-digit. The full-width comma does the same in a whole
 *   cell (parseNumber, parseQuantity) but never in running text, where it is punctuation.
 * - A leading or trailing "." (".5", "5.") and exponents ("1e5") are not numbers.
 * - A "-" right after a digit, unit, percent sign or dash is a range dash, not a sign.
 * - X分之Y is Y/X as a share (percent: true); a zero denominator is not a fraction.
 * - NumberToken.chinese is true when the token has no Arabic digit (3.5万 is not Chinese).
 * - Tokens whose value is not finite (a 400-digit run) are skipped.
 */
import { AR_POINT, charClass, FORTY, FU, HUNDRED, isArabicDigit, isChineseDigit, isFiniteNumber, isSpace, LIANG, MINUS, NONE, PERCENT, PERMILLE, PERMYRIAD, PLUS, TEN, THOUSAND, TWENTY, WAN } from "./chars";
import { reading, readNumber } from "./read";
import { PlanError } from "../errors";

export interface ParsedNumber {
  value: number;
  percent: boolean;
}

export interface NumberToken extends ParsedNumber {
  start: number;
  end: number;
  text: string;
  chinese: boolean;
}

export { CURRENCIES } from "./chars";

// ---- public API --------------------------------------------------------------------------

function displayText(text: string): string {
  return text.length > 30 ? text.slice(0, 29) + "…" : text;
}

function notANumber(text: unknown): PlanError {
  const shown = typeof text === "string" ? displayText(text) : String(text);
  return new PlanError("not_a_number", `无法识别的数字：“${shown}”`, text);
}

/** Reads the trimmed text as exactly one number; false when it is anything else. */
function readWhole(text: string): boolean {
  if (typeof text !== "string") return false;
  let start = 0;
  let limit = text.length;
  while (start < limit && isSpace(text.charCodeAt(start))) start++;
  while (limit > start && isSpace(text.charCodeAt(limit - 1))) limit--;
  if (start === limit) return false;
  return readNumber(text, start, limit, start, true) === limit && isFiniteNumber(reading.value);
}

/** Whole (trimmed) string must be exactly one quantity, optionally with a percent sign. Throws PlanError("not_a_number"). */
export function parseNumber(text: string): ParsedNumber {
  if (!readWhole(text)) throw notANumber(text);
  return { value: reading.value, percent: reading.percent };
}

/** parseNumber that returns null instead of throwing. */
export function tryParseNumber(text: string): ParsedNumber | null {
  if (!readWhole(text)) return null;
  return { value: reading.value, percent: reading.percent };
}

/** Characters that cannot be part of a unit word: they mean a second number or a broken one. */
function isNumericMark(cls: number): boolean {
  return (
    (cls >= 0 && cls <= 9) ||
    isArabicDigit(cls) ||
    cls === LIANG ||
    (cls >= TWENTY && cls <= FORTY) ||
    cls === AR_POINT ||
    cls === MINUS ||
    cls === PLUS ||
    cls === PERCENT ||
    cls === PERMILLE ||
    cls === PERMYRIAD
  );
}

/**
 * A number followed by an optional unit word: "1,500人" → 1500 人, "7.6万平方米" → 76000 平方米,
 * "3.5万元" → 3.5 万元 (万元 stays a unit). unit is null when nothing follows. Throws PlanError("not_a_number").
 */
export function parseQuantity(text: string): ParsedNumber & { unit: string | null } {
  if (typeof text !== "string") throw notANumber(text);
  let start = 0;
  let limit = text.length;
  while (start < limit && isSpace(text.charCodeAt(start))) start++;
  while (limit > start && isSpace(text.charCodeAt(limit - 1))) limit--;
  const end = start < limit ? readNumber(text, start, limit, start, true) : -1;
  if (end < 0 || !isFiniteNumber(reading.value)) throw notANumber(text);
  let unitStart = end;
  while (unitStart < limit && isSpace(text.charCodeAt(unitStart))) unitStart++;
  for (let i = unitStart; i < limit; i++) {
    if (isNumericMark(charClass[text.charCodeAt(i)])) throw notANumber(text);
  }
  return {
    value: reading.value,
    percent: reading.percent,
    unit: unitStart < limit ? text.slice(unitStart, limit) : null,
  };
}

/** Shared one-character texts: single numerals (一 in 一些) are the most common tokens in prose. */
const singleCharText = new Map<number, string>();
for (let code = 0; code < charClass.length; code++) {
  if (charClass[code] !== NONE) singleCharText.set(code, String.fromCharCode(code));
}

function tokenText(text: string, start: number, end: number): string {
  return (end === start + 1 && singleCharText.get(text.charCodeAt(start))) || text.slice(start, end);
}

/** Classes a number can start with; anything else is skipped without calling the reader. */
function canStart(cls: number): boolean {
  return (
    (cls >= 0 && cls <= TEN) ||
    cls === HUNDRED ||
    cls === THOUSAND ||
    cls === WAN ||
    (cls >= TWENTY && cls <= FORTY) ||
    cls === MINUS ||
    cls === PLUS ||
    cls === FU
  );
}

/**
 * The 一 that ends a word: 唯一, 统一, 同一 and 之一 are never a count (统一人员招录 counts no one);
 * 万一 only before a numeral (唯一一所 is one school, not 一一), since 三万一千 is a number.
 */
const ONE_ENDS_WORD_AFTER = "唯统同之";

function isWordsOne(text: string, index: number): boolean {
  if (index === 0 || text.charCodeAt(index) !== 0x4e00 /* 一 */) return false;
  const before = text.charAt(index - 1);
  return ONE_ENDS_WORD_AFTER.indexOf(before) >= 0 || (before === "万" && isChineseDigit(charClass[text.charCodeAt(index + 1)]));
}

/** 一半 and 半数 (超过半数的学生, 一半以上): half of a whole, 50%; not 一半年 (half a year) nor 一年半. Length of the word at index, or 0. */
function halfAt(text: string, index: number): number {
  const c = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  if (c === 0x4e00 /* 一 */ && next === 0x534a /* 半 */ && !(index + 2 < text.length && HALF_OF_TIME.includes(text.charAt(index + 2))) && !isChineseDigit(charClass[text.charCodeAt(index - 1)])) return 2;
  if (c === 0x534a /* 半 */ && (next === 0x6570 /* 数 */ || next === 0x6578 /* 數 */)) return 2;
  return 0;
}
/** What half of is a span of time or a count, not a share (一半年, 一半天, 一半个). */
const HALF_OF_TIME = "年天月日夜小个個";

/** Every numeric token in running text, left to right, with UTF-16 offsets [start,end). Never throws. Linear time. */
export function scanNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  if (typeof text !== "string") return tokens;
  const length = text.length;
  let index = 0;
  while (index < length) {
    const half = halfAt(text, index);
    if (half > 0) {
      tokens.push({ start: index, end: index + half, text: text.slice(index, index + half), value: 0.5, percent: true, chinese: true });
      index += half;
      continue;
    }
    if (!canStart(charClass[text.charCodeAt(index)]) || isWordsOne(text, index)) {
      index++;
      continue;
    }
    const end = readNumber(text, index, length, 0, false);
    if (end < 0) {
      index++;
      continue;
    }
    if (isFiniteNumber(reading.value)) {
      tokens.push({
        start: index,
        end,
        text: tokenText(text, index, end),
        value: reading.value,
        percent: reading.percent,
        chinese: reading.chinese,
      });
    }
    index = end;
  }
  return tokens;
}
