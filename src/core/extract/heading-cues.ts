/**
 * What a heading implies for the figures under it: its year (2024年工作要点 → 2024, “十四五” → 2025)
 * and its kind (完成情况 → actual, 工作安排 → target), read from the normalized text.
 */
import { scanNumbers } from "../number";
import { ACHIEVED, ACTUAL_HEADINGS, BASIS, PLAN_ONLY_IN_PLANS, RESULT_HEADINGS, TARGET_HEADINGS } from "./lexicon";
import { withoutReadings } from "./text";

export type Kind = "target" | "actual";

export interface Heading {
  text: string;
  /** Numbering style (一、 (一) 1. (1) ① 篇 专栏), or "" for an unnumbered title line. */
  style: string;
  year: number | null;
  kind: Kind | null;
  /** Its kind is a target only in a plan (强化工作措施 in a report tells what was done). */
  weak: boolean;
}

/** Text of a heading as the gold set writes it: trimmed, trailing 。/:/; dropped. */
function headingText(s: string, a: number, b: number): string {
  let t = s.slice(a, b).trim();
  while (t.length && "。:;,".indexOf(t.charAt(t.length - 1)) >= 0) t = t.slice(0, -1).trimEnd();
  return t;
}

/**
 * Years a heading implies: 2024年工作要点 → 2024, “十四五”工作要点 → 2025; a report on a school
 * year (2024-2025年…情况表) is dated by its first year.
 */
export function yearCue(t: string, kind: Kind | null = null): number | null {
  const plan = fiveYearPlanEnd(t, 0, t.length);
  let year: number | null = null;
  for (const tok of scanNumbers(t)) {
    if (tok.percent || t.charCodeAt(tok.end) !== 0x5e74 /* 年 */) continue;
    if (Number.isInteger(tok.value) && tok.value >= 1949 && tok.value <= 2100) year = tok.value;
    const first = /((?:19|20)\d\d)\s*[-—–~]{1,2}\s*$/.exec(t.slice(0, tok.start));
    if (kind === "actual" && year !== null && first && Number(first[1]) === year - 1) year--;
  }
  // “十四五”教育事业发展基础: the basis a period starts from is the year before it (2020), not its end
  if (year === null && plan !== null && kind === "actual" && BASIS.test(t)) return plan - 5;
  return year ?? plan;
}

const FIVE_YEAR_PLANS: Record<string, number> = { 十一五: 2010, 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030 };

/** End year of the first 十X五 plan period named in [a, b), or null. */
export function fiveYearPlanEnd(s: string, a: number, b: number): number | null {
  for (let k = s.indexOf("十", a); k >= 0 && k + 3 <= b; k = s.indexOf("十", k + 1)) {
    // 第十四个五年规划 is the long form of 十四五
    const y = FIVE_YEAR_PLANS[s.slice(k, k + 3)] ?? (s.startsWith("个五年", k + 2) && k + 5 <= b ? FIVE_YEAR_PLANS[s.slice(k, k + 2) + "五"] : undefined);
    if (y) return y;
  }
  return null;
}

/** A motto's 以X为目标 (以“高质量”为目标,各级各类教育协调发展): how the work was led, in a report as in a plan, no cue. */
const MOTTO = /以[^,，。;；:：]{1,16}?为(?:目标|引领|抓手|重点|主线|核心|导向|统领|牵引)/g;

function kindCue(t: string): Kind | null {
  for (const w of ACTUAL_HEADINGS) if (t.indexOf(w) >= 0) return "actual";
  if (ACHIEVED.test(t)) return "actual";
  const told = t.replace(MOTTO, "");
  for (const w of TARGET_HEADINGS) if (told.indexOf(w) >= 0) return "target";
  const head = t.replace(/[】\]:：\s]+$/, "");
  if (RESULT_HEADINGS.some((w) => head.endsWith(w))) return "actual";
  return null;
}

/** Cues are read from the normalized text; the section is quoted from the original. */
export function makeHeading(s: string, original: string, a: number, b: number, style: string): Heading {
  const cue = withoutReadings(headingText(s, a, b)); // 1.發(fā)展成就: a converter's pinyin splits the cue word
  const kind = kindCue(cue);
  const weak = kind === "target" && !TARGET_HEADINGS.some((w) => cue.indexOf(w) >= 0 && !PLAN_ONLY_IN_PLANS.includes(w));
  return { text: headingText(original, a, b), style, year: yearCue(cue, kind), kind, weak };
}

