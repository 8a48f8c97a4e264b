/** A figure: a number, a range (3~5所, 三—四个) or a ratio (1:1, 17∶1) with its unit. */
import type { NumberToken } from "../number";
import type { Comparator } from "../target";
import { skipSpaces } from "./chars";
import { readUnit, type UnitRead } from "./units";

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
  const ra = readUnit(s, A);
  const ua = ra.unit;
  const aDiv = ra.div;
  const aEnd = ra.end;
  const aApprox = ra.approx;
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
      const rb = readUnit(s, B);
      if (ua === null || ua === rb.unit) {
        const m = ua === null ? sharedMultiplier(A, B) : 1;
        const a = ua !== null ? A.value / aDiv : m > 1 ? (A.value * m) / rb.div : A.value / rb.partnerDiv;
        return figure("range", A.start, rb.end, a, B.value / rb.div, rb.unit, rb.approx, i + 2);
      }
    }
  }
  const near = neighbours(s, toks, i, ra);
  if (near) return near;
  // a divisor under 1 (4000余万人) multiplies: rounded so that 0.3余万 is 3000, not 2999.9999999999995
  const value = aDiv < 1 ? Math.round((A.value / aDiv) * 1e6) / 1e6 : A.value / aDiv;
  return figure("single", A.start, aEnd, value, NaN, ua, aApprox, i + 1);
}

/** 3-4万人, 111至114萬: the ten thousands written once, after the range, count both ends; 1 when they do not. */
function sharedMultiplier(A: NumberToken, B: NumberToken): number {
  const m = MULTIPLIERS.get(B.text.charCodeAt(B.text.length - 1)) ?? 1;
  if (m === 1 || MULTIPLIERS.has(A.text.charCodeAt(A.text.length - 1))) return 1;
  return A.value > 0 && A.value * m <= B.value ? m : 1; // 5000-1万: the first end is already whole
}
const MULTIPLIERS = new Map([[0x4e07 /* 万 */, 1e4], [0x842c /* 萬 */, 1e4], [0x4ebf /* 亿 */, 1e8], [0x5104 /* 億 */, 1e8]]);

const DIGITS = "一二三四五六七八九";
const digitOf = (c: string): number => (c === "两" ? 2 : DIGITS.indexOf(c) + 1);

/**
 * Two neighbouring digits said together are a rough range: 三四所 (3–4), 二三十所 (20–30), 七八成
 * (70–80%), 五六百人, 两三个, 十七八岁 (17–18). The scanner reads 三四 as one number and 两三 as two.
 */
function neighbours(s: string, toks: NumberToken[], i: number, ra: UnitRead): Figure | null {
  const A = toks[i];
  if (!A.chinese) return null;
  const B = i + 1 < toks.length && toks[i + 1].start === A.end && toks[i + 1].chinese ? toks[i + 1] : null;
  const d1 = digitOf(A.text.charAt(0));
  if (A.text.length === 2 && d1 >= 1 && digitOf(A.text.charAt(1)) === d1 + 1) {
    const d2 = d1 + 1;
    // 二三十所: a multiplier right after (十, 百, 千, 万) scales both
    if (B && B.text.length === 1 && "十百千万".indexOf(B.text) >= 0) {
      const rb = readUnit(s, B);
      return figure("range", A.start, rb.end, (d1 * B.value) / rb.div, (d2 * B.value) / rb.div, rb.unit, false, i + 2);
    }
    if (s.charCodeAt(A.end) === 0x6210 /* 成 */) return figure("range", A.start, A.end + 1, d1 / 10, d2 / 10, "%", false, i + 1); // 七八成
    return ra.unit === null ? null : figure("range", A.start, ra.end, d1 / ra.div, d2 / ra.div, ra.unit, false, i + 1);
  }
  // 两三个, 十七八岁: a number, then the digit after its last one
  if (B && B.text.length === 1 && ra.unit === null && Number.isInteger(A.value) && A.value % 10 !== 0 && B.value === (A.value % 10) + 1 && A.value < 100) {
    const rb = readUnit(s, B);
    if (rb.unit === null) return null;
    const tens = A.value - (A.value % 10);
    return figure("range", A.start, rb.end, A.value / rb.div, (tens + B.value) / rb.div, rb.unit, false, i + 2);
  }
  return null;
}
