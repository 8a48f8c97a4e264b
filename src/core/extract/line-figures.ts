/**
 * Whether a stretch of a line holds a figure (a heading or a title holds none): a digit that is no
 * year or list number, a percent, or a number with a unit of counting.
 */
import { scanNumbers } from "../number";
import { isIdeograph, isOneOf } from "../phrase/chars";
import { isAsciiDigit as isDigit } from "./text";

/** Unit words that make a number a figure (a heading has none): 6所, 百分之百, 二万人次. */
const FIGURE_UNITS = ["%", "‰", "个百分点", "所", "个", "人", "名", "位", "家", "项", "套", "台", "间", "米", "册", "本", "期", "次", "条", "处", "岁", "万元", "亿元", "元", "亩", "平方米", "场", "座", "张", "块"];

/** True when [a, b) holds a figure: a percent, or a number with a unit (not a year). */
export function hasFigure(s: string, a: number, b: number): boolean {
  if (hasFigureDigit(s, a, b)) return true;
  const t = s.slice(a, b).replace(/十[一二三四五]五/g, "规划期"); // 十三五期间 names a period: its 五期 counts nothing
  for (const tok of scanNumbers(t)) {
    if (tok.percent) return true;
    let p = tok.end;
    if (t.charCodeAt(p) === 0x591a || t.charCodeAt(p) === 0x4f59) p++; // 多/余
    if (FIGURE_UNITS.some((u) => t.startsWith(u, p)) && !(tok.chinese && tok.end - tok.start === 1 && t.charCodeAt(tok.start - 1) === 0x7b2c /* 第 */)) return true;
  }
  return false;
}

/** True when [a, b) has a digit that is not part of a year (2008年, 20XX年, 2021-2025年). */
export function hasFigureDigit(s: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = s.charCodeAt(k);
    if (c === 37) return true;
    if (!isDigit(c)) continue;
    let q = k;
    while (q < b && (isDigit(s.charCodeAt(q)) || isOneOf("Xx×*", s.charCodeAt(q)))) q++;
    const next = s.charCodeAt(q);
    const prev = s.charCodeAt(k - 1);
    const yearLike = q - k === 4 && (next === 0x5e74 /* 年 */ || isOneOf("-—~", next) || (isOneOf("-—~至", prev) && isOneOf(")）", next)));
    // 1、学前三年教育发展目标 glued to the heading before it: a list number, not a figure
    const listNumber = q - k <= 2 && next === 0x3001 /* 、 */ && isIdeograph(s.charCodeAt(q + 1)) && !isDigit(prev);
    if (!yearLike && !listNumber) return true;
    k = q;
  }
  return false;
}
