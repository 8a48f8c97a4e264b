/** The readers of one number at a position of a text, writing into module-level records (index.ts is their API). */
import { isIdeograph } from "../phrase/chars";
import { AR_POINT, ARABIC_0, charClass, classAt, CN_POINT, COMMA, CURRENCIES, DASH, FEN, FORTY, FU, HUNDRED, isArabicDigit, isChineseDigit, isSpace, LIANG, MAX_EXACT, METRIC_AFTER_THOUSAND, MINUS, PERCENT, PERMILLE, PERMYRIAD, PLUS, POW10, pow10, TEN, TENS_BASE, THOUSAND, TWENTY, UNIT_BASE, WAN, WIDE_COMMA, YI, YUAN, ZHI } from "./chars";

// ---- readers -----------------------------------------------------------------------------
// Readers write into these module-level records instead of returning objects, so a parse
// allocates nothing but its result. Core is synchronous and not re-entrant, so sharing is safe.

/** Last Arabic run read by readArabic. */
export const arabic = { end: 0, mantissa: 0, scale: 0, integerPart: 0, integerDigits: 0 };

/** Last number body read by readBody: value = mantissa / 10^scale. */
export const body = {
  end: 0,
  mantissa: 0,
  scale: 0,
  /** mantissa is an exact integer, so one division rounds correctly. */
  exact: true,
  /** Only digits and a decimal point: can be re-read as a decimal string when not exact. */
  plainDigits: false,
  hasArabic: false,
};

/** Last number read by readNumber. */
export const reading = { value: 0, percent: false, chinese: false };

export function isThreeDigitGroup(text: string, index: number, limit: number): boolean {
  return (
    isArabicDigit(classAt(text, index, limit)) &&
    isArabicDigit(classAt(text, index + 1, limit)) &&
    isArabicDigit(classAt(text, index + 2, limit)) &&
    !isArabicDigit(classAt(text, index + 3, limit))
  );
}

/**
 * 资金2 100万元, 在校生56 914人: a space groups thousands in running text when the number follows a
 * word (not a table's cell) and one group of exactly 3 digits, maybe with decimals, runs into its
 * unit (a Han character or %). Table rows (区 135 135 100%) set cells apart with a space before.
 */
export function isSpacedThousands(text: string, pos: number, space: number, limit: number): boolean {
  const before = pos > 0 ? text.charCodeAt(pos - 1) : 0;
  if (!isIdeograph(before) || !isThreeDigitGroup(text, space + 1, limit)) return false;
  let q = space + 4;
  if (text.charCodeAt(q) === 46 /* . */ && isArabicDigit(classAt(text, q + 1, limit))) {
    q++;
    while (isArabicDigit(classAt(text, q, limit))) q++;
  }
  const after = q < limit ? text.charCodeAt(q) : 0;
  return isIdeograph(after) || after === 37 /* % */;
}

/** Arabic digits with optional thousands separators and decimal part; text[pos] is a digit. */
export function readArabic(text: string, pos: number, limit: number, wideComma: boolean): void {
  let mantissa = 0;
  let groupDigits = 0;
  let integerDigits = 0;
  let index = pos;
  for (;;) {
    const cls = classAt(text, index, limit);
    if (isArabicDigit(cls)) {
      mantissa = mantissa * 10 + (cls - ARABIC_0);
      groupDigits++;
      integerDigits++;
      index++;
    } else if (
      (cls === COMMA || (cls === WIDE_COMMA && wideComma)) &&
      groupDigits <= 3 &&
      isThreeDigitGroup(text, index + 1, limit)
    ) {
      groupDigits = 0;
      index++;
    } else if (text.charCodeAt(index) === 32 && integerDigits === groupDigits && groupDigits <= 3 && isSpacedThousands(text, pos, index, limit)) {
      groupDigits = 0;
      index++;
    } else {
      break;
    }
  }
  const integerPart = mantissa;
  let scale = 0;
  if (classAt(text, index, limit) === AR_POINT && isArabicDigit(classAt(text, index + 1, limit))) {
    index++;
    let cls = classAt(text, index, limit);
    while (isArabicDigit(cls)) {
      mantissa = mantissa * 10 + (cls - ARABIC_0);
      scale++;
      cls = classAt(text, ++index, limit);
    }
  }
  arabic.end = index;
  arabic.mantissa = mantissa;
  arabic.scale = scale;
  arabic.integerPart = integerPart;
  arabic.integerDigits = integerDigits;
}

/** 个 and 個, said between a number and its 亿 (3个亿). */
const MEASURE_BEFORE_YI = new Set([0x4e2a, 0x500b]);

export function unitBelongsToNext(text: string, index: number, limit: number, unitClass: number): boolean {
  const next = index + 1 < limit ? text.charCodeAt(index + 1) : -1;
  if (unitClass === THOUSAND) return next >= 0 && METRIC_AFTER_THOUSAND.indexOf(text.charAt(index + 1)) >= 0;
  if (next === YUAN) return true;
  // 7亿多元, 3000万余元: the amount is 7 亿元 and more
  if ((next === 0x591a /* 多 */ || next === 0x4f59 /* 余 */) && index + 2 < limit && text.charCodeAt(index + 2) === YUAN) return true;
  return next >= 0 && index + 2 < limit && CURRENCIES.some((c) => text.startsWith(c, index + 1));
}

/**
 * One number without sign, percent or fraction words, starting at pos. Returns false when
 * nothing numeric starts there; otherwise stops at the longest valid prefix.
 * bareHundred lets 百/千/万 stand for 一百/一千/一万 at the start (百分之百, 近万名).
 */
export function readBody(text: string, pos: number, limit: number, bareHundred: boolean, wideComma: boolean): boolean {
  const first = classAt(text, pos, limit);

  if (isChineseDigit(first) && isChineseDigit(classAt(text, pos + 1, limit))) {
    return readDigitRun(text, pos, limit);
  }

  let high = 0; // closed by 亿, already multiplied out
  let wan = 0; // closed by 万 since the last 亿
  let section = 0; // below 万
  let coef = -1; // pending multiplier, -1 for none
  let coefSingle = false; // one bare digit: may be a trailing digit (一万二)
  let scale = 0; // decimal places shared by every accumulator
  let fraction = false;
  let lastSmall = 4; // small units must descend within a section
  let lastUnit = 0; // power of ten of the last unit, for the trailing-digit rule
  let zeroSeen = false; // 零 since the last unit: a trailing digit is a plain unit digit
  let wanUsed = false;
  let yiUsed = false;
  let inUnitWan = false;
  let chineseSeen = false;
  let arabicSeen = false;
  let exact = true;
  let end = -1;
  let index = pos;

  while (index < limit) {
    // 突破3个亿, 5个亿的投入: speech puts a measure word before 亿, which still multiplies
    if (MEASURE_BEFORE_YI.has(text.charCodeAt(index)) && !yiUsed && (section > 0 || coef > 0) && charClass[text.charCodeAt(index + 1)] === YI) index++;
    const cls = charClass[text.charCodeAt(index)];

    if (isChineseDigit(cls) || cls === LIANG) {
      if (fraction || coef >= 0) break;
      if (cls === 0 && lastUnit > 0) {
        // placeholder zero: not a commit point, 一百零 ends before the 零
        zeroSeen = true;
        index++;
        continue;
      }
      coef = cls === LIANG ? 2 : cls;
      coefSingle = true;
      chineseSeen = true;
      end = ++index;
      continue;
    }

    if (isArabicDigit(cls)) {
      if (fraction || coef >= 0) break;
      readArabic(text, index, limit, wideComma);
      if (lastUnit > 0 && arabic.integerPart >= POW10[lastUnit]) break; // 1万20000
      if (arabic.scale > 0) {
        if (section > 0 || lastSmall < 4) break; // a decimal only opens a section (1亿2.5万)
        const factor = pow10(arabic.scale);
        high *= factor;
        wan *= factor;
        scale = arabic.scale;
        fraction = true;
      }
      coef = arabic.mantissa;
      coefSingle = arabic.integerDigits === 1 && arabic.scale === 0;
      if (arabic.mantissa > MAX_EXACT || arabic.scale > 22) exact = false;
      arabicSeen = true;
      end = index = arabic.end;
      continue;
    }

    if (cls >= TWENTY && cls <= FORTY) {
      if (fraction || coef >= 0 || lastSmall <= 1) break;
      section += (cls - TENS_BASE) * 10;
      lastSmall = lastUnit = 1;
      zeroSeen = false;
      chineseSeen = true;
      end = ++index;
      continue;
    }

    if (cls >= TEN && cls <= THOUSAND) {
      const power = cls - UNIT_BASE;
      if (power >= lastSmall) break;
      if (cls === THOUSAND && unitBelongsToNext(text, index, limit, cls)) break;
      if (coef < 0) {
        if (fraction) break;
        if (power === 1 || (bareHundred && index === pos)) coef = 1;
        else break;
      } else if (fraction && power < 2) {
        break; // 3.5十 is not how anyone writes 35
      }
      if (coef >= 10 * pow10(scale)) break; // 12百
      section += coef * POW10[power];
      coef = -1;
      lastSmall = lastUnit = power;
      zeroSeen = false;
      chineseSeen = true;
      end = ++index;
      continue;
    }

    if (cls === WAN || cls === YI) {
      if (unitBelongsToNext(text, index, limit, cls)) {
        // 1亿2000万元, 201亿4,070万元: the myriads after 亿 are counted in the unit's 万
        inUnitWan = cls === WAN && yiUsed && !wanUsed && (section > 0 || coef > 0);
        break;
      }
      let multiplier = section + (coef < 0 ? 0 : coefSingle && !zeroSeen && lastSmall < 4 ? coef * POW10[lastSmall - 1] : coef);
      if (multiplier === 0 && bareHundred && index === pos) multiplier = 1; // 近万名, 万人大关: a bare 万 is 一万
      if (cls === WAN) {
        if (wanUsed || multiplier === 0) break;
        wan = multiplier * 10000;
        wanUsed = true;
        lastUnit = 4;
      } else {
        multiplier += wan;
        if (yiUsed || multiplier === 0) break;
        high = multiplier * 100000000;
        lastUnit = wanUsed ? 12 : 8;
        wan = 0;
        wanUsed = false;
        yiUsed = true;
      }
      section = 0;
      coef = -1;
      coefSingle = false;
      lastSmall = 4;
      zeroSeen = false;
      chineseSeen = true;
      end = ++index;
      continue;
    }

    // 四十．四萬: a Taiwanese page writes the point of a Chinese numeral as a full stop
    if (cls === CN_POINT || (cls === AR_POINT && chineseSeen && !arabicSeen && isChineseDigit(classAt(text, index + 1, limit)))) {
      if (fraction || !isChineseDigit(classAt(text, index + 1, limit))) break;
      if (coef < 0 && section === 0) break; // 一亿点五
      if (coef >= 0 && coefSingle && !zeroSeen && lastUnit >= 2) break; // 三千五点五: ambiguous
      let fractionDigits = coef < 0 ? section : section + coef;
      let places = 0;
      index++;
      let digit = classAt(text, index, limit);
      while (isChineseDigit(digit)) {
        fractionDigits = fractionDigits * 10 + digit;
        places++;
        digit = classAt(text, ++index, limit);
      }
      const factor = pow10(places);
      high *= factor;
      wan *= factor;
      section = 0;
      coef = fractionDigits;
      coefSingle = false;
      scale = places;
      fraction = true;
      if (places > 22) exact = false;
      chineseSeen = true;
      end = index;
      continue;
    }

    break;
  }

  if (end < 0) return false;
  // 一亿三千九百余万元: the myriads after 亿, then 余 or 多, are counted in the 万 after it too
  if (!inUnitWan && yiUsed && !wanUsed && (section > 0 || coef > 0) && end + 1 < limit && (text.charCodeAt(end) === 0x4f59 /* 余 */ || text.charCodeAt(end) === 0x591a /* 多 */) && charClass[text.charCodeAt(end + 1)] === WAN) inUnitWan = true;
  // Anything after the last commit was a placeholder zero, which adds nothing.
  let trailing = 0;
  if (coef >= 0) trailing = !inUnitWan && coefSingle && !zeroSeen && lastUnit > 0 ? coef * POW10[lastUnit - 1] : coef;
  const mantissa = inUnitWan ? high / 10000 + section + trailing : high + wan + section + trailing;
  body.end = end;
  body.mantissa = mantissa;
  body.scale = scale;
  body.exact = exact && mantissa <= MAX_EXACT;
  body.plainDigits = arabicSeen && !chineseSeen;
  body.hasArabic = arabicSeen;
  return true;
}

/** A run of two or more Chinese digits read digit by digit (二〇二五), optionally 点 and more. */
export function readDigitRun(text: string, pos: number, limit: number): boolean {
  let mantissa = 0;
  let scale = 0;
  let index = pos;
  let cls = classAt(text, index, limit);
  while (isChineseDigit(cls)) {
    mantissa = mantissa * 10 + cls;
    cls = classAt(text, ++index, limit);
  }
  if (cls === CN_POINT && isChineseDigit(classAt(text, index + 1, limit))) {
    cls = classAt(text, ++index, limit);
    while (isChineseDigit(cls)) {
      mantissa = mantissa * 10 + cls;
      scale++;
      cls = classAt(text, ++index, limit);
    }
  }
  body.end = index;
  body.mantissa = mantissa;
  body.scale = scale;
  body.exact = mantissa <= MAX_EXACT && scale <= 22;
  body.plainDigits = true;
  body.hasArabic = false;
  return true;
}

/** Value of the body just read (it started at from), divided by 10^shift and rounded once. */
export function bodyValue(text: string, from: number, shift: number): number {
  const places = body.scale + shift;
  if (body.exact) {
    if (places === 0) return body.mantissa;
    if (places <= 22) return body.mantissa / POW10[places];
    return Number(body.mantissa + "e-" + places);
  }
  if (body.plainDigits) return Number(decimalString(text, from, body.end) + "e-" + shift);
  return body.mantissa / pow10(places); // positional numbers past 2^53: approximate is all there is
}

/** Slow path for digit strings too long for a double mantissa: let Number() round them. */
export function decimalString(text: string, from: number, to: number): string {
  const codes: number[] = [];
  for (let i = from; i < to; i++) {
    const cls = charClass[text.charCodeAt(i)];
    if (isChineseDigit(cls)) codes.push(0x30 + cls);
    else if (isArabicDigit(cls)) codes.push(0x30 + cls - ARABIC_0);
    else if (cls === AR_POINT || cls === CN_POINT) codes.push(0x2e);
  }
  // chunked: fromCharCode.apply has an argument-count limit
  let digits = "";
  for (let i = 0; i < codes.length; i += 8192) digits += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
  return digits;
}

/** True when the symbol sign at pos is a range dash (3-5, 2023-02-24, 3--5). */
export function followsNumberOrDash(text: string, pos: number, floor: number): boolean {
  let index = pos - 1;
  while (index >= floor && isSpace(text.charCodeAt(index))) index--;
  if (index < floor) return false;
  const cls = charClass[text.charCodeAt(index)];
  return (
    (cls >= 0 && cls <= FORTY) ||
    cls === MINUS ||
    cls === PLUS ||
    cls === DASH ||
    cls === PERCENT ||
    cls === PERMILLE ||
    cls === PERMYRIAD
  );
}

/** A round milestone (千人大关, 千万大關, 百万大关): a bare 百, 千 or 万, perhaps of 万 or 亿, a unit, then 大关. */
export const MILESTONE = /^[百千万萬][万萬亿億]?[\u4e00-\u9fff]?大[关關]/;
/** A round count said without its 一: more than (百余名, 千多人, 万余公里) or near or past it (近百所, 上万名, 逾千人, 近千万人). */
export const ROUND_MORE = /^[百千万萬][万萬亿億]?[余多餘][\u4e00-\u9fff]/;
export const ROUND_NEAR = /^[百千万萬][万萬亿億]?[\u4e00-\u9fff]/;
export const ROUND_BEFORE = "近上逾超破";

/** A bare 百, 千 or 万 at index that the words around it let stand for 一百, 一千, 一万: a milestone or a round count. */
export function bareMagnitude(text: string, index: number, cls: number): boolean {
  if (cls !== HUNDRED && cls !== THOUSAND && cls !== WAN) return false;
  const head = text.slice(index, index + 6);
  return MILESTONE.test(head) || ROUND_MORE.test(head) || (index > 0 && ROUND_BEFORE.indexOf(text.charAt(index - 1)) >= 0 && ROUND_NEAR.test(head));
}

/**
 * One number with sign, 百分之/千分之/万分之, X分之Y and a percent sign, starting at pos.
 * Returns its end (result in `reading`) or -1. floor bounds the look-back for the dash rule.
 */
export function readNumber(text: string, pos: number, limit: number, floor: number, wideComma: boolean): number {
  let index = pos;
  let negative = false;
  let cls = classAt(text, index, limit);
  if (cls === MINUS || cls === PLUS || cls === FU) {
    if (cls !== FU && followsNumberOrDash(text, pos, floor)) return -1;
    negative = cls !== PLUS;
    cls = classAt(text, ++index, limit);
  }

  let value: number;
  let chinese: boolean;
  let percent = true;
  let end: number;

  if ((cls === HUNDRED || cls === THOUSAND || cls === WAN) && classAt(text, index + 1, limit) === FEN && classAt(text, index + 2, limit) === ZHI) {
    const bodyStart = index + 3;
    if (!readBody(text, bodyStart, limit, true, wideComma)) return -1;
    value = bodyValue(text, bodyStart, cls === HUNDRED ? 2 : cls === THOUSAND ? 3 : 4);
    chinese = !body.hasArabic;
    end = body.end;
  } else {
    // 突破千人大关, 百余名, 近万个: a milestone or a round count may name its bare 千 or 百万 (no 一 before it)
    if (!readBody(text, index, limit, bareMagnitude(text, index, cls), wideComma)) return -1;
    end = body.end;
    chinese = !body.hasArabic;
    const after = classAt(text, end, limit);
    const shift = after === PERCENT ? 2 : after === PERMILLE ? 3 : after === PERMYRIAD ? 4 : 0;
    value = bodyValue(text, index, shift);
    if (shift > 0) {
      end++;
    } else if (after === FEN && classAt(text, end + 1, limit) === ZHI && value !== 0 && readBody(text, end + 2, limit, false, wideComma)) {
      value = bodyValue(text, end + 2, 0) / value;
      chinese = chinese && !body.hasArabic;
      end = body.end;
    } else {
      percent = false;
    }
  }

  reading.value = negative && value !== 0 ? -value : value;
  reading.percent = percent;
  reading.chinese = chinese;
  return end;
}
