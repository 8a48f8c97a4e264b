/**
 * When two indicator names mean the same row: a plan's table and a bulletin, or a template
 * and a summary, write one indicator in slightly different ways. This is the one place that
 * decides which differences are trivial.
 */
import { normalizeText } from "./extract/text";

/** Unit markers after a table label: (%) （％） (年) (人) (万元) …; the unit is not part of the name. */
const UNIT_MARKER = /\((?:%|‰|年|岁|周岁|人|名|所|个|万人|万元|亿元|元|平方米|册|台|套|间|小时|次|人次)\)/g;
/** A whole-area or "our" scope opening a name: 全市学前三年毛入园率 is 学前三年毛入园率 of 全市. */
const AREA_PREFIX = /^(?:全国|全省|全市|全州|全盟|全县|全区|全旗|我省|我市|我州|我县|我区|本市|本县|本区)/;
/** Quotes, brackets and spaces carry no meaning in a name. */
const NOISE = /[\s“”"‘’'《》「」()[\]【】]/g;
/** Share words: 达标比例, 达标占比 and 达标率 name the same figure. */
const SHARE_SUFFIX = /(?:比例|占比|比率|比重)$/;

/**
 * The comparison key of an indicator name: Simplified, half-width, without unit markers,
 * quotes, brackets, spaces or a leading whole-area scope, with a share word read as 率 and a
 * trailing 数 / 人数 dropped (学科带头人 and 学科带头人数 are one count).
 */
export function indicatorKey(name: string): string {
  let s = normalizeText(String(name ?? "")).replace(UNIT_MARKER, "").replace(NOISE, "");
  s = s.replace(AREA_PREFIX, "");
  s = s.replace(SHARE_SUFFIX, "率");
  return s.replace(/(?:人数|数)$/, "");
}

/** The comparison key of a scope: 全县 and 全 县 agree; null stays null. */
export function scopeKey(scope: string | null): string | null {
  if (scope === null || scope === undefined) return null;
  const s = normalizeText(scope).replace(NOISE, "");
  return s === "" ? null : s;
}

/** True when the two names are one indicator by indicatorKey. */
export function sameIndicator(a: string, b: string): boolean {
  return indicatorKey(a) === indicatorKey(b);
}
