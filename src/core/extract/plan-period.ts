/**
 * A plan's period: the five-year plan it is written for when only that period is named as a time,
 * the first year of its span (三年行动计划(2022-2025年), “十四五” → 2021), and whether the text looks
 * back on the period before it (“十三五”以来 in a 十四五 plan).
 */
import { fiveYearPlanEnd } from "./heading-cues";

/**
 * A plan whose only period is one five-year plan, spoken of as a time (…到“十一五”期末,基本普及
 * 十五年教育; “十四五”期间,该区计划投入超60亿元), is that period's plan, when no year it writes lies
 * past the period's end. A period that names another plan (实施《“十二五”规划》) is no time.
 */
export function solePeriodEnd(s: string): number | null {
  let end: number | null = null;
  FIVE_YEAR_PLAN.lastIndex = 0;
  for (let m = FIVE_YEAR_PLAN.exec(s); m; m = FIVE_YEAR_PLAN.exec(s)) {
    // 期间 or 时期 as a time setting off its clause (“十四五”期间,该区…), not a noun's qualifier (明确“十二五”期间教育改革的…)
    if (!/^[”"“’]?(?:期末|末|(?:期间|时期)[,，:：—])/.test(s.slice(m.index + 3, m.index + 7))) continue;
    const e = fiveYearPlanEnd(m[0], 0, 3);
    if (end !== null && e !== end) return null;
    end = e;
  }
  if (end === null) return null;
  WRITTEN_YEAR.lastIndex = 0;
  for (let m = WRITTEN_YEAR.exec(s); m; m = WRITTEN_YEAR.exec(s)) if (Number(m[1]) > end) return null;
  return end;
}
const WRITTEN_YEAR = /((?:19|20)\d\d)\s*年/g;

/** The text names the five-year period that ends in `end` (“十三五”以来 in a 十四五 plan). */
const FIVE_YEAR_PLAN = /十[一二三四五]五/g;
export function namesPeriodEnding(s: string, end: number): boolean {
  FIVE_YEAR_PLAN.lastIndex = 0;
  for (let m = FIVE_YEAR_PLAN.exec(s); m; m = FIVE_YEAR_PLAN.exec(s)) if (fiveYearPlanEnd(m[0], 0, 3) === end) return true;
  return false;
}

/** The first year of the period a plan ending in `end` names (三年行动计划(2022-2025年), “十四五”), or null. */
export function planStart(s: string, headings: Array<{ text: string }>, end: number): number | null {
  const period = new RegExp("((?:19|20)\\d\\d)\\s*[-—–~至到]\\s*" + end + "年?");
  for (const t of [...headings.map((h) => h.text), s.slice(0, 2000)]) {
    const m = period.exec(t);
    if (m && Number(m[1]) < end && Number(m[1]) >= end - 10) return Number(m[1]);
  }
  const plan = fiveYearPlanEnd(s, 0, Math.min(s.length, 2000));
  return plan === end ? end - 4 : null;
}
