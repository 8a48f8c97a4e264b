/**
 * Benchmarks: another body's standard a report or plan measures itself against (超过国家规定公办率
 * 50%的要求, 提前完成了纲要提出的2020年达到70%的目标任务). A target, dated only by its own clause.
 */
import type { Figure } from "../phrase";
import type { YearMark } from "./deadline";

/** Another body's standard a report measures itself against (超过国家规定公办率50%的要求): a target of no year. */
const BENCHMARK_BEFORE = /(国家|省定|省级|规定|国标|纲要|规划|提出)/;
const BENCHMARK_AFTER = /^的(要求|标准|目标|底线)/;

/** The last year its own clause states before p (纲要提出的2020年达到70%…): a benchmark keeps no other. */
export function clauseYear(marks: readonly YearMark[], from: number, p: number): number | null {
  let year: number | null = null;
  for (const m of marks) if (m.at >= from && m.at < p) year = m.year;
  return year;
}

export function isBenchmark(s: string, clauseStart: number, f: Figure): boolean {
  return BENCHMARK_AFTER.test(s.slice(f.tail, f.tail + 4)) && BENCHMARK_BEFORE.test(s.slice(Math.max(clauseStart, f.start - 16), f.start));
}
