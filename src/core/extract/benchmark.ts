/**
 * Benchmarks: another body's standard a report or plan measures itself against (超过国家规定公办率
 * 50%的要求, 提前完成了纲要提出的2020年达到70%的目标任务, 评估标准为…小于或等于0.65). A target,
 * dated only by its own clause.
 * Task figures: the size of a task set (26所目标任务), a target too; so is a standard written as
 * a symbol (≥95%).
 */
import { BOUND_SYMBOLS, type Figure } from "../phrase";
import type { YearMark } from "./deadline";
import { TARGET_ROLES } from "./lexicon";

/** Another body's standard a report measures itself against (超过国家规定公办率50%的要求): a target of no year. */
const BENCHMARK_BEFORE = /(国家|省定|省级|规定|国标|纲要|规划|提出)/;
const BENCHMARK_AFTER = /^的(要求|标准|目标|底线)/;

/** The last year its own clause states before p (纲要提出的2020年达到70%…): a benchmark keeps no other. */
export function clauseYear(marks: readonly YearMark[], from: number, p: number): number | null {
  let year: number | null = null;
  for (const m of marks) if (m.at >= from && m.at < p) year = m.year;
  return year;
}

/** 评估标准为小学、初中综合差异系数分别小于或等于0.65、0.55: a standard stated as such. */
const STANDARD_LEAD = /(?:评估|达标|验收|认定)?标准(?:值)?(?:为|是|:|：)[^,，。;；:：]*$/;

export function isBenchmark(s: string, clauseStart: number, f: Figure): boolean {
  const before = s.slice(Math.max(clauseStart, f.start - 40), f.start);
  return (BENCHMARK_AFTER.test(s.slice(f.tail, f.tail + 4)) && BENCHMARK_BEFORE.test(s.slice(Math.max(clauseStart, f.start - 16), f.start))) || STANDARD_LEAD.test(before);
}

/** A figure that sizes a task (30所中小学建设任务, 完成年初35所目标任务): what was set, a target, even in a report. */
const TASK_AFTER = /^[^,，。;；、]{0,6}?(目标任务|建设任务|工作任务|年度任务)/;

/** A quoted task's name (“新增城镇公办中小学学位3.2万个”民生实事项目): what follows its closing quote. */
const QUOTED_TASK_AFTER = /^[^,，。;；、“”"]{0,10}?(项目|工程|任务|实事)/;

/** A value a review gives as set at the start (年初目标值100%, 指标值≥95%): a target, even in a report. */
const TARGET_ROLE_BEFORE = new RegExp("(?:" + TARGET_ROLES.join("|") + ")[为:：]?\\s*(?:[≥≤><=]=?|不低于|不少于|不高于)?\\s*$");

export function isTaskFigure(s: string, f: Figure): boolean {
  if (TASK_AFTER.test(s.slice(f.tail, f.tail + 12)) || TARGET_ROLE_BEFORE.test(s.slice(Math.max(0, f.start - 10), f.start))) return true;
  const close = closingQuoteAfter(s, f.tail);
  return close >= 0 && QUOTED_TASK_AFTER.test(s.slice(close + 1, close + 13));
}

/** Where the quotation a figure sits in closes (within a short name), or -1. */
function closingQuoteAfter(s: string, from: number): number {
  for (let k = from; k < s.length && k < from + 12; k++) {
    const c = s[k];
    if (c === "”") return k;
    if (c === "“" || c === "，" || c === "," || c === "。" || c === "\n") return -1;
  }
  return -1;
}

/** ≥95%, ≤1.2:1: a bound written as a symbol states a standard to meet (a report writes what it reached). */
export function isSymbolBound(s: string, f: Figure): boolean {
  const lead = s.slice(Math.max(0, f.start - 3), f.start).trimEnd();
  return BOUND_SYMBOLS.some((w) => lead.endsWith(w));
}
