/** A figure: a number, a range (3~5所, 三—四个) or a ratio (1:1, 17∶1) with its unit. */
import type { NumberToken } from "../number";
import type { Comparator } from "../target";
import { skipSpaces } from "./chars";
import { readUnit } from "./units";

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
        const a = ua === null ? A.value / rb.partnerDiv : A.value / aDiv;
        return figure("range", A.start, rb.end, a, B.value / rb.div, rb.unit, rb.approx, i + 2);
      }
    }
  }
  // a divisor under 1 (4000余万人) multiplies: rounded so that 0.3余万 is 3000, not 2999.9999999999995
  const value = aDiv < 1 ? Math.round((A.value / aDiv) * 1e6) / 1e6 : A.value / aDiv;
  return figure("single", A.start, aEnd, value, NaN, ua, aApprox, i + 1);
}

